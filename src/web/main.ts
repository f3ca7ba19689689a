// The page `clsm web` writes: the coordinator's guided form and live report, the ARS agent's batch, on the engine of
// the command line. State lives here; each view is rebuilt from it. Nothing leaves the page: files are read with
// the File API, downloads are blob: links, the draft is stored only when the person asks.
import { UserError } from '../errors.js';
import { RULESET_FILE } from '../document/file-names.js';
import { parseToday } from '../options.js';
import type { Commune } from '../territory/table.js';
import { profileSchemaText } from '../schema/profile-schema.js';
import type { FailOn, FileReport, Lang } from '../types.js';
import { renderBatch } from './batch-view.js';
import { communeSearch } from './commune-search.js';
import { downloadText, h, replaceChildren } from './dom.js';
import { createEngine, type InputFile, type Settings } from './engine.js';
import { renderForm, type SchemaNode } from './form.js';
import { addItem, readProfile, removeItem, setValue, withModeline, type FieldPath } from './profile-document.js';
import { renderReport } from './report-view.js';
import { textsFor } from './texts.js';
import { readDate } from './values.js';
import { createYamlView } from './yaml-view.js';

const DRAFT_KEY = 'clsm-brouillon';
const encoder = new TextEncoder();

interface Batch {
  files: InputFile[];
  reports: FileReport[];
  passedBy: InputFile[];
}

interface OpenProfile {
  path: string;
  text: string;
  report: FileReport | null;
  /** Said above the form: the file was read in another encoding, or is too large to edit. */
  notice: string | null;
  /** A new profile (its file is named after its identifiant when saved). */
  fresh?: boolean;
}

const engine = createEngine(() => document.getElementById('cog')?.textContent ?? '');

const state = {
  // French first; `?lang=en` opens the page in English.
  lang: (new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr') as Lang,
  rulesetFile: null as { name: string; text: string } | null,
  rulesetProblem: null as string | null,
  year: undefined as number | undefined,
  today: parseToday(engine.catalogue('fr'), undefined),
  failOn: 'error' as FailOn,
  /** The indicators' rows: per région, or per département (`clsm stats --per departement`). */
  statsPer: 'region' as 'region' | 'departement',
  batch: null as Batch | null,
  profile: null as OpenProfile | null,
  openBlocks: new Set<string>(['clsm']),
  keepDraft: false,
  pending: new Map<string, string>(),
  derogationRule: '',
  /** The text has changed since it was opened or saved. */
  dirty: false,
  /** A profile replaced before it was saved: one button brings it back. */
  unsaved: null as { path: string; text: string } | null,
};

const texts = () => textsFor(state.lang);
const locale = () => (state.lang === 'fr' ? 'fr-FR' : 'en-GB');

function settings(): Settings {
  return { lang: state.lang, rulesetFile: state.rulesetProblem ? null : state.rulesetFile, today: state.today, failOn: state.failOn, ...(state.year !== undefined ? { year: state.year } : {}) };
}

function announce(message: string): void {
  const live = document.getElementById('annonces')!;
  live.textContent = '';
  // A new text node, a moment later: screen readers announce a change, not a text set twice.
  setTimeout(() => (live.textContent = message), 50);
}

function schema(): SchemaNode {
  return JSON.parse(profileSchemaText(state.lang)) as SchemaNode;
}

// ---- files in ----

async function readFiles(list: Iterable<{ file: File; path: string; chosen: boolean }>): Promise<void> {
  const files: InputFile[] = [];
  for (const { file, path, chosen } of list) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // A ruleset file chosen by itself (not met inside a folder) sets the rules, as `--ruleset` would.
    if (chosen && RULESET_FILE.test(file.name)) {
      setRuleset(file.name, new TextDecoder().decode(bytes));
      continue;
    }
    files.push({ path, bytes });
  }
  if (files.length > 0) await openBatch(files);
  else await recheckAll();
}

function setRuleset(name: string, text: string): void {
  state.rulesetFile = { name, text };
  state.rulesetProblem = null;
  try {
    engine.ruleset({ ...settings(), rulesetFile: state.rulesetFile });
  } catch (error) {
    state.rulesetProblem = error instanceof UserError ? error.message : String(error);
  }
  renderRulesetStatus();
}

