// "The plays Tom Hale wrote were staged …", "the money Ann Cole said was stolen belonged …": a noun right before
// the speaker's name and a tensed verb right after the speech verb make a relative clause without its pronoun.
// The speech verb's object (or its clause's subject) is the noun, left out; where what the clause says ends
// is not marked, so it makes no statement. A kind noun before a name, then an -ing form ("the agency PAP
// reported being told …"), is none.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';

/** Whether speech verb group `c`, its speaker `speaker` in phrase `speakerNp`, opens such a relative clause. */
export function reducedRelative(view: SentenceView, c: number, speakerNp: Chunk, speaker: string): boolean {
  const ch = view.chunks;
  const [vg, next] = [ch[c], ch[c + 1]];
  // (The parse reads "The plays Tom Hale" as one phrase: a plain noun stands right before the name.)
  const nameAt = view.entityAt.indexOf(speaker, speakerNp.from);
  const noun = view.toks[nameAt - 1];
  return (
    speakerNp === ch[c - 1] &&
    nameAt > speakerNp.from &&
    /^\p{Ll}/u.test(noun.text) &&
    noun.tags.has('Noun') &&
    !noun.tags.has('Actor') &&
    !vg.breakAfter &&
    next?.kind === 'VG' &&
    next.finite &&
    !/ing$/.test(view.toks[next.from].normal)
  );
}
