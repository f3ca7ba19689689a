// The one exit-code table of SPEC §2, used by every command.
export const EXIT = {
  /** Every file checked, no finding at or above --fail-on. */
  ok: 0,
  /** At least one finding at or above --fail-on. */
  findings: 1,
  /** The command could not do its job (usage, missing path, unreadable file, output not writable). */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
