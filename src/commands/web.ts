// `clsm web [-o FILE]`: writes the page the package ships (dist/clsm.html, built by scripts/web.mjs) where the person
// asks. An existing file is replaced only when it is an earlier clsm page: never someone's own page.
import fs from 'node:fs';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { UserError } from '../errors.js';
import { write } from '../io.js';
import { fileOutput } from '../output/atomic-file.js';
import { checkOutputPath } from '../output/output-path.js';
import type { CommandContext } from './context.js';

/** What every page clsm writes says in its head: a file without it is not ours to replace. */
const GENERATOR = '<meta name="generator" content="clsm';

export async function webCommand(options: { output: string }, { io, c, temporaryFiles }: CommandContext): Promise<ExitCode> {
  const output = checkOutputPath(c, io, options.output, []);
  if (output && fs.existsSync(output.absolute) && !startsAsPage(output.absolute)) throw new UserError(c.cli.webNotOurs(output.shown));
  const page = readPage();
  if (page === undefined) throw new UserError(c.cli.webMissing());
  if (!output) {
    await write(io.stdout, page);
    return EXIT.ok;
  }
  const file = fileOutput(c, output.absolute, output.shown, temporaryFiles);
  file.write(page);
  file.commit();
  await write(io.stderr, `${c.cli.webWritten(output.shown)}\n`);
  return EXIT.ok;
}

/** Beside the bundle (dist/clsm.html, the package's); from the sources, the last build's. */
function readPage(): string | undefined {
  for (const candidate of ['./clsm.html', '../../dist/clsm.html']) {
    try {
      return fs.readFileSync(new URL(candidate, import.meta.url), 'utf8');
    } catch {
      // The next place.
    }
  }
  return undefined;
}

function startsAsPage(file: string): boolean {
  const head = Buffer.alloc(2048);
  const descriptor = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(descriptor, head, 0, head.length, 0);
    return head.subarray(0, read).toString('utf8').includes(GENERATOR);
  } finally {
    fs.closeSync(descriptor);
  }
}
