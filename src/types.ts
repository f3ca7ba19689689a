// Shared vocabulary of the pipeline: severities, findings and file reports.
export type Lang = 'fr' | 'en';
/** A text in each language. */
export type Text = Record<Lang, string>;
export type Severity = 'error' | 'warning' | 'info';
export type SeverityLevel = Severity | 'off';
export type FailOn = Severity | 'never';
export type Statut = 'actif' | 'en_creation' | 'en_sommeil';
export type Axis =
  | 'gouvernance'
  | 'coordination'
  | 'financement'
  | 'strategie'
  | 'suivi'
  | 'articulations'
  | 'territoire'
  | 'coherence';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const AXES: readonly Axis[] = [
  'gouvernance',
  'coordination',
  'financement',
  'strategie',
  'suivi',
  'articulations',
  'territoire',
  'coherence',
];

/** A path in the profile: object keys and array indexes. */
export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

/** A gap found in a profile; fields in the order of the JSON contract (SPEC §5). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  axis: Axis;
  message: string;
  path: string;
  line: number;
  column: number;
  reference: string;
  /** How to close the gap (empty for YAML and schema errors). */
  remediation: string;
  /** For a YAML syntax error: the line as written in the file. */
  excerpt?: string;
  /** The finding's key when its rule fires several times on one node (`path[value]`); absent, the path is the key. */
  readonly key?: string;
}

export interface WaivedFinding extends Finding {
  justification: string;
  until: string;
}

export type FileStatus = 'pass' | 'fail' | 'invalid';

export interface ClsmIdentity {
  identifiant: string | null;
  nom: string | null;
  region: string | null;
  annee: number | null;
}

export type Counts = Record<Severity, number>;

/**
 * What the indicators of the instruction (`clsm stats`) read from a valid profile, kept instead of the profile
 * itself. Texts are enum values or ten-character dates: they hold no reference to the file's text.
 */
export interface ProfileFacts {
  statut: Statut;
  /** `clsm.departement`, or null when missing. */
  departement: string | null;
  /** `clsm.territoire.population`, or null when missing. */
  population: number | null;
  /** The distinct categories of the COPIL's members, in order of appearance. */
  copilCategories: string[];
  /** The dates of the plenary assembly's meetings, as written. */
  plenaryDates: string[];
  /**
   * The territory from the Code officiel géographique, when the profile lists communes or an EPCI: its population
   * (vintage named by the table) and the units it covers (communes, or arrondissements of Paris, Lyon, Marseille).
   */
  territory?: { population: number | null; vintage: number; units: string[] };
}

/** What a rule of the run (scope `run`) compares across the profiles of one run: a value and where it is. */
export interface RunClaim {
  ruleId: string;
  value: string;
  path: readonly PathSegment[];
  line: number;
  column: number;
}

/**
 * A checked file: what was found, worded in `lang` with the rules of `ruleset`, and no policy. Its status and
 * counts depend on a threshold (`--fail-on`): `statusOf` and `countsOf` (findings/findings.ts) give them.
 */
export interface FileReport {
  path: string;
  clsm: ClsmIdentity | null;
  /** The file could not be read as a profile (YAML or schema errors): the rules were not evaluated. */
  invalid: boolean;
  findings: Finding[];
  waived: WaivedFinding[];
  /** With a baseline (`--baseline`): the findings it covers, counted apart. */
  baselined?: Finding[];
  /** Null when the profile is invalid (YAML or schema errors). Not part of the JSON report. */
  facts: ProfileFacts | null;
  /** The language the findings are worded in. */
  lang: Lang;
  /** The id of the ruleset the profile was checked with; null when it was only read and validated (`clsm stats`). */
  ruleset: string | null;
  /** What the rules of the run compare with the other profiles of the run (internal, not part of the JSON report). */
  claims?: RunClaim[];
  /** The profile lists communes or an EPCI and the session had no territory table: check it again once loaded. */
  needsTerritory?: true;
}

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/**
 * Text a reporter writes only at its end: the HTML report's sections, which follow its synthesis. A batch of
 * 50 000 profiles makes about a gigabyte of them, more than a JavaScript string can hold (report/model.ts keeps them
 * in memory, output/spill.ts in a file past a size).
 */
export interface HeldTexts {
  add(text: string): void;
  /** The texts in the order they were added, once. */
  texts(): Iterable<string>;
}
