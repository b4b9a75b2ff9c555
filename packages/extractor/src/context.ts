// What each extraction stage receives: the one shared compromise parse and the text it came from.
import type nlp from 'compromise';
import type { Tokenised } from './tokens.js';
import type { AliasRules, Entity, Sentence } from './types.js';

export type Doc = ReturnType<typeof nlp>;

export interface EntityContext {
  text: string;
  aliases?: AliasRules;
  /** The parse flattened into tokens with checked offsets. */
  tokens: Tokenised;
}

export interface RelationContext {
  doc: Doc;
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  /** Same token list the entity stage used. */
  tokens?: Tokenised;
  /** The article's published date (YYYY-MM-DD): relative times ("on Monday") count from it. */
  date?: string;
}
