import { strict as assert } from 'node:assert';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MAX_FILE_BYTES, readPlaybook } from '../../cli/src/files.js';

/**
 * readPlaybook sizes its buffers from the size a file had when it was looked at: a file must
 * come back whole and unchanged at every size around the buffer bounds, with multi-byte
 * characters across them, and the size limit must still count what is read.
 */
describe('readPlaybook', () => {
    let dir: string;

    before(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'playbook-read-'));
    });

    /** `bytes` bytes of UTF-8 text in which a three-byte character straddles most offsets. */
    function textOf(bytes: number): string {
        const unit = 'ab€';
        const whole = unit.repeat(Math.floor(bytes / 5));
        return whole + 'x'.repeat(bytes - Buffer.byteLength(whole));
    }

    for (const bytes of [0, 1, 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 7]) {
        it(`reads a file of ${bytes} bytes whole`, async () => {
            const file = path.join(dir, `size-${bytes}.playbook`);
            const text = textOf(bytes);
            assert.equal(Buffer.byteLength(text), bytes);
            writeFileSync(file, text);
            assert.deepEqual(await readPlaybook(file, 'shown.playbook'), { text });
        });
    }

    it('refuses a file over the limit by the bytes it holds', async () => {
        const file = path.join(dir, 'over.playbook');
        writeFileSync(file, textOf(MAX_FILE_BYTES));
        assert.deepEqual(await readPlaybook(file, 'over.playbook'), { text: textOf(MAX_FILE_BYTES) });
        appendFileSync(file, 'y');
        const result = await readPlaybook(file, 'over.playbook');
        assert.deepEqual(result, { problem: { path: 'over.playbook', message: 'over.playbook: the file is larger than 10 MB; split it into several playbooks' } });
    });

    it('reads a file whose size the system does not report (size 0), such as /proc files', async () => {
        const result = await readPlaybook('/proc/self/status', 'status');
        assert.ok('text' in result && /^Name:/m.test(result.text) && /^VmRSS:/m.test(result.text), JSON.stringify(result).slice(0, 200));
        // Larger than the first buffer: read on until the end, however long.
        const maps = await readPlaybook('/proc/self/smaps', 'smaps');
        assert.ok('text' in maps, JSON.stringify(maps));
        assert.ok(maps.text.length > 64 * 1024, `${maps.text.length} characters`);
        assert.match(maps.text.trimEnd().split('\n').at(-1)!, /^VmFlags:/, 'the last mapping is there');
    });
});
