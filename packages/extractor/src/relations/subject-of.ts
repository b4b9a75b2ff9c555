// Who is the subject of a verb group: walks the chunk list left across adverbs, prepositional modifiers,
// relative pronouns, parenthetical asides, appositions and participle clauses, or inherits the subject of
// an earlier clause for coordinated verbs and gerund adjuncts.
import { runOnRelative } from './reduced-relative.js';
import { partyTag } from '../entities/names/name-tokens.js';
import { memberPhrase } from './member-word-end.js';
import type { Chunk } from './chunks.js';
import { lemmaOf, type SentenceView } from './sentence-view.js';
import { answeringVerb } from './answering-verb.js';
import { bracketAfter, hasBreak } from './token-break.js';
import { ACTOR_TYPES, OFFICE_TYPES, nounType, verbType } from './vocabulary.js';
import { headOfRun, isBareParticiple, listFirstItem } from './head-of-run.js';
import { isParticiple } from './is-participle.js';
import { chunkRole, roleBeforeOf } from './role-noun.js';
import { isCountry } from './country-place.js';
import { clauseBefore, takesClause } from './clause-before.js';
import { TITLES } from '../entities/lexicon/titles.js';
import { lexiconTags } from '../lexicon-tags.js';
import type { Token } from '../tokens.js';

export interface SubjectRef {
  np: Chunk;
  /** How it was found: next to the verb, through a relative pronoun, or inherited from an earlier clause. */
  how: 'direct' | 'relative' | 'inherited' | 'participle';
}

/** What makes a rule less sure of its subject (for `scoreDraft`): a pronoun, or a subject inherited from an
 * earlier clause. */
export function subjectCues(view: SentenceView, subj: SubjectRef): { pronoun: boolean; inherited: boolean } {
  return { pronoun: view.kindAt[subj.np.to] === 'pronoun', inherited: subj.how === 'inherited' };
}

const GERUND_PREPS = new Set(['by', 'after', 'before', 'while', 'in', 'upon', 'on']);
/** "contributed to the war by supporting Assad", "grew by buying Beta": the doer of a "by"-gerund of means
 * is the clause's subject, read by every rule (other adjunct gerunds only for speech, see `subjectOf`). */
const MEANS_PREPS = new Set(['by']);
/** Prepositions of where something appears ("a message on Twitter", "protesters in Paris"). */
const SCENE_PREPS = new Set(['on', 'in', 'at', 'via']);
/** Prepositions whose object may be the subject of a gerund clause ("led to the state using …"). */
const CLAUSE_PREPS = new Set(['to', 'for']);
/** Prepositions whose object is the doer of the -ing form after it: "with Ann leading", "calls by Acme
 * asking", "the crash of a plane carrying 50", "a letter from Acme criticising Beta" (the sender's act). */
const DOER_PREPS = new Set(['with', 'by', 'of', 'from']);
/** Prepositions that also open a clause ("after Ann Cole, a lawyer, sued …"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'as']);

/** The phrase standing for the "NP (of NP)*" run from chunk h to j: its head, unless the head is a capitalised
 * title with no name and the run ends on a person ("Minister of Justice Ann Verhoeven met …"). */
function runSubject(view: SentenceView, h: number, j: number): Chunk {
  const ch = view.chunks;
  const title = ch[h];
  const person = ch[j];
  const titled =
    h < j &&
    !title.head &&
    !title.possessor &&
    !title.entities.length &&
    view.toks.slice(title.from, title.to + 1).every((t) => /^\p{Lu}/u.test(t.text)) &&
    // ("Supporters of Tom Hale attacked …": a sentence's first word is capitalised whatever it is.)
    (title.from > 0 || view.toks.slice(title.from, title.to + 1).some((t) => TITLES.has(t.normal))) &&
    ch[h + 1]?.kind === 'PREP' &&
    view.toks[ch[h + 1].from].normal === 'of' &&
    !!person.head &&
    view.types.get(person.head) === 'Person' &&
    view.entityAt[person.to] === person.head;
  return titled ? person : title;
}

/** The group's verb (its last word) is a past form: "called", "jokingly called". */
const pastForm = (view: SentenceView, vg: Chunk) =>
  vg.participle || view.toks[vg.to].tags.has('PastTense') || view.toks[vg.to].tags.has('Participle');

/** Chunk j is a place the entity stage read as the qualifier of the place right before it ("Dayton, Ohio"). */
function qualifies(view: SentenceView, j: number): boolean {
  const before = view.chunks[j - 1];
  return (
    !!before &&
    before.kind === 'NP' &&
    before.breakAfter &&
    !!before.head &&
    view.qualifierAt[view.chunks[j].from] === before.head
  );
}

/** "the Parliament of New South Wales, Australia voted", "a plane in Nevada, United States crashed": a bare
 * country name after a comma qualifies the named body or place before it; not after a preposition opening
 * the clause ("In Paris, France voted"), a verb, or a person ("After meeting Ann Cole, France voted"). */
export function countryAfterComma(view: SentenceView, j: number): boolean {
  const [np, before] = [view.chunks[j], view.chunks[j - 1]];
  if (!np.head || !isCountry(np.head) || !before || before.kind !== 'NP' || !before.head) return false;
  const link = view.chunks[j - 2];
  if (!/,/.test(view.toks[before.to].post) || link?.kind === 'VG') return false;
  // After a preposition, only one inside a noun phrase of the clause ("a plane in Nevada"), not one opening it
  // ("In Paris,", "According to the AP,").
  if (link?.kind === 'PREP') {
    let k = j - 3;
    while (k >= 0 && !view.chunks[k].breakAfter && view.chunks[k].kind !== 'NP') k--;
    if (k < 0 || view.chunks[k].breakAfter) return false;
  }
  for (let k = np.from; k <= np.to; k++) if (view.entityAt[k] !== np.head) return false;
  return ['Organization', 'Place'].includes(view.types.get(before.head) ?? '');
}

