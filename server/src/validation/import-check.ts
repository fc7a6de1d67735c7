import { AstUtils, UriUtils, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import type { Import } from '../language/generated/ast.js';
import { messages } from '../messages.js';
import type { PlaybookWorkspaceRoots } from '../language/playbook-workspace-roots.js';

/** Half of a UTF-16 surrogate pair with no other half: text that no file name can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Resolves an import's path against the importing file's folder. */
export function resolveImport(node: Import): ReturnType<typeof UriUtils.resolvePath> {
    const document = AstUtils.getDocument(node);
    return UriUtils.resolvePath(UriUtils.dirname(document.uri), node.path);
}

/** Reports, on the import itself, a path outside the workspace or that names no file of the workspace. */
export function checkImport(node: Import, documents: LangiumDocuments, accept: ValidationAcceptor, roots?: PlaybookWorkspaceRoots): void {
    if (!node.path) {
        return;
    }
    if (LONE_SURROGATE.test(node.path)) {
        // No file can have this name, and turning it into a URI throws.
        accept('error', messages.unresolvedImport({ path: node.path }), { node, property: 'path', code: 'unresolved-import' });
        return;
    }
    if (roots && !roots.contains(resolveImport(node))) {
        // Reading it would let a playbook pull in any file of the machine.
        accept('error', messages.importOutsideWorkspace({ path: node.path }), { node, property: 'path', code: 'import-outside-workspace' });
        return;
    }
    if (!documents.hasDocument(resolveImport(node))) {
        accept('error', messages.unresolvedImport({ path: node.path }), { node, property: 'path', code: 'unresolved-import' });
    }
}
