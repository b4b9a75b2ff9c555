// Where a reporting verb's content is: a statement is a clause ("said (that) the plant would close", "told
// reporters it would", "announced plans to leave Iran") or a quotation, possibly introduced by a phrase and a
// colon ("said in a statement: “…”"); a bare noun phrase is a thing claimed, not a statement ("claimed
// victory in the vote, which …").
import type { SentenceView } from './sentence-view.js';
import type { Token } from '../tokens.js';
import { sentenceTimes } from './time-expressions.js';

/** Words that open a clause right after a reporting verb ("said there were …", "said if the deal fails …"). */
const CLAUSE_OPENERS = new Set(['there', 'if', 'when', 'whether', 'because']);
/** The longest phrase between a verb and the quotation its colon opens ("said in a written statement on Monday:"). */
const MAX_INTRO_TOKENS = 10;

/** Whether the tokens from `from` on (just after a reporting verb group) open a clause: "that", or a verb with
 * its subject ("said the plant would close", "said Hamza, son of Osama, has been killed", "announced plans
 * to leave", "said at a press conference the laws should change"). A noun phrase whose only verb is in a
 * relative clause is a thing claimed ("claimed victory in the vote, which was marred …"), and a verb after
 * "and" or after a phrase set off by a comma is the speaker's next act ("spoke to the Post and said …",
 * "spoke to the Post in August, provided …"). */
export function clauseFollows(view: SentenceView, from: number, to = view.toks.length - 1): boolean {
  const { toks, chunks } = view;
  if (toks[from - 1]?.normal === 'that' || CLAUSE_OPENERS.has(toks[from]?.normal ?? '')) return true;
  // (the first chunk may have started before `from`: "said yesterday morning the road …")
  const k = chunks.findIndex((ch) => ch.to >= from);
  if (k < 0) return false;
  const prepFirst = chunks[k].kind === 'PREP';
  let inRelative = false;
  for (let i = k; i < chunks.length && chunks[i].from <= to; i++) {
    const ch = chunks[i];
    const prev = chunks[i - 1];
    if (ch.kind === 'REL') inRelative = true;
    else if (inRelative) inRelative = !ch.breakAfter;
    // ("added justices that would …": "that" right after a noun opens a relative clause, not what was said)
    else if (ch.kind === 'COMP') return i === k || prev.kind !== 'NP' || prev.breakAfter;
    else if (ch.kind === 'VG' || ch.kind === 'SUB') {
      // "announced their decision although she had …": a subordinate clause right after the verb's object (no
      // comma) belongs to the sentence, so the object is what was announced, not a clause's subject.
      if (ch.kind === 'SUB' && i > k && prev.kind === 'NP' && !prev.breakAfter && adjunctOpener(toks[ch.from]))
        return false;
      if (i === k || ch.kind === 'SUB') return !prepFirst;
      if (prev.kind === 'CONJ') return false;
      // "announced the measure at the daily coronavirus briefing": a bare -ing form after a noun is no
      // clause's verb; a tensed verb may still follow ("said the plant closing would hurt Ely").
      if (ch.gerund && !ch.finite && prev.kind === 'NP' && !prev.breakAfter) continue;
      // ("added 19 million subscribers in the quarter, helped by a boxing match": a passive participle and its
      // "by" after a comma describe what came before; they are no clause's verb.)
      if (ch.participle && prev.kind === 'NP' && prev.breakAfter && toks[ch.to + 1]?.normal === 'by') continue;
      // ("confirmed the claim, arguing it was …": a participle after a comma is the speaker's next act, and the
      // phrase before it a thing confirmed; unless a clause's verb follows the aside it opens, "reported
      // officials, following an investigation, stated …".)
      if (ch.gerund && !ch.finite && prev.kind === 'NP' && /,/.test(toks[prev.to].post)) {
        const resumes = chunks.some((x, n) => n > i && x.kind === 'VG' && x.finite && chunks[n - 1].breakAfter);
        if (!resumes) return false;
        continue;
      }
      // "After Trump tweeted the same advice, Twitter placed a warning": a phrase closed by a comma, then a
      // subject and its verb, is the verb's object and the sentence's main clause ("said Hamza, son of
      // Osama, has been killed" sets the comma-closed phrase off on both sides).
      const commaAfterFirst = chunks[k].kind === 'NP' && /,/.test(toks[chunks[k].to].post);
      // ("said about 395,000 homes, farms and businesses had lost power": a list's commas set nothing off.)
      if (commaAfterFirst && i > k + 1 && prev.kind === 'NP' && !prev.breakAfter && !nounList(view, k, i - 1))
        return false;
      if (reducedRelative(view, i)) return false;
      const subject = (prev.kind === 'NP' && !prev.breakAfter) || toks[prev.to].normal === 'there';
      return !prepFirst || subject || isInfinitive(view, i);
    }
  }
  return false;
}

/** Chunks k..last are a list of noun phrases: "homes, farms and businesses", "homes, farms, and businesses"
 * (a comma after each but the one before "and"/"or", which may have one). */