/** "Yesterday, Tony Evers, the governor of Ohio, signed": a fronted time word opens the clause, it is no item
 * of a list of names; nor is a fronted comparative ("Later, …", "Earlier, …"), which the parse takes for an
 * adjective. */
const opener = (view: SentenceView, k: number) => {
  const np = view.chunks[k];
  const tags = view.toks[np.from].tags;
  return (
    k === 0 &&
    np.from === np.to &&
    !np.entities.length &&
    ['Date', 'Comparative', 'Superlative'].some((t) => tags.has(t))
  );
};

/** Chunk k opens its clause: the sentence's first, or right after an opener set off by a break. */
const opensClause = (view: SentenceView, k: number) =>
  k === 0 || (!!view.chunks[k - 1]?.breakAfter && opener(view, k - 1));

/** A person's name, not a pronoun standing for one. */
const isPerson = (view: SentenceView, np: Chunk) =>
  !!np.head && view.types.get(np.head) === 'Person' && view.kindAt[np.to] !== 'pronoun';

/** "Michael Odu, the Information Minister paid tribute": a person's name at the clause's start, a comma, and a
 * role phrase with no name of its own right before the verb is an apposition whose closing comma the writer
 * left out; the named person is the subject. Not after a verb or preposition ("He thanked Ann Lee, the
 * mayor said" has the mayor speak). */
function unclosedRole(view: SentenceView, h: number): Chunk | undefined {
  const ch = view.chunks;
  const name = ch[h - 1];
  const role = ch[h];
  const atStart = opensClause(view, h - 1);
  if (!atStart || name?.kind !== 'NP' || !name.breakAfter || !isPerson(view, name)) return undefined;
  const plain = !role.head || view.types.get(role.head) === 'Concept';
  return plain && !role.possessor && view.toks[role.from].normal === 'the' && chunkRole(view, role) ? name : undefined;
}

/** "Jonna Mendez, also CIA, said", "Ann Lee, also of Acme Corp, said": an aside set off by commas that an adverb
 * opens (then perhaps "of") after a person's name describes the person, who is the subject. The aside is the run
 * from chunk h to chunk j, right before the verb. */
function personBeforeAside(view: SentenceView, h: number, j: number): Chunk | undefined {
  const ch = view.chunks;
  if (!ch[j].breakAfter) return undefined;
  let k = h - 1;
  if (ch[k]?.kind === 'PREP' && view.toks[ch[k].from].normal === 'of') k--;
  const name = ch[k - 1];
  if (ch[k]?.kind !== 'ADV' || ch[k].breakAfter || name?.kind !== 'NP' || !name.breakAfter) return undefined;
  return isPerson(view, name) ? name : undefined;
}

const isActor = (view: SentenceView, np: Chunk) =>
  np.kind === 'NP' && !!np.head && ACTOR_TYPES.has(view.types.get(np.head) ?? '') && view.kindAt[np.to] !== 'pronoun';

/** The person's or body's name opening the clause whose apposition runs on to chunk h ("Duane Mellor, a dietitian
 * at Aston University in Birmingham, England,"): only noun phrases and prepositions between, the name set off by
 * a comma, an apposition with no name of its own right after it, and no verb before it. */
function appositionOwner(view: SentenceView, h: number): Chunk | undefined {
  const ch = view.chunks;
  for (let p = h - 1; p >= 0 && (ch[p].kind === 'NP' || ch[p].kind === 'PREP'); p--) {
    if (!isActor(view, ch[p]) || !ch[p].breakAfter) continue;
    const apposition = ch[p + 1];
    if (apposition.kind !== 'NP' || (apposition.head && view.types.get(apposition.head) !== 'Concept'))
      return undefined;
    return p === 0 || (ch[p - 1].breakAfter && !ch.slice(0, p).some((x) => x.kind === 'VG')) ? ch[p] : undefined;
  }
  return undefined;
}

/** "who co-founded the Mountain View, California-based company in 2011, told …": the comma after chunk k, a
 * place, before a name of a place hyphened onto "based" (or born, headquartered), is no break of the clause. */
function placeComma(view: SentenceView, k: number): boolean {
  const [np, next] = [view.chunks[k], view.chunks[k + 1]];
  if (np.kind !== 'NP' || next?.kind !== 'NP' || view.types.get(view.entityAt[np.to] ?? '') !== 'Place') return false;
  const [place, based] = [view.toks[next.from], view.toks[next.from + 1]];
  return (
    /^\p{Lu}/u.test(place.text) && place.post === '-' && /^(?:based|born|headquartered)$/.test(based?.normal ?? '')
  );
}

/** "Ann Cole, 45, of Fresno, said": chunk k is a lone age set off by commas after a person's name, so the aside
 * that follows it describes the person too. */
function ageAside(view: SentenceView, k: number): boolean {
  const [age, name] = [view.chunks[k], view.chunks[k - 1]];
  if (
    !age ||
    age.kind !== 'NP' ||
    age.from !== age.to ||
    !age.breakAfter ||
    !/^\d{1,3}$/.test(view.toks[age.from].text)
  )
    return false;
  return name?.kind === 'NP' && name.breakAfter && !!name.head && view.types.get(name.head) === 'Person';
}

