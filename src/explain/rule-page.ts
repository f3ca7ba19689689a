// A rule's documentation page in Markdown: the same texts as `clsm explain`, laid out as `rules/docs/<id>.md`.
import type { Catalogue } from '../i18n/catalogue.js';
import { fillTemplate } from '../i18n/template.js';
import type { Rule } from '../ruleset/types.js';
import type { Lang } from '../types.js';

/** Text for a Markdown table cell or paragraph: rule texts may come from any ruleset file. */
function inline(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

export function rulePage(rule: Rule, labels: ReadonlyMap<string, string>, lang: Lang, c: Catalogue): string {
  // Placeholders that depend on a profile (counts, dates) stay as an ellipsis, as in `clsm explain`.
  const fill = (text: string) => inline(fillTemplate(text, rule.params, labels, c, '…'));
  const severity = rule.severity === 'off' ? c.rules.off : c.severity[rule.severity];
  const statuses = c.list(rule.appliesTo.map((statut) => c.statut[statut]));
  const dagger = rule.appliesTo.includes('en_creation') ? ' (†)' : '';
  const params = Object.entries(rule.params);
  const page = c.explain.page;
  return [
    `# \`${rule.id}\``,
    '',
    `| ${page.columns.join(' | ')} |`,
    `|${page.columns.map(() => '---|').join('')}`,
    `| ${severity} | ${c.axis[rule.axis]} | ${inline(rule.reference[lang])} | ${statuses}${dagger} |`,
    '',
    `## ${c.explain.what}`,
    fill(rule.description?.[lang] ?? rule.message[lang]),
    '',
    `## ${c.explain.why}`,
    rule.rationale ? fill(rule.rationale[lang]) : c.ruleset.noDescription,
    '',
    `## ${c.explain.how}`,
    fill(rule.remediation[lang]),
    ...(params.length > 0
      ? ['', `## ${c.explain.params}`, ...params.map(([name, value]) => `- ${c.labelled(`\`${name}\``, inline(typeof value === 'number' ? c.number(value) : String(value)))}`), '', page.paramsNote(params.length)]
      : []),
    '',
  ].join('\n');
}
