// The commune search of the territory block: a name typed, the closest current communes of the Code officiel
// géographique offered as buttons (the keyboard reaches them with Tab), one chosen is added to the profile.
import type { Commune, TerritoryTable } from '../territory/table.js';
import { h, replaceChildren } from './dom.js';
import type { Texts } from './texts.js';

export function communeSearch(texts: Texts, locale: string, territory: () => Promise<TerritoryTable>, choose: (commune: Commune) => void): HTMLElement {
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
      replaceChildren(
        results,
        table.search(term, 8).map((commune) =>
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
      );
    });
  });
  return h(
    'div',
    { class: 'commune-search' },
    h('label', { for: 'recherche-commune' }, texts.communeSearch),
    h('p', { class: 'hint', id: 'recherche-commune-aide' }, texts.communeSearchHint),
    input,
    results,
  );
}
