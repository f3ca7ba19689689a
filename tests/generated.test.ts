// What the build generates from the sources and the repository tracks must not drift: a stale schema would let an
// editor accept (or refuse) a ruleset that clsm refuses (or accepts). `npm run gen` rewrites it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_LIST } from '../src/checks/index.js';
import { rulesetSchema } from '../src/ruleset/ruleset-schema.js';

const root = path.resolve(import.meta.dirname, '..');

describe('schemas/ruleset.schema.json', () => {
  it('is the schema the check declarations give (else run `npm run gen` and commit it)', () => {
    const tracked = fs.readFileSync(path.join(root, 'schemas', 'ruleset.schema.json'), 'utf8');
    expect(tracked).toBe(`${JSON.stringify(rulesetSchema(CHECK_LIST), null, 2)}\n`);
  });
});
