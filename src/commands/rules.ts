// `clsm rules`: the rules of the active ruleset (id, severity, axis, reference, statuses).
import { Chalk } from 'chalk';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write } from '../io.js';
import { printableLine, terminalSafeJson } from '../printable.js';
import { oneOf } from '../options.js';
import { naturalWidth, renderTable } from '../report/table.js';
import { loadRuleset } from '../ruleset/load.js';
import type { SeverityLevel } from '../types.js';
import { colorFor, type CommandContext } from './context.js';

export async function rulesCommand(raw: { ruleset: string; format: string }, { io, lang, c }: CommandContext): Promise<ExitCode> {
  const format = oneOf(c, '--format', raw.format, ['text', 'json'] as const);
  const ruleset = loadRuleset(raw.ruleset, c, io.cwd);
  if (format === 'json') {
    const rules = ruleset.rules.map((rule) => ({
      id: rule.id,
      severity: rule.severity,
      axis: rule.axis,
      reference: rule.reference[lang],
      appliesTo: rule.appliesTo,
      params: rule.params,
      description: rule.description[lang],
    }));
    await write(io.stdout, `${terminalSafeJson(JSON.stringify({ ruleset: { id: ruleset.id, title: ruleset.title[lang] }, rules }, null, 2))}\n`);
    return EXIT.ok;
  }
  const chalk = new Chalk({ level: colorFor(io, false) ? 1 : 0 });
  const severity = (s: SeverityLevel) => (s === 'off' ? 'off' : c.severity[s]);
  const head = [c.rules.columns.id, c.rules.columns.severity, c.rules.columns.axis, c.rules.columns.reference];
  const rows = ruleset.rules.map((rule) => [
    rule.id + (rule.appliesTo.includes('en_creation') ? ' †' : ''),
    severity(rule.severity),
    rule.axis,
    printableLine(rule.reference[lang]),
  ]);
  const columns = head.map((title, i) => ({ width: naturalWidth([title, ...rows.map((row) => row[i]!)]) }));
  const table = renderTable(head, rows, columns);
  await write(io.stdout, `${chalk.bold(c.rules.title(ruleset.id, ruleset.rules.length))}\n${table}\n${c.rules.dagger}\n`);
  return EXIT.ok;
}
