// Word classes for the chunker: each token of a sentence is read as noun material, verb, negation, adverb,
// particle, "to", preposition, conjunction or clause opener, from compromise's tags repaired in context
// ("the firms" is a noun, "crashed near San Diego" has a preposition, "decided to sanction Peru" a verb).
// Entity mentions found by the entity stage are always noun material.
import type { Token } from '../tokens.js';
import { verbType } from './vocabulary.js';
import { lexiconTags } from '../lexicon-tags.js';
import { aloneTags } from '../common-word.js';
import { takesInfinitive } from './control-nouns.js';
import type { ChunkKind } from './chunks.js';
import { sayingAfterNoun } from '../entities/lexicon/speech-gerunds.js';
import { objectHeadNoun } from './object-head-noun.js';
import { nounAfterPastVerb } from './noun-after-past-verb.js';
import { coordinatedInfinitive } from './coordinated-infinitive.js';
import { pluralHeadNoun } from './plural-head-noun.js';
import { hasBreak } from './token-break.js';
import { POSSESSIVE_DETERMINERS } from '../entities/lexicon/pronouns.js';
import { progressiveNoun } from './progressive-noun.js';
import { commaParticiple } from './comma-participle.js';
import { compoundBeforeVerb, verblessPlural } from './headline-compound.js';
import { participleModifier } from './participle-modifier.js';
import { unchangedPast } from './unchanged-past.js';
import { bracketGlossEnd } from './bracket-gloss.js';
import { singularKindNoun } from './singular-kind-noun.js';
import { verbAfterApposition } from './after-apposition.js';
import { gerundModifier } from './gerund-modifier.js';
import { compoundGerund } from './compound-gerund.js';
import { sayingAfterQuotation, speakerModifier } from './speaker-modifier.js';
import { possessedGerund } from './possessed-gerund.js';
import { actingTitle } from './acting-title.js';

export type Cls = 'N' | 'V' | 'NEG' | 'ADV' | 'PART' | 'TO' | ChunkKind;

const REL = new Set(['who', 'which', 'whom', 'whose']);
const SUB = new Set([
  'while',
  'although',
  'though',
  'because',
  'whereas',
  'unless',
  'if',
  'when',
  'whether',
  'where',
  'how',
  'why',
]);
const SUB_OR_PREP = new Set(['as', 'after', 'before', 'since', 'until']);
/** Adverbs and adjectives of side that are prepositions before a noun phrase ("outside the court"). */
const SIDE_PREPOSITIONS = new Set(['outside', 'inside']);
/** Possessive determiners that are never objects. */
const OWNER_WORDS = new Set(['his', 'its', 'their', 'our', 'my', 'your']);
/** Words that make a count approximate ("about 300", "around 1,500"): before a number no preposition. */
const APPROXIMATORS = new Set(['about', 'around']);
/** Token i is such a word before a count (not a year: "talked about 2020") with a noun after the count. */
const approximates = (toks: Token[], i: number) =>
  APPROXIMATORS.has(toks[i].normal) &&
  !hasBreak(toks[i]) &&
  /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$/.test(toks[i + 1]?.text ?? '') &&
  !!toks[i + 2]?.tags.has('Noun');
const CONJ = new Set(['and', 'or', 'but', 'nor']);
/** Words compromise may tag as adjectives or nouns that are prepositions before a noun phrase ("crashed
 * near San Diego", "won the vote over Ann Cole", "a lawsuit against Montana", "hosted a show on RTV",
 * "the UN under president Ann Cole", "finished second behind Ann Cole"); after a determiner they stay what
 * they were ("the near future"). */
export const LOOSE_PREPS = new Set([
  'near',
  'over',
  'against',
  'across',
  'amid',
  'amidst',
  'despite',
  'aboard',
  'atop',
  'on',
  'under',
  'into',
  'onto',
  'upon',
  'behind',
]);
/** Verbs taking a gerund ("denies having bought", "admits taking"): a plural-looking form before one is a verb. */
const GERUND_TAKERS =
  /^(?:denies|admits|acknowledges|regrets|recalls|considers|avoids|proposes|suggests|recommends|advocates|endorses|favou?rs|stops|ceases|quits)$/;
