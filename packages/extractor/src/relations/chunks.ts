// Shallow chunking of one sentence for relation rules: noun phrases (with the entities they name),
// verb groups (with lemma, voice, negation, hedging), prepositions, conjunctions and clause openers.
// Entity mentions found by the entity stage are atomic noun material, which repairs compromise's
// occasional verb tags inside names ("chip firms").
import type { Token } from '../tokens.js';
import { verbType } from './vocabulary.js';
import { takesInfinitive } from './control-nouns.js';

export type ChunkKind = 'NP' | 'VG' | 'PREP' | 'CONJ' | 'REL' | 'SUB' | 'COMP' | 'ADV' | 'OTHER';

export interface Chunk {
  kind: ChunkKind;
  /** Token positions within the sentence, inclusive. */
  from: number;
  to: number;
  /** A comma, semicolon, colon, dash or quote mark follows the chunk. */
  breakAfter: boolean;
  /** NP: entity named by the head word, entity in possessive position, all entities inside. */
  head?: string;
  possessor?: string;
  entities: string[];
  headWord: string;
  /** VG: main lemma, all content lemmas in order, and flags. */
  lemma: string;
  lemmas: string[];
  negated: boolean;
  hedged: boolean;
  passive: boolean;
  /** Has a tensed verb or auxiliary (not a bare participle or gerund). */
  finite: boolean;
  gerund: boolean;
  /** A lone past participle / past-tense verb with no auxiliary ("linked", "based"). */
  participle: boolean;
}

const REL = new Set(['who', 'which', 'whom', 'whose']);
const SUB = new Set(['while', 'although', 'though', 'because', 'whereas', 'unless', 'if', 'when', 'whether', 'where']);
const SUB_OR_PREP = new Set(['as', 'after', 'before', 'since', 'until']);
const CONJ = new Set(['and', 'or', 'but', 'nor']);
/** Words compromise may tag as adjectives or nouns that are prepositions before a noun phrase ("crashed
 * near San Diego", "won the vote over Ann Cole", "a lawsuit against Montana"); after a determiner they
 * stay what they were ("the near future"). */
const SPATIAL_PREPS = new Set(['near', 'over', 'against', 'across', 'amid', 'amidst', 'despite']);
/** Verbs taking a gerund ("denies having bought", "admits taking"): a plural-looking form before one is a verb. */
const GERUND_TAKERS = /^(?:denies|admits|acknowledges|regrets|recalls|considers|avoids)$/;
/** Verbs taking an object and a bare infinitive ("helped Trump defeat Biden"). */
const BARE_INFINITIVE_TAKERS = new Set(['help', 'let', 'make', 'see', 'watch', 'hear', 'have']);
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re"]);
const HEDGE_MODALS = new Set(['may', 'might', 'could']);
export const HEDGE_ADVERBS = new Set([
  'reportedly',
  'allegedly',
  'possibly',
  'perhaps',
  'apparently',
  'likely',
  'probably',
  'purportedly',
  'supposedly',
  'maybe',
]);
/** Verbs of belief: what their clause or infinitive says is an opinion ("think working with X is …", "is
 * believed to have bought X"). */
export const OPINION_VERBS = new Set(
  'think believe guess suppose reckon suspect doubt imagine assume presume feel'.split(' '),
);
const INTENT = new Set([
  'threaten',
  'plan',
  'intend',
  'seek',
  'try',
  'want',
  'aim',
  'hope',
  'expect',
  'propose',
  'consider',
  'vow',
  'promise',
  'pledge',
  'attempt',
  'offer',
  'wish',
  'schedule',
]);

/** Verbs before an infinitive that say its act did not happen ("refused to meet", "failed to win"). */
const REFUSAL = new Set(['refuse', 'fail', 'decline']);
/** Verbs before an infinitive that say the act was only asked for ("was asked to lead", "was urged to quit"). */
const REQUESTED = new Set(['ask', 'urge', 'order', 'invite', 'encourage', 'pressure', 'request', 'tell', 'call']);

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
const isVerbTag = (t: Token) =>
  t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula');
const isNounish = (t: Token) =>
  ['Noun', 'Pronoun', 'Determiner', 'Adjective', 'Value', 'ProperNoun', 'Possessive', 'Date'].some((g) =>
    t.tags.has(g),
  );
