// Typed errors of the scorers: a benchmark or reference file that is not what its README describes.
export class CarbFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CarbFormatError';
  }
}

export class FactsReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FactsReferenceError';
  }
}