/** Pronouns that can only be a clause's subject. */
export const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they']);
/** A subject pronoun, also written with a contracted verb ("I'm", "they're", "she'll"). */
export const subjectPronoun = (normal: string): boolean =>
  SUBJECT_PRONOUNS.has(normal.replace(/['’](?:m|s|re|ve|d|ll)$/, ''));
/** Determiners that only ever open a noun phrase ("these" and "that" can stand alone as subjects). */
const ARTICLES = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'several',
  'various',
  'every',
  'no',
  'each',
]);
/** "non-profit", "non-executive": the parser splits off "non" as a negation; it is part of the modifier and
 * negates no verb ("airlifted by Berlin non-profit Cinema for Peace" names its agent). */
export const negationPrefix = (t: Token) => t.normal === 'non' && t.tags.has('Hyphenated');
export const isVerbTag = (t: Token) =>
  t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula');
/** "an idea that officials in Washington have greeted": a present -s form the parse read as a verb that
 * English has only as a plural noun ("officials", "residents"; "costs", "rises" are verbs too). */
const pluralNounOnly = (t: Token) => {
  if (!t.tags.has('PresentTense') || isAux(t) || !/\p{Ll}s$/u.test(t.text)) return false;
  // (a plural the lexicon lists, not one the tagger guessed from its ending: "hails from Arizona")
  return lexiconTags(t.normal).includes('Plural') && !(aloneTags(t.normal) ?? []).includes('Verb');
};
const isAux = (t: Token) => t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula');
const isNounish = (t: Token) =>
  ['Noun', 'Pronoun', 'Determiner', 'Adjective', 'Value', 'ProperNoun', 'Possessive', 'Date'].some((g) =>
    t.tags.has(g),
  );

/** "decided to sanction Peru", "the decision to sanction Peru": after a verb or a decision noun and "to", a singular noun-tagged word with a verb sense right before
 * a name is the infinitive ("a threat to peace" has no name after it, "referred to support groups" no verb
 * before "to"). So is a word the lexicon does not know at all, the tagger's guess, after a verb of will ("votes
 * to impeach President Tom Hale"); a title may stand before the name. */
function bareVerbAfterTo(toks: Token[], entityAt: (string | undefined)[], i: number): boolean {
  const w = toks[i + 1];
  const title = toks[i + 2]?.tags.has('Honorific') && !entityAt[i + 2] && !hasBreak(toks[i + 2]);
  return (
    !!w &&
    !entityAt[i + 1] &&
    !!entityAt[title ? i + 3 : i + 2] &&
    (isVerbTag(toks[i - 1] ?? w) || takesInfinitive(toks[i - 1]?.normal ?? '')) &&
    !hasBreak(toks[i]) &&
    !hasBreak(w) &&
    w.tags.has('Singular') &&
    (!!verbType(w.normal) || (willed(toks[i - 1]) && /^\p{Ll}+$/u.test(w.text) && !lexiconTags(w.normal).length))
  );
}
/** Verbs after which "to" can only open an infinitive ("talked to eyewitness Ann Cole" is a preposition). */
const WILL_VERBS = new Set(
  'vote decide move agree plan seek try attempt threaten promise pledge vow refuse fail want intend aim'.split(' '),
);
const willed = (t: Token | undefined) => !!t && isVerbTag(t) && WILL_VERBS.has(t.root ?? t.normal);

/** "Johnson's stated intent", "Tom Hale's planned trip": the parser reads a name's "'s" before a past form as
 * "has" (or "is", an empty auxiliary token after the name), but "has stated" takes its object with a determiner
 * ("has stated his intent"); before a bare common noun the "'s" is possessive and the past form describes the
 * noun, also with a name modifying that noun ("Theresa May's proposed Brexit deal"). */
function possessedParticiple(toks: Token[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1]?.text === '' && i > 1 ? toks[i - 2] : toks[i - 1];
  let n = i + 1;
  while (toks[n] && /^\p{Lu}/u.test(toks[n].text) && toks[n].tags.has('ProperNoun') && !hasBreak(toks[n - 1])) n++;
  const next = toks[n];
  return (
    /['’]s$/.test(prev.text) &&
    prev.tags.has('ProperNoun') &&
    t.tags.has('PastTense') &&
    !!next &&
    !hasBreak(toks[n - 1]) &&
    /^\p{Ll}/u.test(next.text) &&
    next.tags.has('Noun') &&
    !['Pronoun', 'Determiner', 'Value', 'Possessive'].some((g) => next.tags.has(g))
  );
}

/** "CHAZ … or CHOP (Capitol Hill …)": a word in capitals is an acronym or a name, never a verb, unless the
 * whole sentence is written in capitals (a shouted headline). */
const capitalised = (t: Token) => /^\p{Lu}{2,}$/u.test(t.text);

/** Verbs whose object noun carries the act ("made stops", "held talks", "took steps"); after them, and after a
 * past verb of saying, a present -s form is a plural noun. */
// ("launched airstrikes on", "staged raids", "ordered strikes": verbs of starting an operation likewise.)
const LIGHT_ROOTS = new Set(
  'make take hold give have conduct launch stage mount order resume intensify impose announce'.split(' '),
);
function lightObject(toks: Token[], cls: Cls[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  return (
    !!prev &&
    cls[i - 1] === 'V' &&
    !hasBreak(prev) &&
    (LIGHT_ROOTS.has(prev.root ?? prev.normal) ||
      // "said refunds were offered": after a verb of saying, the clause's subject.
      (prev.tags.has('PastTense') && verbType(prev.root ?? prev.normal) === 'SAYS')) &&
    /s$/.test(t.normal) &&
    t.tags.has('PresentTense') &&
    !t.tags.has('Auxiliary') &&
    !t.tags.has('Copula')
  );
}

/** Words before a subject that make a bare verb after it a base form: a modal ("should Pierluisi remain"),
 * "to" and the verbs of letting and making ("let Ann Cole remain"). */
const BASE_GOVERNORS = new Set(['to', 'let', 'lets', 'make', 'makes', 'made', 'help', 'helped', 'see', 'saw', 'watch']);
function governedBase(toks: Token[], cls: Cls[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && cls[k - 1] === 'N' && !hasBreak(toks[k - 1])) k--;
  const before = toks[k - 1];
  return !!before && (before.tags.has('Modal') || BASE_GOVERNORS.has(before.normal));
}

/** A heading in title case ("Police Shoot Man Dead After Knife Attack"): fewer than two lower-case words
 * other than short function words; its capitals say nothing about word class. */
function titleCase(toks: Token[]): boolean {
  return toks.filter((t) => /^\p{Ll}/u.test(t.text) && t.text.length > 3).length < 2;
}

/** "The Hill, Time Magazine, Mediaite", "Chair In Global Islamic Politics": in running prose a writer
 * capitalises a verb only inside a name or title, so a capitalised word the tagger calls a verb, not the
 * first of its clause, is noun material. */
function namedVerb(toks: Token[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  return (
    i > 0 &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    !/[:;"“‘'(—–-]\s*$/u.test(prev.post) &&
    !/["“‘'(]/u.test(t.pre) &&
    !/[.!?]["”’']?\s*$/u.test(prev.post)
  );
}

/** Forms of the verbs of saying that take a clause with no "that". */
const SAYING_FORMS = new Set(
  'say says said saying state states stated add adds added claim claims claimed report reports reported note noted'.split(
    ' ',
  ),
);

/** "said police arrested Tom Hale", "said staff had left": a bare verb form right after a verb of saying and
 * before another verb (past, with an ending, or an auxiliary) is the subject of what was said ("police",
 * "staff"), not a second verb of the saying's group. */
function reportedSubject(toks: Token[], cls: Cls[], i: number): boolean {
  const [t, prev, next] = [toks[i], toks[i - 1], toks[i + 1]];
  return (
    cls[i] === 'V' &&
    cls[i - 1] === 'V' &&
    !!prev &&
    !!next &&
    SAYING_FORMS.has(prev.normal) &&
    !hasBreak(prev) &&
    !hasBreak(t) &&
    !isAux(t) &&
    !t.tags.has('PastTense') &&
    !t.tags.has('Gerund') &&
    isVerbTag(next) &&
    (next.tags.has('PastTense') || isAux(next) || (next.tags.has('PresentTense') && /s$/.test(next.normal)))
  );
}

/** Verbs, in any form, whose object may be a gerund naming an act only thought of or kept from. */
const GERUND_OBJECT_TAKERS =
  /^(?:consider|weigh|contemplate|mull|discuss|explore|propose|suggest|recommend|avoid|resist|risk|oppose|favou?r|endorse)(?:s|es|ed|d|ing)?$/;

/** "is considering buying Beta Ltd", "weighed suing Acme Corp": an -ing word the parse took for a noun, right
 * after such a verb and before a name or a determiner, is the verb's gerund (the act only considered). */
function gerundAfterTaker(toks: Token[], cls: Cls[], entityAt: (string | undefined)[], i: number): boolean {
  const [t, prev, next] = [toks[i], toks[i - 1], toks[i + 1]];
  return (
    cls[i] === 'N' &&
    !entityAt[i] &&
    /ing$/.test(t.normal) &&
    !!prev &&
    cls[i - 1] === 'V' &&
    GERUND_OBJECT_TAKERS.test(prev.normal) &&
    !hasBreak(prev) &&
    !hasBreak(t) &&
    !!next &&
    (!!entityAt[i + 1] || next.tags.has('Determiner'))
  );
}

/** Prepositions before a noun phrase (the parse also tags "who" one: "the Representatives who voted against"). */
const NOUN_PREPOSITIONS = new Set(
  'by for of with from among against about on in at after before between despite including over under'.split(' '),
);

/** Token i is a phrasal verb's bare form, its particle after it, right after a name that "the" opens (a
 * collective name may take a plural verb, "the Taliban meet in Doha": only the parse's phrasal verb counts). */
function namedBareNoun(toks: Token[], entityAt: (string | undefined)[], i: number): boolean {
  const t = toks[i];
  const e = entityAt[i - 1];
  const particle = toks[i + 1]?.tags.has('PhrasalVerb') && !hasBreak(t);
  if (!e || !particle || !t.tags.has('PhrasalVerb') || t.tags.has('PastTense') || /(?:ing|ed|s)$/.test(t.normal))
    return false;
  let k = i - 1;
  while (k > 0 && entityAt[k - 1] === e) k--;
  return !hasBreak(toks[i - 1]) && toks[k - 1]?.normal === 'the' && !/s$/.test(toks[i - 1].normal);
}

/** A name opens at token k and a verb (not a word that may be a noun) follows it. */
function nameThenVerb(toks: Token[], entityAt: (string | undefined)[], k: number): boolean {
  const id = entityAt[k];
  if (!id) return false;
  let end = k;
  while (entityAt[end + 1] === id) end++;
  const next = toks[end + 1];
  return !!next && isVerbTag(next) && !next.tags.has('Noun');
}

export function classify(toks: Token[], entityAt: (string | undefined)[]): Cls[] {
  const shouted = toks.every((t) => !/\p{Ll}/u.test(t.text));
  const titled = titleCase(toks);
  // A name's "'s" with nothing after it ("the island's only airport").
  const owned = (k: number) => /\p{L}['’]s$/u.test(toks[k]?.text ?? '') && !hasBreak(toks[k]);
  const cls: Cls[] = toks.map((t, i) => {
    if (entityAt[i]) return 'N';
    const w = t.normal;
    if (REL.has(w)) return 'REL';
    if (w === 'that') {
      // Sentence-initial or after a preposition, "that" is a pronoun or determiner, not a complementiser.
      if (i === 0 || toks[i - 1].tags.has('Preposition')) return 'N';
      // "alleges, among other things, that Acme …": after an aside, before a name or a subject pronoun.
      if (/,/.test(toks[i - 1].post) && (entityAt[i + 1] || subjectPronoun(toks[i + 1]?.normal ?? ''))) return 'COMP';
      // "pledged in 2020 that Acme would sell", "warned in 2020 that it would": before a subject pronoun, or a
      // name with a verb right after it, "that" opens a clause (a demonstrative takes a noun: "that Acme plant").
      // (After a noun it may be the noun's own clause, which the claims read whole: "denied claims that Cole …".)
      const afterNoun = toks[i - 1].tags.has('Noun') && !toks[i - 1].tags.has('Value') && !toks[i - 1].tags.has('Date');
      if (!afterNoun && (subjectPronoun(toks[i + 1]?.normal ?? '') || nameThenVerb(toks, entityAt, i + 1)))
        return 'COMP';
      const afterVerb = !!toks[i - 1] && isVerbTag(toks[i - 1]);
      return !afterVerb && t.tags.has('Determiner') && toks[i + 1] && isNounish(toks[i + 1]) && !isVerbTag(toks[i + 1])
        ? 'N'
        : 'COMP';
    }
    // "the in-person convention", "face-to-face talks": a preposition written into a hyphened word is part of
    // a modifier, not a preposition taking what follows as its object.
    if (t.post === '-' && toks[i + 1] && (t.tags.has('Preposition') || t.tags.has('Particle') || w === 'to'))
      return 'N';
    // "spoke to Wikinews back in July", "back then": "back" before a time or "home" is an adverb, not the verb.
    if (w === 'back' && ['in', 'then', 'home', 'when'].includes(toks[i + 1]?.normal ?? '')) return 'ADV';
    // "past" is no verb form ("passed" is): after a verb it is a preposition ("drove past the station"),
    // elsewhere an adjective ("and past interviewee Ann Cole", "the past year").
    if (w === 'past') return i > 0 && isVerbTag(toks[i - 1]) ? 'PREP' : 'N';
    // "whose party Tom Hale belonged to", "whose members sued": "whose" owns the noun after it, never a verb.
    if (toks[i - 1]?.normal === 'whose' && isVerbTag(t) && !t.tags.has('Auxiliary')) return 'N';
    // "the island's only airport": after a name's "'s" and "only" comes the owned noun (the parse reads "'s" as
    // "is"); "the plan's only beginning" keeps its -ing form.
    if (w === 'only' && owned(i - 1) && !!toks[i + 1] && !/(?:ing|ed)$/.test(toks[i + 1].normal)) return 'N';
    // "backed by jailed former prime minister Imran Khan", "for detained journalists": a past participle right
    // after a preposition, before a noun, an adjective or a name, modifies what follows.
    const after = toks[i + 1];
    if (
      /(?:ed|en)$/.test(w) &&
      (t.tags.has('PastTense') || t.tags.has('Participle')) &&
      NOUN_PREPOSITIONS.has(toks[i - 1]?.normal ?? '') &&
      !hasBreak(toks[i - 1]) &&
      !!after &&
      !isVerbTag(after) &&
      !NOUN_PREPOSITIONS.has(after.normal) &&
      ['Noun', 'Adjective', 'ProperNoun'].some((x) => after.tags.has(x))
    )
      return 'N';
    // "Microsoft's gaming division", "the firm's operating profit", "her connecting flight": an -ing word between
    // a possessive and a noun modifies the noun.
    const noun = toks[i + 1];
    if (
      /ing$/.test(w) &&
      (owned(i - 1) || POSSESSIVE_DETERMINERS.has(toks[i - 1]?.normal ?? '') || toks[i - 1]?.normal === 'her') &&
      !!noun &&
      noun.tags.has('Noun') &&
      !isVerbTag(noun) &&
      /^\p{Ll}/u.test(noun.text)
    )
      return 'N';
    if (
      isVerbTag(t) &&
      !t.tags.has('Auxiliary') &&
      !/(?:ing|ed)$/.test(w) &&
      toks[i - 1]?.normal === 'only' &&
      owned(i - 2)
    )
      return 'N';
    if (SUB.has(w)) return 'SUB';
    if (CONJ.has(w)) return 'CONJ';
    if (w === 'to') return 'TO';
    if (negationPrefix(t)) return 'N';
    // "no longer owns", "is no longer the chief": the relation has ended, as "stopped owning" says.
    // ("no longer-term plan" is a plan's kind)
    const noLonger = (k: number) =>
      toks[k]?.normal === 'no' && toks[k + 1]?.normal === 'longer' && !/-/.test(toks[k + 1].post);
    if (noLonger(i) || noLonger(i - 1)) return 'NEG';
    // A verb that carries a contracted "not" ("didn't", "wasn't") stays a verb; its group reads the negation.
    if (t.tags.has('Negative') && !t.tags.has('Verb')) return 'NEG';
    // "Cain, who, like Trump, ran …", "Like Acme, Beta sued": after a comma or at the start "like" compares;
    // it is no verb with the next name as its object (nor is "unlike" ever).
    if ((w === 'like' && (i === 0 || hasBreak(toks[i - 1]))) || w === 'unlike') return 'PREP';
    if (t.tags.has('Particle')) return 'PART';
    if (
      LOOSE_PREPS.has(w) &&
      // ("Under commonly understood legal theory, …": opening the sentence too)
      (i === 0 || !toks[i - 1].tags.has('Determiner')) &&
      toks[i + 1] &&
      !isVerbTag(toks[i + 1]) &&
      // "owed over $850,000", "over 2,000 residents": more than a number, not a preposition
      !toks[i + 1].tags.has('Value')
    )
      return 'PREP';
    // "the Atlantic Council think tank": a compound noun, not the verb "think".
    if (w === 'think' && /^tanks?$/.test(toks[i + 1]?.normal ?? '')) return 'N';
    // "is set to buy": after a form of "be", before "to", the participle of a
    // plan, which the tagger may read as a noun; the verb group goes on to the verb ("due to" may be "because of").
    if (w === 'set' && i > 0 && toks[i - 1].tags.has('Copula') && toks[i + 1]?.normal === 'to') return 'V';
    // "Norland police arrested Tom Hale": after a name or an article, the force, not the verb.
    if (w === 'police' && i > 0 && (!!entityAt[i - 1] || toks[i - 1].tags.has('Determiner'))) return 'N';
    if (verbAfterApposition(toks, entityAt, i)) return 'V';
    // "Ann Cole and Tom Hale own Acme Corp": "own" between a name and what is owned is the verb, which the parse
    // reads as the adjective of "their own company".
    const owner = toks[i - 1];
    if (w === 'own' && !!entityAt[i - 1] && !owner.tags.has('Pronoun') && !/['’]s?$/u.test(owner.text)) {
      const next = toks[i + 1];
      if (next && (!!entityAt[i + 1] || next.tags.has('Determiner'))) return 'V';
    }
    // "Samir Dilou said, “…”": the parse may tag "said" an adjective (as in "the said property"); only after a
    // determiner is it one.
    if (t.text === 'said' && !(i > 0 && toks[i - 1].tags.has('Determiner'))) return 'V';
    // "told supporters outside the assembly": before a determiner or a name, "outside" or "inside" is the
    // preposition, which the parse reads as the adjective of "the outside world".
    if (SIDE_PREPOSITIONS.has(w) && !(i > 0 && toks[i - 1].tags.has('Determiner'))) {
      const next = toks[i + 1];
      if (next && (!!entityAt[i + 1] || next.tags.has('Determiner'))) return 'PREP';
    }
    if (pluralNounOnly(t)) return 'N';
    if (isVerbTag(t)) return (capitalised(t) && !shouted) || (!titled && namedVerb(toks, i)) ? 'N' : 'V';
    if (t.tags.has('Preposition') || SUB_OR_PREP.has(w)) return 'PREP';
    if (t.tags.has('Adverb')) return 'ADV';
    if (isNounish(t)) return 'N';
    return 'OTHER';
  });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    if (participleModifier(toks, cls, i)) {
      cls[i] = 'N';
      if (cls[i - 1] === 'ADV') cls[i - 1] = 'N';
    }
    // "the firms", "new rules": a verb tag right after a determiner, adjective or possessive is a noun.
    if (
      cls[i] === 'V' &&
      prev &&
      cls[i - 1] === 'N' &&
      !hasBreak(prev) &&
      !t.tags.has('Auxiliary') &&
      !t.tags.has('Copula') &&
      ((prev.tags.has('Determiner') && ARTICLES.has(prev.normal)) ||
        // "NRK later reported": a comparative before a verb is an adverb of time.
        (prev.tags.has('Adjective') && !prev.tags.has('Comparative') && !entityAt[i - 1]) ||
        (prev.tags.has('Possessive') && !entityAt[i - 1]) ||
        possessedParticiple(toks, i) ||
        possessedGerund(toks, i))
    )
      cls[i] = 'N';
    if (cls[i] === 'V' && actingTitle(toks, i)) cls[i] = 'N';
    // "the Stabroek block in Guyana": a phrasal verb's bare form right after "the" and a name is a noun the
    // name modifies, and its particle a preposition again.
    if (cls[i] === 'V' && namedBareNoun(toks, entityAt, i)) {
      cls[i] = 'N';
      if (['PART', 'ADV'].includes(cls[i + 1]) && NOUN_PREPOSITIONS.has(toks[i + 1].normal)) cls[i + 1] = 'PREP';
    }
    // "his shot deflecting off …", "their plans": a verb tag right after a possessive determiner is a noun ("her"
    // may be an object: "let her go").
    if (cls[i] === 'V' && prev && OWNER_WORDS.has(prev.normal) && !hasBreak(prev) && !isAux(t)) cls[i] = 'N';
    // (the parse's empty "is" after the name goes with it: "May's proposed Brexit deal")
    if (cls[i] === 'V' && prev?.text === '' && possessedParticiple(toks, i)) cls[i] = cls[i - 1] = 'N';
    // "Firms linked to …", "Prices rose": a plural-looking present verb directly before another verb is a noun.
    if (
      cls[i] === 'V' &&
      t.tags.has('PresentTense') &&
      !t.tags.has('Auxiliary') &&
      /s$/.test(t.normal) &&
      (i === 0 || cls[i - 1] === 'N') &&
      toks[i + 1] &&
      isVerbTag(toks[i + 1]) &&
      !entityAt[i + 1] &&
      !hasBreak(t) &&
      !(GERUND_TAKERS.test(t.normal) && (toks[i + 1].tags.has('Gerund') || toks[i + 1].normal === 'having')) &&
      !sayingAfterQuotation(toks, i) &&
      // "Ann Cole says police are …": the verb of saying, with the subject of what it says after it.
      !reportedSubject(toks, cls, i + 1)
    )
      cls[i] = 'N';
    if (reportedSubject(toks, cls, i)) cls[i] = 'N';
    if (gerundAfterTaker(toks, cls, entityAt, i)) cls[i] = 'V';
    if (unchangedPast(toks, cls, entityAt, i)) cls[i] = 'V';
    if (compoundBeforeVerb(toks, cls, i)) {
      cls[i] = 'N';
      if (!entityAt[i + 1]) cls[i + 1] = 'V';
    }
    if (verblessPlural(toks, cls, entityAt, i)) cls[i] = 'V';
    if (
      gerundModifier(toks, cls, entityAt, i) ||
      speakerModifier(toks, cls, entityAt, i) ||
      compoundGerund(toks, cls, i)
    )
      cls[i] = 'N';
    // "The Trump campaign described …": a bare verb form between a singular noun and a past verb is a noun (a
    // singular subject would take "campaigns", and no finite verb is followed by another), unless a modal or
    // "to" governs it ("should Pierluisi remain unconfirmed", "let Ann Cole remain seated").
    if (
      cls[i] === 'V' &&
      t.tags.has('Infinitive') &&
      !isAux(t) &&
      // "proposed the fee be cut": a subjunctive "be" stays a verb
      t.normal !== 'be' &&
      cls[i - 1] === 'N' &&
      !governedBase(toks, cls, i) &&
      !prev.tags.has('Plural') &&
      !prev.tags.has('Pronoun') &&
      !hasBreak(prev) &&
      !hasBreak(t) &&
      cls[i + 1] === 'V' &&
      toks[i + 1].tags.has('PastTense')
    )
      cls[i] = 'N';
    if (cls[i] === 'V' && cls[i - 1] === 'N' && !hasBreak(prev) && objectHeadNoun(toks, cls, i)) cls[i] = 'N';
    if (nounAfterPastVerb(toks, cls, i)) cls[i] = 'N';
    if (cls[i] === 'V' && pluralHeadNoun(toks, cls, i)) cls[i] = 'N';
    // "is still operating in Europe": an -ing form read as a noun after "be" and an adverb is the verb.
    if (cls[i] === 'N' && progressiveNoun(toks, entityAt, i)) {
      cls[i] = 'V';
      cls[i - 1] = 'ADV';
    }
    // "made stops in Ohio", "held talks with Beta", "took steps": a present -s form right after a light verb
    // is its object, a plural noun (a finite verb never takes a finite verb as its object).
    if (cls[i] === 'V' && lightObject(toks, cls, i)) {
      cls[i] = 'N';
      if (cls[i + 1] === 'PART' && toks[i + 1].tags.has('Preposition')) cls[i + 1] = 'PREP';
    }
    // "Dorn police charged Tom Hale": an -ed adjective between the clause's first noun phrase and a name is
    // its verb ("Norland's embattled Tom Hale" has a possessive before it).
    if (
      cls[i] === 'N' &&
      !entityAt[i] &&
      t.tags.has('Adjective') &&
      /ed$/.test(t.normal) &&
      cls[i - 1] === 'N' &&
      !/\S/.test(prev.post) &&
      !prev.tags.has('Possessive') &&
      !/['’]s$/.test(prev.text) &&
      !!entityAt[i + 1] &&
      !cls.slice(0, i).includes('V')
    )
      cls[i] = 'V';
    // "… and proposed new rules": an -ed adjective opening a coordinated clause is a verb.
    if (
      cls[i] === 'N' &&
      !entityAt[i] &&
      t.tags.has('Adjective') &&
      /ed$/.test(t.normal) &&
      cls[i - 1] === 'CONJ' &&
      cls.slice(0, i).includes('V')
    )
      cls[i] = 'V';
    // "released a statement saying an attack …": a gerund of saying after a noun and before an article is
    // the verb of a reduced relative, not a noun ("an old saying" has a determiner or adjective before it).
    if (cls[i] === 'N' && !entityAt[i] && cls[i - 1] === 'N' && sayingAfterNoun(toks, i)) cls[i] = 'V';
    if (cls[i] === 'N' && commaParticiple(toks, entityAt, i)) cls[i] = 'V';
    // "to remain at the station and return to Earth": a second infinitive after "and", not a noun.
    if (!entityAt[i] && coordinatedInfinitive(toks, cls, i)) cls[i] = 'V';
    // "to" before a verb belongs to the verb group; otherwise it is a preposition.
    if (cls[i] === 'TO' && bareVerbAfterTo(toks, entityAt, i)) cls[i + 1] = 'V';
    if (cls[i] === 'TO') cls[i] = toks[i + 1] && cls[i + 1] === 'V' && !entityAt[i + 1] ? 'TO' : 'PREP';
    // "as/after/since …" open a clause when a verb follows before the next break ("after Acme hit Beta": also
    // a past the parse read as a noun).
    // "is recalling about 120,000 cars", "hired around 300 workers": an approximate number's word opens the object.
    if (cls[i] === 'PREP' && cls[i - 1] === 'V' && approximates(toks, i)) cls[i] = 'N';
    if (SUB_OR_PREP.has(t.normal) && cls[i] === 'PREP') {
      for (let j = i + 1; j < toks.length; j++) {
        if (cls[j] === 'V' || unchangedPast(toks, cls, entityAt, j)) {
          cls[i] = 'SUB';
          break;
        }
        if (hasBreak(toks[j]) || cls[j] === 'PREP') break;
      }
    }
  }
  for (let i = 1; i < toks.length; i++) {
    if (cls[i] === 'V' && singularKindNoun(toks, entityAt, i)) cls[i] = 'N';
    const end = bracketGlossEnd(toks, entityAt, i);
    for (let j = i; j <= end; j++) cls[j] = 'N';
  }
  return cls;
}
