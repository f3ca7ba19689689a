#!/usr/bin/env node
// Thin shim: run the bundled CLI with the process's streams and report its exit code.
import { run } from '../dist/cli.js';

// A reader that stops early (`clsm check … | head`) closes the pipe: stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`clsm : impossible d’écrire sur la sortie standard (${error.code ?? error.message}).\n`);
  process.exit(2);
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