const hasBreak = (t: Token) => /[,;:—–“”"()]|\s-\s/.test(t.post);

/** "decided to sanction Peru", "the decision to sanction Peru": after a verb or a decision noun and "to", a singular noun-tagged word with a verb sense right before
 * a name is the infinitive ("a threat to peace" has no name after it, "referred to support groups" no verb
 * before "to"). */
function bareVerbAfterTo(toks: Token[], entityAt: (string | undefined)[], i: number): boolean {
  const w = toks[i + 1];
  return (
    !!w &&
    !entityAt[i + 1] &&
    !!entityAt[i + 2] &&
    (isVerbTag(toks[i - 1] ?? w) || takesInfinitive(toks[i - 1]?.normal ?? '')) &&
    !hasBreak(toks[i]) &&
    !hasBreak(w) &&
    w.tags.has('Singular') &&
    !!verbType(w.normal)
  );
}

type Cls = 'N' | 'V' | 'NEG' | 'ADV' | 'PART' | 'TO' | ChunkKind;

function classify(toks: Token[], entityAt: (string | undefined)[]): Cls[] {
  const cls: Cls[] = toks.map((t, i) => {
    if (entityAt[i]) return 'N';
    const w = t.normal;
    if (REL.has(w)) return 'REL';
    if (w === 'that') {
      // Sentence-initial or after a preposition, "that" is a pronoun or determiner, not a complementiser.
      if (i === 0 || toks[i - 1].tags.has('Preposition')) return 'N';
      const afterVerb = !!toks[i - 1] && isVerbTag(toks[i - 1]);
      return !afterVerb && t.tags.has('Determiner') && toks[i + 1] && isNounish(toks[i + 1]) && !isVerbTag(toks[i + 1])
        ? 'N'
        : 'COMP';
    }
    if (SUB.has(w)) return 'SUB';
    if (CONJ.has(w)) return 'CONJ';
    if (w === 'to') return 'TO';
    if (t.tags.has('Negative')) return 'NEG';
    if (t.tags.has('Particle')) return 'PART';
    if (
      SPATIAL_PREPS.has(w) &&
      i > 0 &&
      !toks[i - 1].tags.has('Determiner') &&
      toks[i + 1] &&
      !isVerbTag(toks[i + 1]) &&
      // "owed over $850,000", "over 2,000 residents": more than a number, not a preposition
      !toks[i + 1].tags.has('Value')
    )
      return 'PREP';
    if (isVerbTag(t)) return 'V';
    if (t.tags.has('Preposition') || SUB_OR_PREP.has(w)) return 'PREP';
    if (t.tags.has('Adverb')) return 'ADV';
    if (isNounish(t)) return 'N';
    return 'OTHER';
  });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
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
        (prev.tags.has('Possessive') && !entityAt[i - 1]))
    )
      cls[i] = 'N';
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
      !(GERUND_TAKERS.test(t.normal) && (toks[i + 1].tags.has('Gerund') || toks[i + 1].normal === 'having'))
    )
      cls[i] = 'N';
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
    // "to" before a verb belongs to the verb group; otherwise it is a preposition.
    if (cls[i] === 'TO' && bareVerbAfterTo(toks, entityAt, i)) cls[i + 1] = 'V';
    if (cls[i] === 'TO') cls[i] = toks[i + 1] && cls[i + 1] === 'V' && !entityAt[i + 1] ? 'TO' : 'PREP';
    // "as/after/since …" open a clause when a verb follows before the next break.
    if (SUB_OR_PREP.has(t.normal) && cls[i] === 'PREP') {
      for (let j = i + 1; j < toks.length; j++) {
        if (cls[j] === 'V') {
          cls[i] = 'SUB';
          break;
        }
        if (hasBreak(toks[j]) || cls[j] === 'PREP') break;
      }
    }
  }
  return cls;
}

