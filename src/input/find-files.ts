// Turns the paths given on the command line (files, folders, globs, `-`) into the profiles to check, one at a
// time: folders are walked iteratively (sorted, depth-first, with a depth limit), globs are matched while walking
// from their fixed part, so that memory does not grow with the tree. A problem with one entry is reported and
// the walk goes on. A file reached twice (a link, a glob and a folder) is checked once.
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { compareNames, PROFILE_EXTENSION, RULESET_FILE } from '../document/file-names.js';
import type { Catalogue } from '../i18n/index.js';
import { describeFsError } from './read-source.js';

export interface Target {
  /** Path as shown in reports: relative to the working directory, with forward slashes; `-` for stdin. */
  display: string;
  /** Absolute path on disk; `-` for stdin. */
  absolute: string;
}

export type Found =
  | { kind: 'target'; target: Target }
  | { kind: 'error'; describe(c: Catalogue): string }
  /** A file that looks like a profile but is not checked (`profil.yaml.txt`, a mail attachment): said, not an error. */
  | { kind: 'notice'; describe(c: Catalogue): string };

/** A profile saved with another extension after `.yaml` (a mail program's `.txt`). */
const DISGUISED_PROFILE = /\.ya?ml\.txt$/i;

/** Folders below the one given that are walked: deeper ones are reported, not entered. */
export const MAX_WALK_DEPTH = 64;

const GLOB_CHARS = /[*?[\]{}]/;
const SKIPPED_DIRECTORIES = new Set(['node_modules']);
/** The kernel's own file systems, met when walking from `/`: never a profile there, and thousands of unreadable links. */
const SYSTEM_FOLDERS = new Set(['/proc', '/sys', '/dev']);

const toDisplay = (p: string) => p.split(path.sep).join('/');

/**
 * The real paths already given out, so that a file is checked once however many ways lead to it. With one path
 * argument, only files reached through a link are recorded (a plain walk meets each file once): memory stays flat
 * on the usual `clsm check profils/`. With several, every file is, for they may overlap.
 */
interface Seen {
  paths: Set<string>;
  recordAll: boolean;
}

export function* findTargets(args: readonly string[], cwd: string): Generator<Found, void, undefined> {
  const seen: Seen = { paths: new Set(), recordAll: args.filter((arg) => arg !== '-').length > 1 };
  for (const arg of args.length > 0 ? args : ['.']) {
    if (arg === '-') {
      yield { kind: 'target', target: { display: '-', absolute: '-' } };
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      if (GLOB_CHARS.test(arg)) {
        let matched = false;
        for (const found of expandGlob(arg, cwd, seen)) {
          // A problem already said (a pattern refused, an unreadable folder) is not followed by « nothing matches ».
          matched ||= found.kind !== 'notice';
          yield found;
        }
        if (!matched) yield { kind: 'error', describe: (c) => c.read.globNoMatch(arg) };
        continue;
      }
      yield { kind: 'error', describe: describeMissing(absolute, arg, error) };
      continue;
    }
    if (stat.isDirectory()) {
      let found = false;
      for (const entry of walk(absolute, arg, seen, () => true)) {
        found ||= entry.kind === 'target';
        yield entry;
      }
      if (!found) yield { kind: 'error', describe: (c) => c.read.noProfile(toDisplay(arg)) };
    } else {
      // A file named on the command line is checked whatever its extension.
      const target = once(seen, realPath(absolute), toDisplay(arg), absolute, true);
      if (target) yield target;
    }
  }
}

function once(seen: Seen, real: string, display: string, absolute: string, record: boolean): Found | undefined {
  if (seen.paths.has(real)) return undefined;
  if (record || seen.recordAll) seen.paths.add(real);
  return { kind: 'target', target: { display, absolute } };
}

function realPath(absolute: string): string {
  try {
    return fs.realpathSync.native(absolute);
  } catch {
    return absolute;
  }
}

function describeMissing(absolute: string, display: string, error: unknown): (c: Catalogue) => string {
  try {
    if (fs.lstatSync(absolute).isSymbolicLink() && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      return (c) => c.read.brokenLink(toDisplay(display));
    }
  } catch {
    // Not a link: the plain message below says what is wrong.
  }
  return (c) => describeFsError(c, error, toDisplay(display));
}

interface Frame {
  /** The folder as shown, its real path, its depth below the folder given, whether a link led to it. */
  display: string;
  absolute: string;
  real: string;
  depth: number;
  linked: boolean;
  entries: fs.Dirent[];
  next: number;
}

/**
 * The profiles under a folder, depth-first in name order, with an explicit stack: neither recursion nor the
 * length of paths limits the depth, MAX_WALK_DEPTH does. `accept` filters files by their shown path (globs).
 */
