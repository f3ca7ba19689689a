// The floor of the same work, in Node: read + parse (js-yaml, core schema) + the precompiled ajv validator. Nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';

const require = createRequire(import.meta.url);
const validate = require('../src/generated/validate-profile.cjs');
const directory = process.argv[2];
let valid = 0;
for (const name of fs.readdirSync(directory).sort()) {
  const data = jsYaml.load(fs.readFileSync(path.join(directory, name), 'utf8'), { schema: jsYaml.CORE_SCHEMA });
  if (validate(data)) valid++;
}
process.stdout.write(`${valid}\n`);
