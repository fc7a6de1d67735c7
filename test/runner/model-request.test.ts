import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI } from 'langium';
import { createPlaybookServices } from '../../server/src/language/playbook-module.js';
import { playbookModelFor } from '../../server/src/model/playbook-model-request.js';

describe('playbook/runnerModel request', () => {
    async function workspace() {
        const { shared } = createPlaybookServices(EmptyFileSystem);
        const files = {
            '/ws/org.playbook': 'person ann { phone "+48 1 2 3" }\nrole lead\nassign lead to ann',
            '/ws/two.playbook': 'playbook first { phase p { step a owner lead } }\nplaybook second { }',
        };
        const documents = Object.entries(files).map(([file, text]) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: false });
        return shared;
    }

    it('answers with the named playbook, holders resolved from another file', async () => {
        const shared = await workspace();
        const uri = URI.file('/ws/two.playbook').toString();
        const first = playbookModelFor(shared, { uri });
        assert.ok('model' in first);
        assert.equal(first.model.name, 'first');
        assert.deepEqual(first.model.roles.map(r => [r.name, r.holders]), [['lead', [{ kind: 'person', name: 'ann' }]]]);
        const second = playbookModelFor(shared, { uri, playbook: 'second' });
        assert.ok('model' in second && second.model.name === 'second');
    });

    it('says what is wrong instead of answering with nothing', async () => {
        const shared = await workspace();
        const uri = URI.file('/ws/two.playbook').toString();
        assert.deepEqual(playbookModelFor(shared, { uri, playbook: 'third' }), {
            error: `${uri} has no playbook named "third"; it has: first, second.`, playbooks: ['first', 'second'],
        });
        const org = URI.file('/ws/org.playbook').toString();
        assert.deepEqual(playbookModelFor(shared, { uri: org }), { error: `${org} defines no playbook to run.`, playbooks: [] });
        assert.match((playbookModelFor(shared, { uri: 'file:///ws/missing.playbook' }) as { error: string }).error, /has not loaded/);
    });
});
