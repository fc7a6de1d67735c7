/**
 * CACAO identifiers (`<object-type>--<UUID>`) derived from names, so that exporting the same
 * playbook twice gives the same ids and a diff of two exports shows what changed. The UUID is
 * a version-5 (name-based, SHA-1) UUID as RFC 9562 defines it, in a namespace of our own.
 */
import { createHash } from 'node:crypto';

/** The namespace of every name-based id this tool writes (a random v4 UUID, fixed once). */
const NAMESPACE = 'b6c1f5a4-3e0d-4a7b-9c52-6f1e2d8a9b30';

/** A version-5 UUID of `name` in our namespace. */
export function nameUuid(name: string): string {
    const namespace = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
    const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
    hash[6] = (hash[6]! & 0x0f) | 0x50;
    hash[8] = (hash[8]! & 0x3f) | 0x80;
    const hex = hash.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The CACAO identifier of an object of `type` named by `parts` (joined so that no two part lists collide). */
export function cacaoId(type: string, ...parts: readonly string[]): string {
    return `${type}--${nameUuid(JSON.stringify([type, ...parts]))}`;
}

/** The object type of a CACAO identifier (`action` of `action--…`). */
export function idType(id: string): string {
    const at = id.lastIndexOf('--');
    return at < 0 ? '' : id.slice(0, at);
}
