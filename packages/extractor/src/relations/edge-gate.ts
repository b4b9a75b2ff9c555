// Precision first: which entities may end an edge (named things, and concepts a reader would keep as a
// node), and which drafts are sure enough to become edges. When unsure, no edge: the proposition layer
// keeps the open-IE reading of the clause.
import { ledToWin } from './led-to-win.js';
import type { Entity } from '../types.js';
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { FALLBACK_TYPE, OFFICE_TYPES, nounType, verbType } from './vocabulary.js';
import { PEOPLE_GROUP_HEADS } from './people-nouns.js';
import { requestedAct } from './requested-act.js';
import { onlyInAcronymGloss } from './acronym-gloss.js';
import { ACCIDENT_HEADS } from '../entities/lexicon/event-heads.js';
import { fragmentEnd } from './fragment-end.js';
import { joinWithoutPartner } from './join-frames.js';
import { blamedCause } from './blamed-cause.js';
import { INFINITIVE_ONLY } from './verb-modality.js';
import { aimAsAct } from './aim-subject.js';
import { prepositionalSubject } from './prepositional-subject.js';
import { wantedDone } from './wanted-done.js';
import { crossesRespective } from './respective-pairs.js';
import { modifierObject } from './modifier-object.js';
import { leftInState } from './left-in-state.js';
import { memberWordEnd } from './member-word-end.js';

/** Role nouns ("director", "spokesperson") name a person's position, not a topic. */

/** Types an edge may end on without the concept gate. Dates and quantities are attributes, not ends. */
const NAMED_TYPES = new Set(['Person', 'Organization', 'Place', 'Event', 'Product']);
/** Who can say something: a claim's speaker. */
export const SPEAKER_TYPES = new Set(['Person', 'Organization', 'Place']);

/** Nouns that never make a topic node on their own, however often an article repeats them. */
const GENERIC_HEADS = new Set(
  `year years people area areas plan plans evidence report reports statement stand general here there thing things
  time times day days week weeks month months way ways part parts number numbers group groups member members
  official officials source sources issue issues case cases matter situation state states country countries nation
  nations city cities company companies firm firms government governments ban bans rule rules law laws bill bills
  decision decisions move moves step steps action actions effort efforts work result results level levels rate
  rates fact facts news information comment comments support subject doctor doctors car cars building buildings
  structure structures airline airlines owner owners nominee nominees candidate candidates voter voters resident
  residents protester protesters supporter supporters critic critics victim victims majority majorities minority
  minorities share shares total brother brothers sister sisters son sons daughter daughters wife husband father
  mother parents family families child children relationship relationships relation relations administration
  administrations regime regimes presidency`.split(/\s+/),
);
/** First words that make a phrase a description rather than a topic ("largest fleet", "incredible suffering"). */
const EVALUATIVE = new Set(
  `new old other existing current recent former latest largest biggest greatest smallest first last next previous
  incredible huge large small big major minor many several various certain such own same whole entire good bad
  best worst great similar`.split(/\s+/),
);
/** Suffixes of abstract single-word topics ("abortion", "terrorism", "immunity"). */
const TOPIC_SUFFIX = /(?:ion|ism|ity|ics|ment|ance|ence|cy|ure|ship|hood)$/;

/** True when a concept is a topic a reader would keep as a node. */
export function conceptPasses(e: Pick<Entity, 'name' | 'mentions'>): boolean {
  const name = e.name.trim();
  const words = name.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  const lastTwo = words.slice(-2).join(' ');
  // "presidential nominee", "Vice Presidents", "founding father": a position, not a topic.
  if (OFFICE_TYPES.has(nounType(head) ?? '') || OFFICE_TYPES.has(nounType(lastTwo) ?? '')) return false;
  if (/[\p{Lu}\p{N}]/u.test(name)) return true; // "COVID-19", "Due Process Clause"
  if (GENERIC_HEADS.has(head) || PEOPLE_GROUP_HEADS.has(head)) return false;
  if (words.length >= 2) return !EVALUATIVE.has(words[0]);
  return TOPIC_SUFFIX.test(head) && e.mentions.length >= 3;
}

