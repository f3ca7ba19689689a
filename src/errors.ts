// A user error: one sentence for the person at the terminal, and the exit code it implies.
import type { ExitCode } from './exit-codes.js';

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
