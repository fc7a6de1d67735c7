// A module-resolution hook for the tests of client/src/: `import * as vscode from 'vscode'`
// resolves to the fake VS Code surface (test/client/fake-vscode.ts), which exists only in tests.
export async function resolve(specifier, context, next) {
    if (specifier === 'vscode') {
        return { url: new URL('./fake-vscode.ts', import.meta.url).href, shortCircuit: true };
    }
    return next(specifier, context);
}
