// `clsm explain <rule-id>`: what the rule checks, why (the referential and its section), how to close the gap.
import fs from 'node:fs';
import { Chalk } from 'chalk';
import { closest } from '../closest.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { UserError } from '../errors.js';
import { INPUT_RULE_IDS, INPUT_RULE_SEVERITY, inputRuleText, isInputRule, type InputRuleId } from '../findings/input-rules.js';
import { fillTemplate } from '../i18n/template.js';
import { write } from '../io.js';
import { printable, terminalSafeText } from '../printable.js';
import { loadRuleset } from '../ruleset/load.js';
import { wrap } from '../report/table.js';
import { colorFor, widthFor, type CommandContext } from './context.js';

export async function explainCommand(ruleId: string, raw: { ruleset: string; format: string }, context: CommandContext): Promise<ExitCode> {
  const { io, lang, c } = context;
  if (raw.format !== 'text' && raw.format !== 'markdown') throw new UserError(c.cli.explainFormat(raw.format));
  const ruleset = loadRuleset(raw.ruleset, c, io.cwd);
  const rule = ruleset.byId.get(ruleId);
  if (!rule && isInputRule(ruleId)) return explainInput(ruleId, raw.format, context);
  if (!rule) throw new UserError(c.cli.unknownRule(ruleId, closest(ruleId, [...ruleset.byId.keys(), ...INPUT_RULE_IDS])));
  if (raw.format === 'markdown') {
    const { rulePage } = await import('../explain/rule-page.js');
    // A ruleset's own texts reach the terminal: made safe there, as written to a file or a pipe.
    const page = rulePage(rule, ruleset.labels[lang], lang, c);
    await write(io.stdout, io.stdout.isTTY ? terminalSafeText(page) : page);
    return EXIT.ok;
  }
  const chalk = new Chalk({ level: colorFor(io, false) ? 1 : 0 });
  const labels = ruleset.labels[lang];
  // Placeholders that depend on a profile (counts, dates) stay as an ellipsis.
  const fill = (text: string) => printable(fillTemplate(text, rule.params, labels, c, '…'));
  const severity = rule.severity === 'off' ? c.rules.off : c.severity[rule.severity];
  const params = Object.entries(rule.params).map(([name, value]) => printable(`${name} = ${String(value)}`));
  const lines = [
    chalk.bold(printable(`${rule.id} — ${severity} · ${c.axis[rule.axis]} · ${rule.reference[lang]}`)),
    '',
    chalk.bold(c.explain.what),
    rule.description ? fill(rule.description[lang]) : fill(rule.message[lang]),
    '',
    chalk.bold(c.explain.why),
    rule.rationale ? fill(rule.rationale[lang]) : c.ruleset.noDescription,
    '',
    chalk.bold(c.explain.how),
    fill(rule.remediation[lang]),
    '',
    c.labelled(c.explain.appliesTo, c.list(rule.appliesTo.map((statut) => c.statut[statut]))),
    ...(params.length > 0 ? [c.labelled(c.explain.params, params.join(', '))] : []),
    ...docExamples(rule.id, c).flatMap(([title, yaml]) => ['', chalk.bold(title), ...yaml.split('\n').map((line) => `  ${printable(line)}`)]),
  ];
  // Laid out for the terminal (or COLUMNS): paragraphs wrap at spaces, never mid-word; YAML examples stay as written.
  const width = widthFor(io);
  const laidOut = lines.flatMap((line) => (line.startsWith('  ') || line === '' ? [line] : wrap(line, width)));
  await write(io.stdout, `${laidOut.join('\n')}\n`);
  return EXIT.ok;
}

/**
 * The examples of the rule's documentation page (rules/docs/<id>.md, shipped with the package): a profile that
 * fires the rule and one that does not. None for a rule no page documents (a regional rule).
 */
function docExamples(ruleId: string, c: CommandContext['c']): Array<[string, string]> {
  let page: string | undefined;
  for (const up of ['../rules/docs/', '../../rules/docs/']) {
    try {
      page = fs.readFileSync(new URL(`${up}${ruleId}.md`, import.meta.url), 'utf8');
      break;
    } catch {
      // The next place: beside the bundle, or beside the sources.
    }
  }
  if (!page) return [];
  const block = (heading: RegExp) => heading.exec(page!)?.[1]?.trimEnd();
  const failing = block(/## Exemple qui relève l’écart\n```yaml\n([\s\S]*?)```/);
  const passing = block(/## Exemple sans écart\n```yaml\n([\s\S]*?)```/);
  return [
    ...(failing ? [[c.explain.failingExample, failing] as [string, string]] : []),
    ...(passing ? [[c.explain.passingExample, passing] as [string, string]] : []),
  ];
}

/** The two checks of the file itself (YAML syntax, profile format): errors of the file, not gaps; no ruleset holds them. */
async function explainInput(id: InputRuleId, format: string, { io, lang, c }: CommandContext): Promise<ExitCode> {
  const text = inputRuleText(id, lang);
  const head = `${id} — ${c.severity[INPUT_RULE_SEVERITY]} · ${c.formatAxis} · ${text.reference}`;
  const sections: Array<[string, string]> = [
    [c.explain.what, text.what],
    [c.explain.why, text.why],
    [c.explain.fix, text.how],
  ];
  if (format === 'markdown') {
    await write(io.stdout, `# \`${id}\`\n\n${head}\n${sections.map(([title, body]) => `\n## ${title}\n${body}\n`).join('')}`);
    return EXIT.ok;
  }
  const chalk = new Chalk({ level: colorFor(io, false) ? 1 : 0 });
  await write(io.stdout, `${chalk.bold(head)}\n${sections.map(([title, body]) => `\n${chalk.bold(title)}\n${body}\n`).join('')}`);
  return EXIT.ok;
}