/** Ids of the entities an edge may end on. */
export function edgeEnds(entities: readonly Entity[]): Set<string> {
  return new Set(
    entities.filter((e) => NAMED_TYPES.has(e.type) || (e.type === 'Concept' && conceptPasses(e))).map((e) => e.id),
  );
}

/** Light verbs whose fallback edge says nothing ("X has Y", "X made Y"); "headed to X" moves like "went to X";
 * "was born Peter Baker" gives a name, not a second thing. */
const LIGHT_LEMMAS = new Set(
  `be have do make get take give go come head put keep let set become seem remain include say see find show want
  need like know think feel accord bear born`.split(/\s+/),
);
/** A verb predicate longer than a clause is not a predicate. */
export const MAX_PREDICATE_WORDS = 7;

/** What each end of a typed edge can be: nobody leads or appoints a topic, a place is in a place or body. */
const SIGNATURES: Record<string, { subject?: string[]; object?: string[] }> = {
  LEADS: { subject: ['Person', 'Organization'], object: ['Organization', 'Place', 'Event'] },
  WORKS_FOR: { subject: ['Person', 'Organization'], object: ['Organization', 'Place', 'Person'] },
  FOUNDED: { subject: ['Person', 'Organization', 'Place'], object: ['Organization', 'Product', 'Event'] },
  APPOINTS: { object: ['Person'] },
  // Nobody makes a person: "asked Norland to release Tom Hale" frees him (no album released).
  CREATES: { object: ['Organization', 'Place', 'Product', 'Event', 'Concept'] },
  LOCATED_IN: { object: ['Place', 'Organization'] },
  MEETS: { subject: ['Person', 'Organization', 'Place'], object: ['Person', 'Organization', 'Place'] },
  // One partners with an actor: "joined the presidential race" or "joined the protests" makes no partner.
  PARTNERS_WITH: { subject: ['Person', 'Organization', 'Place'], object: ['Person', 'Organization', 'Place'] },
  // One competes with a rival, not in a contest ("opted not to compete in the primaries").
  COMPETES_WITH: { object: ['Person', 'Organization', 'Place'] },
  DEFEATS: { object: ['Person', 'Organization', 'Place'] },
  RELATIVE_OF: { subject: ['Person'], object: ['Person'] },
  // A stance is held by someone, or a gathering of them ("the summit denounced …"): "rocky planets can
  // support a hydrogen-rich atmosphere", "the game supports multiplayer servers" back nothing.
  SUPPORTS: { subject: ['Person', 'Organization', 'Place', 'Event'] },
  CRITICIZES: { subject: ['Person', 'Organization', 'Place', 'Event'] },
};

/** End-type pairs a typed edge never joins, whatever each end may be alone: a person is no part of a place
 * ("killed 12 people in Lima, including Tom Hale"), nor anything a part of a person ("tributes to Ann Cole,
 * including an airing of …"); an organisation serving a place is not employed by it ("the airline serves
 * Quito"). */
const NEVER_PAIRS: Record<string, Array<[string, string]>> = {
  PART_OF: [
    ['Person', 'Place'],
    ['*', 'Person'],
  ],
  WORKS_FOR: [['Organization', 'Place']],
};
/** Relations that put their subject inside one place or body. */
const PLACED_TYPES = new Set(['PART_OF', 'LOCATED_IN']);
/** Modals and auxiliaries say nothing as a predicate's main verb ("“We will sue Acme,” NATO said" when the
 * tagger took "sue" for a noun). */
const MODAL_LEMMAS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'did']);
// ("chaired region six of the party", "led the Idaho branch of Acme": a numbered or named part too.)
const PARTITIVE =
  /\b(?:part|parts|portion|half|section|wing|leg|region|branch|chapter|division|faction)(?:\s+\S+)?\s+of$/i;
/** "damaged similar regions to Typhoon Haiyan", "took the same route as Ann Cole": the object after a likeness
 * word is what the subject's object is compared with, not what the verb reached. */
const COMPARED = /\b(?:similar|same|comparable|identical)\b(?:\s+\S+){0,3}\s+(?:to|as)$/i;

/** Prepositions of what remarks are about ("commented on the vote"). */
export const TOPIC_PREPS: ReadonlySet<string> = new Set(['on', 'about']);

