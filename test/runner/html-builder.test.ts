import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import { buildRunnerHtml, runnerAssets } from '../../runner/src/html/playbook-standalone-page.js';

const model: PlaybookModel = {
    modelVersion: 1, name: 'p', title: 'Breach </script><script>alert(1)</script> & "more"', roles: [], people: [], teams: [], rotations: [],
    severities: [], triggers: [], escalations: [], channels: [], communications: [], phases: [], drills: [],
};
const hash = (text: string): string => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('buildRunnerHtml', () => {
    const script = 'console.log("</script>")';
    const style = 'body{color:red}';
    const html = buildRunnerHtml(model, { script, style });

    it('allows exactly the inline script and style by hash, and nothing else', () => {
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
        assert.equal(csp, `default-src 'none'; script-src '${hash('console.log("<\\/script>")')}'; style-src '${hash(style)}'; img-src data:; base-uri 'none'; form-action 'none'`);
        assert.doesNotMatch(html, /unsafe-|https?:\/\//);
        assert.match(html, /<script>console\.log\("<\\\/script>"\)<\/script>/);
    });

    it('embeds the model as inert JSON that cannot close its element', () => {
        const data = /<script type="application\/json" id="playbook-model">(.*)<\/script>/.exec(html)?.[1];
        assert.ok(data);
        assert.doesNotMatch(data, /[<>&]/);
        assert.deepEqual(JSON.parse(data), model);
        assert.match(html, /<title>Run: Breach &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;more&quot;<\/title>/);
    });

    it('says where it looked when the built runner is missing', () => {
        assert.throws(() => runnerAssets({ assetsDir: '/nowhere' }), /The runner script \/nowhere\/runner\.js is missing: run `npm run bundle` first/);
    });
});
