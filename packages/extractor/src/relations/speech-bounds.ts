// Where a reported statement after its verb starts and ends when something else stands around it: the person
// told ("told the BBC that police suspect …" reports "police suspect …", not "the BBC that …"), and the comma
// closing a relative clause the verb is in ("China, which claims sovereignty over Taiwan, bans …" reports no
// more than "sovereignty over Taiwan"; the rest is the sentence's own main clause); and where it starts before
// its verb: at the subject of a quotation that completes a clause, or at the phrase a relative pronoun stands for.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { ADDRESSEE_VERBS, clauseFollows } from './reported-content.js';
import { timeExpressionsOf } from './clause-time.js';
import { opensClause } from './objects-of.js';
import { answeringVerb, agentActVerb } from './answering-verb.js';
import { ACTOR_TYPES } from './vocabulary.js';

/** The first token of what was said after an addressee: past "told <X> that", or at the subject of "told <X> he
 * would resign" / "told <X> the plant would close"; else `from` as it is. */
export function afterAddressee(view: SentenceView, from: number, lemma: string): number {
  if (!ADDRESSEE_VERBS.has(lemma)) return from;
  const ch = view.chunks;
  const k = ch.findIndex((x) => x.from === from);
  const told = ch[k];
  if (!told || told.kind !== 'NP' || told.breakAfter) return from;
  const next = ch[k + 1];
  // ("told reporters Tom Hale would leave": the parse may join the people told and the subject in one phrase)
  const joined = next?.kind === 'VG' && next.finite ? nameInside(view, told.from, told.to) : undefined;
  if (joined !== undefined) return joined;
  // ("told reporters in Oslo that …": where they were told is no part of what was said)
  const phrased = next?.kind === 'PREP' ? afterPhrases(view, next.from) : undefined;
  if (phrased !== undefined) return phrased;
  // ("told the Herald that Volvo would …": the parse may read "that" as the determiner of the next phrase)
  if (next && view.toks[next.from].normal === 'that' && (next.kind === 'COMP' || next.kind === 'NP'))
    return next.kind === 'COMP' ? next.to + 1 : next.from + 1;
  // The clause's subject, with its "of/in …" phrases ("the plant in Ghent would close"), then its verb.
  if (next?.kind === 'NP' && !next.breakAfter && opensClause(view, k + 1)) return next.from;
  // ("told reporters there was no money": an existential "there" and its verb open the clause.)
  if (next && view.toks[next.from].normal === 'there' && ch[k + 2]?.kind === 'VG' && ch[k + 2].finite) return next.from;
  // ("told Wikinews the twists they saw … could be", "told Wikinews only 10% of the employees were women": after
  // a named addressee, a clause whose subject has its own clause or an adverb before it)
  const named = !!told.head || view.toks[told.from].tags.has('Pronoun');
  // (not an order, "told me not to speak", nor the rest of the addressee's name, "told Charlamagne tha God")
  const opens =
    (next?.kind === 'NP' || next?.kind === 'ADV' || FOCUS_WORDS.has(view.toks[next?.from ?? -1]?.normal ?? '')) &&
    !['not', 'to'].includes(view.toks[next.from].normal) &&
    !(told.head && view.entityAt[next.from] === told.head) &&
    clauseFollows(view, next.from);
  return named && opens ? next!.from : from;
}

/** Words of degree that may open the subject of what was told, whatever the parse calls them ("told the BBC even
 * one percent of users would be too many": "even" is tagged a conjunction). */
const FOCUS_WORDS = new Set(['even', 'just', 'almost', 'nearly', 'roughly']);

/** Possessive pronouns that open a clause's subject right after the name of the one told ("told Fox News their
 * investigation could last …"). */
const OPENING_POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our', 'my']);

/** The first token of a name that starts inside a phrase after a lower-case noun ("reporters Tom Hale",
 * "local media Adamowicz's heart") or right after another name ("told NPR Hamza bin Laden had …"), or of a
 * possessive right after a name ("Fox News their investigation"); else undefined. */
function nameInside(view: SentenceView, from: number, to: number): number | undefined {
  for (let j = from + 1; j <= to; j++) {
    const before = view.toks[j - 1];
    const [here, prev] = [view.entityAt[j], view.entityAt[j - 1]];
    if (!/^\s*$/.test(before.post)) continue;
    const named = here && here !== prev && /^\p{Lu}/u.test(view.toks[j].text);
    if (named && (!!prev || (before.tags.has('Noun') && /^\p{Ll}/u.test(before.text)))) return j;
    if (prev && !here && j < to && OPENING_POSSESSIVES.has(view.toks[j].normal)) return j;
  }
  return undefined;
}