async function openBatch(files: InputFile[]): Promise<void> {
  const start = performance.now();
  const { sorted, reports } = await engine.checkBatch(files, settings());
  state.batch = { files, reports, passedBy: sorted.passedBy };
  await renderBatchView();
  // What the benchmark reads (bench/web.mjs): the batch checked, its table and indicators on the page.
  performance.measure('clsm-batch', { start });
  announce(texts().filesOpened(reports.length));
  if (reports.length === 1) openProfile(reports[0]!.path);
  else {
    state.profile = null;
    renderProfileView();
    document.getElementById('lot')?.scrollIntoView();
  }
}

async function recheckAll(): Promise<void> {
  if (state.batch) {
    const { reports } = await engine.checkBatch(state.batch.files, settings());
    state.batch.reports = reports;
    await renderBatchView();
  }
  if (state.profile) await recheckProfile(true);
  renderRulesetStatus();
}

// ---- the batch ----

async function renderBatchView(): Promise<void> {
  const section = document.getElementById('lot')!;
  const batch = state.batch;
  section.hidden = batch === null;
  if (!batch) return;
  const t = texts();
  const stats = batch.reports.length > 0 ? engine.statsFormat(await engine.stats(batch.reports, state.statsPer), 'html', state.lang) : null;
  replaceChildren(
    section,
    h('h2', { id: 'titre-lot', tabindex: '-1' }, batch.reports.length === 0 ? t.noProfile : t.batchTitle(batch.reports.length)),
    renderBatch(batch.reports, batch.passedBy, stats, {
      texts: t,
      c: engine.catalogue(state.lang),
      failOn: state.failOn,
      open: openProfile,
      download: (kind) => void downloadBatch(kind),
      appliedRuleset: state.rulesetFile && !state.rulesetProblem ? state.rulesetFile.name : null,
      statsPer: state.statsPer,
      setStatsPer: (per) => {
        state.statsPer = per;
        void renderBatchView().then(() => document.querySelector<HTMLInputElement>(`input[name="indicateurs-par"][value="${per}"]`)?.focus());
      },
    }),
  );
}

async function downloadBatch(kind: 'reportHtml' | 'reportJson' | 'reportCsv' | 'statsHtml' | 'statsJson' | 'statsCsv'): Promise<void> {
  const batch = state.batch;
  if (!batch) return;
  const [what, format] = kind.startsWith('report') ? ['rapport', kind.slice(6).toLowerCase()] : ['indicateurs', kind.slice(5).toLowerCase()];
  const type = format === 'html' ? 'text/html' : format === 'json' ? 'application/json' : 'text/csv';
  const text =
    what === 'rapport'
      ? await engine.format(batch.reports, format as 'html' | 'json' | 'csv', settings())
      : engine.statsFormat(await engine.stats(batch.reports, state.statsPer), format as 'html' | 'json' | 'csv', state.lang);
  downloadText(`clsm-${what}.${format}`, text, `${type};charset=utf-8`);
}

// ---- one profile ----

/** Files larger than this are not put in the form (the checker refuses them: its report says why). */
const MAX_EDITABLE_BYTES = 1024 * 1024;

function openProfile(path: string): void {
  const file = state.batch?.files.find((candidate) => candidate.path === path);
  if (!file) return;
  const report = state.batch?.reports.find((candidate) => candidate.path === path) ?? null;
  const name = path.split('/').pop() ?? path;
  let notice: string | null = null;
  let text: string;
  if (file.bytes.length > MAX_EDITABLE_BYTES) {
    text = '';
    notice = texts().tooLarge(name);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      // Not UTF-8: read as the Windows encoding a spreadsheet or an old editor wrote, said, and saved as UTF-8.
      text = new TextDecoder('windows-1252').decode(file.bytes);
      notice = texts().notUtf8(name);
    }
  }
  replaceProfile({ path, text, report, notice });
  if (file.bytes.length > MAX_EDITABLE_BYTES && report) showReport(report);
  else void recheckProfile(true);
  document.getElementById('profil')?.scrollIntoView();
  (document.getElementById('titre-profil') as HTMLElement | null)?.focus();
}

/** The profile shown is replaced: one not saved is kept aside, to be taken back with one button. */
function replaceProfile(next: OpenProfile): void {
  const current = state.profile;
  if (current && state.dirty && current.text !== next.text) {
    state.unsaved = { path: current.path, text: current.text };
    announce(texts().unsavedKept(current.report?.clsm?.nom ?? current.path));
  }
  state.profile = next;
  state.dirty = false;
  state.pending = new Map();
  state.derogationRule = '';
  renderProfileView();
  renderStart();
}

