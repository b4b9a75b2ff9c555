// Concepts: the topics an article is about. A lower-case noun phrase becomes a Concept when it recurs,
// when it is one of a coordinated list of three or more ("AI, quantum technology, biotech and new energy"),
// or when it is the object of a verb (or of a preposition right after that object) in a clause that names
// an actor. Plural/singular and case variants share one concept.
import type { Token } from '../../tokens.js';
import { NOMINALS } from '../lexicon/pronouns.js';
import { DIVISION_WORDS } from '../lexicon/org-words.js';
import { NOT_MODIFIERS } from '../lexicon/event-heads.js';
import { TITLES, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { REPORTING_ROOTS, sayingAfterNoun } from '../lexicon/speech-gerunds.js';
import { FUNCTION_WORDS, partyTag } from './name-tokens.js';
import { PARTICLES } from './name-particles.js';
import { perfectParticiple } from '../lexicon/unchanged-participles.js';
import { roleWord as personRole } from '../typing/appositive-role.js';

export interface ConceptPhrase {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  key: string;
  sentence: number;
  rule: 'recurring' | 'topic-list' | 'verb-object';
}

const QUANTIFIERS = new Set(
  'several various many more most other such own same certain few much numerous multiple some any each every all both no'.split(
    ' ',
  ),
);
const GENERIC = new Set(
  `thing things way ways lot lots part parts time times year years day days week weeks month months people person
  percent number kind sort type end fact idea case point one ones something anything nothing everything someone
  anyone comment comments moment place side term terms area areas reason reasons use others here there`.split(/\s+/),
);
/** Words of a term of office before a role: "the new governor", "the outgoing president". */
const TERM_WORDS = new Set(['new', 'incoming', 'outgoing', 'current', 'late']);
const NP_TAGS = ['Noun', 'Adjective'];
const BAD_TAGS = [
  'Pronoun',
  'Determiner',
  'Value',
  'Date',
  'Possessive',
  'Conjunction',
  'Preposition',
  'Verb',
  'Adverb',
  'QuestionWord',
];
/** Adverbs of phrasal verbs written after their object: "pushed the target back", "set the plan aside". */
const PHRASAL_ADVERBS = new Set(['back', 'forward', 'up', 'down', 'off', 'out', 'away', 'aside', 'apart']);
/** Words of an amount alone: a comparative of quantity, a round number in the plural. */
const AMOUNT_WORDS = new Set('less fewer least hundreds thousands millions billions dozens tens scores'.split(' '));
const PREPS = new Set(['on', 'of', 'to', 'against', 'for', 'in', 'with', 'into', 'about', 'from']);

function npToken(t: Token): boolean {
  if (!NP_TAGS.some((x) => t.tags.has(x))) return false;
  if (BAD_TAGS.some((x) => t.tags.has(x)) && !(t.tags.has('Gerund') && t.tags.has('Noun'))) return false;
  if (/^\p{Lu}/u.test(t.text) && !t.tags.has('Demonym')) return false;
  return (
    /^\p{L}[\p{L}-]*$/u.test(t.text) &&
    t.text.length > 2 &&
    !FUNCTION_WORDS.has(t.normal) &&
    !/["“”]/.test(t.pre + t.post.replace(/^[,.;:!?]+/, ''))
  );
}

/** Singular, lower-case key: "Sanctions" → "sanction", "capabilities" → "capability". */
export function conceptKey(words: string[]): string {
  const last = words[words.length - 1];
  const sing =
    last.length > 4 && /ies$/.test(last)
      ? last.slice(0, -3) + 'y'
      : last.length > 3 && /[^su]s$/.test(last)
        ? last.slice(0, -1)
        : last;
  return [...words.slice(0, -1), sing].join(' ').toLowerCase();
}

/** A finite verb at or after row[k], before the sentence ends or a semicolon or colon closes the clause. */
function finiteAfter(row: Token[], k: number): boolean {
  for (; k < row.length; k++) {
    const t = row[k];
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle') && !t.tags.has('Infinitive'))
      return true;
    if (/[;:]/.test(t.post)) return false;
  }
  return false;
}

/** The noun phrase starting at row[i] (quantifiers skipped), or null. */
function phraseAt(row: Token[], i: number): { tokens: Token[]; next: number } | null {
  let j = i;
  while (
    j < row.length &&
    (QUANTIFIERS.has(row[j].normal) ||
      row[j].tags.has('Determiner') ||
      (row[j].tags.has('Possessive') && row[j].tags.has('Pronoun')))
  )
    j++;
  // "had cut aid to Dorn": the participle the parse read as a noun is the verb, and the phrase its object.
  if (perfectParticiple(row, j)) j++;
  const first = j;
  // compromise reads some plural nouns after a noun as verbs ("chip firms linked to…"); take them back. In a
  // clause reported without "that", before a preposition, only when a finite verb still follows ("said firms
  // in Taiwan were hurt"): "noted the acquisition fits into the strategy" has no other verb, and "fits" is it.
  const before = row[i - 1];
  const reported = !!before && before.tags.has('Verb') && REPORTING_ROOTS.has(before.root ?? before.normal);
  const pluralAsVerb = (k: number) =>
    k > first &&
    row[k].tags.has('PresentTense') &&
    /[a-z]s$/.test(row[k].text) &&
    row[k - 1].tags.has('Noun') &&
    !/\S/.test(row[k - 1].post) &&
    (!row[k + 1] ||
      row[k + 1].tags.has('Verb') ||
      (row[k + 1].tags.has('Preposition') && (!reported || finiteAfter(row, k + 2))) ||
      /\S/.test(row[k].post));
  while (
    j < row.length &&
    (npToken(row[j]) || pluralAsVerb(j)) &&
    !QUANTIFIERS.has(row[j].normal) &&
    !(j > first && sayingAfterNoun(row, j)) &&
    // "had given Ann's posts special treatment": an adjective after a plural opens the next phrase (two objects).
    !(j > first && row[j].tags.has('Adjective') && !row[j].tags.has('Noun') && row[j - 1].tags.has('Plural'))
  ) {
    j++;
    if (/[^\s]/.test(row[j - 1].post) && !/^-/.test(row[j - 1].post)) break;
  }
  // ("so-called dual-use goods", "still-open services": a modifier hyphened after a function word, a compound of
  // two pieces, is an adverb's phrase, not the noun phrase's first word.)
  const glued = row[first - 1];
  const adverbial =
    first < j - 1 &&
    glued?.post === '-' &&
    FUNCTION_WORDS.has(glued.normal) &&
    row[first - 2]?.post !== '-' &&
    !row[first].tags.has('Noun');
  const start = adverbial ? first + 1 : first;
  let end = j;
  // "bin" of "bin Laden", "van" of "van Gogh": a particle before a capitalised word is part of a family name.
  if (
    end > start &&
    PARTICLES.has(row[end - 1].normal) &&
    /^ $/.test(row[end - 1].post) &&
    /^\p{Lu}/u.test(row[end]?.text ?? '')
  )
    end--;
  while (end > start && !row[end - 1].tags.has('Noun') && !pluralAsVerb(end - 1)) end--;
  // "pushed the target back to 2035": an adverb of a phrasal verb after the object, which the parse may read as
  // a noun, is no word of the phrase.
  const adverb =
    end > start + 1 &&
    PHRASAL_ADVERBS.has(row[end - 1].normal) &&
    !row[end - 2].tags.has('Gerund') &&
    !/ing$/.test(row[end - 2].normal) &&
    !row[end - 2].tags.has('Verb');
  if (adverb) end--;
  // ("closed the plant less than a year after": a comparative before "than" measures what follows)
  if (end > start + 1 && ['less', 'fewer'].includes(row[end - 1].normal) && row[end]?.normal === 'than') end--;
  if (end <= start) return null;
  // "the central bank's deputy governor": words right before a possessive noun modify the possessor, no head.
  const owner = row[end];
  const possessor =
    !!owner && /^\p{Ll}+['’]s?$/u.test(owner.text) && owner.tags.has('Noun') && !owner.tags.has('Pronoun');
  if (
    end === j &&
    possessor &&
    !FUNCTION_WORDS.has(owner.normal.replace(/['’]s?$/, '')) &&
    !/\S/.test(row[end - 1].post)
  )
    return null;
  // "non-free software", "anti-war activists": a lower-case word hyphened onto the phrase is part of it (without
  // it "free software" says the opposite).
  // Not a function word or the middle of a longer compound ("software-as-a-service", "bug-for-bug").
  const prefix = row[start - 1];
  const hyphened =
    !!prefix &&
    prefix.post === '-' &&
    /^\p{Ll}+$/u.test(prefix.text) &&
    !FUNCTION_WORDS.has(prefix.normal) &&
    row[start - 2]?.post !== '-';
  const from = hyphened ? start - 1 : start;
  const tokens = row.slice(from, end);
  if (GENERIC.has(tokens[tokens.length - 1].normal) || tokens.length > 4) return null;
  // "at a depth of ten kilometres": a unit or a span of time alone measures, it is no topic; nor does a
  // comparative of quantity or a round number ("less than a year", "hundreds of patients"), nor is a verb's
  // particle the parse read as a noun one ("to win back the lead").
  if (
    tokens.length === 1 &&
    (NOT_MODIFIERS.has(tokens[0].normal) || AMOUNT_WORDS.has(tokens[0].normal) || PHRASAL_ADVERBS.has(tokens[0].normal))
  )
    return null;
  // "the director", "a spokesperson", "prime minister", "Australian senator": a role names whoever holds it, not
  // a topic; as a concept node it would also stand in for the person in "X's director, Dr. Y, said".
  const roleWord = (t: Token) =>
    TITLES.has(t.normal) || TITLE_MODIFIERS.has(t.normal) || TERM_WORDS.has(t.normal) || t.tags.has('Demonym');
  if (tokens.every(roleWord) && TITLES.has(conceptKey([tokens[tokens.length - 1].normal]))) return null;
  // "Iranian" alone ("the Iranian regime's ambitions"): a demonym is an adjective of its country, no topic.
  if (tokens.length === 1 && /^\p{Lu}/u.test(tokens[0].text)) return null;
  // "the country", "the company": references to a named entity, resolved by coreference instead.
  if (tokens.length === 1 && NOMINALS.has(tokens[0].normal.replace(/s$/, '')) && row[start - 1]?.normal === 'the')
    return null;
  // "a state, territory, or district": a division word alone speaks of any such place, or (with "the") of
  // one the article names, which descriptions.ts resolves; as a node it only split that place.
  if (tokens.length === 1 && DIVISION_WORDS.has(tokens[0].normal.replace(/s$/, ''))) return null;
  return { tokens, next: adverb ? end + 1 : end };
}

function toPhrase(tokens: Token[], text: string, rule: ConceptPhrase['rule']): ConceptPhrase {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const value = text.slice(start, end);
  return {
    tokens,
    start,
    end,
    text: value,
    key: conceptKey(tokens.map((t) => t.text)),
    sentence: tokens[0].sentence,
    rule,
  };
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
// ("Sen. Ann Cole, R-Wyo., called …": a party's tag after the name is an aside, name-tokens.ts's partyTag.)
const SKIPPABLE = (t: Token) =>
  t.tags.has('Verb') ||
  t.tags.has('Adverb') ||
  t.tags.has('Negative') ||
  t.normal === 'to' ||
  t.normal === 'not' ||
  partyTag(t, undefined);

/** True when the verb at row[v]'s clause has an actor as subject: a name or a subject pronoun, reached by
 * walking back over auxiliaries/adverbs/"to", and over one coordinated verb phrase ("…has threatened X and blocked Y"). */
function actorSubject(row: Token[], v: number, nameEnds: Set<number>, hops = 0): boolean {
  for (let k = v - 1; k >= 0; k--) {
    const t = row[k];
    if (nameEnds.has(t.i) || (t.tags.has('Pronoun') && SUBJECT_PRONOUNS.has(t.normal))) return true;
    if (SKIPPABLE(t)) continue;
    if ((t.normal === 'and' || t.normal === 'but') && hops === 0) {
      for (let back = k - 1; back >= 0 && back > k - 16; back--) {
        if (row[back].tags.has('Verb') && !row[back].tags.has('Auxiliary') && actorSubject(row, back, nameEnds, 1))
          return true;
      }
    }
    return false;
  }
  return false;
}

export function findConcepts(bySentence: Token[][], text: string, nameEnds: Set<number>): ConceptPhrase[] {
  const all: ConceptPhrase[] = [];
  const chosen = new Map<string, ConceptPhrase['rule']>();
  for (const row of bySentence) {
    const inRow: ConceptPhrase[] = [];
    for (let i = 0; i < row.length;) {
      const np = phraseAt(row, i);
      if (!np) {
        i++;
        continue;
      }
      inRow.push(toPhrase(np.tokens, text, 'recurring'));
      i = np.next;
    }
    // "… and proposed new rules", "supported justice and considered strong families, …": compromise may read a
    // coordinated past-tense verb as an adjective; it is the verb of what follows, before any list is read.
    const coordinatedVerb = new Map<ConceptPhrase, number>();
    inRow.forEach((p, n) => {
      const head = p.tokens[0];
      if (
        p.tokens.length > 1 &&
        head.tags.has('Adjective') &&
        /ed$/.test(head.normal) &&
        ['and', 'but'].includes(row[head.pos - 1]?.normal ?? '') &&
        // "documented and undocumented immigrants": two adjectives of one noun.
        !(row[head.pos - 2]?.tags.has('Adjective') || /ed$/.test(row[head.pos - 2]?.normal ?? '')) &&
        findVerbBefore(row, head.pos) < 0
      ) {
        inRow[n] = toPhrase(p.tokens.slice(1), text, 'verb-object');
        coordinatedVerb.set(inRow[n], head.pos);
      }
    });
    all.push(...inRow);
    // Coordinated topic lists: three or more phrases separated only by commas / "and" / "or".
    let list: ConceptPhrase[] = [];
    const flush = () => {
      if (list.length >= 3) for (const p of list) if (!chosen.has(p.key)) chosen.set(p.key, 'topic-list');
      list = [];
    };
    for (const p of inRow) {
      const prev = list[list.length - 1];
      const gap = prev ? text.slice(prev.end, p.start) : '';
      if (prev && /^\s*(,\s*(and|or)?|and|or)\s*$/i.test(gap)) list.push(p);
      else {
        flush();
        list = [p];
      }
    }
    flush();
    for (let n = 0; n < inRow.length; n++) {
      const p = inRow[n];
      const verbIdx = coordinatedVerb.get(p) ?? findVerbBefore(row, p.tokens[0].pos);
      if (verbIdx < 0 || !actorSubject(row, verbIdx, nameEnds)) continue;
      if (!chosen.has(p.key)) chosen.set(p.key, 'verb-object');
      // "sanctions on several Chinese chip firms": the phrase after a preposition that follows an object.
      const after = row[p.tokens[p.tokens.length - 1].pos + 1];
      if (verbIdx >= 0 && after && PREPS.has(after.normal)) {
        // (not past a comma: "offered his resignation on Wednesday, saying …" ends the preposition's phrase; a
        // list's comma goes on with it, "shortages in farming, construction and care homes")
        const obj = inRow.find(
          (q) =>
            q.tokens[0].pos > after.pos &&
            q.tokens[0].pos <= after.pos + 3 &&
            !row.slice(after.pos, q.tokens[0].pos).some((t) => /[,;:]/.test(t.post) && !listItem(t)),
        );
        if (obj && !chosen.has(obj.key) && chosen.get(p.key) === 'verb-object') chosen.set(obj.key, 'verb-object');
      }
    }
  }
  const counts = new Map<string, number>();
  for (const p of all) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
  for (const [key, n] of counts) if (n >= 2 && !chosen.has(key)) chosen.set(key, 'recurring');
  return all.filter((p) => chosen.has(p.key) && !oneRole(p)).map((p) => ({ ...p, rule: chosen.get(p.key)! }));
}

/** "Phoebe Stapleton, a toxicologist at Rutgers, said", "his wife": one word for a person's occupation or tie
 * names whoever has it, as a title does, no topic (it still counts in a list of topics: "a doctor, a dentist,
 * child care and mental health services"); "scientists" may be the actors of a story. */
const oneRole = (p: ConceptPhrase) =>
  p.tokens.length === 1 && personRole(p.tokens[0]) && !p.tokens[0].tags.has('Plural');

/** A lower-case noun before a list's comma ("in farming, construction and …"), not a date or a name. */
const listItem = (t: Token) =>
  /^\p{Ll}/u.test(t.text) && (t.tags.has('Noun') || t.tags.has('Gerund')) && !t.tags.has('Date');

/** Index of a main verb among the few tokens before `pos` (only determiners/quantifiers in between). */
function findVerbBefore(row: Token[], pos: number): number {
  for (let k = pos - 1; k >= 0 && k >= pos - 3; k--) {
    const t = row[k];
    if (t.tags.has('Verb') && !t.tags.has('Copula') && !t.tags.has('Auxiliary')) return k;
    if (!(t.tags.has('Determiner') || QUANTIFIERS.has(t.normal) || t.tags.has('Possessive') || t.tags.has('Adverb')))
      return -1;
  }
  return -1;
}
