// One problem per derogation in the given state (unknown rule, expired, unused), as the engine classified them.
import { defineCheck } from './define-check.js';
import type { CheckProblem } from './types.js';

export const derogationStatus = defineCheck({
  name: 'derogation-status',
  summary: {
    fr: 'Un écart par dérogation dans l’état donné : règle inconnue (`unknown`), expirée (`expired`) ou sans écart à couvrir (`unused`, y compris une dérogation à une règle qui n’en admet pas : l’écart prend alors le message `unwaivable` de la règle).',
    en: 'One finding per derogation in the given state: unknown rule (`unknown`), expired (`expired`) or covering no finding (`unused`, including a derogation to a rule that admits none: the finding then takes the rule’s `unwaivable` message).',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['status'],
    properties: { status: { enum: ['unknown', 'expired', 'unused'] } },
  },
  // Its findings are about the derogations themselves: no derogation covers them.
  traits: { afterOthers: true, waivable: false, messages: (options) => (options.status === 'unused' ? ['unwaivable'] : []) },
  run(_profile, { status }, context) {
    const problems: CheckProblem[] = [];
    for (const derogation of context.derogations) {
      // An unused derogation and one to a rule that cannot be waived both cover nothing; the message says which.
      const unwaivable = status === 'unused' && derogation.status === 'unwaivable';
      if (derogation.status !== status && !unwaivable) continue;
      problems.push({
        path: ['derogations', derogation.index, status === 'expired' ? 'jusqu_au' : 'regle'],
        args: {
          value: derogation.rule,
          until: derogation.until,
          suggestion: derogation.suggestion ? { suggestion: derogation.suggestion } : '',
        },
        ...(unwaivable ? { messageId: 'unwaivable' } : {}),
      });
    }
    return problems;
  },
});