/** "Parker spoke to the Post in July" only says an interview took place; "speaking to the Atlantic Council,
 * Mitsotakis called the deal “null and void”" reports what was said to it: a quotation or another
 * reporting verb in the sentence. */
function saysSomething(view: SentenceView, d: TripleDraft): boolean {
  const otherSpeech = view.chunks.some((c) => c.kind === 'VG' && c !== d.verb && verbType(c.lemma) === 'SAYS');
  // "stated to the CBC that …": what was said follows the addressee.
  const content = view.toks.some((t, k) => k > d.to && t.normal === 'that');
  // "commented on the vote to the Post": what the remarks were about is said (`remarks-to`).
  const topic = TOPIC_PREPS.has(view.toks[d.verb!.to + 1]?.normal ?? '');
  return otherSpeech || content || topic || view.quotes.length > 0;
}

/** The word right after the verb group is "to". */
const toAfterVerb = (view: SentenceView, d: TripleDraft) => view.toks[d.verb!.to + 1]?.normal === 'to';

const isNamed = (view: SentenceView, id: string) => NAMED_TYPES.has(view.types.get(id) ?? '');
/** A concept written as a name in this sentence ("tested positive for COVID-19", "left over Brexit"): a
 * fallback edge to it names something as definite as a named entity; a lower-case topic does not. */
const namedConcept = (view: SentenceView, id: string) =>
  view.types.get(id) === 'Concept' &&
  view.toks.some((t, k) => view.entityAt[k] === id && /^[\p{Lu}\p{N}]/u.test(t.text));

/** A clause boundary (comma, semicolon, colon, dash) between two token positions: "asked whether it was
 * a stroke, Trump alleged …" asserts what follows. */
const closedBefore = (view: SentenceView, from: number, to: number) =>
  view.toks.slice(from, to).some((t) => /[,;:—–]/.test(t.post));

/** "New Hampshire crash kills seven": an accident kills, but attacks no one. */
const accident = (view: SentenceView, id: string) =>
  view.types.get(id) === 'Event' && view.toks.some((t, k) => view.entityAt[k] === id && ACCIDENT_HEADS.has(t.normal));

/** "struck a guard rail", "hit a tree": what one hits or strikes that is no actor nor place is run into. */
const collision = (view: SentenceView, d: TripleDraft) =>
  !!d.verb && ['hit', 'strike'].includes(d.verb.lemma) && view.types.get(d.object) === 'Concept';

/** "at a Frederick, Maryland assisted living facility": a verb form right after names that "a"/"an" opens
 * modifies the noun after it (a clause's subject takes no indefinite article before a bare place name). */
function modifierAfterIndefinite(view: SentenceView, from: number): boolean {
  let k = from - 1;
  // Only a place's own name and a past form: "A Boeing 737 crashed near Addis Ababa" has a subject, and "an
  // Iraqi air base housing U.S. troops" a reduced relative.
  if (view.types.get(view.entityAt[k] ?? '') !== 'Place' || !/^\p{Lu}/u.test(view.toks[k].text)) return false;
  if (!/ed$/.test(view.toks[from].normal)) return false;
  while (k > 0 && view.entityAt[k - 1]) k--;
  return /^an?$/.test(view.toks[k - 1]?.normal ?? '');
}

const TRAVEL_LEMMAS = new Set(['travel', 'fly', 'arrive', 'dock']);

/** Nouns for how many of something there are ("a long list of senior officials", "a host of problems"): as a
 * concept object before "of" they name no thing acted on; their "of"-phrase does ("number" is a generic head,
 * no end at all). */
const COLLECTION_HEADS = new Set(
  'list series range host handful lot lots couple variety array set string raft slew spate dozens hundreds thousands scores'.split(
    ' ',
  ),
);

/** What one raises by speaking of it ("raised the issue", "raised concerns"); "raised the alert status",
 * "raised prices" lift a level. */
const RAISED_TOPICS = new Set(
  'issue issues question questions concern concerns matter matters topic topics subject point points case cases possibility prospect idea objection objections doubt doubts alarm allegation allegations complaint complaints'.split(
    ' ',
  ),
);
/** What is offered to one, whose rejection is a refusal, no criticism: "rejected an opening bid of £45m". */
const OFFERS = new Set(
  'bid bids offer offers request requests application applications invitation invitations'.split(' '),
);

