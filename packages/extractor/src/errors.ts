// Typed errors: only invalid options throw; odd text never does.
export class ExtractOptionsError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractOptionsError';
  }
}

/** An article that cannot be read as text (binary, not UTF-8, empty); the message starts with its name. */
export class ArticleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleInputError';
  }
}
