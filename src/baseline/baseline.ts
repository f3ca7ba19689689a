// Baselines (SPEC §4): today's counted findings per file and rule, so that a repository with known gaps can adopt
// clsm — those gaps stop failing the run, every new one still does. Pure data in and out: reading and writing the
// file is the command's job.
import { isBaselinable } from '../engine/traits.js';
import type { Ruleset } from '../ruleset/types.js';
import type { FileReport, Finding } from '../types.js';

/** `{ "profils/a.yaml": { "copil-reunions": 1 } }`: per file (relative to the current folder, `/`), per rule. */
export type BaselineFiles = Record<string, Record<string, number>>;

export interface Baseline {
  schemaVersion: 1;
  ruleset: string;
  files: BaselineFiles;
}

/** What a baseline records of one file: its counted findings per rule whose check lets a baseline cover them. */
export function baselineEntries(report: FileReport, ruleset: Ruleset): Record<string, number> {
  const entries: Record<string, number> = {};
  for (const finding of report.findings) {
    if (!isBaselinable(ruleset, finding.ruleId)) continue;
    entries[finding.ruleId] = (Object.prototype.hasOwnProperty.call(entries, finding.ruleId) ? entries[finding.ruleId]! : 0) + 1;
  }
  return entries;
}

/** The baseline file's text: keys sorted at every level, two-space indentation, a final line feed. */
export function baselineText(rulesetId: string, files: BaselineFiles): string {
  const sorted: BaselineFiles = {};
  for (const file of Object.keys(files).sort()) {
    const rules = files[file]!;
    const keys = Object.keys(rules).sort();
    if (keys.length === 0) continue;
    sorted[file] = Object.fromEntries(keys.map((rule) => [rule, rules[rule]!]));
  }
  return `${JSON.stringify({ schemaVersion: 1, ruleset: rulesetId, files: sorted }, null, 2)}\n`;
}

export type BaselineProblem = { kind: 'json'; detail: string } | { kind: 'shape'; where: string; expected: 'version' | 'ruleset' | 'files' | 'entries' | 'count' };

/** Reads a baseline file's text, or says what is wrong with it. */
export function parseBaseline(text: string): { ok: true; baseline: Baseline } | { ok: false; problem: BaselineProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problem: { kind: 'json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isObject(data) || data.schemaVersion !== 1) return { ok: false, problem: { kind: 'shape', where: 'schemaVersion', expected: 'version' } };
  if (typeof data.ruleset !== 'string') return { ok: false, problem: { kind: 'shape', where: 'ruleset', expected: 'ruleset' } };
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

/**
 * Moves up to the recorded number of findings of each rule (the first ones, in report order) into `baselined`.
 * Returns how many of each entry were used.
 */
export function applyBaseline(report: FileReport, entries: Readonly<Record<string, number>> | undefined, ruleset: Ruleset): { report: FileReport; used: Record<string, number> } {
  const used: Record<string, number> = {};
  if (report.invalid) return { report: { ...report, baselined: [] }, used };
  const findings: Finding[] = [];
  const baselined: Finding[] = [];
  for (const finding of report.findings) {
    const allowed = entries && Object.prototype.hasOwnProperty.call(entries, finding.ruleId) && isBaselinable(ruleset, finding.ruleId) ? entries[finding.ruleId]! : 0;
    const taken = Object.prototype.hasOwnProperty.call(used, finding.ruleId) ? used[finding.ruleId]! : 0;
    if (taken < allowed) {
      used[finding.ruleId] = taken + 1;
      baselined.push(finding);
    } else findings.push(finding);
  }
  return { report: { ...report, findings, baselined }, used };
}

/** Entries of checked files whose recorded count was not reached today: the baseline can be pruned. */
export function unusedEntries(entries: Readonly<Record<string, number>> | undefined, used: Readonly<Record<string, number>>): number {
  let unused = 0;
  for (const [rule, count] of Object.entries(entries ?? {})) if ((Object.prototype.hasOwnProperty.call(used, rule) ? used[rule]! : 0) < count) unused++;
  return unused;
}

/**
 * Lowers each count to today's (`today`, for the files checked now), drops empty entries, never raises a count;
 * files not checked now are kept when they still exist.
 */
export function pruneBaseline(old: BaselineFiles, today: ReadonlyMap<string, Record<string, number>>, exists: (file: string) => boolean): { files: BaselineFiles; removed: number; lowered: number } {
  const files: BaselineFiles = {};
  let removed = 0;
  let lowered = 0;
  for (const [file, rules] of Object.entries(old)) {
    const now = today.get(file);
    if (!now) {
      if (exists(file)) files[file] = { ...rules };
      else removed += Object.keys(rules).length;
      continue;
    }
    const kept: Record<string, number> = {};
    for (const [rule, count] of Object.entries(rules)) {
      const current = Object.prototype.hasOwnProperty.call(now, rule) ? now[rule]! : 0;
      if (current === 0) removed++;
      else {
        if (current < count) lowered++;
        kept[rule] = Math.min(count, current);
      }
    }
    if (Object.keys(kept).length > 0) files[file] = kept;
  }
  return { files, removed, lowered };
}
