// Rewrites rules/docs/<id>.md from the national ruleset (`clsm explain <id> --format markdown`), keeping each
// page's hand-written examples: the texts live in rules/referentiel-2025.yaml only. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'bin', 'clsm.js');
const rules = JSON.parse(execFileSync(process.execPath, [cli, 'rules', '--format', 'json'], { encoding: 'utf8' })).rules;
const EXAMPLES = '## Exemple qui relève l’écart';

for (const { id } of rules) {
  const file = path.join(root, 'rules', 'docs', `${id}.md`);
  const head = execFileSync(process.execPath, [cli, 'explain', id, '--format', 'markdown'], { encoding: 'utf8' });
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const at = old.indexOf(EXAMPLES);
  const examples = at >= 0 ? old.slice(at).replace(/\n*Voir aussi .*\n*$/, '') : `${EXAMPLES}\n\n## Exemple sans écart\n`;
  fs.writeFileSync(file, `${head}\n${examples.trimEnd()}\n\nVoir aussi \`clsm explain ${id}\`.\n`);
}
console.log(`${rules.length} pages`);
