// The whole build, for `npm ci` (prepare) and before the tests: `npm run gen` (scripts/gen.mjs), then `npm run bundle`
// (scripts/bundle.mjs). Skipped when none of its inputs changed since the last build (`--force` builds anyway), so
// that the test runner can call it before every run; `--no-bundle` stops after generating.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const generated = path.join(root, 'src', 'generated');
const dist = path.join(root, 'dist');
const stampFile = path.join(dist, '.build-stamp');
const quiet = process.argv.includes('--quiet');

/** Every file the build reads: a change to any of them makes the next build run. */
function inputsHash() {
  const hash = crypto.createHash('sha256');
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== generated) walk(full);
      } else {
        hash.update(path.relative(root, full)).update('\0').update(fs.readFileSync(full)).update('\0');
      }
    }
  };
  for (const dir of ['src', 'rules', 'schemas', 'bin', 'scripts', 'examples', 'data']) walk(path.join(root, dir));
  for (const file of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.lib.json', 'tsconfig.web.json']) hash.update(fs.readFileSync(path.join(root, file)));
  hash.update(process.version).update(String(process.env.CLSM_NO_MINIFY ?? ''));
  return hash.digest('hex');
}

function step(script) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const hash = inputsHash();
const bundling = !process.argv.includes('--no-bundle');
if (bundling && !process.argv.includes('--force') && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === hash) {
  if (!quiet) console.log('clsm : construction à jour.');
  process.exit(0);
}
fs.rmSync(stampFile, { force: true });
step('gen.mjs');
if (bundling) {
  step('bundle.mjs');
  fs.writeFileSync(stampFile, hash);
}
