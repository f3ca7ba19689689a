// The two pseudo-rules of the file itself — `yaml-syntaxe` (the text is not YAML) and `schema` (the YAML is not a
// profile) — described once, here: severity, axis, reference and explanation (`clsm explain`, SARIF's rule help).
// No ruleset holds them, no derogation or baseline covers them, and a file that has one is `invalid`.
import type { Axis, Lang, Severity } from '../types.js';

export const YAML_SYNTAX = 'yaml-syntaxe';
export const SCHEMA = 'schema';
export const INPUT_RULE_IDS = [YAML_SYNTAX, SCHEMA] as const;
export type InputRuleId = (typeof INPUT_RULE_IDS)[number];

export const INPUT_RULE_SEVERITY: Severity = 'error';
/** The JSON contract's axis; reports for people show them under « format du profil » (report/reading-axis.ts). */
export const INPUT_RULE_AXIS: Axis = 'coherence';

export interface InputRuleText {
  reference: string;
  what: string;
  why: string;
  how: string;
}

const TEXTS: Record<InputRuleId, Record<Lang, InputRuleText>> = {
  [YAML_SYNTAX]: {
    fr: {
      reference: 'YAML 1.2',
      what: 'Le fichier se lit comme un document YAML\u00a0: indentation par espaces, une espace après chaque deux-points, guillemets et crochets fermés, une seule fois chaque clé d’un bloc.',
      why: 'Tant que le fichier ne se lit pas, aucune règle du référentiel ne peut être vérifiée\u00a0: le profil est «\u00a0invalide\u00a0» et c’est la seule erreur rapportée. C’est une erreur du fichier, pas un écart au référentiel.',
      how: 'Corrigez la ligne indiquée (le rapport la cite, avec un «\u00a0^\u00a0» sous la colonne). Causes les plus fréquentes\u00a0: une espace oubliée après le deux-points (`nom:CLSM` au lieu de `nom: CLSM`), un guillemet ou un crochet non fermé, une ligne décalée d’une espace, une tabulation au lieu d’espaces, une apostrophe dans un texte entre apostrophes. `clsm init --template` écrit un profil correct à compléter.',
    },
    en: {
      reference: 'YAML 1.2',
      what: 'The file reads as a YAML document: indentation with spaces, a space after each colon, quotes and brackets closed, each key of a block once.',
      why: 'As long as the file cannot be read, no rule of the reference framework can be checked: the profile is “invalid” and this is the only error reported. It is an error of the file, not a gap.',
      how: 'Fix the line given (the report quotes it, with a “^” under the column). Most frequent causes: a space missing after a colon (`nom:CLSM` instead of `nom: CLSM`), an unclosed quote or bracket, a line shifted by one space, a tab instead of spaces, an apostrophe inside a text in apostrophes. `clsm init --template` writes a correct profile to fill in.',
    },
  },
  [SCHEMA]: {
    fr: {
      reference: 'Format de profil CLSM, version 1 (clsm schema)',
      what: 'Le profil suit le format attendu\u00a0: les clés connues, au bon endroit, avec des valeurs du bon type (nombres, dates AAAA-MM-JJ, valeurs d’une liste fermée)\u202f; seul le bloc d’identité est obligatoire.',
      why: 'Une clé mal écrite serait ignorée en silence et l’écart qu’elle devait combler resterait signalé\u00a0: le format est donc vérifié avant les règles, et un profil qui ne le suit pas est «\u00a0invalide\u00a0». C’est une erreur du fichier, pas un écart au référentiel.',
      how: 'Suivez la suggestion du message (clé proche, valeur possible). Les nombres s’écrivent avec un point décimal et sans espace (`etp: 0.5`, `population: 12000`), sans unité ni guillemets\u202f; les codes de région et de département entre guillemets (`region: "32"`). `clsm schema` affiche le format complet, que les éditeurs utilisent pour compléter et vérifier en direct.',
    },
    en: {
      reference: 'CLSM profile format, version 1 (clsm schema)',
      what: 'The profile follows the expected format: known keys, in the right place, with values of the right type (numbers, YYYY-MM-DD dates, values from a closed list); only the identity block is required.',
      why: 'A misspelt key would be ignored silently and the gap it was meant to close would still be reported: the format is checked before the rules, and a profile that does not follow it is “invalid”. It is an error of the file, not a gap.',
      how: 'Follow the suggestion in the message (a close key, an allowed value). Numbers take a decimal point and no spaces (`etp: 0.5`, `population: 12000`), no unit, no quotes; region and département codes in quotes (`region: "32"`). `clsm schema` prints the whole format, which editors use to complete and check as you type.',
    },
  },
};

export function isInputRule(ruleId: string): ruleId is InputRuleId {
  return ruleId === YAML_SYNTAX || ruleId === SCHEMA;
}

/** What the pseudo-rule checks, why and how to fix it, in a language. */
export function inputRuleText(id: InputRuleId, lang: Lang): InputRuleText {
  return TEXTS[id][lang];
}