export function chunkSentence(
  toks: Token[],
  entityAt: (string | undefined)[],
  possessive: (i: number) => boolean,
  lemmaOf: (t: Token) => string,
): Chunk[] {
  const cls = classify(toks, entityAt);
  const chunks: Chunk[] = [];
  const base = (kind: ChunkKind, from: number, to: number): Chunk => ({
    kind,
    from,
    to,
    breakAfter: hasBreak(toks[to]),
    entities: [],
    headWord: toks[to].normal,
    lemma: '',
    lemmas: [],
    negated: false,
    hedged: false,
    passive: false,
    finite: false,
    gerund: false,
    participle: false,
  });
  // "helped Trump defeat Biden", "let Acme buy Beta": after a verb taking an object and a bare infinitive,
  // a word with a verb sense between two names is that infinitive, not part of one noun phrase.
  const bareInfinitiveAt = (k: number): boolean => {
    const last = chunks[chunks.length - 1];
    return (
      last?.kind === 'VG' &&
      BARE_INFINITIVE_TAKERS.has(last.lemma) &&
      !!entityAt[k - 1] &&
      !entityAt[k] &&
      !!entityAt[k + 1] &&
      entityAt[k + 1] !== entityAt[k - 1] &&
      !!toks[k] &&
      !hasBreak(toks[k - 1]) &&
      !!verbType(lemmaOf(toks[k]))
    );
  };
  let i = 0;
  while (i < toks.length) {
    const c = cls[i];
    if (c === 'V' || ((c === 'NEG' || c === 'ADV') && cls[i + 1] === 'V' && !hasBreak(toks[i]))) {
      let j = i;
      while (j + 1 < toks.length && !hasBreak(toks[j])) {
        const n = cls[j + 1];
        // "which NASA said might take place", "said prices would fall", "said naming the virus would …": a
        // modal, an auxiliary or a plural noun before a verb after a verb of saying, or a gerund after "said",
        // opens what was said ("denied funding" is an object).
        const next = toks[j + 1];
        const pluralNoun = /s$/.test(next.normal) && !!toks[j + 2] && (cls[j + 2] === 'V' || cls[j + 2] === 'NEG');
        const opens = next.tags.has('Modal') || next.tags.has('Auxiliary') || next.tags.has('Copula') || pluralNoun;
        // ("denies having bought" is one group: the denial negates the act.)
        const denial = lemmaOf(toks[j]) === 'deny' && (next.tags.has('Gerund') || next.normal === 'having');
        if (n === 'V' && !toks[j].tags.has('Auxiliary') && verbType(lemmaOf(toks[j])) === 'SAYS' && !denial)
          if (opens || (next.tags.has('Gerund') && lemmaOf(toks[j]) === 'say')) break;
        if (n === 'V' || n === 'NEG' || n === 'PART' || (n === 'TO' && cls[j + 2] === 'V')) j++;
        else if (n === 'ADV' && (cls[j + 2] === 'V' || cls[j + 2] === 'NEG') && !hasBreak(toks[j + 1])) j++;
        else break;
      }
      chunks.push(verbGroup(base('VG', i, j), toks.slice(i, j + 1), cls.slice(i, j + 1), lemmaOf));
      i = j + 1;
      continue;
    }
    if (c === 'N') {
      let j = i;
      // A determiner or number after a noun starts a new phrase ("labeled China a country", "innovation 55 times"),
      // not after a possessive ("the party's 2016 nominee"); so does a subject pronoun ("said Tuesday it would",
      // "told reporters they had").
      while (
        j + 1 < toks.length &&
        !hasBreak(toks[j]) &&
        cls[j + 1] === 'N' &&
        !(
          (toks[j + 1].tags.has('Determiner') || toks[j + 1].tags.has('Value')) &&
          !entityAt[j + 1] &&
          (toks[j].tags.has('Noun') || !!entityAt[j]) &&
          !possessive(j)
        ) &&
        !(SUBJECT_PRONOUNS.has(toks[j + 1].normal) && (!entityAt[j + 1] || entityAt[j + 1] !== entityAt[j])) &&
        !bareInfinitiveAt(j + 1)
      )
        j++;
      if (bareInfinitiveAt(j + 1)) cls[j + 1] = 'V';
      chunks.push(nounPhrase(base('NP', i, j), toks, entityAt, possessive));
      i = j + 1;
      continue;
    }
    const kind: ChunkKind = c === 'TO' ? 'PREP' : c === 'NEG' ? 'ADV' : c === 'PART' ? 'ADV' : (c as ChunkKind);
    chunks.push(base(kind, i, i));
    i++;
  }
  return chunks;
}

const UNLINKED = /^un(?:related|connected|affiliated|involved|linked|associated)$/;

