// Whether punctuation after a token breaks a phrase: a comma, semicolon, colon, dash, quotation mark or
// bracket. Chunking and the word-class repairs (token-class.ts and its helpers) share this one test.
import type { Token } from '../tokens.js';

export const hasBreak = (t: Token) => /[,;:—–“”"()]|\s-\s/.test(t.post);

/** A bracket opens between `t` and the word after it (the tokeniser writes "(" before the next word). */
export const bracketAfter = (t: Token, next: Token | undefined) => /\(\s*$/.test(t.post) || /\(/.test(next?.pre ?? '');
