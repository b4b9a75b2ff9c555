// Typed errors: only invalid options throw; odd text never does.
export class ExtractOptionsError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractOptionsError';
  }
}
