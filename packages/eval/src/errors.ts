// Typed errors of the CaRB evaluation (bad benchmark files).
export class CarbFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CarbFormatError';
  }
}