function newProfile(): void {
  const year = new Date().getFullYear();
  state.openBlocks = new Set(['clsm']);
  replaceProfile({ path: 'profil-clsm.yaml', text: withModeline(`version: 1\nannee_reference: ${year}\n`), report: null, notice: null, fresh: true });
  void recheckProfile(true);
  (document.getElementById('titre-profil') as HTMLElement | null)?.focus();
}

let yamlView: ReturnType<typeof createYamlView> | null = null;

function renderProfileView(): void {
  const section = document.getElementById('profil')!;
  const profile = state.profile;
  section.hidden = profile === null;
  if (!profile) {
    section.textContent = '';
    yamlView = null;
    return;
  }
  const t = texts();
  yamlView = createYamlView(t, (text) => {
    if (!state.profile) return;
    state.profile.text = text;
    state.dirty = true;
    renderForm_();
    void recheckProfile(false);
  });
  yamlView.setText(profile.text);
  const draft = h('input', { type: 'checkbox', id: 'garder-brouillon', checked: state.keepDraft, onchange: (event: Event) => setKeepDraft((event.target as HTMLInputElement).checked) });
  replaceChildren(
    section,
    h('h2', { id: 'titre-profil', tabindex: '-1' }, t.profileTitle(profile.report?.clsm?.nom ?? (profile.fresh ? t.newProfileName : profile.path))),
    profile.notice ? h('p', { class: 'notice', role: 'status' }, profile.notice) : null,
    h(
      'div',
      { class: 'toolbar' },
      state.batch && state.batch.reports.length > 1 ? h('button', { type: 'button', class: 'secondary', onclick: backToBatch }, t.back) : null,
      h('button', { type: 'button', onclick: saveProfile }, t.save),
      h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, t.print),
      h('button', { type: 'button', class: 'secondary', onclick: () => void downloadProfileReport() }, t.downloadHtml),
      h('span', { class: 'check' }, draft, h('label', { for: 'garder-brouillon' }, t.keepDraft)),
      h('button', { type: 'button', class: 'secondary', onclick: clearDraft }, t.clearDraft),
    ),
    h(
      'div',
      { class: 'columns' },
      h('section', { class: 'form-column', 'aria-labelledby': 'titre-formulaire' }, h('h2', { id: 'titre-formulaire' }, t.form), h('p', { class: 'hint' }, t.formHint), h('div', { id: 'formulaire' })),
      h('section', { class: 'report-column', id: 'rapport', 'aria-labelledby': 'titre-rapport' }, h('h2', { id: 'titre-rapport' }, t.report), h('div', { id: 'rapport-contenu', 'aria-live': 'off' })),
    ),
    yamlView.element,
  );
  renderForm_();
}

function backToBatch(): void {
  state.profile = null;
  renderProfileView();
  void renderBatchView().then(() => document.getElementById('titre-lot')?.focus());
}

/** The form, rebuilt from the text (after a YAML edit, an item added or removed, a language switch). */
function renderForm_(): void {
  const container = document.getElementById('formulaire');
  const profile = state.profile;
  if (!container || !profile) return;
  const t = texts();
  const read = readProfile(profile.text);
  if (read.data === null) {
    replaceChildren(container, h('p', { class: 'blocked' }, t.formBlocked));
    return;
  }
  replaceChildren(
    container,
    renderForm(
      {
        schema: schema(),
        texts: t,
        lang: state.lang,
        open: state.openBlocks,
        pending: state.pending,
        derogationRule: state.derogationRule,
        set: (path, value) => edit(setValue(profile.text, path, value)),
        add: (path, item) => {
          edit(addItem(profile.text, path, item), true);
          focusLastItem(path);
        },
        remove: (path, index) => {
          edit(removeItem(profile.text, path, index), true);
          (container.querySelector(`[data-add="${cssPath(path)}"]`) as HTMLElement | null)?.focus();
        },
        rules: () =>
          engine
            .ruleset(settings())
            .rules.filter((rule) => rule.severity !== 'off' && rule.check.traits.waivable)
            .map((rule) => ({ id: rule.id, description: rule.description?.[state.lang] ?? '' })),
        communeSearch: (path) => communeSearch(t, locale(), engine.territory, listedCodes, (commune) => addCommune(path, commune), setEpci, announce),
      },
      read.data,
    ),
  );
  markFindings();
}

