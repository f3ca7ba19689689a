// A tagged template that escapes by default: `html\`<p>${text}</p>\`` escapes `text`; only another html`…` value
// (or an array of them) is inserted as markup. Profile text cannot become markup by forgetting to escape it.
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = SafeHtml | string | number | null | undefined | false | readonly Value[];

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function escape(text: string): string {
  // Most values (numbers, labels, plain messages) need nothing: one test instead of two replacements.
  if (!NEEDS_ESCAPE.test(text)) return text;
  // Control characters have no business in a page; the rest is escaped for text and attribute values alike.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (char) => ENTITY[char]!);
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return typeof value === 'number' ? String(value) : escape(value as string);
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  // Parts joined once: a flat string, where `+=` would leave a rope of small pieces for a batch to hold.
  const parts: string[] = [strings[0]!];
  for (let i = 0; i < values.length; i++) parts.push(render(values[i]!), strings[i + 1]!);
  return new SafeHtml(parts.join(''));
}
