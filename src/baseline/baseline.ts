// Baselines (SPEC §4, version 2): today's counted findings of each valid profile, by the profile's identity
// (identifiant and year: renaming or moving a file keeps its baseline) and by each finding's key (its profile path,
// plus what it names when its rule fires several times on one node), so that a repository with known gaps can adopt
// clsm: those gaps stop failing the run, every new one still does — even of a rule the baseline knows. Version 1
// files (counts per file and rule) are still read. Pure data in and out: reading and writing is the command's job.
import { isBaselinable } from '../engine/traits.js';
import { findingKey } from '../findings/findings.js';
import type { Ruleset } from '../ruleset/types.js';
import type { FileReport, Finding } from '../types.js';

/** Version 1: `{ "profils/a.yaml": { "copil-reunions": 1 } }`, per file (relative to the current folder), per rule. */
export type BaselineFiles = Record<string, Record<string, number>>;

/** Version 2: `{ "lille-2025": { "copil-composition-minimale": ["gouvernance.copil.membres[aidant]"] } }`. */
export type BaselineProfiles = Record<string, Record<string, string[]>>;

export type Baseline = { schemaVersion: 1; ruleset: string; files: BaselineFiles } | { schemaVersion: 2; ruleset: string; profiles: BaselineProfiles };

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** A profile's identity in a baseline: `identifiant-year`, or null when the profile does not say both. */
export function identityKey(report: Pick<FileReport, 'clsm'>): string | null {
  const identifiant = report.clsm?.identifiant;
  const year = report.clsm?.annee;
  return identifiant && typeof year === 'number' ? `${identifiant}-${year}` : null;
}

/** What a baseline records of one profile: the keys of its counted findings, per rule a baseline may cover. */
export function baselineEntries(report: FileReport, ruleset: Ruleset): Record<string, string[]> {
  const entries: Record<string, Set<string>> = {};
  for (const finding of report.findings) {
    if (!isBaselinable(ruleset, finding.ruleId)) continue;
    (own(entries, finding.ruleId) ? entries[finding.ruleId]! : (entries[finding.ruleId] = new Set())).add(findingKey(finding));
  }
  return Object.fromEntries(Object.entries(entries).map(([rule, keys]) => [rule, [...keys].sort()]));
}

/** The baseline file's text (version 2): keys sorted at every level, two-space indentation, a final line feed. */
export function baselineText(rulesetId: string, profiles: BaselineProfiles): string {
  const sorted: BaselineProfiles = {};
  for (const identity of Object.keys(profiles).sort()) {
    const rules = profiles[identity]!;
    const ids = Object.keys(rules)
      .filter((rule) => rules[rule]!.length > 0)
      .sort();
    if (ids.length > 0) sorted[identity] = Object.fromEntries(ids.map((rule) => [rule, [...new Set(rules[rule]!)].sort()]));
  }
  return `${JSON.stringify({ schemaVersion: 2, ruleset: rulesetId, profiles: sorted }, null, 2)}\n`;
}

/** How many entries (one per finding key) a baseline holds. */
export function entryCount(baseline: Baseline): number {
  if (baseline.schemaVersion === 1) return Object.values(baseline.files).reduce((sum, rules) => sum + Object.keys(rules).length, 0);
  return Object.values(baseline.profiles).reduce((sum, rules) => sum + Object.values(rules).reduce((n, keys) => n + keys.length, 0), 0);
}

export type BaselineProblem =
  | { kind: 'json'; detail: string }
  | { kind: 'shape'; where: string; expected: 'version' | 'ruleset' | 'files' | 'profiles' | 'entries' | 'count' | 'keys' };

/** Reads a baseline file's text (version 1 or 2), or says what is wrong with it. */
export function parseBaseline(text: string): { ok: true; baseline: Baseline } | { ok: false; problem: BaselineProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problem: { kind: 'json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isObject(data) || (data.schemaVersion !== 1 && data.schemaVersion !== 2)) return { ok: false, problem: { kind: 'shape', where: 'schemaVersion', expected: 'version' } };
  if (typeof data.ruleset !== 'string') return { ok: false, problem: { kind: 'shape', where: 'ruleset', expected: 'ruleset' } };
  if (data.schemaVersion === 2) {
    if (!isObject(data.profiles)) return { ok: false, problem: { kind: 'shape', where: 'profiles', expected: 'profiles' } };
    const profiles: BaselineProfiles = {};
    for (const [identity, rules] of Object.entries(data.profiles)) {
      if (!isObject(rules)) return { ok: false, problem: { kind: 'shape', where: `profiles.${identity}`, expected: 'entries' } };
      const entries: Record<string, string[]> = {};
      for (const [rule, keys] of Object.entries(rules)) {
        if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) return { ok: false, problem: { kind: 'shape', where: `profiles.${identity}.${rule}`, expected: 'keys' } };
        entries[rule] = keys as string[];
      }
      profiles[identity] = entries;
    }
    return { ok: true, baseline: { schemaVersion: 2, ruleset: data.ruleset, profiles } };
  }
  if (!isObject(data.files)) return { ok: false, problem: { kind: 'shape', where: 'files', expected: 'files' } };
  const files: BaselineFiles = {};
  for (const [file, rules] of Object.entries(data.files)) {
    if (!isObject(rules)) return { ok: false, problem: { kind: 'shape', where: `files.${file}`, expected: 'entries' } };
    const entries: Record<string, number> = {};
    for (const [rule, count] of Object.entries(rules)) {
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return { ok: false, problem: { kind: 'shape', where: `files.${file}.${rule}`, expected: 'count' } };
      entries[rule] = count;
    }
    files[file] = entries;
  }
  return { ok: true, baseline: { schemaVersion: 1, ruleset: data.ruleset, files } };
}

