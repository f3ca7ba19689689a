// The YAML view: the profile's text in a labelled text area (« Profil YAML »), a gutter of line numbers that marks
// the lines with findings, and the list of findings at their line:column, each leading to its place in the text.
import type { FileReport } from '../types.js';
import { h, replaceChildren } from './dom.js';
import type { Texts } from './texts.js';

export interface YamlView {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
  setText(text: string): void;
  show(report: FileReport | null, texts: Texts): void;
  goTo(line: number, column: number): void;
}

export function createYamlView(texts: Texts, onEdit: (text: string) => void): YamlView {
  const gutter = h('pre', { class: 'gutter', 'aria-hidden': 'true' });
  const textarea = h('textarea', {
    id: 'profil-yaml',
    class: 'yaml',
    wrap: 'off',
    spellcheck: 'false',
    autocapitalize: 'off',
    autocomplete: 'off',
    rows: 24,
    'aria-describedby': 'profil-yaml-aide',
  });
  const list = h('ul', { class: 'text-findings' });
  const heading = h('h3', { id: 'ecarts-texte' }, texts.findingsInText);
  let marked = new Map<number, string>();
  const paintGutter = () => {
    const lines = textarea.value.split('\n').length;
    let text = '';
    for (let line = 1; line <= lines; line++) text += `${marked.has(line) ? '●' : ' '}${String(line).padStart(4)}\n`;
    gutter.textContent = text;
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener('input', () => {
    paintGutter();
    clearTimeout(pending);
    pending = setTimeout(() => onEdit(textarea.value), 120);
  });
  textarea.addEventListener('scroll', () => (gutter.scrollTop = textarea.scrollTop));
  const element = h(
    // A plain division: the text area alone is labelled « Profil YAML » (SPEC §10's contract for automated tests).
    'div',
    { class: 'yaml-view' },
    h('h2', { id: 'titre-yaml' }, h('label', { for: 'profil-yaml' }, texts.yamlView)),
    h('p', { class: 'hint', id: 'profil-yaml-aide' }, texts.yamlHint),
    h('div', { class: 'editor' }, gutter, textarea),
    heading,
    list,
  );
  const goTo = (line: number, column: number) => {
    const lines = textarea.value.split('\n');
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i]!.length + 1;
    const lineText = lines[line - 1] ?? '';
    textarea.focus();
    textarea.setSelectionRange(offset + Math.min(Math.max(column - 1, 0), lineText.length), offset + lineText.length);
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
    textarea.scrollTop = Math.max(0, (line - 4) * lineHeight);
    gutter.scrollTop = textarea.scrollTop;
  };
  return {
    element,
    textarea,
    setText(text) {
      if (textarea.value !== text) textarea.value = text;
      paintGutter();
    },
    show(report, current) {
      marked = new Map((report?.findings ?? []).map((finding) => [finding.line, finding.severity]));
      paintGutter();
      heading.textContent = current.findingsInText;
      replaceChildren(
        list,
        (report?.findings ?? []).map((finding) =>
          h(
            'li',
            { class: finding.severity },
            h('button', { type: 'button', class: 'link', onclick: () => goTo(finding.line, finding.column) }, current.atLine(finding.line, finding.column)),
            ` — ${finding.message}`,
          ),
        ),
      );
    },
    goTo,
  };
}