/** "raised the alert status" lifts a level and mentions nothing (RAISED_TOPICS); "asked Tom Hale about the
 * strike / if he would stay" puts a question, "called Ohio for Smith" or
 * "called the election for Smith" a result, and "considering Tom Hale for the post" weighs a candidate: only "asked X to act / for help" urges, and "call" labels only
 * its direct object, followed by what it is called ("called Acme a fraud") or right after the thing named
 * ("Rapa Nui, also called Easter Island"; not "a site called Bacho Kiro", where the site is no entity). */
function bareComplementVerb(view: SentenceView, d: TripleDraft): boolean {
  const next = view.toks[d.to + 1];
  // "landed on the lawn flying Trump to the hospital": a verb of travel reaches the place it visits through a
  // preposition ("flew to Oslo"); its direct object is who or what it carries.
  if (d.predicate.type === 'VISITS' && TRAVEL_LEMMAS.has(d.verb!.lemma)) return !/\s/.test(d.predicate.text.trim());
  if (d.predicate.type === 'CRITICIZES' && d.verb!.lemma === 'reject') return OFFERS.has(view.toks[d.to].normal);
  if (d.predicate.type === 'URGES' && d.verb!.lemma === 'ask') return next?.normal !== 'to' && next?.normal !== 'for';
  if (d.predicate.type === 'MENTIONS' && d.verb!.lemma === 'raise' && view.types.get(d.object) === 'Concept')
    return !RAISED_TOPICS.has(view.toks[d.to].normal);
  // ("is considering Tom Hale, Bo Berg and Ed Lind for senior posts": weighing candidates for something.)
  if (d.predicate.type === 'LABELS' && d.verb!.to < d.to && weighedFor(view, d.to)) return true;
  if (d.predicate.type !== 'LABELS' || d.verb!.lemma !== 'call') return false;
  if (!/call\w*$/i.test(d.predicate.text) || next?.tags.has('Preposition')) return true;
  const ends = !next || /[.,;:!?)]/.test(view.toks[d.to].post);
  return ends && view.entityAt[d.verb!.from - 1] !== d.subject;
}

