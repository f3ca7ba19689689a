// The installed command itself: bin/clsm.js loading the built bundle (npm test builds it first).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript, without types.
import { generate } from '../bench/generate.mjs';
import { runCli } from './helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'clsm.js');

function clsm(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/clsm.js', () => {
  it('prints the same JSON report as the source, byte for byte', async () => {
    const args = ['check', 'examples/', '--format', 'json', '--today', '2026-01-15'];
    const built = clsm(args);
    const source = await runCli(args, { cwd: root });
    expect(built.code).toBe(1);
    expect(built.stderr).toBe('');
    expect(built.stdout).toBe(source.stdout);
  });

  it('exits 0 on a profile without gaps and 2 on a missing path, with a French sentence', () => {
    expect(clsm(['check', 'examples/complet.yaml', '--today', '2026-01-15']).code).toBe(0);
    const missing = clsm(['check', 'absent.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^clsm : .*absent\.yaml/);
    expect(missing.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('keeps checking when the reader of its output goes away, and exits with the code of the whole batch', async () => {
    // `clsm check … | head`: the pipe closes after the first bytes; the report is dropped, not the verdict.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-pipe-'));
    try {
      generate(folder, 200);
      const child = spawn(process.execPath, [bin, 'check', folder, '--format', 'json'], { cwd: root, env: { PATH: process.env.PATH ?? '' } });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
      expect(stderr).toBe('');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('ships a code cache that V8 accepts with the flags the shim sets', () => {
    // Same flag as the bootstrap (src/bootstrap.ts), then the same compilation: a refused cache would silently cost every start ~20 ms.
    const probe = `
      const fs = require('node:fs'), vm = require('node:vm'), v8 = require('node:v8');
      v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
      const source = fs.readFileSync('dist/clsm.cjs', 'utf8');
      const script = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})',
        { filename: require('node:path').resolve('dist/clsm.cjs'), cachedData: fs.readFileSync('dist/clsm.cjs.cache') });
      process.stdout.write(String(script.cachedDataRejected));`;
    expect(fs.readFileSync(path.join(root, 'src', 'bootstrap.ts'), 'utf8')).toContain("v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=200')");
    const result = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(result.stdout).toBe('false');
  });
});
