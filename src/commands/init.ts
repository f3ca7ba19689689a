// `clsm init [file]`: writes a new profile — from a questionnaire in a terminal, as a commented template
// (`--template`), or as next year's profile from this year's (`--from PROFILE --year YYYY`) — then prints its gap
// report. Never replaces an existing file without `--force`, never the profile it starts from.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { typographyFor } from '../i18n/typography.js';
import { write } from '../io.js';
import { parseToday, parseYear } from '../options.js';
import { printable } from '../printable.js';
import { fileOutput } from '../output/atomic-file.js';
import { isLink, realPathOrSelf } from '../output/output-path.js';
import { MAX_FILE_BYTES } from '../document/limits.js';
import { catalogue } from '../i18n/index.js';
import type { Lang } from '../types.js';
import type { CommandContext } from './context.js';

export interface InitCommandOptions {
  template?: boolean;
  from?: string;
  year?: string;
  today?: string;
  force?: boolean;
  ruleset: string;
}

const DEFAULT_FILE = 'profil-clsm.yaml';

/** Next year's default name: the year in the old name replaced, or added before the extension. */
export function nextYearName(source: string, year: number): string {
  const base = path.basename(source);
  const replaced = base.replace(/(19|20)\d{2}(?!.*(19|20)\d{2})/, String(year));
  return replaced !== base ? replaced : base.replace(/(\.ya?ml)?$/i, (extension) => `-${year}${extension || '.yaml'}`);
}

export async function initCommand(file: string | undefined, raw: InitCommandOptions, context: CommandContext): Promise<ExitCode> {
  const { io, lang, c } = context;
  const { initTexts } = await import('../init/texts.js');
  const texts = initTexts(lang);
  const say = typographyFor(lang);
  const today = parseToday(c, raw.today);
  let year = parseYear(c, raw.year);
  let text: string;
  let changes: string[] = [];
  let target: string;

  if (raw.from !== undefined) {
    const source = path.resolve(io.cwd, raw.from);
    // Read as `check` reads a profile: a regular file only (never a device or a pipe, which could block or never
    // end), within the size limit, and its encoding checked before anything is written from it.
    let bytes: Buffer;
    try {
      const stat = fs.statSync(source);
      if (!stat.isFile()) throw new UserError(say(texts.sourceNotFile(raw.from)));
      if (stat.size > MAX_FILE_BYTES) throw new UserError(say(texts.sourceProblem(raw.from, catalogue(lang as Lang).read.tooLarge(Math.ceil(stat.size / (1024 * 1024)), MAX_FILE_BYTES / (1024 * 1024)))));
      bytes = fs.readFileSync(source);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(say(texts.sourceUnreadable(raw.from)));
    }
    // Loaded here only: the core brings the commune table, which `init --template` and the questionnaire never need.
    const { checkText } = await import('../core.js');
    const checked = checkText(bytes, { lang, today });
    const first = checked.findings[0];
    if (checked.invalid && first?.ruleId === 'yaml-syntaxe' && !/\b(ligne|line) \d/.test(first.message)) throw new UserError(say(texts.sourceProblem(raw.from, `${first.message} (${catalogue(lang as Lang).html.line.toLowerCase()} ${first.line})`)));
    if (checked.invalid && first && (first.ruleId === 'yaml-syntaxe' || checked.findings.length === 1)) throw new UserError(say(texts.sourceProblem(raw.from, first.message)));
    if (checked.invalid) throw new UserError(say(texts.sourceInvalid(raw.from, checked.findings.length)));
    const sourceText = new TextDecoder().decode(bytes);
    const sourceYear = checked.clsm?.annee ?? undefined;
    year ??= (sourceYear ?? Number(today.slice(0, 4))) + 1;
    if (sourceYear !== undefined && year <= sourceYear) throw new UserError(say(texts.yearNotAfter(year, sourceYear)));
    target = file ?? path.join(path.dirname(raw.from), nextYearName(raw.from, year));
    if (samePath(io.cwd, target, raw.from)) throw new UserError(say(texts.sameAsSource(target)));
    const { nextYearYaml } = await import('../init/profile-yaml.js');
    const next = nextYearYaml(sourceText, year, today, lang as Lang);
    text = next.text;
    changes = next.changes;
  } else {
    year ??= Number(today.slice(0, 4));
    target = file ?? DEFAULT_FILE;
    // `-` is standard output, as for --output: the template is printed, no file named « - » is written.
    if (raw.template && target === '-') {
      await write(io.stdout, await templateText(year, lang));
      return EXIT.ok;
    }
    checkTarget(io.cwd, target, raw.force === true, texts, say);
    if (raw.template) {
      text = await templateText(year, lang);
    } else {
      if (!io.stdout.isTTY || !(io.stdin as { isTTY?: boolean }).isTTY) throw new UserError(say(texts.needsTerminal));
      const { askProfile } = await import('../init/questionnaire.js');
      const { readTerritory } = await import('../run/session.js');
      const territory = await readTerritory();
      let profile: Record<string, unknown>;
      try {
        profile = await askProfile(lang as Lang, year, (line) => void io.stdout.write(line), io.stdout.columns ?? 80, territory);
      } catch (error) {
        if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
          await write(io.stderr, `\n${say(texts.cancelled)}\n`);
          return EXIT.usage;
        }
        throw error;
      }
      const { profileYaml } = await import('../init/profile-yaml.js');
      text = profileYaml(profile, profile.annee_reference as number, lang);
    }
  }
  checkTarget(io.cwd, target, raw.force === true, texts, say);
  // A link to a regular file writes to its target and leaves the link in place, as --output does.
  const output = fileOutput(c, realPathOrSelf(path.resolve(io.cwd, target)), target, context.temporaryFiles);
  output.write(text);
  output.commit();
  await write(io.stdout, `${say(texts.written(target))}\n`);
  if (changes.length > 0) await write(io.stdout, `${say(texts.nextYear.title)}\n${changes.map((change) => `- ${printable(change)}`).join('\n')}\n`);
  if (raw.template) {
    await write(io.stdout, `${say(texts.templateNext(target))}\n`);
    return EXIT.ok;
  }
  await write(io.stdout, '\n');
  // The gap report of the new profile: what to work on this year. Its gaps do not make `init` fail.
  const { checkCommand } = await import('./check.js');
  await checkCommand([target], { format: 'text', failOn: 'error', ruleset: raw.ruleset, today }, context);
  return EXIT.ok;
}

/** The template as the build rendered it, moved to `year`. */
async function templateText(year: number, lang: Lang): Promise<string> {
  const { renderedTemplate } = await import('../init/template-text.js');
  return renderedTemplate(year, lang);
}

function samePath(cwd: string, a: string, b: string): boolean {
  return realPathOrSelf(path.resolve(cwd, a)) === realPathOrSelf(path.resolve(cwd, b));
}

/** A new name, or an existing regular file with `--force`; never a folder, a link to nothing or a special file. */
function checkTarget(cwd: string, target: string, force: boolean, texts: { exists(f: string): string; notRegular(f: string): string }, say: (t: string) => string): void {
  const absolute = path.resolve(cwd, target);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(absolute);
  } catch {
    if (isLink(absolute)) throw new UserError(say(texts.notRegular(target)));
    return;
  }
  if (!stat.isFile()) throw new UserError(say(texts.notRegular(target)));
  if (!force) throw new UserError(say(texts.exists(target)));
}
