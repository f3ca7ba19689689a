// French typography belongs in strings, never in code: a no-break space between `a ? b : c` still runs, but
// nobody can read or search such code.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** Offsets of no-break spaces that are not inside a string, template or regular expression literal. */
function codeNoBreakSpaces(file: string): number[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  if (!/[\u00a0\u202f]/.test(text)) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node))
      literals.push([node.getStart(source), node.getEnd()]);
    node.forEachChild(visit);
    if (ts.isTemplateExpression(node)) [node.head, ...node.templateSpans.map((span) => span.literal)].forEach(visit);
  };
  visit(source);
  const found: number[] = [];
  for (let i = 0; i < text.length; i++)
    if ((text[i] === '\u00a0' || text[i] === '\u202f') && !literals.some(([start, end]) => i >= start && i < end)) found.push(i);
  return found;
}

it('has no no-break space in code, only in strings', () => {
  const bad = [...sources('src'), ...sources('tests')].filter((file) => codeNoBreakSpaces(file).length > 0);
  expect(bad).toEqual([]);
});
