// `clsm check --split DIR`: one report per CLSM, so that an ARS can send each coordinator their own. Files are named
// after the profile's identifiant (its file name otherwise), made unique within the run, and written atomically once
// every report is made; an existing file is replaced only with `--force`, and then nothing is written at all.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Catalogue } from '../i18n/index.js';
import type { FileReport } from '../types.js';
import { fileOutput, type TemporaryFiles } from './atomic-file.js';

export interface SplitReports {
  add(report: FileReport, text: string): void;
  /** Writes them all (or none), and returns how many were written. */
  commit(): number;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

function baseName(report: FileReport): string {
  const identifiant = report.clsm?.identifiant;
  if (identifiant && SLUG.test(identifiant)) return identifiant;
  const file = report.path.split('/').pop()!.replace(/\.ya?ml$/i, '');
  return file.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'profil';
}

export function checkSplitFolder(c: Catalogue, cwd: string, folder: string): string {
  const absolute = path.resolve(cwd, folder);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch {
    throw new UserError(c.cli.splitMissing(folder));
  }
  if (!stat.isDirectory()) throw new UserError(c.cli.splitNotFolder(folder));
  return absolute;
}

export function splitReports(c: Catalogue, folder: string, shown: string, extension: string, force: boolean, temporaryFiles: TemporaryFiles): SplitReports {
  const pending: Array<{ file: string; shownFile: string; text: string }> = [];
  const used = new Set<string>();
  return {
    add(report, text) {
      const base = baseName(report);
      let name = `${base}.${extension}`;
      for (let n = 2; used.has(name); n++) name = `${base}-${n}.${extension}`;
      used.add(name);
      pending.push({ file: path.join(folder, name), shownFile: path.join(shown, name), text });
    },
    commit() {
      if (!force) {
        const existing = pending.find((entry) => fs.existsSync(entry.file));
        if (existing) throw new UserError(c.cli.splitExists(existing.shownFile));
      }
      for (const entry of pending) {
        const output = fileOutput(c, entry.file, entry.shownFile, temporaryFiles);
        output.write(entry.text);
        output.commit();
      }
      return pending.length;
    },
  };
}
