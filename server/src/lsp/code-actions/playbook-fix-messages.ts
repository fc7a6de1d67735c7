/**
 * The titles of the editor's own code actions that are not about one rule (the per-rule quick-fix
 * titles live with the rule texts, in validation/rule-messages.ts). Whole sentences with named
 * placeholders, to be translated with the other catalogues.
 */
export const fixMessages = {
    chooseHolder: (p: { role: string }) => `Choose who holds "${p.role}"…`,
    chooseHolderPlaceholder: (p: { role: string }) => `Assign the role "${p.role}" to…`,
    holderDescription: (p: { kind: string; title: string }) => `${p.kind}: ${p.title}`,
    fixAllOfKind: (p: { code: string }) => `Fix all "${p.code}" problems in this file`,
    fixAll: 'Fix all auto-fixable playbook problems',
} as const;
