// Reported speech in a sentence: who speaks (the subject of a "say"-type verb, the name after an inverted
// "said", or the object of "according to"), and which tokens are theirs (the quotation, or the clause
// after/before the verb). The speaker is a person, organisation or place, never a concept.
import { coordinatedBefore } from './coordinated-before.js';
import { npEntity } from './np-entity.js';
import { subjectOf } from './subject-of.js';
import { SPEAKER_TYPES } from './edge-gate.js';
import type { SentenceView } from './sentence-view.js';
import type { Chunk } from './chunks.js';
import { verbType } from './vocabulary.js';
import { INTENT } from './verb-modality.js';
import { relayedReport } from './relayed-report.js';
import { whenClause } from './when-clause.js';
import { scareQuote } from './scare-quote.js';
import { timeExpressionsOf } from './clause-time.js';
import { ADDRESSEE_VERBS, clauseFollows, introducedQuote } from './reported-content.js';
import { withoutTrailingSource } from './trailing-source.js';
import { relativeSpeaker } from './reduced-relative.js';
import { attributionCloses, clauseLinkAt, subordinateOnly } from './attribution-after.js';
import {
  afterAddressee,
  speakerSpokenOf,
  afterPhrases,
  holdsClause,
  quotedClauseStart,
  quotedPredicateSubject,
  relativeAntecedent,
  statementEnd,
  subjectInRelative,
} from './speech-bounds.js';
import {
  DOCUMENT_HEADS,
  gerundSubject,
  quotedAsSpeaker,
  roleAppositive,
  speakerOf,
  titledAppositive,
  titledSpeaker,
} from './speaker-phrase.js';
import { accordingTo } from './according-to.js';
import { REPORTING_VERBS, coordinatedAct } from './answering-verb.js';
import { colonQuotes } from './colon-quote.js';
import { interruptingTimeGerund, timeClauseEnd, timeGerund, timeGerundSubject } from './time-gerund.js';
import { MAX_ASIDE_TOKENS, parentheticalEnd } from './comma-aside.js';

/** Verbs that report speech only beside a quotation: "He continued, “…”", "the statement reads “…”" (a
 * document, not a reader: "Ann read “Hamlet”" is no speech). */
const QUOTE_VERBS = new Set(['continue', 'read', 'post', 'write']);
export interface SpeechSpan {
  speaker: string;
  /** Lemma of the reporting verb ("say", "announce", "according to"). */
  lemma: string;
  /** Token range of the reporting expression (verb group or "according to"). */
  cueFrom: number;
  cueTo: number;
  /** Token range of what was said. */
  from: number;
  to: number;
  /** The quotation text when the speech is quoted directly. */
  quote?: string;
  /** The reporting verb is negated ("did not say he had ordered it", "refused to say"): nobody said it. */
  negated?: true;
  /** "X writes:" ends the sentence: nothing said in it; the quotation that opens the next one is X's. */
  introduces?: true;
  /** Read from a colon after a clause whose verb is no verb of saying (colon-quote.ts): the quotation's speaker
   * only when no attribution elsewhere in it names one. */
  weak?: true;
}

const quoteText = (view: SentenceView, [a, b]: [number, number]) =>
  view.slice(a, b).replace(/^[“"\s]+|[”"\s,.]+$/gu, '');

/** A verb group whose last verb is only meant by the verbs before it ("wants to argue"). */
const intended = (vg: Chunk) => vg.lemmas.slice(0, -1).some((l) => INTENT.has(l));

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
const OBJECT_RELATIVES = new Set(['which', 'that', 'whom', 'what']);
const QUESTION_WORDS = new Set(['whether', 'what', 'how', 'why', 'who', 'which', 'where']);

/** What one declares by declaring it: "declared a state of emergency", "a day of mourning", "war on …", "its intent
 * to impose …", "victory". */
const DECLARED_ACTS = new Set(
  'state emergency day week period mourning war independence bankruptcy curfew holiday ceasefire truce lockdown disaster martial moratorium quarantine intent intention candidacy victory'.split(
    ' ',
  ),
);

/** The phrase at token `from`, after "declared", is an act so declared, with no verb of its own after it ("declared
 * the state would sue" says something). */
