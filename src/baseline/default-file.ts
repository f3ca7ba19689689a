// The baseline file's default name, kept apart so that the command line can name it without loading baselines.
export const DEFAULT_BASELINE = 'clsm-baseline.json';
