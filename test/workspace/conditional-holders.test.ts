import { strict as assert } from 'node:assert';
import { isPlaybook, isRole, type Document } from '../../server/src/language/generated/ast.js';
import { roleHoldersOf } from '../../server/src/workspace/playbook-role-holders.js';
import { createValidationServices } from '../helpers/validation.js';
import { URI } from 'langium';

describe('the holding reading knows who holds a role during some severities or hours', () => {
    it('lists each severity- or time-dependent assignment with its holders, and the plain ones not', async () => {
        const services = createValidationServices();
        const text = [
            'person ana { phone "+48221234567" }',
            'person ben { phone "+48221234568" }',
            'calendar office { timezone "Europe/Warsaw" hours monday to friday 09:00 to 17:00 }',
            'role lead "Incident lead"',
            'playbook p {',
            '  severity sev1',
            '  severity sev2',
            '  assign lead to ana backup ben during sev1',
            '  assign lead to ben outside hours of office',
            '  phase a { step s owner lead }',
            '}',
        ].join('\n');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/workspace/test.playbook'));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
        const root = document.parseResult.value as Document;
        const role = root.elements.find(isRole)!;
        const playbook = root.elements.find(isPlaybook)!;
        const holding = roleHoldersOf(services.shared).holding(role, playbook);
        assert.deepEqual(holding.conditionalHolders.map(h => ({
            holders: h.holders.map(x => x.name), backups: h.backups.map(x => x.name), severities: h.severities.map(s => s.name),
            condition: h.condition ? `${h.condition.inside ? 'inside' : 'outside'} ${h.condition.calendar.ref?.name}` : undefined,
        })), [
            { holders: ['ana'], backups: ['ben'], severities: ['sev1'], condition: undefined },
            { holders: ['ben'], backups: [], severities: [], condition: 'outside office' },
        ]);
        // Seen from outside the playbook, whose assignments these are, there are none.
        assert.deepEqual(roleHoldersOf(services.shared).holding(role).conditionalHolders, []);
    });
});
