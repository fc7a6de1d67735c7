import { AstUtils, UriUtils, type LangiumDocuments, type ValidationAcceptor } from 'langium';
import type { Import } from '../language/generated/ast.js';
import { messages } from '../messages.js';

/** Resolves an import's path against the importing file's folder. */
export function resolveImport(node: Import): ReturnType<typeof UriUtils.resolvePath> {
    const document = AstUtils.getDocument(node);
    return UriUtils.resolvePath(UriUtils.dirname(document.uri), node.path);
}

/** Reports, on the import itself, a path that names no file of the workspace. */
export function checkImport(node: Import, documents: LangiumDocuments, accept: ValidationAcceptor): void {
    if (!node.path) {
        return;
    }
    if (!documents.hasDocument(resolveImport(node))) {
        accept('error', messages.unresolvedImport({ path: node.path }), { node, property: 'path', code: 'unresolved-import' });
    }
}
