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
  // Node decodes the command line as UTF-8: a name typed in another encoding reaches us with U+FFFD in it.
  if ((error as NodeJS.ErrnoException).code === 'ENOENT' && display.includes('\uFFFD') && hasNotUtf8Name(absolute)) return (c) => c.read.notUtf8Name(toDisplay(display));
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
  /** The names as bytes, read only when a name did not decode (notUtf8Name). */
  rawNames?: Map<string, Buffer[]>;
}

/** Whether the folder of `absolute` holds a name that is not UTF-8 and that Node decodes as its last part. */
function hasNotUtf8Name(absolute: string): boolean {
  const decoded = path.basename(absolute);
  try {
    return fs.readdirSync(path.dirname(absolute), { encoding: 'buffer' }).some((name) => name.toString('utf8') === decoded && !Buffer.from(decoded, 'utf8').equals(name));
  } catch {
    return false;
  }
}

/**
 * The name shown with `\xNN` for its bytes that are not UTF-8, when the entry Node decoded as `decoded` has such a
 * name; undefined when the name really holds U+FFFD. Several names may decode alike: each is taken once, in order.
 */
function notUtf8Name(frame: Frame, decoded: string): string | undefined {
  if (!frame.rawNames) {
    frame.rawNames = new Map();
    try {
      for (const name of fs.readdirSync(frame.absolute, { encoding: 'buffer' })) {
        const text = name.toString('utf8');
        if (text.includes('\uFFFD')) (frame.rawNames.get(text) ?? frame.rawNames.set(text, []).get(text)!).push(name);
      }
    } catch {
      // Read a moment ago: if it cannot be read now, the names are shown as decoded.
    }
  }
  const raw = frame.rawNames.get(decoded)?.shift();
  if (raw === undefined || Buffer.from(decoded, 'utf8').equals(raw)) return undefined;
  return escapedName(raw);
}

/** Bytes of a file name as text: valid UTF-8 as it reads, any other byte as `\xNN`. */
export function escapedName(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    const sequence = size > 0 && i + size <= bytes.length ? bytes.subarray(i, i + size) : undefined;
    const text = sequence?.toString('utf8');
    if (sequence && text !== undefined && !text.includes('\uFFFD') && Buffer.from(text, 'utf8').equals(sequence)) {
      out += text;
      i += size;
    } else {
      out += `\\x${lead.toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/**
 * The profiles under a folder, depth-first in name order, with an explicit stack: neither recursion nor the
 * length of paths limits the depth, MAX_WALK_DEPTH does. `accept` filters files by their shown path (globs).
 */
function* walk(
  root: string,
  display: string,
  seen: Seen,
  accept: (display: string, absolute: string) => boolean,
  mayHoldMatches: (display: string) => boolean = () => true,
): Generator<Found, void, undefined> {
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
    // A name Node decoded with U+FFFD may not be the name on disk (bytes that are not UTF-8): it cannot be opened.
    if (entry.name.includes('\uFFFD')) {
      const raw = notUtf8Name(frame, entry.name);
      if (raw !== undefined) {
        // Matched as Node decoded it (a `?` of a glob stands for the one character U+FFFD), named with its bytes.
        const decoded = childPath(frame.display, entry.name);
        const shown = childPath(frame.display, raw);
        const mayMatter = entry.isDirectory() ? mayHoldMatches(decoded) : PROFILE_EXTENSION.test(entry.name) && accept(decoded, decoded);
        if (mayMatter) yield { kind: 'error', describe: (c) => c.read.notUtf8Name(shown) };
        continue;
      }
    }
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
    if (isDirectory) {
      // A glob enters only the folders that may hold what it matches: an unreadable folder elsewhere is none of its business.
      if (mayHoldMatches(shown)) yield* enter(absolute, shown, real || childPath(frame.real, entry.name), frame.depth + 1, linked);
    }
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

/**
 * Whether a folder (its shown path) may hold files the glob's parts match: each of its names matches the part at its
 * depth, until a `**`. Braces may hold a `/`: such a pattern enters every folder, as before.
 */
function folderMayHoldMatches(parts: readonly string[]): (folder: string) => boolean {
  if (parts.some((part) => part.includes('{'))) return () => true;
  const matchers = parts.map((part) => (part === '**' ? '**' : GLOB_CHARS.test(part) ? picomatch(part, { dot: false }) : (name: string) => name === part));
  return (folder) => {
    const names = folder.split('/');
    for (let i = 0; i < names.length; i++) {
      const matcher = matchers[i];
      if (matcher === '**') return true;
      // The last part names files: a folder at that depth or deeper holds nothing the glob matches.
      if (matcher === undefined || i === matchers.length - 1 || !matcher(names[i]!)) return false;
    }
    return true;
  };
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
  const asMatched = (display: string) => (shownBase === '' ? display.replace(/^\.\//, '') : display);
  // Folders are compared below the walk's root with the pattern's parts below its fixed ones (`./p/*/x.yaml`: the
  // walk shows `p/a`, the parts left are `*` and `x.yaml`).
  const rootShown = normalDisplay(shownBase || '.');
  const prefix = rootShown === '.' ? '' : rootShown.endsWith('/') ? rootShown : `${rootShown}/`;
  const mayHold = folderMayHoldMatches(parts.slice(fixed.length));
  const below = (display: string) => (display.startsWith(prefix) ? display.slice(prefix.length) : display);
  for (const found of walk(absoluteBase, shownBase || '.', seen, (display) => matches(asMatched(display)), (display) => mayHold(below(display)))) {
    if (found.kind === 'target' && shownBase === '') found.target.display = found.target.display.replace(/^\.\//, '');
    yield found;
  }
}
