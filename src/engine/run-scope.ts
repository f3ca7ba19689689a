// The rules of scope `run` (`identifiant-doublon`): each profile claims a value (check/check-source.ts keeps the
// claims with their position); the second profile of a run with the same claim for the same year gets the finding,
// naming the first. Results come in path order. Pure: no file system.
import { sortFindings } from '../findings/findings.js';
import type { Catalogue } from '../i18n/index.js';
import type { Ruleset } from '../ruleset/types.js';
import type { FileReport, Finding, Lang } from '../types.js';
import { ruleFinding, type WordingCache } from '../wording/word.js';

export interface RunScope {
  apply(report: FileReport): FileReport;
}

/** A file name a backup or a copy has (« profil - copie.yaml », « old/ », « profil.bak.yaml », « profil~.yaml »…). */
const COPY_NAME = /(copie|copy|sauvegarde|backup|\bold\b|ancien|\bbak\b|~|\(\d+\)|-v\d+\b)/i;

/** When one of two files with the same identity looks like a copy, the sentence that says which: the person removes it. */
function copyHint(path: string, first: string, catalogue: Catalogue): string {
  const name = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  if (COPY_NAME.test(name(path)) && !COPY_NAME.test(name(first))) return catalogue.report.looksLikeCopy(path);
  if (COPY_NAME.test(name(first)) && !COPY_NAME.test(name(path))) return catalogue.report.looksLikeCopy(first);
  return '';
}

export function runScope(ruleset: Ruleset, lang: Lang, catalogue: Catalogue, today: string, cache: WordingCache): RunScope {
  const seen = new Map<string, string>();
  return {
    apply(report) {
      if (!report.claims || report.invalid) return report;
      const added: Finding[] = [];
      for (const claim of report.claims) {
        const year = report.clsm?.annee ?? 0;
        const key = `${claim.ruleId}\u0000${claim.value}\u0000${year}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, report.path);
          continue;
        }
        const problem = { ruleId: claim.ruleId, path: claim.path, args: { value: claim.value, other: { quoted: first }, copy: copyHint(report.path, first, catalogue) } };
        added.push(ruleFinding(problem, claim, { rules: ruleset.byId, labels: ruleset.labels, lang, catalogue, year, today, cache }));
      }
      if (added.length === 0) return report;
      return { ...report, findings: sortFindings([...report.findings, ...added]) };
    },
  };
}
