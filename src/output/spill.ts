// Text a report holds until its end (the HTML report's sections, which follow its synthesis): in memory up to a
// bound, then in a temporary file, so that a batch of any size is written with memory that stays flat. The file is
// private (0600: reports hold people's names), read back piece by piece, and removed once read, on an error or on
// Ctrl-C (the run's TemporaryFiles).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Catalogue } from '../i18n/index.js';
import type { HeldTexts } from '../types.js';
import type { TemporaryFiles } from './atomic-file.js';

/** Characters kept in memory before the texts go to a file: a few thousand profiles' sections. */
export const SPILL_AFTER_CHARS = 32 * 1024 * 1024;

export function spillingTexts(c: Catalogue, temporaryFiles: TemporaryFiles, limit = SPILL_AFTER_CHARS, folder = os.tmpdir()): HeldTexts {
  let memory: string[] = [];
  let heldChars = 0;
  let spill: { file: string; fd: number; lengths: number[] } | undefined;
  // A missing temporary folder or a full disk: one sentence that says where and what to do (TMPDIR).
  const failed = (error: unknown): never => {
    throw new UserError(c.cli.spillFailed(folder, (error as NodeJS.ErrnoException).code ?? String(error)));
  };
  const append = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    try {
      fs.writeSync(spill!.fd, bytes);
    } catch (error) {
      failed(error);
    }
    spill!.lengths.push(bytes.length);
  };
  const remove = () => {
    if (!spill) return;
    fs.closeSync(spill.fd);
    fs.rmSync(spill.file, { force: true });
    temporaryFiles.delete(spill.file);
  };
  return {
    add(text) {
      if (spill) return append(text);
      memory.push(text);
      heldChars += text.length;
      if (heldChars <= limit) return;
      // A random name (no node:crypto, as for reports); 'wx' refuses any existing file or link.
      const file = path.join(folder, `clsm-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
      let fd: number;
      try {
        fd = fs.openSync(file, 'wx+', 0o600);
      } catch (error) {
        return failed(error);
      }
      spill = { file, fd, lengths: [] };
      temporaryFiles.add(file);
      for (const held of memory) append(held);
      memory = [];
    },
    *texts() {
      if (!spill) {
        yield* memory;
        return;
      }
      try {
        let buffer = Buffer.allocUnsafe(1024 * 1024);
        let position = 0;
        for (const length of spill.lengths) {
          if (length > buffer.length) buffer = Buffer.allocUnsafe(length);
          let read = 0;
          while (read < length) {
            const got = fs.readSync(spill.fd, buffer, read, length - read, position + read);
            if (got === 0) throw new Error(`${spill.file} : fichier temporaire tronqué`);
            read += got;
          }
          position += length;
          yield buffer.toString('utf8', 0, length);
        }
      } finally {
        remove();
        spill = undefined;
      }
    },
  };
}
