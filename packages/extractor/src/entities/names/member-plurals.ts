// "the Knights of Columbus", "the Sons of Norway", "the Friends of the Earth": a capitalised plural noun
// after "the" and before "of" heads the name of a body of members (a person is never named in the
// plural), so the words after "of" belong to that name and do not make a place or body of their own.
// Not a plural title ("the Ministers of …", title-words.ts), a people ("the Americans of …") or a number.
import type { Token } from '../../tokens.js';
import { aloneTags } from '../../common-word.js';
import { pluralTitle } from './title-words.js';

/** A capitalised plural common noun ("Knights", "Sons"), not a title or a people. */
export function membersWord(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(t.text) || pluralTitle(t)) return false;
  const tags = aloneTags(t.normal) ?? [];
  return tags.includes('Plural') && tags.includes('Noun') && !tags.includes('Demonym') && !tags.includes('ProperNoun');
}

/** `run` is one such word written after "the" (`before`): it may head an "of"-name. */
export function membersHead(run: Token[], before: Token | undefined): boolean {
  return run.length === 1 && before?.text === 'the' && membersWord(run[0]);
}
