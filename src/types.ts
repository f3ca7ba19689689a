// Shared vocabulary of the pipeline: severities, findings and file reports.
export type Lang = 'fr' | 'en';
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

export interface FileReport {
  path: string;
  status: FileStatus;
  clsm: ClsmIdentity | null;
  findings: Finding[];
  waived: WaivedFinding[];
  counts: Counts;
}

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
