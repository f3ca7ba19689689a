// Turns the paths given on the command line (files, folders, globs, `-`) into the list of profiles to check.
import fs from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../i18n/index.js';
import { describeFsError } from './read-source.js';

export interface Target {
  /** Path as shown in reports: relative to the working directory, with forward slashes; `-` for stdin. */
  display: string;
  /** Absolute path on disk; empty for stdin. */
  absolute: string;
}

export interface Expansion {
  targets: Target[];
  errors: Array<(c: Catalogue) => string>;
}

const PROFILE_EXTENSION = /\.ya?ml$/i;
const GLOB_CHARS = /[*?[\]{}]/;
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

const toDisplay = (p: string) => p.split(path.sep).join('/');

export async function findTargets(args: readonly string[], cwd: string): Promise<Expansion> {
  const expansion: Expansion = { targets: [], errors: [] };
  const seen = new Set<string>();
  const add = (display: string, absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    expansion.targets.push({ display: toDisplay(display), absolute });
  };

  for (const arg of args.length > 0 ? args : ['.']) {
    if (arg === '-') {
      add('-', '-');
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      if (GLOB_CHARS.test(arg)) {
        const matches = await expandGlob(arg, cwd);
        if (matches.length === 0) expansion.errors.push((c) => c.read.globNoMatch(arg));
        for (const match of matches) add(match, path.resolve(cwd, match));
        continue;
      }
      expansion.errors.push(describeMissing(absolute, arg, error));
      continue;
    }
    if (stat.isDirectory()) {
      const before = expansion.targets.length;
      walk(absolute, arg, new Set([fs.realpathSync(absolute)]), add, expansion.errors);
      if (expansion.targets.length === before) expansion.errors.push((c) => c.read.noProfile(toDisplay(arg)));
    } else {
      add(arg, absolute);
    }
  }
  return expansion;
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

function walk(
  directory: string,
  display: string,
  visited: Set<string>,
  add: (display: string, absolute: string) => void,
  errors: Expansion['errors'],
): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    errors.push((c) => describeFsError(c, error, toDisplay(display)));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const absolute = path.join(directory, entry.name);
    const shown = path.join(display, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = fs.statSync(absolute);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') errors.push((c) => c.read.brokenLink(toDisplay(shown)));
        else errors.push((c) => describeFsError(c, error, toDisplay(shown)));
        continue;
      }
    }
    if (isDirectory) {
      // A link back to a folder already walked would loop forever: walk each real folder once.
      const real = fs.realpathSync(absolute);
      if (visited.has(real)) continue;
      visited.add(real);
      walk(absolute, shown, visited, add, errors);
    } else if (isFile && PROFILE_EXTENSION.test(entry.name)) {
      add(shown, absolute);
    }
  }
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] });
  return matches.filter((m) => PROFILE_EXTENSION.test(m)).sort();
}
