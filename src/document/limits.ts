// Input limits, documented in the README ("Limites").
/** Largest profile accepted, checked before parsing (nothing is read past it): real profiles weigh a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Deepest nesting accepted by the parser; the profile format needs six levels. */
export const MAX_DEPTH = 64;
/** Largest document once YAML aliases are expanded (guards against "billion laughs"). */
export const MAX_EXPANDED_NODES = 100_000;
