#!/usr/bin/env node
// Thin shim: tune the compiler for a short-lived process, run the bundled CLI, report its exit code.
import v8 from 'node:v8';

// Optimised functions inline less: a run lasts about a second, too short to repay the compile time of
// large inlined bodies on a 2-core machine (docs/performance.md). Set before the bundle is loaded.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

const { run } = await import('../dist/cli.js');

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
