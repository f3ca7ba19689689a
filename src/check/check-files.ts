// A batch of files already in memory (the page's dropped files), checked as `clsm check` checks a folder: profiles
// only (ruleset files and other names passed by), in the walk's order, then compared with each other (rules of scope
// `run`). The session must hold the YAML slip diagnosis and, when a profile lists communes, the territory.
import { compareWalkOrder, PROFILE_EXTENSION, RULESET_FILE } from '../document/file-names.js';
import { fromBytes } from '../document/source.js';
import { runScope } from '../engine/run-scope.js';
import type { FileReport } from '../types.js';
import { checkSource, type CheckOptions } from './check-source.js';
import type { CheckSession } from './session.js';

export interface InputFile {
  /** The path shown in reports, `/`-separated (a dropped folder's files keep their folder). */
  path: string;
  bytes: Uint8Array;
}

export interface SortedFiles {
  profiles: InputFile[];
  /** Files that are not profiles by their name: ruleset files and names without `.yaml`/`.yml`. */
  passedBy: InputFile[];
}

/** The files a folder walk would check, in its order, and those it would pass by. */
export function sortInputFiles(files: readonly InputFile[]): SortedFiles {
  const profiles: InputFile[] = [];
  const passedBy: InputFile[] = [];
  for (const file of files) {
    const parts = file.path.split('/');
    const name = parts[parts.length - 1]!;
    // As the walk: hidden files and folders, and node_modules, are not entered.
    const hidden = parts.some((part) => part.startsWith('.') || part === 'node_modules');
    (PROFILE_EXTENSION.test(name) && !RULESET_FILE.test(name) && !hidden ? profiles : passedBy).push(file);
  }
  profiles.sort((a, b) => compareWalkOrder(a.path, b.path));
  return { profiles, passedBy };
}

/** Checks profiles (already sorted by `sortInputFiles`) one after the other, as one run. */
export function checkFiles(profiles: readonly InputFile[], options: CheckOptions, session: CheckSession): FileReport[] {
  const scope = options.ruleset ? runScope(options.ruleset, options.lang, options.catalogue, options.today, session.wordings) : undefined;
  return profiles.map((file) => {
    const checked = checkSource(file.path, fromBytes(file.bytes), options, session);
    const { claims: _claims, ...report } = scope ? scope.apply(checked) : checked;
    return report;
  });
}
