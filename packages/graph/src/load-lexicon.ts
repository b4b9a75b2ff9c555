// The extractor's word tests that resolving names asks (is a lone capitalised word common English? is it
// an ordinary word rather than a given name?) read compromise's lexicon, which takes seconds to load on a
// busy machine. Only writes (imports, dry runs, alias edits) and the doctor resolve names, so each store
// entry point that does awaits loadLexicon() first, and a verb that only reads (`kg stats`, `kg export`,
// `kg documents`) never loads compromise.
import type { commonWord as CommonWord, ordinaryWord as OrdinaryWord } from '@kg/extractor';

interface Lexicon {
  commonWord: typeof CommonWord;
  ordinaryWord: typeof OrdinaryWord;
}

let lexicon: Lexicon | undefined;

/** Loads the word tests (once); resolving names before it has finished is an error. */
export async function loadLexicon(): Promise<void> {
  lexicon ??= await import('@kg/extractor');
}

function loaded(fn: string): Lexicon {
  if (!lexicon) throw new Error(`${fn}: expected loadLexicon() to have finished (the lexicon loads on demand)`);
  return lexicon;
}

/** The extractor's commonWord (a lexicon word that is no surname). */
export const commonWord = (word: string): boolean => loaded('commonWord').commonWord(word);

/** The extractor's ordinaryWord (a word that parsed alone is no given name). */
export const ordinaryWord = (word: string): boolean => loaded('ordinaryWord').ordinaryWord(word);
