// The core (parse, schema, engine, checks, report model and formats, i18n) bundles for a browser: no `node:`
// module, no Node global. The bundle runs in a bare JavaScript context that has only what a browser page has.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/index.js';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('the core in a browser bundle', () => {
  it('bundles src/core.ts for the browser platform and checks an example there as Node does', async () => {
    const result = await esbuild.build({
      entryPoints: [path.join(root, 'src', 'core.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      globalName: 'clsm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.startsWith('node:') || /(^|\/)src\/(input|output|cli|io|commands|run)\b/.test(input))).toEqual([]);

    // A context with the Web APIs the core uses and nothing of Node: no process, require, Buffer or module.
    const sandbox = vm.createContext({ TextEncoder, TextDecoder, console });
    vm.runInContext(result.outputFiles[0]!.text, sandbox);
    const example = fs.readFileSync(path.join(root, 'examples', 'avec-ecarts.yaml'), 'utf8');
    const options = { path: 'examples/avec-ecarts.yaml', today: '2026-01-15' };
    const inBrowser = vm.runInContext(`clsm.checkText(${JSON.stringify(example)}, ${JSON.stringify(options)})`, sandbox) as ReturnType<typeof checkText>;
    expect(JSON.parse(JSON.stringify(inBrowser))).toEqual(JSON.parse(JSON.stringify(checkText(example, options))));
    expect(inBrowser.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toContain('copil-reunions@38:5');

    const text = (await vm.runInContext(`clsm.formatReport([clsm.checkText(${JSON.stringify(example)}, ${JSON.stringify(options)})], 'text')`, sandbox)) as string;
    expect(text).toContain('CLSM du Pays de Morlaix — examples/avec-ecarts.yaml');
    expect(vm.runInContext('typeof process + typeof require + typeof Buffer', sandbox)).toBe('undefinedundefinedundefined');
  });
});