function nounList(view: SentenceView, k: number, last: number): boolean {
  const ch = view.chunks;
  const conj = last - 1;
  if (ch[conj]?.kind !== 'CONJ' || !['and', 'or'].includes(view.toks[ch[conj].from].normal)) return false;
  const comma = (n: number) => /^,\s*$/.test(view.toks[ch[n].to].post);
  for (let n = k; n < conj; n++) if (ch[n].kind !== 'NP' || (n < conj - 1 && !comma(n))) return false;
  return ch[last].kind === 'NP';
}

/** Subordinators that open an adjunct of the sentence ("although", "because", "as"), not a relative clause
 * ("a country where …") or a quotation's first word. */
const ADJUNCT_OPENERS = new Set(['although', 'though', 'because', 'whereas', 'while', 'unless', 'as', 'since']);
const adjunctOpener = (t: Token) => ADJUNCT_OPENERS.has(t.normal) && !/["“‘]/u.test(t.pre);

/** Verbs whose first object is the person told, so a clause may follow it ("told reporters he would resign"). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(
  'tell inform assure remind warn notify promise convince persuade advise brief ask'.split(' '),
);

/** "wrote songs he would mail to Ann", "announced a deal they had signed": a noun phrase right before a
 * pronoun and its verb is the object of a relative clause with no "that", a thing said, not a statement;
 * after a verb that takes an addressee the phrase is the person told. */
function reducedRelative(view: SentenceView, i: number): boolean {
  const ch = view.chunks;
  const subject = ch[i - 1];
  const object = ch[i - 2];
  const verb = ch[i - 3];
  return (
    subject?.kind === 'NP' &&
    subject.from === subject.to &&
    view.toks[subject.from].tags.has('Pronoun') &&
    object?.kind === 'NP' &&
    !object.breakAfter &&
    !view.toks[object.to].tags.has('Date') &&
    verb?.kind === 'VG' &&
    !ADDRESSEE_VERBS.has(verb.lemma)
  );
}

/** "plans to leave": the verb after "to". */
const isInfinitive = (view: SentenceView, i: number) =>
  view.chunks[i - 1]?.kind === 'PREP' && view.toks[view.chunks[i - 1].from].normal === 'to';

/** A pronoun with its verb contracted ("It's fun", "We're ready", "I've seen"): the parse keeps the verb as
 * a word of no text, so the clause has no verb group of its own. */
const CONTRACTED_VERB =
  /^(?:(?:it|that|there|here|what|he|she|who)['’]s|(?:i|you|we|they|he|she|it)['’](?:re|m|ve|ll|d))$/i;

/** The quotation a short phrase leads to after the verb ("said in a statement: “…”", "told the press in a
 * separate interview, “…”", "said of the outbreak, “…”"): no verb between them. */
export function introducedQuote(view: SentenceView, right: number, lemma: string): [number, number] | undefined {
  const q = view.quotes.find(([a]) => a > right);
  if (!q || q[0] - right - 1 > MAX_INTRO_TOKENS) return undefined;
  // Only an addressee ("told the BBC") or a prepositional phrase ("in a statement", "in French and English")
  // stands between: a noun phrase of its own is the quoted words' subject ("said his party “[is] eager …”").
  // ("told the press last week, “…”": a time phrase is no subject either.)
  const intro = view.chunks.filter((ch) => ch.from > right && ch.to < q[0]);
  const times = sentenceTimes(view.toks);
  const time = (ch: { from: number; to: number }) => times.some((t) => t.from <= ch.from && ch.to <= t.to);
  const loose = intro.some(
    (ch, i) =>
      ch.kind === 'NP' && !(i === 0 && lemma === 'tell') && !['PREP', 'CONJ'].includes(intro[i - 1]?.kind) && !time(ch),
  );
  if (loose) return undefined;
  const verbBetween = view.chunks.some(
    (ch) =>
      (ch.kind === 'VG' && ch.to > right && ch.from < q[0] && !nounBeforeQuote(view, ch, q[0])) ||
      (ch.kind === 'COMP' && ch.from > right && ch.from < q[0]),
  );
  // A quoted term inside the speaker's clause is no quotation of theirs ("writes that the term “subject to”
  // requires …", "declared the outbreak a “public health emergency”"): a quoted statement has its own verb.
  const statement =
    view.chunks.some((ch) => ch.kind === 'VG' && ch.from >= q[0] && ch.to <= q[1]) ||
    view.toks.slice(q[0], q[1] + 1).some((t) => CONTRACTED_VERB.test(t.text));
  return verbBetween || !statement ? undefined : q;
}

/** "on Voice of America's South Sudan in Focus programme “…”": a bare verb form closing the phrase right
 * before the quotation is a noun the parser read as a verb (a verb there would agree: "programmes", "was"). */
function nounBeforeQuote(view: SentenceView, ch: { from: number; to: number }, quoteFrom: number): boolean {
  const t = view.toks[ch.from];
  return ch.from === ch.to && ch.to + 1 === quoteFrom && t.tags.has('Infinitive') && !t.tags.has('Copula');
}