/** Phrases right after the verb say where, how or to whom something was said ("said in a statement the plant
 * would close", "wrote to Ann Lee that …", "said at a press conference yesterday morning the laws …"): what
 * was said starts after them, at "that" or at a clause's subject. Undefined when no clause follows them:
 * "spoke with Ann Lee" names whom one spoke with; in "the statement after Tom spoke with Ann Lee demonstrates …"
 * the verb after the phrase is another clause's, in "tweeted about the riots that followed …" the "that" opens a
 * relative clause, and in "commented on it when she was 14" the "when" clause is the comment's time. */
export function afterPhrases(view: SentenceView, from: number): number | undefined {
  const ch = view.chunks;
  let m = ch.findIndex((x) => x.from === from);
  if (ch[m]?.kind !== 'PREP') return from;
  const times = timeExpressionsOf(view);
  const time = (i: number) => ch[i]?.kind === 'NP' && times.some((t) => t.from === ch[i].from);
  while (ch[m]?.kind === 'PREP' && ch[m + 1]?.kind === 'NP' && !ch[m].breakAfter) {
    m += 2;
    if (ch[m - 1].breakAfter) break;
    while (time(m) && !ch[m].breakAfter) m++;
    // ("in remarks published by the Daily Post that …": a participle describing the phrase's noun)
    if (
      ch[m]?.kind === 'VG' &&
      ch[m].participle &&
      ch[m].from === ch[m].to &&
      ch[m + 1]?.kind === 'PREP' &&
      !ch[m].breakAfter
    )
      m++;
  }
  // A subject, possibly coordinated ("the FAA and the NTSB would investigate"), with its verb after it.
  const subjectAt = (i: number) => {
    let j = i;
    while (ch[j]?.kind === 'NP' && ch[j + 1]?.kind === 'CONJ' && ch[j + 2]?.kind === 'NP' && !ch[j].breakAfter) j += 2;
    return (ch[i]?.kind === 'NP' && opensClause(view, j)) || view.toks[ch[i]?.from ?? -1]?.normal === 'there';
  };
  const next = ch[m];
  if (!next) return undefined;
  // ("announced to journalists Adamowicz remained alive")
  const joined = next.kind === 'VG' && next.finite ? nameInside(view, ch[m - 1].from, ch[m - 1].to) : undefined;
  if (joined !== undefined) return joined;
  if (view.toks[next.from].normal !== 'that') return subjectAt(m) ? next.from : undefined;
  // ("that" alone may be read as a pronoun phrase, or joined to the subject's phrase: "that the aid")
  if (next.kind === 'COMP' || next.from === next.to) {
    // ("that crews might turn …": a plural subject the parse took for a verb, right before the verb group)
    const misread = ch[m + 1]?.kind === 'VG' && ch[m + 2]?.kind === 'VG' && !!ch[m + 2].finite && !ch[m + 1].breakAfter;
    return subjectAt(m + 1) || misread ? next.to + 1 : undefined;
  }
  // ("that the border closure between X and Y drove …": "that" before a determiner can only open a clause)
  const determiner = view.toks[next.from + 1]?.tags.has('Determiner');
  return next.kind === 'NP' && (determiner || opensClause(view, m)) ? next.from + 1 : undefined;
}

/** The last token of what was said: the token before the comma that closes the relative clause the verb group
 * at chunk c is in (", which claims …,", ", who said …,"); else before the comma that closes a subordinate clause
 * opening the sentence, when the main clause follows it ("After Ann suggested prices would rise, the debate
 * centered on …"); else before a semicolon outside quotation marks ("he claimed it was an accident; Tom
 * claimed …": the next clause is no part of it), or a comma before a contrasting clause with its own subject
 * (", but Acme denied it"); else the sentence's last token. */
