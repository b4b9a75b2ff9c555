// A bare name of a legislature, court or council ("the Senate", "the House of Representatives", "the
// Constitutional Court") names a different body in every country and state, yet stores join equal names
// into one node: "the Senate of the state" (Alabama's) and "Mitch McConnell, the Senate Majority Leader"
// made one "Senate", PART_OF Alabama and led by McConnell. When the article itself ties the bare body to
// exactly one place ("Taiwan's Constitutional Court", "the Senate of the state"), the body is named after
// it, "Senate of Alabama"; an untied "Senate" keeps its name (the article does not say whose).
import { entityId } from './entity-id.js';
import type { ExtractionResult } from './types.js';

/** Head words of a body every state has one of, named alone. */
const BODY_HEADS = new Set(
  'senate house parliament congress assembly legislature court cabinet council government'.split(' '),
);
/** Words that tell one such body from another of the same place, but not whose it is. */
const BODY_WORDS = new Set(
  `supreme high constitutional appeals appeal federal national state legislative general upper lower city county
  municipal provincial regional district of representatives commons lords delegates deputies`.split(/\s+/),
);
/** The readings that tie a body to its place: "<Place>'s <body>", "<body> of <Place>". */
const TYING_RULES = new Set(['state-organ', 'possessive-part']);
/** Places English names with "the": "the United Kingdom", "the Czech Republic", "the Philippines" (not
 * "Texas" or "Wales", whatever their last letter). */
const THE_PLACE =
  /(?:States|Islands|Republic|Kingdom|Union|Emirates|Federation)$|^(?:Philippines|Netherlands|Bahamas|Maldives|Seychelles|Comoros|Gambia)$/;

/** A name made only of a body's head and the words that qualify its kind ("Supreme Court", "House of Representatives"). */
export function bareBody(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return BODY_HEADS.has(words.at(-1)!) || (words.includes('of') && BODY_HEADS.has(words[0]))
    ? words.every((w) => BODY_HEADS.has(w) || BODY_WORDS.has(w)) && words[0] !== 'of'
    : false;
}

/** Renames, in place, each bare body the article ties to one place; references follow the new id. */
export function qualifyBodies(result: ExtractionResult): void {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const places = new Map<string, Set<string>>();
  for (const t of result.triples) {
    const body = byId.get(t.subject);
    if (!body || body.type !== 'Organization' || !bareBody(body.name) || t.negated || t.hedged) continue;
    if (!TYING_RULES.has(t.rule ?? '') || !['PART_OF', 'LOCATED_IN'].includes(t.predicate.type)) continue;
    if (byId.get(t.object)?.type !== 'Place') continue;
    places.set(body.id, (places.get(body.id) ?? new Set()).add(t.object));
  }
  const renamed = new Map<string, string>();
  for (const [id, placeIds] of places) {
    if (placeIds.size !== 1) continue;
    const body = byId.get(id)!;
    const place = byId.get([...placeIds][0])!;
    const name = `${body.name} of ${THE_PLACE.test(place.name) ? 'the ' : ''}${place.name}`;
    const newId = entityId(name, body.type);
    const existing = byId.get(newId);
    if (existing) {
      existing.mentions.push(...body.mentions);
      existing.mentions.sort((a, b) => a.start - b.start);
      result.entities.splice(result.entities.indexOf(body), 1);
    } else {
      body.aliases.push({ text: body.name, rule: 'place-qualified' });
      Object.assign(body, { id: newId, name });
    }
    renamed.set(id, newId);
  }
  if (!renamed.size) return;
  const to = (id: string) => renamed.get(id) ?? id;
  result.triples = result.triples
    .map((t) => ({
      ...t,
      subject: to(t.subject),
      object: to(t.object),
      ...(t.attributedTo ? { attributedTo: to(t.attributedTo) } : {}),
    }))
    .filter((t) => t.subject !== t.object);
  for (const c of result.claims) {
    c.speaker = to(c.speaker);
    c.about = [...new Set(c.about.map(to))].filter((a) => a !== c.speaker);
  }
}