/** "Ann Verhoeven, the likely successor should Tom Hale lose, has said": a name, a comma and a phrase with no
 * name of its own (a description, which may hold a clause) describe the name; not a list ("Ann, Bo, the chair").
 * A description the entity stage read as the name's own nominal ("Trump, the third President to be impeached
 * by the House, is to …") is one too. */
/** Words opening an aside set off by commas between a subject and its verb: a comparison, an exception, a
 * concession or a companion. */
const SUBJECT_ASIDES = new Set(
  'like unlike without except despite against amid besides along alongside together as with'.split(' '),
);

function descriptiveAside(view: SentenceView, k: number): boolean {
  const ch = view.chunks;
  const name = ch[k];
  const open = ch[k + 1];
  const h = headOfRun(ch, k);
  const list = (ch[h - 1]?.kind === 'NP' && ch[h - 1].breakAfter && !opener(view, h - 1)) || ch[h - 1]?.kind === 'CONJ';
  // "The shooting of Walter Ray, a local man, sparked riots": a name after a preposition is not the subject.
  const objectOfPrep = ch[h - 1]?.kind === 'PREP';
  return (
    name.kind === 'NP' &&
    !objectOfPrep &&
    !!name.head &&
    open?.kind === 'NP' &&
    // ("Tom Hale, the Republican who sponsored the bill, said": a member's word names the person, not the party.)
    (!open.head || open.head === name.head || memberPhrase(view, open)) &&
    !open.possessor &&
    !view.toks[open.from].tags.has('Pronoun') &&
    !list
  );
}

/**
 * "Tom Hale (Acme Corp) met Ann Cole": phrases wholly in brackets right before the verb are an aside on the
 * phrase before the bracket, which is the subject; null when that phrase is a preposition's object ("the
 * shooting of Tom Hale (Acme Corp) sparked …": no sure subject); undefined when the verb follows no bracket.
 */
function bracketedAside(view: SentenceView, j: number): SubjectRef | null | undefined {
  const ch = view.chunks;
  if (!/\)/.test(view.toks[ch[j].to].post)) return undefined;
  const opens = (m: number) => m > 0 && bracketAfter(view.toks[ch[m - 1].to], view.toks[ch[m].from]);
  let m = j;
  while (m > 0 && !opens(m)) {
    if (/[()]/.test(view.toks[ch[m - 1].to].post)) return undefined;
    m--;
  }
  const before = ch[m - 1];
  if (!opens(m) || before?.kind !== 'NP') return undefined;
  const h = headOfRun(ch, m - 1);
  if (ch[h - 1]?.kind === 'PREP' && !ch[h - 1].breakAfter) return null;
  return { np: runSubject(view, h, m - 1), how: 'direct' };
}

/** The phrase at `from` opens a clause right after a verb and one of `openers` ("asked whether <phrase> …",
 * "noted that <phrase> …"). */
function openedAfterVerb(view: SentenceView, from: number, openers: readonly string[]): boolean {
  const [opener, verb] = [view.toks[from - 1], view.toks[from - 2]];
  return !!opener && openers.includes(opener.normal) && !!verb?.tags.has('Verb') && !hasBreak(verb);
}

/** The phrase at `from` opens the question a verb asks: "asked whether/if <phrase> …". */
const indirectQuestion = (view: SentenceView, from: number) => openedAfterVerb(view, from, ['whether', 'if']);

/** "Acme Corp, not Beta Ltd, bought Gamma", "Acme Corp and not Beta Ltd …", "Acme Corp rather than (instead
 * of) Beta Ltd …": the phrase at chunk h, after "not", "rather than" or "instead of", is the one that did not act;
 * the index of the phrase before the marker, which did, or undefined. */
function excludedBefore(view: SentenceView, h: number): number | undefined {
  const ch = view.chunks;
  const word = (k: number) => (ch[k] && ch[k].from === ch[k].to ? view.toks[ch[k].from].normal : undefined);
  const np = (k: number) => (ch[k]?.kind === 'NP' ? k : undefined);
  if (ch[h - 1]?.kind === 'ADV' && word(h - 1) === 'not') {
    if (ch[h].breakAfter && np(h - 2) !== undefined && /^,\s*$/.test(view.toks[ch[h - 2].to].post)) return h - 2;
    if (ch[h - 2]?.kind === 'CONJ' && ['and', 'but'].includes(word(h - 2) ?? '')) return np(h - 3);
  }
  const pair = `${word(h - 2)} ${word(h - 1)}`;
  if (ch[h - 1]?.kind === 'PREP' && (pair === 'rather than' || pair === 'instead of')) return np(h - 3);
  return undefined;
}

/** "noted that the House did not ratify it, and mentioned …": a subject right after a reporting verb's "that"
 * opens the reported clause; a verb after ", and" goes on with the reporter, not with that clause. So does a past
 * verb of saying or denying after "and/but" ("said the aid was late but denied …": answering-verb.ts). */
function reportedClauseBefore(view: SentenceView, from: number, vg: Chunk): boolean {
  const conj = view.toks[vg.from - 1]?.normal;
  const commaAnd = conj === 'and' && /,/.test(view.toks[vg.from - 2]?.post ?? '');
  if (commaAnd && openedAfterVerb(view, from, ['that'])) return true;
  if ((conj !== 'and' && conj !== 'but') || !answeringVerb(view, vg)) return false;
  const verb = view.toks[from - 1];
  const saidBefore = !!verb?.tags.has('Verb') && !hasBreak(verb) && verbType(lemmaOf(verb)) === 'SAYS';
  return openedAfterVerb(view, from, ['that']) || saidBefore;
}

