// The axis a reader sees. YAML and schema problems are about the file's format, not a gap on an axis of the
// referential: reports for people show them apart; machine formats keep the JSON contract's `coherence`.
import type { Catalogue } from '../i18n/catalogue.js';
import { isInputRule } from '../findings/input-rules.js';
import { AXES, type Axis, type Finding } from '../types.js';

export type ReadingAxis = Axis | 'format';
export const READING_AXES: readonly ReadingAxis[] = ['format', ...AXES];

export function readingAxis(finding: Pick<Finding, 'ruleId' | 'axis'>): ReadingAxis {
  return isInputRule(finding.ruleId) ? 'format' : finding.axis;
}

export function axisName(axis: ReadingAxis, c: Catalogue): string {
  return axis === 'format' ? c.formatAxis : c.axis[axis];
}