/** The communes the profile lists already: the search does not offer them twice. */
function listedCodes(): Set<string> {
  const data = state.profile ? (readProfile(state.profile.text).data as { clsm?: { territoire?: { communes?: Array<{ code_insee?: unknown }> } } } | null) : null;
  return new Set((data?.clsm?.territoire?.communes ?? []).map((commune) => String(commune?.code_insee ?? '')));
}

const cssPath = (path: FieldPath) => path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('').replace(/"/g, '\\"');

function focusLastItem(path: FieldPath): void {
  const items = document.querySelectorAll(`#formulaire fieldset.item[data-field^="${cssPath(path)}["]`);
  const last = items[items.length - 1];
  (last?.querySelector('input, select, textarea') as HTMLElement | null)?.focus();
}

function addCommune(path: FieldPath, commune: Commune): void {
  const profile = state.profile;
  if (!profile) return;
  // The région and the département follow from the first commune when the profile does not say them yet.
  edit(placedAt(addItem(profile.text, path, { nom: commune.name, code_insee: commune.code }), commune), true);
  announce(texts().communeAdded(commune.name));
  (document.getElementById('recherche-commune') as HTMLElement | null)?.focus();
}

/** The text with the commune's région and département where the profile does not say them yet. */
function placedAt(text: string, commune: Commune): string {
  const data = readProfile(text).data as { clsm?: { region?: unknown; departement?: unknown } } | null;
  if (data && !data.clsm?.region) text = setValue(text, ['clsm', 'region'], commune.region);
  if (data && !data.clsm?.departement) text = setValue(text, ['clsm', 'departement'], commune.departement);
  return text;
}

/** An intercommunality covered whole: its SIREN in `territoire.epci`; région and département from its seat (table.epciSeat) if unsaid. */
function setEpci(siren: string, name: string, first: Commune | undefined): void {
  const profile = state.profile;
  if (!profile) return;
  const text = setValue(profile.text, ['clsm', 'territoire', 'epci'], siren);
  edit(first ? placedAt(text, first) : text, true);
  announce(texts().epciSet(name));
  (document.getElementById('recherche-commune') as HTMLElement | null)?.focus();
}

/** A new text from the form: shown in the YAML view, checked; the form rebuilt only when its shape changed. */
function edit(text: string, rebuildForm = false): void {
  const profile = state.profile;
  if (!profile) return;
  const start = performance.now();
  profile.text = text;
  state.dirty = true;
  yamlView?.setText(text);
  if (rebuildForm) renderForm_();
  void recheckProfile(false, start);
}

/** `start`: when the edit began (the form's change, written into the YAML), for the benchmark's measure. */
async function recheckProfile(renderTitle: boolean, start = performance.now()): Promise<void> {
  const profile = state.profile;
  if (!profile) return;
  const bytes = encoder.encode(profile.text);
  const now = engine.checkNow(profile.path, bytes, settings());
  const report = now === 'needs-territory' ? await engine.check(profile.path, bytes, settings()) : now;
  if (state.profile !== profile) return;
  profile.report = report;
  if (state.batch) {
    // The batch shows the profile as edited.
    const file = state.batch.files.find((candidate) => candidate.path === profile.path);
    if (file) file.bytes = bytes;
    state.batch.reports = state.batch.reports.map((candidate) => (candidate.path === profile.path ? report : candidate));
  }
  if (state.keepDraft) storeDraft(profile.text);
  showReport(report);
  performance.measure('clsm-recheck', { start });
  if (renderTitle) {
    const title = document.getElementById('titre-profil');
    if (title && report.clsm?.nom) title.textContent = texts().profileTitle(report.clsm.nom);
  }
}

function showReport(report: FileReport): void {
  const container = document.getElementById('rapport-contenu');
  if (!container) return;
  const t = texts();
  let ruleset;
  try {
    ruleset = engine.ruleset(settings());
  } catch {
    ruleset = engine.ruleset({ ...settings(), rulesetFile: null });
  }
  replaceChildren(
    container,
    renderReport(report, {
      texts: t,
      c: engine.catalogue(state.lang),
      lang: state.lang,
      ruleset,
      failOn: state.failOn,
      goToField,
      goToLine: (line, column) => yamlView?.goTo(line, column),
      askDerogation,
    }),
  );
  yamlView?.show(report, t);
  markFindings();
}

/** Each finding beside the field it names (or the closest block): `aria-invalid` and a linked message. */
function markFindings(): void {
  const form = document.getElementById('formulaire');
  const report = state.profile?.report;
  if (!form) return;
  for (const old of form.querySelectorAll('.field-finding')) old.remove();
  for (const invalid of form.querySelectorAll('[data-finding-ids]')) {
    const ids = invalid.getAttribute('data-finding-ids')!.split(' ');
    const rest = (invalid.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !ids.includes(id));
    if (rest.length > 0) invalid.setAttribute('aria-describedby', rest.join(' '));
    else invalid.removeAttribute('aria-describedby');
    invalid.removeAttribute('aria-invalid');
    invalid.removeAttribute('data-finding-ids');
  }
  for (const count of form.querySelectorAll('[data-count-for]')) count.textContent = '';
  if (!report) return;
  const perBlock = new Map<string, number>();
  report.findings.forEach((finding, index) => {
    const block = finding.path.split(/[.[]/)[0] ?? '';
    perBlock.set(block, (perBlock.get(block) ?? 0) + 1);
    const target = fieldFor(finding.path);
    if (!target) return;
    const id = `constat-${index}`;
    const message = h('p', { class: `field-finding ${finding.severity}`, id }, finding.message);
    if (target.matches('fieldset')) target.querySelector(':scope > legend')?.insertAdjacentElement('afterend', message);
    else target.insertAdjacentElement('afterend', message);
    target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    target.setAttribute('data-finding-ids', [target.getAttribute('data-finding-ids'), id].filter(Boolean).join(' '));
    if (!target.matches('fieldset')) target.setAttribute('aria-invalid', 'true');
  });
  for (const [block, count] of perBlock) {
    const badge = form.querySelector(`[data-count-for="${block}"]`);
    if (badge) badge.textContent = ` — ${texts().blockFindings(count)}`;
  }
}

/** The form's element for a finding's path, or for its closest parent that has one. */
function fieldFor(path: string): HTMLElement | null {
  const form = document.getElementById('formulaire');
  let current = path;
  while (current && form) {
    const found = form.querySelector(`[data-field="${current.replace(/"/g, '\\"')}"]`);
    if (found) return found as HTMLElement;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : '';
  }
  return null;
}

function goToField(path: string): void {
  const target = fieldFor(path) ?? document.querySelector(`#formulaire details[data-block="${path.split(/[.[]/)[0]}"]`);
  if (!target) return;
  for (let node: HTMLElement | null = target as HTMLElement; node; node = node.parentElement) if (node instanceof HTMLDetailsElement) node.open = true;
  const focusable = target.matches('input, select, textarea') ? (target as HTMLElement) : (target.querySelector('input, select, textarea, button') as HTMLElement | null);
  (focusable ?? (target as HTMLElement)).focus();
  target.scrollIntoView({ block: 'center' });
}

/** Opens « Nouvelle dérogation » with the rule chosen: the dérogation is written once it is whole. */
function askDerogation(ruleId: string): void {
  if (!state.profile) return;
  state.openBlocks.add('derogations');
  state.derogationRule = ruleId;
  renderForm_();
  const justification = document.getElementById('nouvelle-derogation-justification');
  justification?.scrollIntoView({ block: 'center' });
  justification?.focus();
}

function saveProfile(): void {
  const profile = state.profile;
  if (!profile) return;
  const name = fileNameOf(profile);
  downloadText(name, withModeline(profile.text), 'application/yaml;charset=utf-8');
  state.dirty = false;
  announce(texts().saved(name));
}

/** An opened file keeps its name; a new profile is named after its identifiant. */
function fileNameOf(profile: OpenProfile): string {
  const identifiant = profile.report?.clsm?.identifiant;
  if (profile.fresh) return `${identifiant && /^[a-z0-9-]+$/.test(identifiant) ? identifiant : 'profil-clsm'}.yaml`;
  return profile.path.split('/').pop() || 'profil-clsm.yaml';
}

async function downloadProfileReport(): Promise<void> {
  const profile = state.profile;
  const report = profile?.report;
  if (!profile || !report) return;
  const base = fileNameOf(profile).replace(/\.ya?ml$/i, '');
  downloadText(`clsm-rapport-${base}.html`, await engine.format([report], 'html', settings()), 'text/html;charset=utf-8');
}

// ---- the draft, only when asked ----

function storeDraft(text: string): void {
  try {
    localStorage.setItem(DRAFT_KEY, text);
  } catch {
    // Storage refused (private window, file:// policy): the draft is simply not kept.
  }
}

function setKeepDraft(keep: boolean): void {
  state.keepDraft = keep;
  if (keep && state.profile) storeDraft(state.profile.text);
  if (!keep) clearDraft();
}

function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing was stored.
  }
  state.keepDraft = false;
  const box = document.getElementById('garder-brouillon') as HTMLInputElement | null;
  if (box) box.checked = false;
  document.getElementById('reprendre')?.remove();
  announce(texts().draftCleared);
}