/** The phrase a relative clause describes: a noun with no name of its own in apposition to a name stands
 * for that name ("SARS-CoV-2, the coronavirus that causes COVID-19", "Acme, a firm which owns Beta"), and so
 * does the state or country after a place's comma ("Dorn County, Texas, which is home to …" describes the
 * county). */
function relativeAntecedent(view: SentenceView, h: number): Chunk {
  const ch = view.chunks;
  const np = ch[h];
  const name = ch[h - 1];
  if (name?.kind === 'NP' && !!name.head && view.qualifierAt[np.from] === name.head) return name;
  // ("Menendez, a Democrat who chaired …": a member's word names one person, the name, not the party.)
  const described =
    ((!np.head && !np.possessor && !np.entities.length) || memberPhrase(view, np)) &&
    /^(?:the|a|an)$/.test(view.toks[np.from].normal) &&
    name?.kind === 'NP' &&
    /^,$/.test(view.toks[name.to].post.trim()) &&
    !!name.head &&
    view.entityAt[name.to] === name.head &&
    view.kindAt[name.to] !== 'pronoun';
  // A list ("Ann, Bo, the chair that …") is no apposition.
  const list = ch[h - 2]?.kind === 'NP' && ch[h - 2].breakAfter;
  return described && !list ? name : np;
}

/** The last chunk of verb group c's phrase: its objects and their modifiers, up to a break. */
function phraseEnd(ch: Chunk[], c: number): number {
  let end = c;
  while (ch[end + 1] && ['NP', 'PREP', 'ADV'].includes(ch[end + 1].kind) && !ch[end].breakAfter) end++;
  return end;
}

/** "discussed his plans for leading Melbourne, recovering from COVID-19, and …": gerund c, after the object
 * (chunk j) of another gerund that a preposition other than "by/after/…" opens, the list going on after it with a
 * noun phrase or gerund, names a topic done by no one in particular. */
function listedGerund(view: SentenceView, c: number, j: number): boolean {
  const ch = view.chunks;
  const sibling = ch[j - 1];
  if (!ch[c].gerund || sibling?.kind !== 'VG' || !sibling.gerund || sibling.finite) return false;
  if (ch[j - 2]?.kind !== 'PREP' || GERUND_PREPS.has(view.toks[ch[j - 2].from].normal)) return false;
  const end = phraseEnd(ch, c);
  return ch[end].breakAfter && ch[end + 1]?.kind === 'CONJ' && (ch[end + 2]?.kind === 'NP' || !!ch[end + 2]?.gerund);
}

/** "Day invited Hudson, then visibly deteriorating from AIDS, to appear …": a gerund set off by commas between
 * a verb's object (chunk j) and that verb's "to"-infinitive interrupts the verb's own phrase, so it describes the
 * object, not the clause's subject; unless it is an act of saying, which goes with the verb. */
function interruptingGerund(view: SentenceView, c: number, j: number): boolean {
  const ch = view.chunks;
  if (!ch[c].gerund || ch[j - 1]?.kind !== 'VG' || ch[j - 1].gerund) return false;
  // ("urged Tom Hale, citing his health, to resign": an act of saying goes with the urging, the subject's.)
  if (['SAYS', 'MENTIONS'].includes(verbType(ch[c].lemma) ?? '')) return false;
  const end = phraseEnd(ch, c);
  const next = ch[end + 1];
  const infinitive = next?.kind === 'VG' || (next?.kind === 'PREP' && ch[end + 2]?.kind === 'VG');
  return /,/.test(view.toks[ch[end].to].post) && infinitive && view.toks[next.from].normal === 'to';
}

/** `adjuncts`: with 'all', a gerund after "by/after/while …" shares the clause's subject ("He underlined the
 * call by saying …") and a parenthetical "in/on …" phrase is skipped ("Coles, in its release, reported"), as
 * speech reads them; with 'means' (the triple rules) only a "by"-gerund does; with 'none' (the open-IE
 * propositions, whose tuples keep the adjunct with its verb) neither. */
const VERB_FORMS = new Set(['Infinitive', 'PresentTense', 'PastTense']);

/** "Tesco to sell its Polish branch to Salling Group": a headline's future, a phrase opening the sentence and
 * "to" before the verb, with no tensed verb in its clause (up to a semicolon); the phrase is the subject. */
function headlineFuture(view: SentenceView, c: number): boolean {
  const ch = view.chunks;
  if (c !== 2 || ch[0].kind !== 'NP' || ch[0].from !== 0 || ch[0].breakAfter) return false;
  // ("Sixteen states sue President Trump to stop …": a verb the phrase took in is the clause's own.)
  const verbLike = (t: Token) =>
    t.tags.has('Verb') || (/^\p{Ll}/u.test(t.text) && lexiconTags(t.normal).some((x) => VERB_FORMS.has(x)));
  if (view.toks.slice(ch[0].from, ch[0].to + 1).some(verbLike)) return false;
  if (view.toks[ch[1].from].normal !== 'to' || ch[1].from !== ch[1].to) return false;
  const semicolon = view.toks.findIndex((t) => /;/.test(t.post));
  const end = semicolon < 0 ? view.toks.length : semicolon;
  return !ch.some((x) => x.kind === 'VG' && x.finite && x.from <= end);
}

