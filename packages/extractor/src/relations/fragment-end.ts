// Whether a mention is only a piece of a longer name the entity stage cut ("Apollo" of "Apollo–Soyuz",
// "Voice" of "Voice of America", "Time Person" of "Time Person of the Year"): an edge to it would be to
// the wrong thing, so the edge gate drops it.
import { plainWord } from '../lexicon-tags.js';
import type { SentenceView } from './sentence-view.js';

const DASH = /^[-–—]$/;
/** Words that join a title's ordinary word to its name ("Minister of Information", "Voice for …"). */
const TITLE_LINKS = new Set(['of', 'for']);
const OF = new Set(['of']);

/** A mention of `id` in this sentence glued by a dash to another capitalised word, one ordinary word joined
 * by of/for to another name (a pronoun is no piece of a name: "praised by Ann Cole for his courage"), or a
 * name ending on an ordinary word that a capitalised "of"-phrase goes on
 * ("Time Person of the Year": "Person" names nothing without its "of the Year"). */
export function fragmentEnd(view: SentenceView, id: string): boolean {
  const { toks, entityAt } = view;
  const cap = (k: number) => !!toks[k] && /^\p{Lu}/u.test(toks[k].text);
  const joined = (link: number, other: number, links: ReadonlySet<string>) =>
    !!toks[link] && links.has(toks[link].text) && cap(other) && !!entityAt[other] && entityAt[other] !== id;
  // After "of" (and "the"), a capitalised word no entity holds: the name runs on unrecognised.
  const runsOn = (k: number) => {
    if (toks[k + 1]?.text !== 'of' || /[,;:()]/.test(toks[k].post)) return false;
    const next = toks[k + 2]?.normal === 'the' ? k + 3 : k + 2;
    return cap(next) && !entityAt[next];
  };
  return toks.some(
    (t, k) =>
      entityAt[k] === id &&
      ((DASH.test(t.post) && toks[k + 1] && entityAt[k + 1] !== id && cap(k + 1)) ||
        (k > 0 && DASH.test(toks[k - 1].post) && entityAt[k - 1] !== id && cap(k - 1)) ||
        (entityAt[k - 1] !== id &&
          entityAt[k + 1] !== id &&
          plainWord(t.text) &&
          !t.tags.has('Pronoun') &&
          (joined(k + 1, k + 2, OF) || joined(k - 1, k - 2, TITLE_LINKS))) ||
        (entityAt[k + 1] !== id && cap(k) && plainWord(t.text) && runsOn(k))),
  );
}
