// "…treated 25 wounded people, CNN Philippines reported the governor said.": after a reporting verb, a phrase
// and a verb of saying that end the sentence say only who else said it; what was reported is the clause before
// the attribution, as in "…, he said." (speech-spans.ts).
import type { SentenceView } from './sentence-view.js';
import { verbType } from './vocabulary.js';

/** Whether the words from token `from` to the sentence's end are only a phrase and a verb of saying ("the
 * governor said."). */
export function relayedReport(view: SentenceView, from: number): boolean {
  const rest = view.chunks.filter((ch) => ch.to >= from);
  const [np, verb] = rest;
  return (
    rest.length === 2 &&
    np.kind === 'NP' &&
    verb.kind === 'VG' &&
    verbType(verb.lemma) === 'SAYS' &&
    verb.to >= view.toks.length - 2
  );
}