export function subjectOf(
  view: SentenceView,
  c: number,
  depth = 0,
  adjuncts: 'all' | 'means' | 'none' = 'means',
): SubjectRef | undefined {
  const ch = view.chunks;
  const vg = ch[c];
  if (headlineFuture(view, c)) return { np: ch[0], how: 'direct' };
  let j = c - 1;
  while (j >= 0 && ch[j].kind === 'ADV' && !ch[j].breakAfter) j--;
  // "Tom Hale and Bo Berg, respectively, met": the adverb set off by commas only pairs the list with another.
  if (ch[j]?.kind === 'ADV' && view.toks[ch[j].from].normal === 'respectively' && ch[j].from === ch[j].to) j--;
  // "the mayor of Dayton, Ohio, said": a place qualifying the place before it closes that phrase.
  if (ch[j]?.kind === 'NP' && (ch[j].breakAfter ? qualifies(view, j) : countryAfterComma(view, j))) j--;
  // "Sen. Craig Holloway, R-Pa., said": a party's tag set off after a name closes the name's phrase.
  if (
    ch[j]?.kind === 'NP' &&
    ch[j].from === ch[j].to &&
    partyTag(view.toks[ch[j].from], undefined) &&
    ch[j - 1]?.breakAfter
  )
    j--;
  const prev = ch[j];
  if (!prev) return undefined;
  // "The company Tom Hale founded bought …": the name is the subject of a relative clause only (reduced-relative.ts).
  if (runOnRelative(view, c, j)) return undefined;
  // "the Outbreak Team (jokingly called Bug Busters)": a lone past form opening a bracket describes the phrase
  // before the bracket, which is what is done to, not who does it.
  const bracket = bracketAfter(view.toks[prev.to], view.toks[prev.to + 1]);
  const leadAdverbs = view.toks.slice(vg.from, vg.to).every((t) => t.tags.has('Adverb'));
  if (prev.kind === 'NP' && leadAdverbs && bracket && pastForm(view, vg)) return { np: prev, how: 'participle' };
  const inherit = (): SubjectRef | undefined => {
    if (depth > 3) return undefined;
    // A verb inside a quotation the gerund is not in belongs to the quoted words' own clauses ("had “contributed
    // to instability felt across the world,” by supporting Assad": not "felt").
    const quotedApart = (k: number) =>
      view.quotes.some(([a, b]) => ch[k].from >= a && ch[k].to <= b && !(vg.from >= a && vg.to <= b));
    for (let k = c - 1; k >= 0; k--) {
      // "Don watched Wyatt become a rider and supported Zac": a tensed verb is not coordinated with a bare
      // infinitive; it shares the subject of the tensed clause around that infinitive, when there is one.
      const bare = ch[k].kind === 'VG' && vg.finite && !ch[k].finite && !ch[k].gerund;
      if (bare && ch.slice(0, k).some((x) => x.kind === 'VG' && x.finite)) continue;
      if (ch[k].kind === 'VG' && !ch[k].gerund && !isParticiple(view, k) && !quotedApart(k)) {
        const s = subjectOf(view, k, depth + 1);
        // "Trump tested positive for X, the virus that causes Y, after traveling to Ohio": a relative
        // clause describes a noun; the gerund hangs on the clause around it.
        // ("… who studies in Ohio and plays for Acme": a coordinated verb shares the relative's subject.)
        if (s?.how === 'relative' && vg.gerund) continue;
        // "asked whether Oakland was part of the US and then declared …": the verb of an indirect question is
        // not the one a later verb is coordinated with; the asker's is.
        // (Not a condition's own verbs: "If Tom wins and then sues Acme": "if" opens no verb's object there.)
        if (s && indirectQuestion(view, s.np.from)) continue;
        if (s && reportedClauseBefore(view, s.np.from, vg)) continue;
        // "Officials denied that Seoul had softened its position, saying …": a gerund of saying goes on with
        // the act of the one who reported, not with the reported clause's subject.
        if (s && vg.gerund && verbType(vg.lemma) === 'SAYS' && openedAfterVerb(view, s.np.from, ['that'])) continue;
        return s ? { np: s.np, how: 'inherited' } : undefined;
      }
    }
    return undefined;
  };
  // A phrase inside a quotation is not the subject of a verb outside it (“… Russia,” said Zelensky).
  const quoted = (np: Chunk) =>
    view.quotes.some(([a, b]) => np.from >= a && np.to <= b && !(vg.from >= a && vg.to <= b));
  if (prev.kind === 'NP' && quoted(prev)) return undefined;
  // "Iran issues warrants for 36 people; seeks Interpol's aid": a verb right after a semicolon has the
  // subject of the clause before it (a headline's second clause); a phrase after one has its own verb.
  if (prev.kind === 'NP' && /;/.test(view.toks[prev.to].post) && !vg.gerund) return inherit();
  if (prev.kind === 'NP') {
    // (", committing to send troops.": a group opening with a gerund is a gerund clause too when it ends the
    // sentence; "between Ann, claiming to represent X, and Tom" describes the phrase before it.)
    const leadGerund = () =>
      view.toks[vg.from].tags.has('Gerund') && !view.toks.slice(vg.to, -1).some((t) => /,/.test(t.post));
    if (listedGerund(view, c, j) || interruptingGerund(view, c, j)) return undefined;
    if (prev.breakAfter && (vg.gerund || leadGerund())) return inherit();
    // "Sony, which owns Columbia Pictures, sued …" / "The company, based in Paris, hired …": skip back
    // over the parenthetical clause to the phrase it describes.
    if (prev.breakAfter && !vg.gerund) {
      const inBrackets = bracketedAside(view, j);
      if (inBrackets !== undefined) return inBrackets ?? undefined;
      // "NetChoice, a group whose members include Meta, Google and Snap, sued": the commas of a list the aside
      // ends with are no break of the clause; the aside opens before the list's first item.
      let k = (listStart(view, j) ?? j) - 1;
      while (k >= 0 && (!ch[k].breakAfter || placeComma(view, k))) k--;
      if (ageAside(view, k)) k--;
      const open = ch[k + 1];
      if (
        k >= 0 &&
        k + 1 < j &&
        ch[k].kind === 'NP' &&
        (open.kind === 'REL' ||
          descriptiveAside(view, k) ||
          (open.kind === 'VG' && !open.finite) ||
          (open.kind === 'VG' && open.participle) ||
          // "Acme Corp, when announcing the deal, said …": a gerund clause after "when/while/after".
          (open.kind === 'SUB' && !!ch[k + 2]?.gerund && !ch[k + 2].finite) ||
          // "Coles, in its March 8 media release, reported …" (read for speech only).
          (adjuncts === 'all' &&
            open.kind === 'PREP' &&
            ['in', 'on', 'at', 'via'].includes(view.toks[open.from].normal)) ||
          // "Particulate matter, like that produced at power plants, can cause …": a comparison aside; "Acme,
          // without Beta Ltd, sued …", "Acme, along with Beta Ltd, sued …": the aside's name is no subject
          // (a companion is one more: companion-subject.ts).
          (open.kind !== 'VG' && SUBJECT_ASIDES.has(view.toks[open.from].normal)) ||
          // "Tom Hale, of Acme Corp, met …": a person's affiliation set off by commas.
          (open.kind === 'PREP' &&
            ['of', 'from'].includes(view.toks[open.from].normal) &&
            view.types.get(ch[k].head ?? '') === 'Person'))
      ) {
        // "Cain, who, like Trump, ran …, died": the phrase before the aside is a preposition's object, no
        // subject; the clause's own subject lies further back, past the relative, so none is sure.
        const hk = headOfRun(ch, k);
        // "Duane Mellor, a dietitian at Aston University in Birmingham, England, who was not involved, said": a
        // relative clause after a name's apposition leaves the name the subject, whatever the clause describes.
        if (open.kind === 'REL') {
          const owner = appositionOwner(view, hk);
          if (owner) return { np: owner, how: 'direct' };
        }
        if (ch[hk - 1]?.kind === 'PREP' && !ch[hk - 1].breakAfter) return undefined;
        // "Don adored Deirdre, who loved him back, loved spending …": nor is a verb's object, unless the verb
        // takes a clause whose subject it is ("Police say Tom, who lives in Oslo, fled").
        const verb = ch[hk - 1];
        if (open.kind === 'REL' && verb?.kind === 'VG' && !verb.breakAfter && !takesClause(verb.lemma))
          return undefined;
        return { np: runSubject(view, hk, k), how: 'direct' };
      }
      // "Zoomly, which is based in San Francisco, says …" with "Zoomly" read as no noun: the phrase before the
      // verb is inside the relative clause and no subject; what the clause describes is unseen.
      if (open?.kind === 'REL' && k + 1 < j) return undefined;
      // "… and Solaris Paper which makes Sorbent, emphasized": the relative clause closed by the comma
      // describes the phrase before "which", its object is no subject; so does "that" right after an
      // apposition's noun ("Acme Corp, the company that bought Beta Group, hired …").
      for (let r = k + 2; r < j; r++)
        if (
          (ch[r].kind === 'REL' || (ch[r].kind === 'COMP' && r === k + 2)) &&
          ch[r - 1].kind === 'NP' &&
          !ch[r - 1].breakAfter &&
          ch[r + 1]?.kind === 'VG'
        )
          return { np: ch[headOfRun(ch, r - 1)], how: 'direct' };
    }
    if (isParticiple(view, c)) return { np: prev, how: 'participle' };
    // "Huber succumbed to a lung disorder, unrelated to COVID-19, …": after the clause's own verb, a lone
    // participle set off by a comma describes the phrase before the comma.
    if (
      prev.breakAfter &&
      isBareParticiple(vg) &&
      ch[c + 1]?.kind === 'PREP' &&
      ch.slice(0, j).some((k) => k.kind === 'VG' && k.finite)
    )
      return { np: prev, how: 'participle' };
    // A bare -ing form right after a noun modifies that noun, not the head of its phrase: in "treated in
    // Moscow for injuries including burns" it is the injuries that include.
    // ("a message on Twitter blaming Iran": after a place-like "on/in/at" phrase it is the noun before it)
    if (vg.gerund && !vg.finite && !prev.breakAfter) {
      const scene = ch[j - 1]?.kind === 'PREP' && SCENE_PREPS.has(view.toks[ch[j - 1].from].normal);
      if (scene) return ch[j - 2]?.kind === 'NP' ? { np: ch[j - 2], how: 'direct' } : { np: prev, how: 'direct' };
      // "cleared protesters from Lafayette Square using tear gas": a place after a preposition does not act;
      // the -ing form hangs on the noun before it or on the clause, and which one is a guess. After "to"
      // and "for" the place may be the subject of a clause ("led to the state using the National Guard").
      // Any other object of "off", "near", "against" … is as much a guess ("a house off the A496 overlooking
      // the estuary": the house overlooks).
      const prep = ch[j - 1]?.kind === 'PREP' ? view.toks[ch[j - 1].from].normal : undefined;
      const place = !!prev.head && view.types.get(prev.head) === 'Place';
      if (prep && !CLAUSE_PREPS.has(prep) && (place || !DOER_PREPS.has(prep))) return undefined;
      return { np: prev, how: 'direct' };
    }
    let h = headOfRun(ch, j);
    if (h < j && titledAfterPerson(view, ch[h], ch[j])) h = j;
    // "a lawyer representing Spanton told …": the phrase before the verb is the object of a reduced
    // relative; the subject is the phrase the gerund describes.
    // ("announcing he had tested positive": a verb of saying takes a clause, and "he" is no object.)
    const reduced = ch[h - 1];
    if (
      reduced?.kind === 'VG' &&
      reduced.gerund &&
      !reduced.breakAfter &&
      verbType(reduced.lemma) !== 'SAYS' &&
      !view.toks[ch[h].to].tags.has('Pronoun') &&
      ch[h - 2]?.kind === 'NP' &&
      !ch[h - 2].breakAfter
    )
      h = headOfRun(ch, h - 2);
    // "Ann Cole speaking to the Harbour Trust called …": the same with a preposition after the gerund (no
    // clause can follow it, so a verb of saying counts too); the preposition's object does not act.
    else if (
      ch[h - 1]?.kind === 'PREP' &&
      !ch[h - 1].breakAfter &&
      view.toks[ch[h - 1].from].normal !== 'of' &&
      ch[h - 2]?.kind === 'VG' &&
      ch[h - 2].gerund &&
      !ch[h - 2].finite &&
      !ch[h - 2].breakAfter &&
      ch[h - 3]?.kind === 'NP' &&
      !ch[h - 3].breakAfter &&
      !!ch[h - 3].head
    )
      h = headOfRun(ch, h - 3);
    // "walked and upon reaching the Church held up a Bible": the phrase before the verb is the object of a
    // gerund a preposition opens, an adjunct; the subject is before it, or shared after "and". (Not after a
    // verb of saying: "accused Biden of saying he wanted to ban …" reports a clause whose subject is "he".)
    const adjunct = ch[h - 1];
    if (
      adjunct?.kind === 'VG' &&
      adjunct.gerund &&
      !adjunct.finite &&
      !takesClause(adjunct.lemma) &&
      ch[h - 2]?.kind === 'PREP'
    ) {
      const before = ch[h - 3];
      if (before?.kind === 'CONJ') return inherit();
      return before?.kind === 'NP' && !before.breakAfter ? { np: ch[headOfRun(ch, h - 3)], how: 'direct' } : undefined;
    }
    const clause = clauseBefore(view, h);
    if (clause === 'gerund') return undefined;
    if (clause !== undefined) return { np: clause, how: 'direct' };
    const described = personBeforeAside(view, h, j);
    if (described) return { np: described, how: 'direct' };
    const excluded = excludedBefore(view, h);
    if (excluded !== undefined) return { np: ch[headOfRun(ch, excluded)], how: 'direct' };
    // Apposition before the verb ("Alan, one of the crew, begins"): the first phrase, unless only the
    // second names an entity ("China's leader, Xi Jinping, made").
    const first = ch[h - 1];
    if (
      prev.breakAfter &&
      first?.kind === 'NP' &&
      first.breakAfter &&
      // A list ("Ann, Bo, the chair, said") is no apposition; a fronted "In a report," is no list item.
      !((ch[h - 2]?.kind === 'NP' && ch[h - 3]?.kind !== 'PREP' && !opener(view, h - 2)) || ch[h - 2]?.kind === 'CONJ')
    ) {
      const fh = headOfRun(ch, h - 1);
      const firstHead = ch[fh];
      // The object of a preposition is no subject ("a party that now does likewise with Ann Cole, the
      // Harbour Party, nominated …"): the second phrase describes the subject further back.
      // ("after Ann Cole, a lawyer, sued …": "after" may open a clause, whose subject she is.)
      const prep = ch[fh - 1];
      if (prep?.kind === 'PREP' && !CLAUSE_OPENERS.has(prep.headWord)) return { np: ch[h], how: 'direct' };
      // A role phrase standing for its holder ("Merkel's spokesperson, Steffen Seibert, said") gives way
      // to the named holder.
      // So does one the entity stage read as a mention of that holder ("The Emir of Qatar, Tamim bin Hamad,").
      const holder = !!ch[h].head && firstHead.head !== ch[h].head && firstHead.entities.includes(ch[h].head!);
      // So does an indefinite one ("a Republican, Mark Amodei, said" is one member, named second), and a
      // common noun the article made a concept node ("Another voice actor, Lauren Landa, would list …").
      const person = view.types.get(ch[h].head ?? '') === 'Person';
      const member =
        person &&
        (/^(?:an?|another)$/.test(view.toks[firstHead.from].normal) ||
          view.types.get(firstHead.head ?? '') === 'Concept');
      // So does a role of the name the phrase ends on ("The president of Norland, Ann Cole, visited …").
      const role = roleBeforeOf(view, firstHead);
      const inRole = person && !!role && OFFICE_TYPES.has(nounType(role) ?? '');
      // Unless a phrase with no name of its own is itself the apposition of a person's name opening the
      // clause ("Ann Cole, the mayor of Dorn, Upper Vale, announced"): the name after it qualifies the
      // phrase's place, and the subject is the opening name.
      const owner = ch[fh - 1];
      if (
        !firstHead.head &&
        owner?.kind === 'NP' &&
        owner.breakAfter &&
        isPerson(view, owner) &&
        opensClause(view, fh - 1)
      )
        return { np: owner, how: 'direct' };
      return {
        np: (!firstHead.head || holder || member || inRole) && ch[h].head ? ch[h] : firstHead,
        how: 'direct',
      };
    }
    const named = !prev.breakAfter && h === j ? unclosedRole(view, h) : undefined;
    if (named) return { np: named, how: 'direct' };
    return { np: runSubject(view, h, j), how: 'direct' };
  }
  if (prev.kind === 'REL') {
    const a = j - 1;
    if (a < 0 || ch[a].kind !== 'NP') return undefined;
    // "withdrew the US from a treaty with Iran, which had been agreed under Ann Cole": past two
    // prepositions other than "of" the phrases may hang on the verb, not on one another; which one the
    // clause describes is a guess, and a guess makes no edge.
    const h = headOfRun(ch, a);
    const hops = ch.slice(h, a).filter((c) => c.kind === 'PREP' && view.toks[c.from].normal !== 'of');
    if (hops.length > 1) return undefined;
    // ("A ransomware attack on Acme Health, which operates 14 hospitals": after a preposition, a name may be what
    // the clause describes, or the thing before it; a guess makes no edge.)
    const named = (c: Chunk) => !!c.head && !['Concept', 'Event'].includes(view.types.get(c.head) ?? 'Concept');
    // ("an influence on Tom Hale, who described it": "who" stands for the person, the name next to it.)
    if (hops.length === 1 && !named(ch[h]) && named(ch[a]))
      return view.toks[prev.from].normal === 'who' && view.types.get(ch[a].head!) === 'Person'
        ? { np: ch[a], how: 'relative' }
        : undefined;
    // "removed his sister Yingluck in 2014, which placed Prayuth in office": "which" never stands for a person
    // ("who" does); what it describes is the event before it.
    const antecedent = relativeAntecedent(view, h);
    if (view.toks[prev.from].normal === 'which' && view.types.get(antecedent.head ?? '') === 'Person') return undefined;
    return { np: antecedent, how: 'relative' };
  }
  // "the virus that causes COVID-19": "that" right after a noun and right before a tensed verb opens a
  // subject relative (a complement clause would have a subject of its own: "told reporters that Iran lied").
  if (
    prev.kind === 'COMP' &&
    view.toks[prev.from].normal === 'that' &&
    !prev.breakAfter &&
    vg.finite &&
    !vg.gerund &&
    ch[j - 1]?.kind === 'NP' &&
    !ch[j - 1].breakAfter &&
    !view.toks[ch[j - 1].to].tags.has('Pronoun') &&
    // After a preposition the clause may describe the noun or the phrase the preposition hangs on ("a bill
    // for the interruption of pregnancy that legalises abortion"): no subject.
    ch[j - 2]?.kind !== 'PREP'
  )
    return { np: relativeAntecedent(view, j - 1), how: 'relative' };
  // "Acme Corp, whose shares fell, said …": a relative clause set off by commas that ends on its own verb
  // describes the phrase before it, as one ending on a noun does (above).
  if (prev.kind === 'VG' && prev.breakAfter && /,/.test(view.toks[prev.to].post) && vg.finite && !vg.gerund) {
    let k = j - 1;
    while (k >= 0 && !ch[k].breakAfter) k--;
    if (k >= 0 && ch[k].kind === 'NP' && ch[k + 1]?.kind === 'REL' && /,/.test(view.toks[ch[k].to].post)) {
      const hk = headOfRun(ch, k);
      const before = ch[hk - 1];
      if (before?.kind === 'PREP' && !before.breakAfter) return undefined;
      if (before?.kind === 'VG' && !before.breakAfter && !takesClause(before.lemma)) return undefined;
      return { np: runSubject(view, hk, k), how: 'direct' };
    }
  }
  // "… by saying …", "after meeting …": a gerund adjunct shares the clause's subject.
  const prep = prev.kind === 'PREP' && vg.gerund ? view.toks[prev.from].normal : '';
  const adjunct = (adjuncts === 'all' && GERUND_PREPS.has(prep)) || (adjuncts === 'means' && MEANS_PREPS.has(prep));
  if (prev.kind === 'CONJ' || (prev.kind === 'SUB' && vg.gerund) || (vg.gerund && prev.breakAfter) || adjunct)
    return inherit();
  return undefined;
}