function storedDraft(): string | null {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

// ---- the start section, the options, the language ----

function renderRulesetStatus(): void {
  const status = document.getElementById('regles-etat');
  if (!status) return;
  const t = texts();
  if (state.rulesetFile && state.rulesetProblem) {
    replaceChildren(status, h('p', { class: 'problem' }, t.rulesetError(state.rulesetFile.name)), h('pre', null, state.rulesetProblem));
  } else if (state.rulesetFile) {
    const ruleset = engine.ruleset(settings());
    replaceChildren(status, h('p', null, t.rulesetInUse(ruleset.title[state.lang], state.rulesetFile.name)));
  } else replaceChildren(status, h('p', null, t.rulesetNational));
  if (state.rulesetFile)
    status.append(
      h('button', { type: 'button', class: 'secondary', onclick: () => {
        state.rulesetFile = null;
        state.rulesetProblem = null;
        void recheckAll();
      } }, t.removeRuleset),
    );
}

function filesOf(input: HTMLInputElement): { file: File; path: string; chosen: boolean }[] {
  return [...(input.files ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name, chosen: !file.webkitRelativePath }));
}

/** The files of a drop, folders walked (their files keep their folder in their path). */
async function droppedFiles(items: DataTransferItemList): Promise<{ file: File; path: string; chosen: boolean }[]> {
  const found: { file: File; path: string; chosen: boolean }[] = [];
  const walk = async (entry: FileSystemEntry, chosen: boolean): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      found.push({ file, path: entry.fullPath.replace(/^\//, ''), chosen });
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, false);
    }
  };
  const entries = [...items].map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
  for (const entry of entries) await walk(entry, true);
  return found;
}

