// Typed errors of @kg/graph; messages begin with the function name and say what was expected.
export class GraphStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphStoreError';
  }
}

/** The embedded store cannot run Cypher. */
export class QueryUnsupportedError extends GraphStoreError {
  constructor(message: string) {
    super(message);
    this.name = 'QueryUnsupportedError';
  }
}

/** Another process holds the embedded store's write lock. */
export class StoreLockedError extends GraphStoreError {
  constructor(message: string) {
    super(message);
    this.name = 'StoreLockedError';
  }
}

/** The embedded store's file is not a graph file this version can read. */
export class StoreFormatError extends GraphStoreError {
  constructor(message: string) {
    super(message);
    this.name = 'StoreFormatError';
  }
}

/** A batch of rows the Neo4j writer cannot load (the batch's transaction is rolled back). */
export class WriteDocumentsError extends GraphStoreError {
  constructor(message: string) {
    super(message);
    this.name = 'WriteDocumentsError';
  }
}

/** A read-only query that would read files or URLs (LOAD CSV, file/URL procedures); refused before Neo4j. */
export class ReadOnlyQueryError extends GraphStoreError {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyQueryError';
  }
}

/** A split the store cannot do: an unknown entity, a name it does not have, or one that would leave it empty. */
export class SplitEntityError extends GraphStoreError {
  constructor(message: string) {
    super(message);
    this.name = 'SplitEntityError';
  }
}