function* walk(root: string, display: string, seen: Seen, accept: (display: string, absolute: string) => boolean): Generator<Found, void, undefined> {
  const visited = new Set<string>();
  const stack: Frame[] = [];
  const enter = function* (absolute: string, shown: string, real: string, depth: number, linked: boolean): Generator<Found, void, undefined> {
    if (visited.has(real) || (depth > 0 && SYSTEM_FOLDERS.has(real))) return;
    visited.add(real);
    if (depth > MAX_WALK_DEPTH) {
      yield { kind: 'error', describe: (c) => c.read.tooDeep(shown, MAX_WALK_DEPTH) };
      return;
    }
    try {
      const entries = fs.readdirSync(absolute, { withFileTypes: true });
      entries.sort((a, b) => compareNames(a.name, b.name));
      stack.push({ display: shown, absolute, real, depth, linked, entries, next: 0 });
    } catch (error) {
      yield { kind: 'error', describe: (c) => describeFsError(c, error, shown) };
    }
  };
  const rootReal = realPath(root);
  yield* enter(root, normalDisplay(display), rootReal, 0, false);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const entry = frame.entries[frame.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
    // Joined by hand: the folder paths are already normal, and path.join per file costs more than it says.
    const absolute = childPath(frame.absolute, entry.name);
    const shown = childPath(frame.display, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    // The real path is needed for folders, links, and files to record; a plain file of a one-folder run needs none.
    let real = '';
    let linked = frame.linked;
    if (entry.isSymbolicLink()) {
      linked = true;
      const isProfileName = PROFILE_EXTENSION.test(entry.name);
      try {
        const target = fs.statSync(absolute);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
        real = fs.realpathSync.native(absolute);
      } catch (error) {
        // A broken link matters only where a profile or a folder could have been.
        const code = (error as NodeJS.ErrnoException).code;
        // A glob names only what it matches: a broken link it does not match is none of its business.
        if (code === 'ENOENT' && isProfileName && accept(shown, absolute)) yield { kind: 'error', describe: (c) => c.read.brokenLink(shown) };
        else if (code !== 'ENOENT') yield { kind: 'error', describe: (c) => describeFsError(c, error, shown) };
        continue;
      }
    }
    if (isDirectory) yield* enter(absolute, shown, real || childPath(frame.real, entry.name), frame.depth + 1, linked);
    else if (isFile && DISGUISED_PROFILE.test(entry.name) && accept(shown.replace(/\.txt$/i, ''), absolute)) yield { kind: 'notice', describe: (c) => c.read.disguised(shown) };
    else if (isFile && PROFILE_EXTENSION.test(entry.name) && !RULESET_FILE.test(entry.name) && accept(shown, absolute)) {
      // A link to a file this walk reaches anyway is not followed: the file is checked under its own name.
      if (entry.isSymbolicLink() && reachedByWalk(real, rootReal)) continue;
      // A plain file of a one-path run cannot have been given out already: links to files of the walk are not
      // followed, and the files they lead to outside it have other real paths.
      if (!linked && !seen.recordAll) {
        yield { kind: 'target', target: { display: shown, absolute } };
        continue;
      }
      const target = once(seen, real || childPath(frame.real, entry.name), shown, absolute, true);
      if (target) yield target;
    }
  }
}

/** A folder as shown in reports: `./profils/` → `profils`, `.` stays `.`, `/` stays `/`. */
function normalDisplay(display: string): string {
  const normal = toDisplay(path.normalize(display));
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

function childPath(folder: string, name: string): string {
  if (folder === '.') return name;
  return folder.endsWith('/') ? folder + name : `${folder}/${name}`;
}

/** Whether a plain walk from `rootReal` meets this file: below it, through no hidden or skipped folder, within the depth limit. */
function reachedByWalk(real: string, rootReal: string): boolean {
  if (!real.startsWith(rootReal + path.sep)) return false;
  const folders = real.slice(rootReal.length + 1).split(path.sep).slice(0, -1);
  return folders.length <= MAX_WALK_DEPTH && folders.every((name) => !name.startsWith('.') && !SKIPPED_DIRECTORIES.has(name));
}

/** A glob walks from its fixed leading folders and keeps the profiles whose path matches it. */
/**
 * A glob's regular expression backtracks in proportion to the file name's length raised to the number of `*` in one
 * part of the path: three keep every name instant; `**` (any folders) is not one of them.
 */
const MAX_STARS_PER_PART = 3;

function* expandGlob(pattern: string, cwd: string, seen: Seen): Generator<Found, void, undefined> {
  const normalised = toDisplay(pattern);
  const parts = normalised.split('/');
  if (parts.some((part) => part !== '**' && (part.match(/\*/g) ?? []).length > MAX_STARS_PER_PART)) {
    yield { kind: 'error', describe: (c) => c.read.globTooComplex(pattern, MAX_STARS_PER_PART) };
    return;
  }
  const fixed: string[] = [];
  for (const part of parts) {
    if (GLOB_CHARS.test(part)) break;
    fixed.push(part);
  }
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  const absoluteBase = path.resolve(cwd, base);
  if (!fs.existsSync(absoluteBase) || !fs.statSync(absoluteBase).isDirectory()) return;
  const matches = picomatch(normalised, { dot: false });
  // Shown paths start like the pattern: relative patterns match relative paths, absolute ones absolute paths.
  const shownBase = fixed.length === 0 ? '' : base;
  for (const found of walk(absoluteBase, shownBase || '.', seen, (display) => matches(shownBase === '' ? display.replace(/^\.\//, '') : display))) {
    if (found.kind === 'target' && shownBase === '') found.target.display = found.target.display.replace(/^\.\//, '');
    yield found;
  }
}
