// Builds a triple's predicate from a verb group (and an optional nominal head such as "sanctions"):
// the vocabulary type, the lemma that decided it and the raw phrase.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { FALLBACK_TYPE, OFFICE_TYPES, nounType, phrasalType, tradePartner, verbType } from './vocabulary.js';
import { defers, mayEnd, undoes } from './reversal-verbs.js';

/** Verbs whose object noun carries the meaning ("imposed sanctions on", "expand sanctions on"). */
const LIGHT_VERBS = new Set([
  'expand',
  'impose',
  'announce',
  'introduce',
  'extend',
  'tighten',
  'levy',
  'slap',
  'place',
  'put',
  'issue',
  'make',
  'take',
  'give',
  'have',
  'hold',
  'conduct',
  'carry out',
  'sign',
  'reach',
  'strike',
  'seal',
  'announce',
  'unveil',
  'pay',
  'be',
  'face',
  'increase',
  'raise',
  'step up',
  'threaten',
  'plan',
  'seek',
  'approve',
  'launch',
  'complete',
  'finalize',
  'agree',
  'claim',
  'win',
  'secure',
  'record',
]);
/** Verbs that hand out or bear a penalty ("imposed a penalty on", "faces penalties"). */
const PENALTY_VERBS = new Set([
  'impose',
  'levy',
  'issue',
  'slap',
  'hand',
  'pay',
  'face',
  'seek',
  'threaten',
  'announce',
]);
/** "saved a penalty from Salah", "missed a penalty": after any other verb a penalty is a kick, no sanction. */
const penaltyKick = (noun: string, main: string, base: string) =>
  /^penalt(?:y|ies)$/i.test(noun) && !PENALTY_VERBS.has(main) && !PENALTY_VERBS.has(base);

/** "lost the nomination to X", "forfeited the election": what the noun names went to someone else, so the
 * noun's relation ("nomination" APPOINTS) is not the subject's; only the verb phrase is left. */
const LOSS_VERBS = new Set(['lose', 'forfeit', 'concede']);
/** "became leader of X", "assumed the chairmanship of X": a role noun's relation is the subject's only after a
 * verb of being or taking; "interviewed the chief executive of Acme" met someone who leads Acme. */
const HOLDING_VERBS = new Set(
  'be become remain stay serve assume take win hold keep retain seize resume regain reclaim claim secure inherit accept'.split(
    ' ',
  ),
);

/** Whether the role `noun` names after the verb `lemma` is held by someone other than the subject. */
export function roleOfAnother(lemma: string, noun: string): boolean {
  return OFFICE_TYPES.has(nounType(noun) ?? '') && !HOLDING_VERBS.has(lemma.split(' ')[0]);
}

/** "has alleged ties to X", "had suspected links with Y": after "have" such a participle right before its noun
 * is the noun's adjective (a hedge), and the verb is "have"; "alleged" here accuses no one. */
const HEDGE_PARTICIPLES = new Set(['alleged', 'suspected', 'reported', 'purported', 'rumored', 'rumoured']);
const HAVE = new Set(['has', 'have', 'had', 'having']);

function adjectivalParticiple(view: SentenceView, vg: Chunk, noun: string): boolean {
  const last = view.toks[vg.to];
  if (!HEDGE_PARTICIPLES.has(last?.normal) || !HAVE.has(view.toks[vg.to - 1]?.normal ?? '')) return false;
  // The noun follows at once or after one modifier ("has alleged close ties"), with no determiner between.
  const n = noun.toLowerCase();
  return (
    [1, 2].some((d) => view.toks[vg.to + d]?.normal === n) && !/^(the|a|an)$/.test(view.toks[vg.to + 1]?.normal ?? '')
  );
}

/** The verb's object is "part"/"parts" and no "of" follows it ("makes parts for Airbus"). */
function suppliedParts(view: SentenceView, vg: Chunk, noun: string): boolean {
  if (!/^parts?$/i.test(noun)) return false;
  const at = view.toks.findIndex((t, k) => k > vg.to && t.normal === noun.toLowerCase());
  return at > 0 && view.toks[at + 1]?.normal !== 'of';
}

/** A noun phrase's head for the vocabulary: its last two words when they make one of its nouns ("prime minister",
 * "chief executive": both lead, where "minister" and "executive" work for), else its head word. */