/** Whether a draft is sure enough to become an edge; `ends` from `edgeEnds`. */
export function keepDraft(d: TripleDraft, view: SentenceView, ends: ReadonlySet<string>): boolean {
  if (d.subject === d.object || !ends.has(d.subject) || !ends.has(d.object)) return false;
  if (d.predicate.type === 'ATTACKS' && (accident(view, d.subject) || collision(view, d))) return false;
  // "a Toronto-shot series", "a Paris-based firm": a participle hyphened onto a name is a modifier, no verb.
  if (d.verb && view.toks[d.verb.from - 1]?.post === '-' && view.entityAt[d.verb.from - 1]) return false;
  if (d.verb && modifierAfterIndefinite(view, d.verb.from)) return false;
  if (fragmentEnd(view, d.subject) || fragmentEnd(view, d.object)) return false;
  if (onlyInAcronymGloss(view, d.subject) || onlyInAcronymGloss(view, d.object)) return false;
  const pred = d.predicate;
  // "prosecuted a long list of senior officials": the list is no thing acted on.
  const head = view.toks[d.to];
  if (
    view.types.get(d.object) === 'Concept' &&
    COLLECTION_HEADS.has(head?.normal ?? '') &&
    view.toks[d.to + 1]?.normal === 'of'
  )
    return false;
  // "questioned whether West was running to help Trump": what an indirect question asks is not asserted.
  if (d.verb && view.toks.some((t, k) => t.normal === 'whether' && k < d.from && !closedBefore(view, k, d.from)))
    return false;
  // "led the Soviet part of the Apollo–Soyuz mission": the verb reaches a part of the object, not the object.
  if (d.verb && pred.type !== 'PART_OF' && PARTITIVE.test(pred.text)) return false;
  if (d.verb && COMPARED.test(pred.text)) return false;
  // A verb predicate longer than a clause is not a predicate.
  if (d.verb && (pred.text.split(/\s+/).length > MAX_PREDICATE_WORDS || /[“”"]/.test(pred.text))) return false;
  // Arguments never cross a quotation boundary: the span lies wholly inside or wholly outside each quote.
  if (view.quotes.some(([a, b]) => (d.from < a && d.to >= a && d.to <= b) || (d.from >= a && d.from <= b && d.to > b)))
    return false;
  // "asked citizens not approach the embassy": an untyped or negated act only asked for says nothing.
  if (d.verb && (pred.type === FALLBACK_TYPE || d.verb.negated) && requestedAct(view, d.verb)) return false;
  if (d.verb && MODAL_LEMMAS.has(pred.lemma.split(' ')[0])) return false;
  if (d.verb && INFINITIVE_ONLY.has(d.verb.lemma) && / to$/.test(pred.text) && toAfterVerb(view, d)) return false;
  if (joinWithoutPartner(view, d) || blamedCause(view, d) || ledToWin(view, d)) return false;
  if (d.verb && (bareComplementVerb(view, d) || aimAsAct(view, d) || prepositionalSubject(view, d))) return false;
  // "an insert meant to be cut up and used as toilet paper": "use" with "as" and no object of its own says
  // what the subject serves as; the subject is the thing used, it uses nothing.
  if (d.verb && d.verb.lemma === 'use' && !d.verb.passive && view.toks[d.verb.to + 1]?.normal === 'as') return false;
  if (wantedDone(view, d) || crossesRespective(view, d) || modifierObject(view, d) || leftInState(view, d))
    return false;
  if (memberWordEnd(view, d)) return false;
  const sig = SIGNATURES[pred.type];
  if (sig?.subject && !sig.subject.includes(view.types.get(d.subject) ?? '')) return false;
  if (sig?.object && !sig.object.includes(view.types.get(d.object) ?? '')) return false;
  const [st, ot] = [view.types.get(d.subject) ?? '', view.types.get(d.object) ?? ''];
  if (NEVER_PAIRS[pred.type]?.some(([s, o]) => (s === '*' || s === st) && o === ot)) return false;
  // "Tonga's parliament", "Wisconsin's election": a lower-case topic is one node for every article that uses the
  // word, so it is no part of one place or body (the graph would put every article's parliament in Tonga).
  if (PLACED_TYPES.has(pred.type) && st === 'Concept' && !namedConcept(view, d.subject)) return false;
  if (pred.type === 'SAYS') {
    // "X said …" is a claim, not an edge; only an addressee is: "told the Times", "spoke to reporters of Y".
    const addressee = ['Person', 'Organization'].includes(view.types.get(d.object) ?? '');
    // (an outlet that interviewed the speaker heard it: `outlet-source`)
    const told = pred.lemma === 'tell' || pred.lemma === 'interview';
    return addressee && (told || (/ to$/.test(pred.text) && saysSomething(view, d)));
  }
  if (pred.type === FALLBACK_TYPE) {
    const lemma = pred.lemma.split(' ')[0];
    // "debuted as Brodie Lee", "known as the Bard": "as" names what the subject is, not a second thing.
    if (/ as$/i.test(pred.text)) return false;
    return (
      !!d.verb &&
      !LIGHT_LEMMAS.has(lemma) &&
      isNamed(view, d.subject) &&
      (isNamed(view, d.object) || namedConcept(view, d.object))
    );
  }
  return true;
}

/** The object ending at token `to`, alone or in a list of objects, is followed by "for" ("considering Tom Hale,
 * Ann Cole and Bo Berg for senior posts"). */
function weighedFor(view: SentenceView, to: number): boolean {
  const ch = view.chunks;
  let c = ch.findIndex((x) => x.from <= to && to <= x.to);
  // (list items only, after a comma or "and": "called Trump a national embarrassment for …" gives the label)
  const listed = (k: number) =>
    ch[k + 1]?.kind === 'CONJ' ||
    (ch[k + 1]?.kind === 'NP' && (ch[k].kind === 'CONJ' || /,/.test(view.toks[ch[k].to].post)));
  while (listed(c)) c++;
  const next = ch[c + 1];
  return next?.kind === 'PREP' && view.toks[next.from].normal === 'for';
}
