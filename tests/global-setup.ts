// Before any test, and before every rerun in watch mode: rebuild what the tests read (generated validators and
// embedded texts, the CLI bundle). The build skips itself when none of its inputs changed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '..');

function build(): void {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`La construction a échoué :\n${result.stdout}${result.stderr}`);
}

export default function setup(project: TestProject): void {
  build();
  project.onTestsRerun(() => build());
}
