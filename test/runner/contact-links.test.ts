import { strict as assert } from 'node:assert';
import { contactHref } from '../../runner/src/webview/playbook-contact-links.js';

describe('runner contact links', () => {
    it('links phones, addresses and https URLs only', () => {
        assert.equal(contactHref({ kind: 'phone', value: '+48 600 100 200' }), 'tel:+48600100200');
        assert.equal(contactHref({ kind: 'sms', value: '+886 (2) 2722-0000' }), 'tel:+886227220000');
        assert.equal(contactHref({ kind: 'email', value: 'alice.nowak@example.com' }), 'mailto:alice.nowak@example.com');
        assert.equal(contactHref({ kind: 'app', value: 'https://crisis.example.com/room/1' }), 'https://crisis.example.com/room/1');
    });

    it('refuses anything that could run or smuggle something', () => {
        assert.equal(contactHref({ kind: 'app', value: 'javascript:alert(1)' }), undefined);
        assert.equal(contactHref({ kind: 'chat', value: 'http://plain.example.com' }), undefined);
        assert.equal(contactHref({ kind: 'chat', value: '@alice' }), undefined);
        assert.equal(contactHref({ kind: 'phone', value: 'call me maybe' }), undefined);
        assert.equal(contactHref({ kind: 'phone', value: '+1 555 0100;ext=javascript:x' }), undefined);
        assert.equal(contactHref({ kind: 'email', value: 'a@b.com?subject=x&body=y' }), undefined);
        assert.equal(contactHref({ kind: 'email', value: 'javascript:a@b.com' }), undefined);
    });
});