function verbGroup(ch: Chunk, toks: Token[], cls: Cls[], lemmaOf: (t: Token) => string): Chunk {
  const verbs = toks.filter((_, k) => cls[k] === 'V');
  const content = verbs.filter(
    (t) =>
      !t.tags.has('Auxiliary') &&
      !t.tags.has('Modal') &&
      !(t.tags.has('Copula') && verbs.length > 1 && t !== verbs[verbs.length - 1]),
  );
  // After "to" a verb is a base form: "went on to found Pell Group" founds, it does not find.
  const base = (t: Token) =>
    toks[toks.indexOf(t) - 1]?.normal === 'to' && t.tags.has('PastTense') ? t.normal : lemmaOf(t);
  ch.lemmas = content.map(base);
  const last = content[content.length - 1] ?? verbs[verbs.length - 1];
  // Only the main verb's own particles: "went on to say" says, "pulled out" pulls out.
  const particles = toks.filter((t, k) => cls[k] === 'PART' && (!last || t.i > last.i)).map((t) => t.normal);
  ch.lemma = (last ? base(last) : '') + (particles.length ? ` ${particles.join(' ')}` : '');
  // "denied buying Beta", "denies having bribed": a denial before the content verb of the same group says
  // the act did not happen (a second negation turns it back).
  const denied = ch.lemmas.slice(0, -1).includes('deny');
  // "was unrelated to", "is unconnected with": a negative prefix on the participle denies the link.
  const unlinked = toks.some((t) => UNLINKED.test(t.normal));
  ch.negated = (toks.some((t) => t.tags.has('Negative')) || unlinked) !== denied;
  // "refused to meet X", "failed to buy X": the act did not happen.
  if (ch.lemmas.slice(0, -1).some((l) => REFUSAL.has(l))) ch.negated = !ch.negated;
  ch.hedged =
    toks.some((t) => HEDGE_MODALS.has(t.normal) || HEDGE_ADVERBS.has(t.normal)) ||
    ch.lemmas.slice(0, -1).some((l) => INTENT.has(l) || REQUESTED.has(l) || OPINION_VERBS.has(l));
  const beIdx = toks.findIndex((t) => BE.has(t.normal) || t.tags.has('Copula'));
  // "is scheduled to meet", "was expected to visit": a "to"-verb after the participle is the active main verb.
  const lastAt = last ? toks.indexOf(last) : -1;
  const activeAfter = toks.slice(beIdx + 1, lastAt).some((t) => t.normal === 'to') && !!last?.tags.has('Infinitive');
  ch.passive =
    beIdx >= 0 &&
    !activeAfter &&
    toks.slice(beIdx + 1).some((t) => t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Passive'));
  ch.participle =
    verbs.length === 1 &&
    (verbs[0].tags.has('PastTense') || verbs[0].tags.has('Participle')) &&
    !verbs[0].tags.has('Auxiliary');
  ch.gerund = verbs.length > 0 && verbs.every((t) => t.tags.has('Gerund'));
  ch.finite = verbs.some(
    (t) =>
      t.tags.has('Auxiliary') ||
      t.tags.has('Modal') ||
      t.tags.has('Copula') ||
      (t.tags.has('PresentTense') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')) ||
      t.tags.has('PastTense'),
  );
  return ch;
}

function nounPhrase(
  ch: Chunk,
  toks: Token[],
  entityAt: (string | undefined)[],
  possessive: (i: number) => boolean,
): Chunk {
  for (let k = ch.from; k <= ch.to; k++) {
    const e = entityAt[k];
    if (e && !ch.entities.includes(e)) ch.entities.push(e);
    if (e && possessive(k) && k < ch.to) ch.possessor = e;
  }
  // The head is the last noun: trailing adjectives ("semiconductors essential") do not head the phrase.
  let h = ch.to;
  while (h > ch.from && !entityAt[h] && !toks[h].tags.has('Noun') && !toks[h].tags.has('Pronoun')) h--;
  ch.head = entityAt[h];
  ch.headWord = toks[h].normal;
  // "Musk's personal Tesla convertible": a name between an adjective and a lower-case word the tagger read
  // as an adjective names a kind of thing, not the thing ("the COVID-19 pandemic", "Sudan's Constitution
  // prior to" keep theirs).
  let start = h;
  while (start > ch.from && entityAt[start - 1] === ch.head) start--;
  const before = toks[start - 1];
  const modified =
    start > ch.from && !entityAt[start - 1] && before.tags.has('Adjective') && !before.tags.has('Determiner');
  if (ch.head && h < ch.to && modified && /^\p{Ll}/u.test(toks[ch.to].text) && !entityAt[ch.to]) ch.head = undefined;
  if (ch.head && ch.head === ch.possessor) ch.possessor = undefined;
  return ch;
}
