// The folder of clsm's own package (for rules/ and schemas/), found from this module whether it runs from src/ or a dist/ bundle.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'rules', 'referentiel-2025.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('clsm package root not found');
    dir = parent;
  }
  return (root = dir);
}
