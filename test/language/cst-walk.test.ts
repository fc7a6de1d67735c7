import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CstUtils, isCompositeCstNode, isLeafCstNode } from 'langium';
import { cstNodesOf } from '../../server/src/language/cst-walk.js';
import { buildOne } from '../helpers/services.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the CST walk', () => {
    it('gives the leaves and the composite nodes in the order Langium streams them, comments included', async () => {
        const text = readFileSync(path.join(ROOT, 'samples/playbooks/service-outage.playbook'), 'utf8') + '\n// a closing comment\n';
        const root = (await buildOne(text)).parseResult.value.$cstNode!;
        const { leaves, composites } = cstNodesOf(root);
        const streamed = CstUtils.streamCst(root).toArray();
        assert.ok(leaves.length > 400, `${leaves.length} leaves`);
        assert.deepEqual(leaves, streamed.filter(isLeafCstNode));
        assert.deepEqual(composites, streamed.filter(isCompositeCstNode));
        assert.ok(leaves.some(leaf => leaf.hidden && leaf.text === '// a closing comment'));
    });
});
