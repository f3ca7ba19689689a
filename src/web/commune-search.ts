// The commune search of the territory block: a name typed, the closest current communes of the Code officiel
// géographique offered as buttons (the keyboard reaches them with Tab), one chosen is added to the profile; the
// intercommunalities (EPCI) whose name has a word starting so come after, one chosen becomes `territoire.epci`.
import type { Commune, TerritoryTable } from '../territory/table.js';
import { h, replaceChildren } from './dom.js';
import type { Texts } from './texts.js';

/** A commune code as the Code officiel géographique writes it (Corsica's 2A and 2B included). */
const CODE = /^(\d{5}|2[AB]\d{3})$/i;

export function communeSearch(
  texts: Texts,
  locale: string,
  territory: () => Promise<TerritoryTable>,
  listed: () => ReadonlySet<string>,
  choose: (commune: Commune) => void,
  chooseEpci: (siren: string, name: string, first: Commune | undefined) => void,
  announce: (message: string) => void,
): HTMLElement {
  const results = h('ul', { class: 'commune-results', id: 'communes-trouvees', 'aria-label': texts.communeResults });
  const input = h('input', { id: 'recherche-commune', type: 'search', autocomplete: 'off', 'aria-describedby': 'recherche-commune-aide', 'aria-controls': 'communes-trouvees' });
  let generation = 0;
  input.addEventListener('input', () => {
    const term = input.value.trim();
    const mine = ++generation;
    if (term.length < 2) {
      replaceChildren(results);
      return;
    }
    replaceChildren(results, h('li', null, texts.territoryLoading));
    void territory().then((table) => {
      if (mine !== generation) return;
      const byCode = CODE.test(term) ? table.commune(term.toUpperCase()) : undefined;
      const already = listed();
      // By its code, or by its name; a commune the profile lists already is not offered again.
      const found = (byCode ? [byCode] : table.search(term, 12)).filter((commune) => !already.has(commune.code));
      const epcis = byCode ? [] : table.searchEpci(term, 4);
      announce(texts.communesFound(found.length, epcis.length));
      replaceChildren(
        results,
        found.map((commune) =>
          h(
            'li',
            null,
            h(
              'button',
              { type: 'button', class: 'secondary', onclick: () => choose(commune) },
              texts.communeChoice(commune.name, commune.code, commune.departement, commune.population.toLocaleString(locale)),
            ),
          ),
        ),
        epcis.map((epci) =>
          h(
            'li',
            null,
            h(
              'button',
              { type: 'button', class: 'secondary', onclick: () => chooseEpci(epci.siren, epci.name, table.epciSeat(epci.siren)) },
              texts.epciChoice(epci.name, epci.members),
            ),
          ),
        ),
      );
    });
  });
  // The arrows move from the search to the communes found and between them.
  const move = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...results.querySelectorAll('button')];
    if (buttons.length === 0) return;
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === 'ArrowDown' ? Math.min(index + 1, buttons.length - 1) : index - 1;
    event.preventDefault();
    (next < 0 ? input : buttons[next]!).focus();
  };
  input.addEventListener('keydown', move);
  results.addEventListener('keydown', move);
  return h(
    'div',
    { class: 'commune-search' },
    h('label', { for: 'recherche-commune' }, texts.communeSearch),
    h('p', { class: 'hint', id: 'recherche-commune-aide' }, texts.communeSearchHint),
    input,
    results,
  );
}
