// Which files of a folder are profiles, and the order a batch checks them in: shared by the command line's walk
// (input/find-files.ts) and the page's dropped files (web/), so that both check the same files in the same order.

/** A profile is a `.yaml` or `.yml` file. */
export const PROFILE_EXTENSION = /\.ya?ml$/i;

/** Ruleset files kept beside profiles (`ars-idf.regles.yaml`) are not profiles: walks and globs pass them by. */
export const RULESET_FILE = /\.(regles|ruleset)\.ya?ml$/i;

/** Names compared by UTF-16 code units, as the walk sorts a folder's entries (never by locale: same order everywhere). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The walk's order over whole `/`-separated paths: depth-first, each folder's entries by name. */
export function compareWalkOrder(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareNames(left[i]!, right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}