/** A finding is baselined only when its rule and its key are in the profile's entries (never by a count). */
export function applyBaseline(report: FileReport, entries: Readonly<Record<string, readonly string[]>> | undefined, ruleset: Ruleset): { report: FileReport; used: Set<string> } {
  const used = new Set<string>();
  if (report.invalid) return { report: { ...report, baselined: [] }, used };
  const findings: Finding[] = [];
  const baselined: Finding[] = [];
  for (const finding of report.findings) {
    const key = findingKey(finding);
    if (entries && own(entries, finding.ruleId) && isBaselinable(ruleset, finding.ruleId) && entries[finding.ruleId]!.includes(key)) {
      used.add(`${finding.ruleId}\u0000${key}`);
      baselined.push(finding);
    } else findings.push(finding);
  }
  return { report: { ...report, findings, baselined }, used };
}

/** The entries of a profile checked now that matched nothing: `identity · rule · key`, for the person to read. */
export function unusedEntries(identity: string, entries: Readonly<Record<string, readonly string[]>> | undefined, used: ReadonlySet<string>): string[] {
  const unused: string[] = [];
  for (const [rule, keys] of Object.entries(entries ?? {})) for (const key of keys) if (!used.has(`${rule}\u0000${key}`)) unused.push(`${identity} · ${rule} · ${key}`);
  return unused;
}

/**
 * Removes the entries of the profiles checked now that match nothing today; never adds one; keeps the profiles not
 * checked now (a baseline holds no path: it cannot tell a profile left out of this run from one that is gone).
 */
export function pruneProfiles(old: BaselineProfiles, today: ReadonlyMap<string, Record<string, string[]>>): { profiles: BaselineProfiles; removed: number } {
  const profiles: BaselineProfiles = {};
  let removed = 0;
  for (const [identity, rules] of Object.entries(old)) {
    const now = today.get(identity);
    if (!now) {
      profiles[identity] = rules;
      continue;
    }
    const kept: Record<string, string[]> = {};
    for (const [rule, keys] of Object.entries(rules)) {
      const still = keys.filter((key) => own(now, rule) && now[rule]!.includes(key));
      removed += keys.length - still.length;
      if (still.length > 0) kept[rule] = still;
    }
    if (Object.keys(kept).length > 0) profiles[identity] = kept;
  }
  return { profiles, removed };
}

/** Version 1: up to the recorded number of findings of each rule move into `baselined` (the count of the file). */
export function applyBaselineV1(report: FileReport, entries: Readonly<Record<string, number>> | undefined, ruleset: Ruleset): { report: FileReport; used: Record<string, number> } {
  const used: Record<string, number> = {};
  if (report.invalid) return { report: { ...report, baselined: [] }, used };
  const findings: Finding[] = [];
  const baselined: Finding[] = [];
  for (const finding of report.findings) {
    const allowed = entries && own(entries, finding.ruleId) && isBaselinable(ruleset, finding.ruleId) ? entries[finding.ruleId]! : 0;
    const taken = own(used, finding.ruleId) ? used[finding.ruleId]! : 0;
    if (taken < allowed) {
      used[finding.ruleId] = taken + 1;
      baselined.push(finding);
    } else findings.push(finding);
  }
  return { report: { ...report, findings, baselined }, used };
}

/** Version 1: entries of checked files whose recorded count was not reached today. */
export function unusedEntriesV1(entries: Readonly<Record<string, number>> | undefined, used: Readonly<Record<string, number>>): number {
  let unused = 0;
  for (const [rule, count] of Object.entries(entries ?? {})) if ((own(used, rule) ? used[rule]! : 0) < count) unused++;
  return unused;
}