function renderStart(): void {
  const t = texts();
  const section = document.getElementById('commencer')!;
  const openInput = h('input', { type: 'file', id: 'ouvrir', multiple: true, accept: '.yaml,.yml,.txt', 'aria-describedby': 'ouvrir-aide' });
  openInput.addEventListener('change', () => void readFiles(filesOf(openInput)).finally(() => (openInput.value = '')));
  const folderInput = h('input', { type: 'file', id: 'ouvrir-dossier', webkitdirectory: true, multiple: true });
  folderInput.addEventListener('change', () => void readFiles(filesOf(folderInput)).finally(() => (folderInput.value = '')));
  const rulesetInput = h('input', { type: 'file', id: 'regles', accept: '.yaml,.yml', 'aria-describedby': 'regles-aide' });
  rulesetInput.addEventListener('change', async () => {
    const file = rulesetInput.files?.[0];
    rulesetInput.value = '';
    if (!file) return;
    setRuleset(file.name, await file.text());
    await recheckAll();
  });
  const drop = h('div', { class: 'drop', id: 'depot' }, t.dropZone);
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    if (event.dataTransfer) void droppedFiles(event.dataTransfer.items).then(readFiles);
  });
  const draft = storedDraft();
  const yearInput = h('input', { type: 'text', id: 'option-annee', inputmode: 'numeric', value: state.year ?? '', 'aria-describedby': 'option-annee-erreur' });
  const todayInput = h('input', { type: 'text', id: 'option-date', inputmode: 'numeric', value: state.today.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1'), 'aria-describedby': 'option-date-erreur' });
  const failOnSelect = h(
    'select',
    { id: 'option-seuil' },
    (['error', 'warning', 'info'] as const).map((level) => h('option', { value: level, selected: state.failOn === level }, t.failOn[level])),
  );
  const optionError = (input: HTMLInputElement, id: string, message: string | null) => {
    document.getElementById(id)!.textContent = message ?? '';
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  yearInput.addEventListener('change', () => {
    const value = yearInput.value.trim();
    if (value !== '' && !/^\d{4}$/.test(value)) return optionError(yearInput, 'option-annee-erreur', t.invalidYear);
    optionError(yearInput, 'option-annee-erreur', null);
    state.year = value === '' ? undefined : Number(value);
    void recheckAll();
  });
  todayInput.addEventListener('change', () => {
    const read = readDate(todayInput.value);
    if (!read.ok || read.value === undefined) return optionError(todayInput, 'option-date-erreur', t.invalidToday);
    optionError(todayInput, 'option-date-erreur', null);
    state.today = read.value;
    void recheckAll();
  });
  failOnSelect.addEventListener('change', () => {
    state.failOn = failOnSelect.value as FailOn;
    void recheckAll();
  });
  replaceChildren(
    section,
    h('h2', { id: 'titre-commencer' }, t.start),
    h(
      'div',
      { class: 'start-grid' },
      h('div', { class: 'field' }, h('button', { type: 'button', id: 'nouveau', onclick: newProfile }, t.newProfile)),
      draft !== null ? h('div', { class: 'field' }, h('button', { type: 'button', id: 'reprendre', class: 'secondary', onclick: () => resumeDraft(draft) }, state.lang === 'fr' ? 'Reprendre le brouillon' : 'Resume the draft')) : null,
      state.unsaved ? h('div', { class: 'field' }, h('button', { type: 'button', id: 'reprendre-non-enregistre', class: 'secondary', onclick: resumeUnsaved }, t.unsaved(state.unsaved.path))) : null,
      h('div', { class: 'field' }, h('label', { for: 'ouvrir' }, t.openProfiles), h('p', { class: 'hint', id: 'ouvrir-aide' }, t.openProfilesHint), openInput),
      h('div', { class: 'field' }, h('label', { for: 'ouvrir-dossier' }, t.openFolder), folderInput),
      h('div', { class: 'field' }, h('label', { for: 'regles' }, t.rulesetFile), h('p', { class: 'hint', id: 'regles-aide' }, t.rulesetHint), rulesetInput),
    ),
    h('div', { id: 'regles-etat', role: 'status' }),
    drop,
    h(
      'details',
      { class: 'options' },
      h('summary', null, t.options),
      h(
        'fieldset',
        { class: 'group' },
        h('legend', { class: 'visually-hidden' }, t.options),
        h('div', { class: 'field' }, h('label', { for: 'option-annee' }, t.optionYear), yearInput, h('p', { class: 'input-error', id: 'option-annee-erreur' })),
        h('div', { class: 'field' }, h('label', { for: 'option-date' }, t.optionToday), todayInput, h('p', { class: 'input-error', id: 'option-date-erreur' })),
        h('div', { class: 'field' }, h('label', { for: 'option-seuil' }, t.optionFailOn), failOnSelect),
      ),
    ),
  );
  renderRulesetStatus();
}

function resumeDraft(text: string): void {
  state.keepDraft = true;
  replaceProfile({ path: 'profil-clsm.yaml', text, report: null, notice: null, fresh: true });
  void recheckProfile(true);
}

function resumeUnsaved(): void {
  const unsaved = state.unsaved;
  if (!unsaved) return;
  state.unsaved = null;
  replaceProfile({ path: unsaved.path, text: unsaved.text, report: null, notice: null, fresh: unsaved.path === 'profil-clsm.yaml' });
  state.dirty = true;
  void recheckProfile(true);
}

function renderChrome(): void {
  const t = texts();
  document.documentElement.lang = state.lang;
  document.title = t.title;
  const skip = document.querySelector('.skip');
  if (skip) skip.textContent = t.skip;
  replaceChildren(
    document.getElementById('entete')!,
    h('div', { class: 'header-row' }, h('h1', null, t.title), h('button', { type: 'button', class: 'secondary', lang: state.lang === 'fr' ? 'en' : 'fr', 'aria-label': t.switchLangLabel, onclick: switchLanguage }, t.switchLang)),
    h('p', null, t.intro),
  );
  replaceChildren(document.getElementById('pied')!, h('p', null, t.footer));
}

function switchLanguage(): void {
  state.lang = state.lang === 'fr' ? 'en' : 'fr';
  renderChrome();
  renderStart();
  renderProfileView();
  void recheckAll();
}

// Leaving the page with a profile not saved: the browser asks first.
window.addEventListener('beforeunload', (event) => {
  if (state.dirty) event.preventDefault();
});

renderChrome();
renderStart();
// The commune table is unpacked while the person reads the page.
void engine.territory();
document.body.setAttribute('data-ready', 'true');
performance.mark('clsm-ready');