function declaredAct(view: SentenceView, from: number): boolean {
  const c = view.chunks.findIndex((x) => x.from <= from && x.to >= from);
  const np = view.chunks[c];
  const next = view.chunks[c + 1];
  return np?.kind === 'NP' && DECLARED_ACTS.has(np.headWord) && !(next?.kind === 'VG' && next.finite && !np.breakAfter);
}

export function speechSpans(view: SentenceView): SpeechSpan[] {
  const out: SpeechSpan[] = [];
  const ch = view.chunks;
  const isSpeaker = (id: string | undefined): id is string => !!id && SPEAKER_TYPES.has(view.types.get(id) ?? '');
  ch.forEach((vg, c) => {
    if (vg.kind !== 'VG' || vg.passive) return;
    // "wants to argue that …", "plans to announce that …": a statement only meant is not made; nor is one
    // coordinated with such an infinitive ("wants to cancel the vote and argue …").
    if (intended(vg)) return;
    if (!vg.finite && !vg.gerund && ch[c - 1]?.kind === 'CONJ') {
      let k = c - 2;
      while (k >= 0 && ch[k].kind !== 'VG') k--;
      if (k >= 0 && intended(ch[k])) return;
    }
    // ("Acme Corp when announcing the arrest identified him …": its object only; time-gerund.ts)
    if (interruptingTimeGerund(view, c)) return;
    // "Biden's alleged mental decline": a lone participle right after a possessive describes the noun after it.
    // (a written "'s" only: possessiveAt also takes possessive pronouns, and in "“… Not ours,” said Ann" the
    // verb after "ours" is an inverted attribution)
    if (vg.from === vg.to && /\p{L}['’]s?$/u.test(view.toks[vg.from - 1]?.text ?? '')) return;
    const says = verbType(vg.lemma) === 'SAYS';
    const quoting = QUOTE_VERBS.has(vg.lemma);
    const labelling = vg.lemma === 'call' && labelQuote(view, c);
    if (!says && !quoting && !labelling && !REPORTING_VERBS.has(vg.lemma)) return;
    if (!says && coordinatedAct(view, vg)) return;
    const subj = timeGerundSubject(view, c) ?? gerundSubject(view, c) ?? subjectOf(view, c, 0, 'all');
    let speakerNp = quotedAsSpeaker(view, c) ?? (isSpeaker(speakerOf(subj?.np)) ? subj?.np : titledSpeaker(view, c));
    if (speakerNp && speakerNp === ch[c - 1]) speakerNp = titledAppositive(view, c) ?? speakerNp;
    // Inverted attribution: "…,” said Xi.
    // Opening the sentence, only a past form ("Remarked scientist Tierra Curry, “…”"): in "State Congress
    // President X called …" the capital word is no verb.
    const opener = view.toks[vg.from];
    const inverted = c === 0 ? /^\p{Ll}/u.test(opener.text) || opener.tags.has('PastTense') : ch[c - 1].breakAfter;
    // (Not a gerund: in "…,” adding Iran will pursue …" the name after it opens what was added.)
    // Inside a sentence, what the name after the verb said is before it: in "In a statement, Ann Cole, his wife,
    // said Cummings “worked until his last breath”" the quotation after the name is the name's subject's.
    const named = !speakerNp && ch[c + 1]?.kind === 'NP' && inverted && !vg.gerund;
    if (named) speakerNp = roleAppositive(view, c + 1) ?? ch[c + 1];
    const speaker = speakerOf(speakerNp);
    if (!isSpeaker(speaker) || !speakerNp) return;
    // ('Vázquez said, "… He just announced that this resignation will not be effective today."': a third person
    // inside someone's quotation is theirs to resolve, and the words are already the quoted speaker's; "I" there is
    // the quoted speaker.)
    if (THIRD_PERSONS.has(view.toks[speakerNp.from].normal) && insideQuote(view, speakerNp.from)) return;
    // "Bahn, Daimler, and Siemens have announced …": each of them says it.
    const coordinated = subj?.how === 'direct' && speakerNp === subj.np ? coordinatedBefore(view, speakerNp) : [];
    const emit = (span: SpeechSpan) => {
      out.push(span);
      for (const np of coordinated) out.push({ ...span, speaker: npEntity(np)! });
    };
    // ("…, his lawyer, Ann Cole, said.": the role set off before the name is the speaker's phrase too.)
    const roleBefore = ch[ch.indexOf(speakerNp) - 1];
    const roleFrom = roleAppositive(view, ch.indexOf(roleBefore)) === speakerNp ? roleBefore.from : speakerNp.from;
    const left = Math.min(coordinated[coordinated.length - 1]?.from ?? roleFrom, roleFrom, vg.from);
    const right = Math.max(speakerNp.to, vg.to);
    const base = {
      speaker,
      lemma: vg.lemma,
      cueFrom: vg.from,
      cueTo: vg.to,
      ...(vg.negated ? { negated: true as const } : {}),
    };
    // A quotation closed by a full stop is a sentence of its own ("“… border.” Nancy Pelosi said on Friday
    // …"): it runs into the attribution only when the verb follows it ("“….” said Ann") or the attribution
    // ends the sentence ("“We lost.” Ann said."); no quotation runs through "which" or "who".
    const closesSentence = right >= view.toks.length - 1;
    // ("called Stone's sentence “unjust”": what was so called is part of what was said.)
    if (labelling) {
      emit({ ...base, from: ch[c + 1].from, to: labelling[1], quote: quoteText(view, labelling) });
      return;
    }
    const before = view.quotes.find(
      ([, b]) =>
        b < left &&
        left - b <= 2 &&
        (!/\./.test(view.toks[b].post) || vg.from === b + 1 || closesSentence) &&
        // Only an adverb may stand between ("“…,” he then said"): in "“… man,” while Trump noted" or "an
        // “interesting” case; Miller said" the words are another clause's.
        !/;/.test(view.toks[b].post) &&
        view.toks
          .slice(b + 1, left)
          .every(
            (t) => t.tags.has('Adverb') && !/;/.test(t.post) && !['which', 'who', 'that', 'while'].includes(t.normal),
          ),
    );
    // "commented on it — which the BBC noted as unusual — “…”": a verb of a relative clause introduces nothing.
    const inRelative = ch[c - 2]?.kind === 'REL' || ch[c - 1]?.kind === 'REL';
    // "— which the BBC noted as unusual —": the verb's object is the relative pronoun, so it says nothing new.
    // ("in which he asserted he had won": after a preposition the relative is no object; in "which NASA said
    // might take place" it is the subject of what was said)
    // ("explain what Red Hat announced": so is "what", whatever the parse makes of it)
    const relWord = view.toks[ch[c - 2]?.from ?? -1]?.normal;
    const rel = ch[c - 2]?.kind === 'REL' || relWord === 'what' ? view.toks[ch[c - 2].from] : undefined;
    const objectRelative =
      !!rel &&
      ch[c - 1].kind === 'NP' &&
      OBJECT_RELATIVES.has(rel.normal) &&
      ch[c - 3]?.kind !== 'PREP' &&
      ch[c + 1]?.kind !== 'VG';
    if (objectRelative) return;
    if (relativeSpeaker(view, c, speakerNp, speaker)) return;
    const after =
      view.quotes.find(
        (q) => q[0] > right && (q[0] - right <= 3 || commaAside(view, right, q[0])) && !scareQuote(view, right, q),
      ) ?? (inRelative ? undefined : introducedQuote(view, right, vg.lemma));
    const quote = before ?? (named && c > 0 ? undefined : after);
    if (quote) {
      if (vg.lemma === 'read' && !DOCUMENT_HEADS.has(speakerNp.headWord)) return;
      // “…,” said Ann Cole, “…”: both parts of the quotation are hers. (A first part with no clause, “Under the
      // law of 1789,” writes Ann, “…”, only opens the sentence the second part says; alone it states nothing.)
      const split = before && after && /,/.test(view.toks[right].post);
      // ("“Our team” co-author Tak-Sing Wong said in a press release “has developed …”": a subject alone, with
      // the clause left to a part that has none, is no claim either.)
      const openerOnly = !!before && !!after && !holdsClause(view, before);
      for (const q of split ? (openerOnly ? [after] : [before, after]) : openerOnly ? [] : [quote])
        emit({
          ...base,
          from: q === after ? quotedPredicateSubject(view, right, q[0]) : quotedClauseStart(view, q[0]),
          to: q[1],
          quote: quoteText(view, q),
        });
      return;
    }
    if (quoting && !says) return;
    // "alleged, by way of example, Mahan had …", "said, in a statement, that …": a phrase set off by commas
    // right after the verb stands between it and what was said.
    const aside = vg.breakAfter && right === vg.to ? parentheticalEnd(view, c + 1) : undefined;
    let from = (aside ?? vg.to) + 1;
    // "said on Tuesday that …": when it was said is not part of what was said.
    // ("said Tuesday it would …"); "said last year's budget …" names a thing, not a time.
    // ("said last month was the hottest June": a time right before a finite verb is the subject of what was said)
    const when = timeExpressionsOf(view).find((t) => t.from === from);
    const verbNext = (k: number) =>
      !!view.toks[k] &&
      /^\s*$/.test(view.toks[k - 1].post) &&
      (view.toks[k].tags.has('Copula') ||
        (view.toks[k].tags.has('Verb') &&
          ['PastTense', 'PresentTense'].some((x) => view.toks[k].tags.has(x)) &&
          !view.toks[k].tags.has('Infinitive')));
    if (
      when &&
      !/['’]s?$/u.test(view.toks[when.to].text) &&
      !/^['’]/u.test(view.toks[when.to].post) &&
      !verbNext(when.to + 1)
    )
      from = when.to + 1;
    if (vg.lemma === 'declare' && declaredAct(view, from)) return;
    if (view.toks[from]?.normal === 'that') from++;
    // "said as she left the court that she was innocent": an "as" clause right after the verb says when or how
    // it was said, and what was said follows its "that"; with none ("stated as having been there", "tweeted
    // after hearing the news") nothing was.
    // ("said as a teenager she was …": an "as" phrase with no verb of its own opens what was said.)
    let adjunct = false;
    if (whenClause(view, from)) {
      const that = view.toks.findIndex((t, k) => k > from && t.normal === 'that');
      if (that < 0) adjunct = true;
      else from = that + 1;
    }
    const said = afterPhrases(view, afterAddressee(view, from, vg.lemma));
    from = said ?? from;
    const end = speakerSpokenOf(
      view,
      from,
      timeGerund(view, c) ? timeClauseEnd(view, from, statementEnd(view, c, from)) : statementEnd(view, c, from),
      speaker,
    );
    // A reporting verb outside SAYS needs "that" or a subject with its own verb after it.
    const k = ch.findIndex((x) => x.from >= from);
    // "confirmed him, but …", "I must tell you. Many people …": an object pronoun opens no clause, the verb has
    // a person for its object (after "told him" what was said may still follow).
    const objectCase =
      OBJECT_PRONOUNS.has(view.toks[from]?.normal ?? '') &&
      (ch[k]?.breakAfter ||
        /[.!?]/.test(view.toks[from].post) ||
        !ch[k + 1] ||
        ['CONJ', 'PREP'].includes(ch[k + 1].kind));
    // "told Tom Hale to leave", "told me not to speak": an order to the one told, not a statement.
    const next = (n: number) => view.toks[(ch[k]?.to ?? -2) + n]?.normal;
    const order =
      ADDRESSEE_VERBS.has(vg.lemma) &&
      ch[k]?.kind === 'NP' &&
      (next(1) === 'to' || (next(1) === 'not' && next(2) === 'to'));
    // "confirmed Pete Hegseth as defense secretary", "announced Ann Cole as its new chief": a person given a post,
    // not a statement.
    const post =
      ch[k]?.kind === 'NP' &&
      !!ch[k].head &&
      view.types.get(ch[k].head!) === 'Person' &&
      view.entityAt[ch[k].to] === ch[k].head &&
      next(1) === 'as';
    // ("said on Wednesday, and Moscow promised to respond": the writer's next clause, not what was said)
    const hasClause =
      objectCase || order || post || adjunct || clauseLinkAt(view, from)
        ? false
        : says
          ? clauseFollows(view, from, end)
          : view.toks[from - 1]?.normal === 'that' ||
            // "suggested there were not enough votes"
            (k >= 0 &&
              (ch[k].kind === 'NP' || view.toks[from]?.normal === 'there') &&
              !ch[k].breakAfter &&
              ch[k + 1]?.kind === 'VG' &&
              ch[k + 1].finite);
    // ("asked whether the plant would close", "explained what Acme announced": a question or a topic, not a
    // statement)
    const question = QUESTION_WORDS.has(view.toks[from]?.normal ?? '');
    // "…, CNN reported the governor said.": the clause after the verb is only who else said it; what was said
    // is the clause before, as in "…, he said."
    const relayed = says && relayedReport(view, from);
    if (
      said !== undefined &&
      !question &&
      !relayed &&
      from < view.toks.length &&
      hasClause &&
      (!vg.breakAfter || aside !== undefined) &&
      right === vg.to
    ) {
      const antecedent = relativeAntecedent(view, c, from);
      if (antecedent === undefined && subjectInRelative(view, c, from)) return;
      emit({ ...base, from: antecedent ?? from, to: end });
      return;
    }
    // "…, he said." — the speech is what precedes the attribution, a clause ("China's leader, Xi, spoke" is none).
    // ("In comments at Ballot Access News, X writes:": a verb form right after a preposition is a noun the parse
    // misread, no clause.)
    const clauseBefore =
      ch.some((k, i) => k.kind === 'VG' && k.to < left && ch[i - 1]?.kind !== 'PREP') && (says || !!quote);
    const ends = right >= view.toks.length - 2 || relayed || attributionCloses(view, c, right);
    // ('Ann Cole said, "Nothing was said of it, I must tell you."': an aside of the quoted speaker's own, inside
    // the quotation, reports no words of the sentence outside it; the quotation is already hers.)
    const quotedAside = view.quotes.some(([a, b]) => a < left && left <= b);
    if (
      left > 0 &&
      clauseBefore &&
      ends &&
      /[,]/.test(view.toks[left - 1].post) &&
      !quotedAside &&
      !subordinateOnly(view, left)
    )
      emit({ ...base, from: 0, to: left - 1 });
    else if (says && !quote) {
      const host = parentheticalHost(view, c, left, right);
      if (host) emit({ ...base, from: host[0], to: host[1] });
      else if (right === vg.to && vg.to >= view.toks.length - 1 && /:\s*$/.test(view.toks[vg.to].post))
        emit({ ...base, from: vg.to + 1, to: vg.to, introduces: true });
    }
  });
  out.push(...accordingTo(view, isSpeaker));
  out.push(...colonQuotes(view, out, isSpeaker, quoteText));
  return withoutTrailingSource(out);
}

const THIRD_PERSONS = new Set(['he', 'she', 'they', 'it']);

/** Token `k` stands inside a quotation (one opened in an earlier sentence too). */
const insideQuote = (view: SentenceView, k: number) => view.quotes.some(([a, b]) => a <= k && k <= b);

/** "The dam, Ann Cole said, was built in 1950": an attribution set off by commas between a clause's subject and
 * its verb reports that clause, from its subject (the sentence's start, or after a semicolon) to its end. */
function parentheticalHost(view: SentenceView, c: number, left: number, right: number): [number, number] | undefined {
  const { toks, chunks: ch } = view;
  if (left === 0 || !/^\s*,\s*$/.test(toks[left - 1].post) || !/^\s*,\s*$/.test(toks[right].post)) return undefined;
  const verb = ch[c + 1];
  if (verb?.kind !== 'VG' || !verb.finite || verb.from !== right + 1) return undefined;
  let from = left - 1;
  while (from > 0 && !/;/.test(toks[from - 1].post)) from--;
  // Only the subject (its noun phrases and their "of/in …" phrases) stands before the attribution.
  const before = ch.filter((x) => x.from >= from && x.to < left);
  if (!before.length || before[0].kind !== 'NP' || before.some((x) => !['NP', 'PREP'].includes(x.kind)))
    return undefined;
  let to = right + 1;
  while (to < toks.length - 1 && !/;/.test(toks[to].post)) to++;
  return [from, to];
}

/** "He said, in remarks published by CNN in February, “…”": the words between the verb and a quotation are a
 * prepositional aside set off by commas (at most MAX_ASIDE_TOKENS + 2 words), so the quotation is the verb's. */
function commaAside(view: SentenceView, right: number, a: number): boolean {
  const toks = view.toks;
  if (a - right - 1 > MAX_ASIDE_TOKENS + 2 || !/^,\s*$/.test(toks[right].post) || !/,\s*$/.test(toks[a - 1].post))
    return false;
  if (toks.slice(right + 1, a - 1).some((t) => /\S/.test(t.post))) return false;
  return toks[right + 1].tags.has('Preposition');
}

/** "called the demand “unprecedented”": the quotation right after the object of "call" is the subject's
 * words ("Biden called Trump a clown" quotes nobody). */
function labelQuote(view: SentenceView, c: number): [number, number] | undefined {
  const obj = view.chunks[c + 1];
  if (obj?.kind !== 'NP' || view.quotes.some(([a, b]) => obj.from >= a && obj.from <= b)) return undefined;
  // The quoted word may have joined the object's phrase ("the demand “unprecedented”").
  return view.quotes.find(([a]) => a > obj.from && a <= obj.to + 1);
}

interface Voice {
  speaker: string;
  lemma: string;
}
interface Quotation {
  speaker?: Voice;
  fallback?: Voice;
  parts: Array<{ s: number; range: [number, number] }>;
}

/**
 * Reported speech of a whole text, per sentence. A quotation runs on over sentence ends ("“To be frank I'm
 * exhausted. But it worked,” Musk said."), and a quotation opening a sentence just after someone's words,
 * with no attribution of its own, is still theirs ("…,” Tronc said. “They pushed Caloundra."): each
 * sentence's part of it becomes a span of the speaker attributed anywhere in the quotation, else of the one
 * who spoke in the sentence before.
 */
export function documentSpeechSpans(views: readonly SentenceView[]): SpeechSpan[][] {
  const out = views.map((v) => speechSpans(v));
  const quotations: Quotation[] = [];
  let open: Quotation | undefined;
  let previous: Voice | undefined;
  views.forEach((view, s) => {
    // (what a speaker did not say gives no quotation a voice)
    const all = out[s].filter((sp) => !sp.negated);
    const spans = all.filter((sp) => !sp.weak);
    const carried = open;
    open = undefined;
    view.quotes.forEach((range, i) => {
      let q = i === 0 && view.quoteOpenAtStart ? carried : undefined;
      if (!q) {
        q = { parts: [], fallback: range[0] === 0 && !spans.length ? previous : undefined };
        quotations.push(q);
      }
      // Its speaker: a span of this quotation, or a reported clause whose first quotation it is ("… spoke of the
      // collaboration: “It's fun …"), or the one speaker of the sentence whose attribution ends a sentence
      // before it opens ("“…,” Musk told the press. “We have to dock …”").
      const weak = all.find((sp) => sp.weak && sp.from <= range[1] && sp.to >= range[0]);
      if (weak) {
        // (the quotation's own attribution, if any, outranks it: see the last loop)
        out[s] = out[s].filter((sp) => sp !== weak);
        q.fallback ??= { speaker: weak.speaker, lemma: weak.lemma };
      }
      const own =
        spans.find((sp) => sp.quote !== undefined && sp.from <= range[1] && sp.to >= range[0]) ??
        spans.find(
          (sp) => sp.from <= range[0] && sp.to >= range[1] && !view.quotes.some(([a]) => a >= sp.from && a < range[0]),
        );
      // (no other quotation between that attribution and this one: "said: “A.” “B.”" may be two voices)
      const before = spans.filter(
        (sp) => sp.cueTo < range[0] && !view.quotes.some(([a, b]) => a > sp.cueTo && b < range[0]),
      );
      const after =
        !own && before.length === 1 && /[.!?]/.test(view.toks[range[0] - 1]?.post ?? '') ? before[0] : undefined;
      if (own) q.speaker ??= { speaker: own.speaker, lemma: own.lemma };
      else if (after) {
        q.speaker ??= { speaker: after.speaker, lemma: after.lemma };
        q.parts.push({ s, range });
      } else q.parts.push({ s, range });
      if (i === view.quotes.length - 1 && view.quoteOpenAtEnd) open = q;
    });
    const speakers = new Set(spans.map((sp) => sp.speaker));
    const last = quotations[quotations.length - 1];
    const allQuoted = view.quotes.length === 1 && view.quotes[0][0] === 0 && view.quotes[0][1] >= view.toks.length - 2;
    if (speakers.size === 1) previous = { speaker: spans[0].speaker, lemma: spans[0].lemma };
    else previous = !speakers.size && allQuoted ? (last?.speaker ?? last?.fallback) : undefined;
  });
  for (const q of quotations) {
    const who = q.speaker ?? q.fallback;
    if (!who) continue;
    for (const { s, range } of q.parts)
      out[s].push({
        ...who,
        cueFrom: range[0],
        cueTo: range[0],
        from: range[0],
        to: range[1],
        quote: quoteText(views[s], range),
      });
  }
  return out;
}