/** "Longtime Imus in the Morning writer Rob Bartlett tweeted": a phrase ending in a person's name with a role
 * word before it, after another person's name and a preposition, is no modifier of that name ("Ann Cole of
 * the Dorn Trust" is; "the wife of lawyer Tom Hale" has no name first): the titled person is the subject. */
function titledAfterPerson(view: SentenceView, first: Chunk, last: Chunk): boolean {
  const person = (id: string | undefined) => !!id && view.types.get(id) === 'Person';
  if (!person(first.head) || !person(last.head) || first.head === last.head) return false;
  if (view.entityAt[last.to] !== last.head) return false;
  let start = last.to;
  while (start > last.from && view.entityAt[start - 1] === last.head) start--;
  const role = view.toks[start - 1];
  return start > last.from && /^\p{Ll}/u.test(role.text) && role.tags.has('Noun') && !view.entityAt[start - 1];
}

/** The first item of a list of three or more that `ch[k]` ends ("Meta, Google and Snap"), or undefined. */
function listStart(view: SentenceView, k: number): number | undefined {
  const comma = (c: Chunk) => /^,\s*$/.test(view.toks[c.to].post);
  const first = view.chunks[k]?.kind === 'NP' ? listFirstItem(view.chunks, k, comma) : -1;
  return first >= 0 && first < k - 2 ? first : undefined;
}
