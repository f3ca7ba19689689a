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
  // Concatenated: V8 keeps a rope of the pieces, cheap to build; what is held long is flattened once (flat()).
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/**
 * The same text as one flat string: a text kept until the end of a batch (the HTML report's sections) would
 * otherwise hold the rope of every small piece it was built from. Reading a character makes V8 flatten it in place.
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
