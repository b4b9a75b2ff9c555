// Possessives inside names: "Campbell's Soup" is the name "Campbell Soup" when the text also writes it so
// (a possessive otherwise ends a name: "Germany's economy"). A group of people owning an organisation word is
// one name too: "the Catholic Bishops' Conference", "the National Teachers' Union", "the Women's Council" (a
// body of those people, not a part of a body named "Catholic Bishops"), and so is a saint's: "St. John's
// Episcopal Church". Joins the two spans the possessive split, and opens a name with a people's possessive
// that made no span ("the People's Liberation Army"); an event of those people is theirs by name too ("the
// Women's World Cup" is not the World Cup).
import type { NameSpan } from '../spans.js';
import type { Token } from '../../tokens.js';
import { makeSpan } from './split-run.js';
import { nameKey } from './name-key.js';
import { peoplePlural } from '../../lexicon-tags.js';
import { EVENT_HEADS, ORG_HEADS } from '../lexicon/org-words.js';
import { SAINT } from './name-tokens.js';
import { isKnownPlace } from '../lexicon/known-places.js';

/** Words for a gathering that, owned by a group of people, is their standing body ("the Bishops' Conference"). */
const PEOPLES_BODIES = new Set(['conference', 'assembly', 'synod', 'congress', 'unit', 'units']);

/** "Bishops'", "Teachers'", "Women's": a plural noun for people as a possessive, right before the next word
 * (the parse keeps a bare apostrophe after the word, "'s" on it). */
function peoplePossessive(t: Token): boolean {
  const bare = /^['’]\s+$/.test(t.post);
  if (!bare && !(/['’]s$/.test(t.text) && /^\s+$/.test(t.post))) return false;
  return peoplePlural(t.text.replace(/['’]s$/, ''));
}

/** "the People's Liberation Army": a people's possessive that made no span of its own (a plural common word)
 * before an organisation word's name opens that name. */
function withPeoplesPossessive(b: NameSpan, bySentence: Token[][], text: string): NameSpan | undefined {
  const first = b.tokens[0];
  const t = bySentence[first.sentence]?.[first.pos - 1];
  const body = b.tokens[b.tokens.length - 1];
  if (!t || b.title || !/^\p{Lu}/u.test(t.text) || !peoplePossessive(t)) return undefined;
  if (![ORG_HEADS, PEOPLES_BODIES, EVENT_HEADS].some((heads) => heads.has(body.normal))) return undefined;
  return makeSpan([t, ...b.tokens], text) ?? undefined;
}

/** Venues and works named after their founder: "Grauman's Egyptian Theatre", "Ford's Theatre", "Hadrian's Wall". */
const VENUE_HEADS = new Set(['theatre', 'theater', 'hall', 'cinema', 'playhouse', 'opera', 'wall']);

/** `a` is one word the article names nowhere else and no place, owning a venue's name `b` ("Grauman's Egyptian
 * Theatre"): the venue's own name ("London's Hyde Park" is a park in London). */
function founderVenue(a: NameSpan, b: NameSpan, counts: Map<string, number>): boolean {
  const owner = a.text.replace(/['’]s$/, '');
  return (
    a.tokens.length === 1 &&
    VENUE_HEADS.has(b.tokens[b.tokens.length - 1].normal) &&
    (counts.get(nameKey(owner)) ?? 0) <= 1 &&
    !isKnownPlace(owner) &&
    !a.tokens[0].tags.has('Place')
  );
}

export function joinPossessiveNames(spans: NameSpan[], text: string, bySentence: Token[][] = []): NameSpan[] {
  const keys = new Set(spans.map((s) => nameKey(s.text)));
  // (how often each name is written, possessive or not: "Grauman's" counts as "Grauman")
  const counts = new Map<string, number>();
  const bare = (s: NameSpan) => nameKey(s.text.replace(/['’]s$/, ''));
  for (const s of spans) counts.set(bare(s), (counts.get(bare(s)) ?? 0) + 1);
  const out: NameSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const prev = spans[k - 1]?.tokens;
    const opened =
      prev && prev[prev.length - 1].i === spans[k].tokens[0].i - 1
        ? undefined
        : withPeoplesPossessive(spans[k], bySentence, text);
    const a = opened ?? spans[k];
    const b = spans[k + 1];
    const last = a.tokens[a.tokens.length - 1];
    const body = b?.tokens[b.tokens.length - 1];
    if (
      b &&
      body &&
      b.tokens[0].i === last.i + 1 &&
      !a.title &&
      !b.title &&
      peoplePossessive(last) &&
      (ORG_HEADS.has(body.normal) || PEOPLES_BODIES.has(body.normal))
    ) {
      const joined = makeSpan([...a.tokens, ...b.tokens], text);
      if (joined) {
        out.push(joined);
        k++;
        continue;
      }
    }
    if (
      b &&
      /['’]s$/.test(last.text) &&
      b.tokens[0].i === last.i + 1 &&
      !/\S/.test(last.post) &&
      !a.title &&
      !b.title
    ) {
      const joined = makeSpan([...a.tokens, ...b.tokens], text);
      // "St. John's Episcopal Church", "St Mary's Hospital": what a saint's name owns is named after the saint.
      if (
        joined &&
        (keys.has(nameKey(joined.text)) ||
          (a.tokens.length > 1 && SAINT.test(a.tokens[0].text)) ||
          founderVenue(a, b, counts))
      ) {
        out.push({ ...joined, ...(a.work || b.work ? { work: true } : {}) });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
