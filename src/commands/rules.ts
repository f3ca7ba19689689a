// `clsm rules`: the rules of the active ruleset (id, severity, axis, reference, statuses).
import { Chalk } from 'chalk';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write } from '../io.js';
import { printableLine, terminalSafeJson } from '../printable.js';
import { oneOf } from '../options.js';
import { naturalWidth, renderTable, tableFrame, wrap } from '../report/table.js';
import { CHECK_LIST } from '../checks/index.js';
import { loadRuleset } from '../ruleset/load.js';
import type { SeverityLevel } from '../types.js';
import { colorFor, widthFor, type CommandContext } from './context.js';

export async function rulesCommand(raw: { ruleset: string; format: string; checks?: boolean }, context: CommandContext): Promise<ExitCode> {
  const { io, lang, c } = context;
  const format = oneOf(c, '--format', raw.format, ['text', 'json'] as const);
  if (raw.checks) return checksList(format, context);
  const ruleset = loadRuleset(raw.ruleset, c, io.cwd);
  if (format === 'json') {
    const rules = ruleset.rules.map((rule) => ({
      id: rule.id,
      severity: rule.severity,
      axis: rule.axis,
      reference: rule.reference[lang],
      appliesTo: rule.appliesTo,
      params: rule.params,
      description: (rule.description ?? rule.message)[lang],
    }));
    const head = { id: ruleset.id, ...(ruleset.extends ? { extends: ruleset.extends } : {}), title: ruleset.title[lang] };
    await write(io.stdout, `${terminalSafeJson(JSON.stringify({ ruleset: head, rules }, null, 2))}\n`);
    return EXIT.ok;
  }
  const chalk = new Chalk({ level: colorFor(io, false) ? 1 : 0 });
  const severity = (s: SeverityLevel) => (s === 'off' ? c.rules.off : c.severity[s]);
  const head = [c.rules.columns.id, c.rules.columns.severity, c.rules.columns.axis, c.rules.columns.reference];
  const rows = ruleset.rules.map((rule) => [
    rule.id + (rule.appliesTo.includes('en_creation') ? ' †' : ''),
    severity(rule.severity),
    c.axis[rule.axis],
    printableLine(rule.reference[lang]),
  ]);
  const width = widthFor(io);
  const columns = head.map((title, i) => ({ width: naturalWidth([title, ...rows.map((row) => row[i]!)]) }));
  // The references are the widest column: they wrap first; narrower still, one block per rule.
  const others = columns.slice(0, 3).reduce((sum, column) => sum + column.width, 0) + tableFrame(head.length);
  if (others + columns[3]!.width > width && width - others >= 24) columns[3] = { width: width - others };
  const fits = others + columns[3]!.width <= width;
  const body = fits
    ? renderTable(head, rows, columns)
    : rows.flatMap(([id, level, axis, reference]) => [chalk.bold(`${id} — ${level} · ${axis}`), ...wrap(reference!, width - 2).map((line) => `  ${line}`)]).join('\n');
  const title = c.rules.title(ruleset.id, ruleset.rules.length) + (ruleset.extends ? ` (${c.ruleset.extendsLabel(ruleset.extends)})` : '');
  await write(io.stdout, `${chalk.bold(title)}\n${body}\n${wrap(c.rules.dagger, width).join('\n')}\n`);
  return EXIT.ok;
}

type Schema = Readonly<Record<string, unknown>>;

/** A short account of an option's schema: its type, its values, its items. */
function describeOption(schema: Schema, c: CommandContext['c']): string {
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ');
  if ('const' in schema) return String(schema.const);
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [String(schema.type)];
  if (types[0] === 'array' && schema.items) return c.rules.listOf(describeOption(schema.items as Schema, c));
  if (types[0] === 'object' && schema.properties) {
    const required = (schema.required as string[] | undefined) ?? [];
    return `{ ${Object.entries(schema.properties as Record<string, Schema>)
      .map(([name, sub]) => `${name}${required.includes(name) ? '' : '?'}: ${describeOption(sub, c)}`)
      .join(', ')} }`;
  }
  return types.map((type) => c.rules.typeName(type)).join(' | ');
}

/** `clsm rules --checks`: the engine's check functions, what each does and its options, for ruleset authors. */
async function checksList(format: 'text' | 'json', { io, lang, c }: CommandContext): Promise<ExitCode> {
  if (format === 'json') {
    const checks = CHECK_LIST.map(({ name, summary, options, traits: { scope, afterOthers, waivable, baselinable } }) => ({
      name,
      summary: summary[lang],
      traits: { scope, afterOthers, waivable, baselinable },
      options,
    }));
    await write(io.stdout, `${JSON.stringify({ checks }, null, 2)}\n`);
    return EXIT.ok;
  }
  const chalk = new Chalk({ level: colorFor(io, false) ? 1 : 0 });
  const blocks = CHECK_LIST.map((check) => {
    const properties = (check.options.properties as Record<string, Schema> | undefined) ?? {};
    const required = (check.options.required as string[] | undefined) ?? [];
    const options = Object.entries(properties).map(
      ([name, schema]) => `  ${c.labelled(`${name}${required.includes(name) ? '' : ` (${c.rules.optional})`}`, describeOption(schema, c))}`,
    );
    const { scope, afterOthers, waivable, baselinable } = check.traits;
    const traits = [scope === 'run' ? c.rules.traits.runScope : '', afterOthers ? c.rules.traits.afterOthers : '', waivable ? '' : c.rules.traits.notWaivable, baselinable ? '' : c.rules.traits.notBaselinable];
    const traitLines = traits.filter((trait) => trait !== '').map((trait) => `· ${trait}`);
    return [chalk.bold(check.name), check.summary[lang], ...traitLines, c.labelled(c.rules.optionsTitle, '').trimEnd(), ...options].join('\n');
  });
  await write(io.stdout, `${chalk.bold(c.rules.checksTitle(CHECK_LIST.length))}\n\n${blocks.join('\n\n')}\n\n${c.rules.paramNote}\n`);
  return EXIT.ok;
}