export function statementEnd(view: SentenceView, c: number, from: number): number {
  const ch = view.chunks;
  const last = view.toks.length - 1;
  const quoted = (k: number) => view.quotes.some(([a, b]) => k >= a && k <= b);
  const rel = ch[c - 1]?.kind === 'REL' ? c - 1 : ch[c - 2]?.kind === 'REL' ? c - 2 : -1;
  if (rel >= 0 && /,/.test(view.toks[ch[rel].from - 1]?.post ?? '')) {
    for (let k = from; k < last; k++) if (/[,;]|—/.test(view.toks[k].post)) return k;
    return last;
  }
  const leading =
    LEADING_SUBORDINATORS.has(view.toks[0]?.normal) && !view.toks.slice(0, ch[c].from).some((t) => /,/.test(t.post));
  for (let k = from; k < last; k++) {
    // ("said Hale is “a model”; however, …": a semicolon or comma after the closing mark is outside the quotation.)
    // (nor is an "and" or "but" after the closing mark: 'said the arrest was "deeply worrying" and urged …',
    // 'said he was leaving "to let the firm move on," but did not comment …', '… "tragedy" while Ann Cole wrote …')
    const closesBeforeLink =
      /["”]\s*$/.test(view.toks[k].post) && ['and', 'but', 'while', 'whereas'].includes(view.toks[k + 1]?.normal);
    if (quoted(k) && !/["”’]\s*[;,]/.test(view.toks[k].post) && !closesBeforeLink) continue;
    if (/;/.test(view.toks[k].post)) return k;
    // "says the cases are politically motivated, a claim the government denies": an apposition naming the
    // statement is the writer's comment on it.
    const [article, noun] = [view.toks[k + 1], view.toks[k + 2]];
    if (/,/.test(view.toks[k].post) && /^an?$/.test(article?.normal ?? '') && COMMENT_NOUNS.has(noun?.normal ?? ''))
      return k;
    if (leading && /,/.test(view.toks[k].post) && subjectAt(view, k + 1) && clauseFollows(view, k + 1)) return k;
    // "cited the Air Force as stating Saha owned the plane, and claimed a sixteenth death": a verb with no
    // subject of its own after ", and" goes on with the one who reports, not with what was reported; so does
    // one after ", but" ("hinted the task force would be disbanded, but later reversed himself"). A modal goes
    // on with what was said ("was uninterested in the post, but would fill it as needed").
    if (
      /,/.test(view.toks[k].post) &&
      ['and', 'but'].includes(view.toks[k + 1]?.normal) &&
      finiteAt(view, k + 2) &&
      !view.toks[k + 2]?.tags.has('Modal')
    )
      return seriesStart(view, from, k) ?? k;
    // "said the aid was late but denied that he made a deal": a verb of saying or denying after "and/but" with
    // no subject of its own is the speaker's next act, not more of what was said.
    if (['and', 'but'].includes(view.toks[k + 1]?.normal ?? '') && speechVerbAt(view, k + 2)) return k;
    // "denied the charges and his lawyer, Roberto Su, said he would appeal": after "and", a phrase naming
    // another speaker (an apposition allowed) and their verb of saying open the writer's next clause.
    if (view.toks[k + 1]?.normal === 'and' && speakerClauseAt(view, k + 2)) return k;
    // So does a past verb of urging when what was said cannot have urged: its subject is no person or body ("said
    // the arrest was worrying and urged Vestria to …"), or its verb is not a past one ("predicted Trump would
    // lose and asked voters to …"); "reported Iran issued warrants and demanded …" goes on with Iran.
    if (
      view.toks[k + 1]?.normal === 'and' &&
      agentActAt(view, k + 2) &&
      (!agentAt(view, from) || !pastAt(view, from, k))
    )
      return k;
    // "said Acme funded Beta, but Acme denied it", ", while Ann Cole said it did not": a contrasting clause
    // whose subject is another actor, or the speaker as "he"/"she", is the writer's, set against what was said
    // (", but local restrictions make it hard" may go on with the speaker's own words).
    // ("denied all claims that he was slain, however, a UN report concluded …": "however" set off by commas
    // opens the writer's next clause, whoever its subject is.)
    const contrast = view.toks[k + 1]?.normal ?? '';
    const setOff = contrast === 'however' && /,/.test(view.toks[k + 1].post);
    if (
      /,/.test(view.toks[k].post) &&
      CONTRASTS.has(contrast) &&
      (actorAt(view, k + 2) || (setOff && subjectAt(view, k + 2))) &&
      clauseFollows(view, k + 2)
    )
      return k;
    // "said the victims were … in an "appalling tragedy" while Interior Minister Joachim Brudziński wrote he …":
    // with no comma too, when the contrasting clause's actor says something of their own.
    if ((contrast === 'while' || contrast === 'whereas') && actorSays(view, k + 2)) return k;
  }
  return last;
}

/** The noun phrase at token `i` names a person or body (a title before the name allowed) and a verb of saying
 * follows it ("Interior Minister Ann Cole wrote …"). */
function actorSays(view: SentenceView, i: number): boolean {
  const np = view.chunks.find((x) => x.from === i && x.kind === 'NP');
  return !!np && !np.breakAfter && actorAt(view, i) && speechVerbAt(view, np.to + 1);
}

/** Noun phrases open at token `i` (set off by commas, at most three: "his lawyer, Roberto Su,"), one of them
 * naming a person or body, and a verb of saying follows them. */
function speakerClauseAt(view: SentenceView, i: number): boolean {
  const ch = view.chunks;
  let c = ch.findIndex((x) => x.from === i && x.kind === 'NP');
  let actor = false;
  for (let n = 0; c >= 0 && n < 3 && ch[c]?.kind === 'NP'; n++, c++) {
    actor ||= actorAt(view, ch[c].from);
    if (ch[c + 1]?.kind === 'VG' && speechVerbAt(view, ch[c + 1].from)) return actor;
    if (!ch[c].breakAfter) return false;
  }
  return false;
}

/** Nouns that name a statement in an apposition after it ("…, a claim the government denies"). */
const COMMENT_NOUNS = new Set(['claim', 'allegation', 'accusation', 'charge', 'assertion', 'view', 'argument']);

/** Words that set a clause against the one before ("…, but Acme denied it"). */
const CONTRASTS = new Set(['but', 'while', 'whereas', 'yet', 'however']);
/** A person, body or place (a country demands, as its government does). */
const AGENTS: ReadonlySet<string> = new Set([...ACTOR_TYPES, 'Place']);
/** The phrase at `i` is headed by an entity of one of `types` (a name, or a pronoun the coreference stage
 * resolved; "his detention" is headed by no one). */
const typedAt = (view: SentenceView, i: number, types: ReadonlySet<string>) => {
  const np = view.chunks.find((x) => x.from === i && x.kind === 'NP');
  return !!np && types.has(view.types.get(np.head ?? '') ?? '');
};
const actorAt = (view: SentenceView, i: number) => typedAt(view, i, ACTOR_TYPES);
const agentAt = (view: SentenceView, i: number) => typedAt(view, i, AGENTS);

/** Words that open a subordinate clause before the main one ("After …, the debate …"). */
export const LEADING_SUBORDINATORS = new Set([
  'after',
  'when',
  'although',
  'though',
  'while',
  'because',
  'since',
  'once',
]);

/** Words of sequence the chunker may read as a noun ("and later banned"). */
const SEQUENCE_WORDS = new Set(['later', 'then', 'afterwards', 'subsequently', 'eventually']);
/** The verb group `x` opens at token `i`, or right after an adverb or a word of sequence there. */
const opensAt = (view: SentenceView, x: Chunk, i: number) =>
  x.from === i || (x.from === i + 1 && (view.toks[i].tags.has('Adverb') || SEQUENCE_WORDS.has(view.toks[i].normal)));

/** A finite verb group opens at token `i`, an adverb before it allowed ("and later claimed"). */
const finiteAt = (view: SentenceView, i: number) =>
  view.chunks.some((x) => x.kind === 'VG' && x.finite && opensAt(view, x, i));

/** A past verb group of saying or denying opens at token `i` ("denied", "also said"): answering-verb.ts. */
const speechVerbAt = (view: SentenceView, i: number) =>
  view.chunks.some((x) => opensAt(view, x, i) && answeringVerb(view, x));
const agentActAt = (view: SentenceView, i: number) =>
  view.chunks.some((x) => opensAt(view, x, i) && agentActVerb(view, x));
/** The first finite verb between `from` and `to` is a simple past one (no modal, no present). */
function pastAt(view: SentenceView, from: number, to: number): boolean {
  const vg = view.chunks.find((x) => x.kind === 'VG' && x.finite && x.from >= from && x.to <= to);
  return !!vg && !view.toks.slice(vg.from, vg.to + 1).some((t) => t.tags.has('Modal') || t.tags.has('PresentTense'));
}

/** "declared a state of emergency on May 1, shut down all schools, and later banned …": when a series of verbs
 * with no subject of their own ends the statement at `end`, a statement with no verb of its own (a noun phrase)
 * ends before the first of them too. The token before that comma, or undefined. */
function seriesStart(view: SentenceView, from: number, end: number): number | undefined {
  for (let k = from; k < end; k++) {
    if (view.chunks.some((x) => x.kind === 'VG' && x.finite && x.from <= k && x.to >= from)) return undefined;
    // (a verb the series makes past though its form is ambiguous: "shut down", "set", "cut")
    if (
      /^,\s*$/.test(view.toks[k].post) &&
      view.chunks.some((x) => x.kind === 'VG' && x.from === k + 1 && bareVerb(view, x))
    )
      return k;
  }
  return undefined;
}

/** A verb group not opened by "to", a gerund or a participle in "-ed"/"-en" that could describe a noun. */
const bareVerb = (view: SentenceView, x: Chunk) =>
  x.finite || (!/(?:ing|ed|en)$/.test(view.toks[x.from].normal) && view.toks[x.from].normal !== 'to');

/** A noun phrase opens at token `i` (a main clause's subject, not ", which …" nor ", would fall"). */
const subjectAt = (view: SentenceView, i: number) => view.chunks.some((x) => x.from === i && x.kind === 'NP');

/** "Beta Holdings, which Ann Cole said was the best bidder": a relative pronoun right before the speaker is the
 * subject of what was said when that starts on its verb; the statement runs from the phrase the pronoun stands
 * for, the attribution's words with it (as "The dam, Ann Cole said, was …"). Not a time or a name after a
 * preposition ("since 2014, which his wife said was due to …" is about the whole clause before it). */
export function relativeAntecedent(view: SentenceView, c: number, from: number): number | undefined {
  const ch = view.chunks;
  const [antecedent, rel, speaker] = [ch[c - 3], ch[c - 2], ch[c - 1]];
  const said = ch.find((x) => x.from === from);
  if (rel?.kind !== 'REL' || speaker?.kind !== 'NP' || said?.kind !== 'VG' || !said.finite) return undefined;
  if (!SUBJECT_RELATIVES.has(view.toks[rel.from].normal) || antecedent?.kind !== 'NP') return undefined;
  // ("a national state of emergency, which he said would …": the phrase with its "of"-run)
  let a = c - 3;
  while (ch[a - 1]?.kind === 'PREP' && view.toks[ch[a - 1].from].normal === 'of' && ch[a - 2]?.kind === 'NP') a -= 2;
  // ("as distributism, which he said was …" is distributism's; "a plant in Ghent, which she said might happen"
  // is not Ghent's: after a preposition, only a phrase headed by no name nor time)
  const time = timeExpressionsOf(view).some((t) => t.from <= ch[a].to && t.to >= ch[a].from);
  const head = ch[a].head;
  const named = !!head && view.types.get(head) !== 'Concept';
  if (ch[a - 1]?.kind === 'PREP' && (time || named)) return undefined;
  // (a phrase that has run over a verb, "The firm hired Beta Holdings", starts after it)
  let start = ch[a].from;
  for (let k = ch[a].from; k < ch[a].to; k++) if (view.toks[k].tags.has('Verb')) start = k + 1;
  return start;
}
const SUBJECT_RELATIVES = new Set(['which', 'who']);

/** "distributism, which he said was an extreme form of capitalism", "an interview, that Trump claimed was
 * unfair": a relative pronoun before the speaker is the subject of what was said, which starts on its verb;
 * when no phrase can stand for the pronoun (relativeAntecedent), the statement has no subject to show. So it is
 * with no pronoun, a noun phrase right before the speaker's ("a decision its chief executive, Wael Sawan, said
 * was unrelated to the case": the decision was, and "was unrelated to the case" alone says nothing). */
export function subjectInRelative(view: SentenceView, c: number, from: number): boolean {
  const ch = view.chunks;
  const [rel, speaker] = [ch[c - 2], ch[c - 1]];
  const said = ch.find((x) => x.from === from);
  const relWord = rel && view.toks[rel.from].normal;
  const relative = rel?.kind === 'REL' || (rel?.kind === 'COMP' && relWord === 'that') || rel?.kind === 'NP';
  return relative && speaker?.kind === 'NP' && said?.kind === 'VG' && said.finite;
}

/** "told MSNBC Cummings “was a great man”", "said BIPA “is supported …”": a quotation opening on a tensed verb
 * (or right after one, "said Hale is “a model …”", or inside one, "arguing Trump was “sowing chaos”")
 * completes a clause whose subject stands right before it, outside the quotation marks; what was said starts
 * at that subject (else at the quotation, token q). */
export function quotedPredicateSubject(view: SentenceView, right: number, q: number): number {
  const ch = view.chunks;
  const v = ch.findIndex((x) => x.from < q && x.to >= q - 1);
  const [before, verb] = [ch[v - 1], ch[v]];
  if (verb?.kind === 'VG' && verb.finite && before?.kind === 'NP' && before.from === right + 1 && !before.breakAfter)
    return before.from;
  const k = ch.findIndex((x) => x.from === q);
  const subject = ch[k - 1];
  if (ch[k]?.kind !== 'VG' || !ch[k].finite || subject?.kind !== 'NP' || subject.to !== q - 1) return q;
  // ("told the Daily Post Eide “was …”": a phrase right after a verb of telling may hold the one told.)
  if (subject.from <= right || subject.breakAfter) return q;
  // The phrase may have run over the one told ("told MSNBC Cummings", two names): the subject is its last name,
  // or its last words from a determiner ("in their filing the matter").
  const { toks, entityAt } = view;
  const first = entityAt.slice(subject.from, q).find((e) => e !== undefined);
  const twoNames = !!first && !!entityAt[q - 1] && first !== entityAt[q - 1];
  const told = ADDRESSEE_VERBS.has(view.chunks.find((x) => x.to === right)?.lemma ?? '');
  if (subject.from === right + 1 && told && !twoNames) return q;
  let from = q - 1;
  while (from > subject.from && !DETERMINERS.has(toks[from].normal)) {
    if (entityAt[from] && entityAt[from - 1] && entityAt[from - 1] !== entityAt[from]) break;
    from--;
  }
  return from;
}
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our']);

/** "The plan was “a disaster from the start,” he said": a quotation that the clause before it runs into (no
 * comma or colon before its opening mark) ends what was said, which starts where that clause does (after
 * the sentence's start or its last comma, colon, semicolon or dash), when a tensed verb stands in it. Else the
 * quotation's own start, token q. */
export function quotedClauseStart(view: SentenceView, q: number): number {
  const { toks } = view;
  const isBreak = (k: number) => /[,;:—–()]/.test(toks[k].post.replace(/[“”"]/g, ''));
  if (q === 0 || isBreak(q - 1) || /[,;:—–(]/.test(toks[q].pre)) return q;
  let from = q;
  while (from > 0 && !isBreak(from - 1)) from--;
  // (another quotation in the clause, 'The "experts" are "wrong,"', leaves the quotation alone)
  if (view.quotes.some(([a, b]) => a < q && b >= from)) return q;
  // ("In the blog post announcing “…”", "Writing “…”": a participle makes no clause of its own)
  return view.chunks.some((c) => c.kind === 'VG' && c.finite && c.from >= from && c.from < q) ? from : q;
}

/** Whether tokens q[0]…q[1] hold a clause: a verb opening them ("Stop it"), or a verb after a subject that, with
 * its prepositional phrases, no preposition governs ("The number of Justices should be set …", "While
 * restrictions on women in the military may have …"); not "On behalf of the Court and retired Justices". */
export function holdsClause(view: SentenceView, q: readonly [number, number]): boolean {
  const ch = view.chunks;
  const governed = (i: number) => {
    while (ch[i - 1]?.kind === 'PREP' && ch[i - 2]?.kind === 'NP') i -= 2;
    return ch[i - 1]?.kind === 'PREP';
  };
  return ch.some(
    (x, i) =>
      x.kind === 'VG' &&
      x.from >= q[0] &&
      x.from <= q[1] &&
      (x.from === q[0] || (ch[i - 1]?.kind === 'NP' && !governed(i - 1))),
  );
}

/** "has said the rainforest should be opened up to agriculture, and his critics … blame him for …": a clause after
 * ", and"/", but" that speaks of the speaker as "him" or "her" is the writer's; what was said ends before it. */
export function speakerSpokenOf(view: SentenceView, from: number, end: number, speaker: string): number {
  const { toks } = view;
  for (let k = from; k < end; k++) {
    if (!/,/.test(toks[k].post) || !['and', 'but'].includes(toks[k + 1]?.normal ?? '')) continue;
    for (let j = k + 2; j <= end; j++)
      if (['him', 'her'].includes(toks[j].normal) && view.entityAt[j] === speaker) return k;
  }
  return end;
}
