// Which sense of "host" a draft carries. A person or a body that hosts a person meets them ("Ann Cole hosted
// Tom Hale" → MEETS); a place that hosts something, or "plays host to" it, is where it is held ("Toronto
// played host to the Harbour Festival" → Harbour Festival LOCATED_IN Toronto): a place meets no one, save a
// country hosting a person, which its government receives ("Russia hosted Ann Cole" stays MEETS). Turned
// round, the edge's words are the passive ("hosted by"): "Harbour Festival hosted Toronto" says the opposite.
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { isCountry } from './country-place.js';
import { MODALS, NEGATIONS } from './active-voice.js';

/** The draft read in the sense of "host", or the draft itself. */
export function retypedByHostSense(view: SentenceView, d: TripleDraft): TripleDraft {
  const lemma = d.predicate.lemma.split(' ');
  const host = lemma[0] === 'host' || (lemma[0] === 'play' && lemma[1] === 'host');
  if (d.predicate.type !== 'MEETS' || !host || view.types.get(d.subject) !== 'Place') return d;
  if (view.types.get(d.object) === 'Person' && isCountry(d.subject)) return d;
  const words = d.predicate.text.toLowerCase().split(/\s+/);
  const modal = words.find((w) => MODALS.has(w));
  const not = words.some((w) => NEGATIONS.has(w) || w.endsWith("n't")) ? 'not' : undefined;
  const text = [modal, not, modal && 'be', 'hosted by'].filter(Boolean).join(' ');
  return { ...d, subject: d.object, object: d.subject, predicate: { ...d.predicate, type: 'LOCATED_IN', text } };
}
