// Data flows one way (STYLE.md): each folder of src/ imports only from its own floor or lower ones, so that no
// stage reaches back and the core stays free of the system. The floors, lowest first; the files at the root of
// src/ are either shared vocabulary (types, problem, paths…) or entry points (core, index, cli, bootstrap).
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', 'src');

const FLOORS: readonly (readonly string[])[] = [
  ['generated', 'findings', 'i18n'],
  ['document', 'schema', 'wording', 'input', 'output', 'territory'],
  ['checks'],
  ['ruleset'],
  ['engine'],
  ['check', 'explain', 'stats', 'baseline', 'report', 'init'],
  ['run', 'web'],
  ['commands'],
];
const floorOf = new Map(FLOORS.flatMap((folders, floor) => folders.map((folder) => [folder, floor] as const)));

it('every folder of src/ imports from its floor or below, never above', () => {
  const folders = fs.readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect(folders.filter((folder) => !floorOf.has(folder))).toEqual([]);
  const upward: string[] = [];
  for (const folder of folders) {
    if (folder === 'generated') continue;
    for (const file of fs.readdirSync(path.join(root, folder)).filter((name) => name.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(root, folder, file), 'utf8');
      for (const [, target] of text.matchAll(/from '\.\.\/([a-z-]+)\//g)) {
        if (floorOf.has(target!) && floorOf.get(target!)! > floorOf.get(folder)!) upward.push(`${folder}/${file} → ${target}`);
      }
    }
  }
  expect(upward).toEqual([]);
});
