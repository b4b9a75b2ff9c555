// A user-facing failure: one line on stderr and a documented exit code.
export const EXIT = { ok: 0, failure: 1, usage: 2, badInput: 3, storeUnavailable: 4, partial: 5 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
