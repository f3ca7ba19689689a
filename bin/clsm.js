#!/usr/bin/env node
// Thin shim: run the bundled CLI with the process's streams and report its exit code.
import { run } from '../dist/cli.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
