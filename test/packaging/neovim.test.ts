import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The Neovim 0.7 snippet exactly as docs/editors.md shows it. */
function documentedSnippet(): string {
    const page = readFileSync(path.join(ROOT, 'docs/editors.md'), 'utf8');
    const match = /<!-- neovim-0\.7-snippet:start -->\n```lua\n([\s\S]*?)```\n<!-- neovim-0\.7-snippet:end -->/.exec(page);
    assert.ok(match, 'docs/editors.md has the marked Neovim 0.7 snippet');
    return match[1]!;
}

/** Waits for the server's diagnostics on the opened file, then writes what Neovim saw and quits. */
const PROBE = `
local out = os.getenv('PROBE_OUT')
local ok = vim.wait(240000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local lines = { 'filetype=' .. vim.bo.filetype, 'clients=' .. #vim.lsp.buf_get_clients(0), 'waited=' .. tostring(ok) }
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(lines, (d.lnum + 1) .. ':' .. (d.col + 1) .. ' ' .. tostring(d.code) .. ' ' .. d.message)
end
vim.fn.writefile(lines, out)
vim.cmd('qa!')
`;

describe('the documented Neovim 0.7 set-up (headless Neovim)', function () {
    this.timeout(300_000);

    it('starts playbook-language-server for a .playbook file and shows its diagnostics', function () {
        const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
        if (version.error) {
            // .ci/run installs Debian's neovim; a developer machine may not have it.
            this.skip();
        }
        const work = mkdtempSync(path.join(tmpdir(), 'playbook-nvim-'));
        const bin = path.join(work, 'bin');
        mkdirSync(bin);
        // The server as an installed package puts it on PATH, with a current Node before it.
        symlinkSync(path.join(ROOT, 'bin/playbook-language-server.js'), path.join(bin, 'playbook-language-server'));
        writeFileSync(path.join(work, 'init.lua'), documentedSnippet());
        writeFileSync(path.join(work, 'probe.lua'), PROBE);
        const project = path.join(work, 'project');
        mkdirSync(path.join(project, '.git'), { recursive: true });
        writeFileSync(path.join(project, 'bad.playbook'), 'person zoe "Zoe" {\n  phone "+1 555 0199"\n  born 2026-02-30\n}\n');
        const out = path.join(work, 'probe.out');
        const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(work, 'init.lua'), '-c', `luafile ${path.join(work, 'probe.lua')}`, 'bad.playbook'], {
            cwd: project, encoding: 'utf8', timeout: 280_000,
            env: { ...process.env, PROBE_OUT: out, PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`, XDG_CONFIG_HOME: work, XDG_DATA_HOME: work, XDG_STATE_HOME: work },
        });
        assert.equal(run.error, undefined);
        const seen = readFileSync(out, 'utf8').split('\n');
        assert.deepEqual(seen.slice(0, 3), ['filetype=playbook', 'clients=1', 'waited=true'], run.stderr + seen.join('\n'));
        assert.ok(seen.slice(3).some(line => line.startsWith('3:')), seen.join('\n'));
    });
});
