// Shallow chunking of one sentence for relation rules: noun phrases (with the entities they name),
// verb groups (with lemma, voice, negation, hedging), prepositions, conjunctions and clause openers.
// Entity mentions found by the entity stage are atomic noun material, which repairs compromise's
// occasional verb tags inside names ("chip firms"). Word classes come from token-class.ts; what a group
// means from verb-group.ts and noun-phrase.ts.
import type { Token } from '../tokens.js';
import { verbType } from './vocabulary.js';
import { classify, subjectPronoun } from './token-class.js';
import { bracketAfter, hasBreak } from './token-break.js';
import { verbGroup } from './verb-group.js';
import { nounPhrase } from './noun-phrase.js';
import { sentenceTimes } from './time-expressions.js';
import { postAfterName } from './post-object.js';

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

/** Verbs of saying that take a clause, never a gerund as their object: a gerund after one opens what was said
 * ("said naming the virus would …"); "denied funding", "recalled seeing" keep theirs. */
const CLAUSE_VERBS = new Set('say write state add claim argue insist explain note'.split(' '));
/** Verbs taking an object and a bare infinitive ("helped Trump defeat Biden"). */
const BARE_INFINITIVE_TAKERS = new Set(['help', 'let', 'make', 'see', 'watch', 'hear', 'have']);
/** Words that open the time expressions read below; a sentence without one has none (and is not scanned). */
const TIME_OPENERS = new Set('last next this past earlier later yesterday today tonight tomorrow ago'.split(' '));

export function chunkSentence(
  toks: Token[],
  entityAt: (string | undefined)[],
  possessive: (i: number) => boolean,
  lemmaOf: (t: Token) => string,
  /** Token k's comma is written inside a name ("University of California, San Diego's chancellor"): no break. */
  nameComma?: (k: number) => boolean,
): Chunk[] {
  const cls = classify(toks, entityAt);
  const chunks: Chunk[] = [];
  const base = (kind: ChunkKind, from: number, to: number): Chunk => ({
    kind,
    from,
    to,
    // (an opening bracket is written before the next word: "Acme Corp (founded by …)")
    breakAfter: hasBreak(toks[to]) || bracketAfter(toks[to], toks[to + 1]),
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
  // "met Ann Cole last Tuesday", "bought Beta Holdings last year", "two days ago": a time expression that
  // opens with a time word ends the noun phrase before it (its own phrase, whose "last" is no verb), so the
  // name stays the phrase's head. A bare weekday or month may end a name ("Super Tuesday", "Black Friday").
  const timeStart = new Set<number>();
  const opensTime = toks.some((t) => TIME_OPENERS.has(t.normal));
  for (const t of opensTime ? sentenceTimes(toks) : []) {
    const bare = t.meaning.kind === 'date' || (t.meaning.kind === 'weekday' && t.from === t.to);
    if (bare || entityAt[t.from] || cls[t.from] === 'PREP' || cls[t.from] === 'TO') continue;
    timeStart.add(t.from);
    if (cls[t.from] === 'V') cls[t.from] = 'N';
  }
  let i = 0;
  while (i < toks.length) {
    const c = cls[i];
    // ("no longer owns": two negation words may open the group)
    const negRun = c === 'NEG' && cls[i + 1] === 'NEG' && cls[i + 2] === 'V' && !hasBreak(toks[i]);
    if (c === 'V' || negRun || ((c === 'NEG' || c === 'ADV') && cls[i + 1] === 'V' && !hasBreak(toks[i]))) {
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
        // "the helicopter he was piloting crashed into …": a simple past after a progressive opens the next
        // clause (only "being" and "having" take a participle: "was being built").
        const progressive = /ing$/.test(toks[j].normal) && !['being', 'having'].includes(toks[j].normal);
        if (progressive && cls[j] === 'V' && next.tags.has('PastTense') && !next.tags.has('Participle')) break;
        if (n === 'V' && !toks[j].tags.has('Auxiliary') && !denial) {
          const lemma = lemmaOf(toks[j]);
          if (opens && verbType(lemma) === 'SAYS') break;
          // ("wrote denying Samoans citizenship violated …": the gerund opens what was written.)
          if (next.tags.has('Gerund') && CLAUSE_VERBS.has(lemma)) break;
        }
        // "the framework the court has counseled should guide review", "the plan Acme hoped would work": a
        // modal right after a content verb opens the clause that verb governs, whatever the verb.
        const content = !toks[j].tags.has('Auxiliary') && !toks[j].tags.has('Modal') && !toks[j].tags.has('Copula');
        if (next.tags.has('Modal') && cls[j] === 'V' && content) break;
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
        (!hasBreak(toks[j]) || !!nameComma?.(j)) &&
        cls[j + 1] === 'N' &&
        !(
          (toks[j + 1].tags.has('Determiner') || toks[j + 1].tags.has('Value')) &&
          !entityAt[j + 1] &&
          (toks[j].tags.has('Noun') || !!entityAt[j]) &&
          !possessive(j)
        ) &&
        !(subjectPronoun(toks[j + 1].normal) && (!entityAt[j + 1] || entityAt[j + 1] !== entityAt[j])) &&
        !bareInfinitiveAt(j + 1) &&
        !(timeStart.has(j + 1) && !possessive(j)) &&
        !postAfterName(toks, cls, entityAt, chunks[chunks.length - 1], possessive, j)
      )
        j++;
      if (bareInfinitiveAt(j + 1)) cls[j + 1] = 'V';
      const np = nounPhrase(base('NP', i, j), toks, entityAt, possessive, cls);
      // "Pennsylvania State University (Penn State) in the U.S.": a name's own short form in brackets is no
      // aside; the phrase after it still hangs on the name.
      if (np.breakAfter && closesGloss(toks, entityAt, i, j)) np.breakAfter = bracketAfter(toks[j], toks[j + 1]);
      chunks.push(np);
      i = j + 1;
      continue;
    }
    const kind: ChunkKind = c === 'TO' ? 'PREP' : c === 'NEG' ? 'ADV' : c === 'PART' ? 'ADV' : (c as ChunkKind);
    chunks.push(base(kind, i, i));
    i++;
  }
  return chunks;
}

/** The phrase from token i to j ends with a bracketed short form of the name right before the bracket: the
 * bracket opens inside the phrase, every word in it is a mention of that name, and nothing but ")" follows. */
function closesGloss(toks: Token[], entityAt: (string | undefined)[], i: number, j: number): boolean {
  if (!/^\)\s*$/.test(toks[j].post)) return false;
  let k = j;
  while (k > i && !toks[k].pre.includes('(')) k--;
  const id = entityAt[k - 1];
  return k > i && !!id && toks.slice(k, j + 1).every((t, n) => entityAt[k + n] === id && (n === 0 || !t.pre.trim()));
}