export function compoundHead(view: SentenceView, np: Chunk): string {
  const two = np.to > np.from ? `${view.toks[np.to - 1].normal} ${np.headWord}` : '';
  return np.headWord === view.toks[np.to].normal && two && nounType(two) ? two : np.headWord;
}

export function makePredicate(
  view: SentenceView,
  vg: Chunk,
  textEnd: number,
  noun?: string,
): { type: string; lemma: string; text: string } {
  const text = view.slice(vg.from, textEnd).replace(/[\s,;:“”"]+$/u, '');
  const main = vg.lemma;
  const base = main.split(' ')[0];
  const mainType = verbType(main);
  const vType = mainType ?? verbType(base);
  const nType = noun && !penaltyKick(noun, main, base) ? nounType(noun) : undefined;
  const light =
    LIGHT_VERBS.has(main) || LIGHT_VERBS.has(base) || !vType || (!!noun && adjectivalParticiple(view, vg, noun));
  // "cut aid to X": the aid ended or only lessened, so neither it nor its end is told.
  if (nType && mayEnd(main, noun!)) return { type: FALLBACK_TYPE, lemma: main, text };
  if (nType && roleOfAnother(main, noun!)) return { type: FALLBACK_TYPE, lemma: main, text };
  // "postponed a trip to Oslo": the act is put off, neither done nor undone, and the verb did nothing to Oslo.
  if (nType && defers(main)) return { type: FALLBACK_TYPE, lemma: main, text };
  // "makes parts for Airbus": parts made for a buyer are supplied to it; only "part of" says whose part.
  if (nType === 'PART_OF' && suppliedParts(view, vg, noun!)) return { type: FALLBACK_TYPE, lemma: main, text };
  if (nType && !undoes(main, noun) && light && !LOSS_VERBS.has(base)) {
    return { type: nType, lemma: noun!.toLowerCase().replace(/s$/, '') || noun!, text };
  }
  // Phrasal verbs before bare verbs: "called on X" urges, "ran for X" leads nothing.
  // "works closely with": an adverb between the verb and its particle leaves the phrasal verb whole.
  let at = vg.to + 1;
  while (at < textEnd && view.toks[at]?.tags.has('Adverb') && /ly$/.test(view.toks[at].normal)) at++;
  const next = textEnd > vg.to ? view.toks[at]?.normal : undefined;
  const phrasal = noun ? undefined : phrasalType(main, next);
  if (phrasal && !tradePartner(phrasal, next)) return { type: phrasal, lemma: main, text };
  if (tradePartner(phrasal ?? vType ?? '', next)) return { type: FALLBACK_TYPE, lemma: main, text };
  // "ran in Vienna", "headed to Paris": a leading verb reaching its object through a preposition is used in
  // another sense (moving, racing, ruling on), so what follows is not what the subject leads.
  const particle = main.includes(' ') && !mainType;
  if (vType === 'LEADS' && !noun && (particle || next !== undefined)) {
    return { type: FALLBACK_TYPE, lemma: main, text };
  }
  // "stayed with the Lakers", "lives with her aunt": whom one stays with is company, not a location.
  if (vType === 'LOCATED_IN' && next === 'with') return { type: FALLBACK_TYPE, lemma: main, text };
  if (vType && !undoes(main, noun)) return { type: vType, lemma: main, text };
  return { type: FALLBACK_TYPE, lemma: main || (noun ?? ''), text };
}

/** Predicate named by a noun alone ("China's leader", "sanctions on X by Y"). */
export function nounPredicate(
  noun: string,
  text: string,
  fallbackLemma = noun,
): { type: string; lemma: string; text: string } {
  const type = nounType(noun);
  return { type: type ?? FALLBACK_TYPE, lemma: type ? noun.toLowerCase() : fallbackLemma.toLowerCase(), text };
}

/** Joining a body makes a person or a country a member of it, not its partner ("Norland joined the
 * alliance"); joining talks, a war or a race makes anyone a party to it (the gate lets no event be a partner).
 * `type` is the verb's, S and O the entities joined. */
export const memberType = (view: SentenceView, S: string, O: string, type: string) =>
  type === 'PARTNERS_WITH' &&
  ((['Person', 'Place'].includes(view.types.get(S) ?? '') && view.types.get(O) === 'Organization') ||
    view.types.get(O) === 'Event')
    ? 'PART_OF'
    : type;
