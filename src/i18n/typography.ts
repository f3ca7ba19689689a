// French typography for our own texts: a no-break space before « : » and inside « », a narrow no-break space
// before « ; ? ! ». Applied to texts we write (catalogue, help), never to values from a profile.
/** Our own text in a language: French typography for French, as written otherwise. */
export function typographyFor(lang: 'fr' | 'en'): (text: string) => string {
  return lang === 'fr' ? frenchTypography : (text) => text;
}

export function frenchTypography(text: string): string {
  return text
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([;?!])/g, '\u202f$1');
}
