// A bare name of a legislature, court or council ("the Senate", "the House of Representatives", "the
// Constitutional Court") names a different body in every country and state, yet stores join equal names
// into one node: "the Senate of the state" (Alabama's) and "Mitch McConnell, the Senate Majority Leader"
// made one "Senate", PART_OF Alabama and led by McConnell. When the article itself ties the bare body to
// exactly one place ("Taiwan's Constitutional Court", "the Senate of the state"), the body is named after
// it, "Senate of Alabama"; an untied "Senate" keeps its name (the article does not say whose). So is a bare
// name of a body's gathering ("the Republican Party's National Convention"): every party holds one, and the
// owner's name opens it, "Republican Party National Convention", as news names them.
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

/** Words of a gathering's name that every body may use ("National Convention", "Annual General Meeting"). */
const GATHERING_WORDS = new Set('national annual general party convention conference congress meeting'.split(' '));
const GATHERING_HEADS = new Set(['convention', 'conference', 'congress', 'meeting']);

/** A name made only of such words, ending in a gathering's head. */
export function bareGathering(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return GATHERING_HEADS.has(words.at(-1)!) && words.every((w) => GATHERING_WORDS.has(w));
}

/** Renames, in place, each bare body the article ties to one place, and each bare gathering it ties to one body;
 * references follow the new id. */
export function qualifyBodies(result: ExtractionResult): void {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const owners = new Map<string, Set<string>>();
  for (const t of result.triples) {
    const named = byId.get(t.subject);
    const owner = byId.get(t.object);
    if (!named || !owner || t.negated || t.hedged || !TYING_RULES.has(t.rule ?? '')) continue;
    if (!['PART_OF', 'LOCATED_IN'].includes(t.predicate.type)) continue;
    const body = named.type === 'Organization' && bareBody(named.name) && owner.type === 'Place';
    const gathering = named.type === 'Event' && bareGathering(named.name) && owner.type === 'Organization';
    if (body || gathering) owners.set(named.id, (owners.get(named.id) ?? new Set()).add(owner.id));
  }
  const renamed = new Map<string, string>();
  for (const [id, ownerIds] of owners) {
    if (ownerIds.size !== 1) continue;
    const body = byId.get(id)!;
    const owner = byId.get([...ownerIds][0])!;
    const name =
      body.type === 'Event'
        ? `${owner.name} ${body.name}`
        : `${body.name} of ${THE_PLACE.test(owner.name) ? 'the ' : ''}${owner.name}`;
    const newId = entityId(name, body.type);
    const existing = byId.get(newId);
    if (existing) {
      existing.mentions.push(...body.mentions);
      existing.mentions.sort((a, b) => a.start - b.start);
      result.entities.splice(result.entities.indexOf(body), 1);
    } else {
      body.aliases.push({ text: body.name, rule: body.type === 'Event' ? 'owner-qualified' : 'place-qualified' });
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
