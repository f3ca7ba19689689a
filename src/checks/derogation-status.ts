// One problem per derogation in the given state (unknown rule, expired, unused), as the engine classified them.
import type { CheckDefinition, DerogationState, Problem } from './types.js';

interface Options {
  status: Exclude<DerogationState['status'], 'active'>;
}

export const derogationStatus: CheckDefinition = {
  afterOthers: true,
  run: (_profile, raw, context) => {
    const { status } = raw as unknown as Options;
    const problems: Problem[] = [];
    for (const derogation of context.derogations) {
      if (derogation.status !== status) continue;
      problems.push({
        path: ['derogations', derogation.index, status === 'expired' ? 'jusqu_au' : 'regle'],
        args: {
          value: derogation.rule,
          until: derogation.until,
          suggestion: derogation.suggestion ? { suggestion: derogation.suggestion } : '',
        },
      });
    }
    return problems;
  },
};
