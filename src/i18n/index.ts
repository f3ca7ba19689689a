// Picks the catalogue for a language.
import type { Lang } from '../types.js';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { fr } from './fr.js';

export type { Catalogue } from './catalogue.js';

export function catalogue(lang: Lang): Catalogue {
  return lang === 'en' ? en : fr;
}
