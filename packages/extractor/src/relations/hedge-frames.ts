// Hedges outside the verb group that make a relation only believed or possible: an opinion verb the clause
// hangs on ("Ann Cole thinks Acme will buy Beta"), a hedging adverb opening it ("Maybe Acme will …"), a
// gerund clause said to be a possibility ("working with Beta is a possibility"), a claim noun the clause is
// the content of ("the allegation that Acme bribed Beta", "rumours Acme will buy Beta"), a condition ("if
// Acme buys Beta") and what would follow one. Such a relation is kept, marked hedged, as the verb group's own hedges are ("might buy",
// "plans to buy").
import { HEDGE_ADVERBS, INTENT, OPINION_VERBS } from './verb-modality.js';
import { clauseFrame } from './governing-verb.js';
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import type { Chunk } from './chunks.js';
import { subjectOf } from './subject-of.js';
import { npEntity } from './np-entity.js';

/** Nouns and adjectives that, said of a clause, make it only possible. */
const MODAL_COMPLEMENTS = new Set(['possibility', 'option', 'chance', 'prospect', 'possible', 'likely', 'unlikely']);
const MAX_COMPLEMENT_DISTANCE = 4;
/** Words opening a clause that states a condition or an open question, not a fact. */
const CONDITIONS = new Set(['if', 'unless', 'whether']);
/** Words opening a condition whose consequence "would" states ("he would face trial if …", "would release
 * them once the audit ends"). */
const CONDITIONALS = new Set(['if', 'unless', 'once']);
/** Nouns whose content clause is only claimed: "the accusation he bribed Beta" says no bribe happened. */
const CLAIM_NOUNS = new Set(
  'accusation accusations allegation allegations claim claims rumor rumors rumour rumours suspicion suspicions speculation'.split(
    ' ',
  ),
);

/** Verbs whose content clause is only claimed, by whoever claims it: "the book alleges Trump paid Shapiro",
 * "Acme claims Beta copied its design" (the writer reports the claim and does not vouch for it). */
const CLAIM_VERBS = new Set(['allege', 'claim', 'purport']);

/** Verbs whose content clause is only promised or threatened: "pledged that Acme would sell Beta" (as "pledged
 * to sell", which the verb group hedges). */
const PROMISE_VERBS = new Set(['pledge', 'promise', 'vow', 'swear', 'threaten', 'guarantee']);

/** Nouns whose content clause is only reported, when they are nouns: "dismissed reports that Acme had bought
 * Beta" (but "Reuters reports that Acme bought Beta" is the verb, and attributes the clause). */
const REPORT_NOUNS = new Set(['report', 'reports']);

/** The clause whose subject is named at token `at` (possibly after "that") is the content of a claim noun. */
function claimContent(view: SentenceView, at: number): boolean {
  const k = view.toks[at - 1]?.normal === 'that' ? at - 2 : at - 1;
  if (k < 0 || /[,;:—–]/.test(view.toks[k].post)) return false;
  const t = view.toks[k];
  return CLAIM_NOUNS.has(t.normal) || (REPORT_NOUNS.has(t.normal) && !t.tags.has('Verb'));
}

/** Heads of a speaker the writer does not name or vouch for: "sources said Acme had bought Beta". */
const UNNAMED_SOURCES = new Set(['source', 'sources', 'insider', 'insiders']);

/** The governing verb is said by unnamed sources ("Sources said", "Acme insiders said"). */
function unnamedSource(view: SentenceView, governor: Chunk): boolean {
  // (the subject is looked for only when such a word stands before the verb)
  if (!view.toks.slice(0, governor.from).some((t) => UNNAMED_SOURCES.has(t.normal))) return false;
  const subj = subjectOf(view, view.chunks.indexOf(governor));
  return !!subj && UNNAMED_SOURCES.has(subj.np.headWord) && !npEntity(subj.np);
}

/** Participles that put a description after "as" in someone's mouth: "reported by local press as belonging
 * to the military". */
const REPORTED_AS = new Set(['reported', 'described', 'rumoured', 'rumored', 'alleged', 'believed', 'suspected']);
const MAX_REPORTER = 5;

/** The verb group at `from` follows "as" after such a participle and at most a short "by" phrase. */
function reportedAs(view: SentenceView, from: number): boolean {
  if (view.toks[from - 1]?.normal !== 'as') return false;
  for (let k = from - 2; k >= 0 && k >= from - 2 - MAX_REPORTER; k--) {
    if (REPORTED_AS.has(view.toks[k].normal)) return true;
    if (/[,;:—–]/.test(view.toks[k].post)) return false;
  }
  return false;
}

/** "is close to buying Beta", "came close to signing", "on the verge of signing": the gerund at `at` names
 * an act that is near, not done. */
function nearlyDone(view: SentenceView, at: number): boolean {
  const [t, prep, near] = [view.toks[at], view.toks[at - 1], view.toks[at - 2]];
  if (!t?.tags.has('Gerund') || !prep || !near) return false;
  return (
    (prep.normal === 'to' && /^(?:close|closer|near|nearer)$/.test(near.normal)) ||
    (prep.normal === 'of' && near.normal === 'verge')
  );
}

/** "is expected to stay in Oslo and (then) return to Norway": a bare infinitive after "and" shares the hedge of
 * the "to"-infinitive group before it (only noun material, prepositions and adverbs between). */
function sharedInfinitiveHedge(view: SentenceView, c: number): boolean {
  const ch = view.chunks;
  const words = (k: number) => view.toks.slice(ch[k].from, ch[k].to + 1);
  if (ch[c].finite || ch[c].gerund || words(c).some((t) => t.normal === 'to')) return false;
  let k = c - 1;
  while (k >= 0 && ch[k].kind === 'ADV') k--;
  if (ch[k]?.kind !== 'CONJ' || view.toks[ch[k].from].normal !== 'and' || ch[k - 1]?.breakAfter) return false;
  for (let j = k - 1; j >= 0; j--) {
    if (ch[j].kind === 'VG') return ch[j].hedged && words(j).some((t) => t.normal === 'to');
    if (!['NP', 'PREP', 'ADV', 'PART'].includes(ch[j].kind) || ch[j].breakAfter) return false;
  }
  return false;
}

export function hedgedByFrame(view: SentenceView, d: TripleDraft): boolean {
  if (!d.verb) return false;
  const c = view.chunks.indexOf(d.verb);
  if (c < 0) return false;
  if (sharedInfinitiveHedge(view, c)) return true;
  // "plans on leaving the EU", "is counting on winning": an intent verb's gerund after "on" is only meant.
  const [on, gerund] = [view.toks[d.verb.to + 1], view.toks[d.verb.to + 2]];
  if (INTENT.has(d.verb.lemma) && on?.normal === 'on' && gerund?.tags.has('Gerund') && d.to >= d.verb.to + 2)
    return true;
  const { governor, opener, subordinator } = clauseFrame(view, c);
  // "… if the Senate votes against her", "unless Acme buys Beta": a condition is not said to hold.
  if (subordinator && CONDITIONS.has(view.toks[subordinator.from].normal)) return true;
  // "If the House impeaches him, he would face trial in the Senate": what would follow a condition is as open
  // as the condition ("said he would resign" alone reports an intention, and stays as it is).
  const group = view.toks.slice(d.verb.from, d.verb.to + 1);
  if (group.some((t) => t.normal === 'would') && view.toks.some((t) => CONDITIONALS.has(t.normal))) return true;
  if (opener && view.toks.slice(opener.from, opener.to + 1).some((t) => HEDGE_ADVERBS.has(t.normal))) return true;
  if (governor && [OPINION_VERBS, CLAIM_VERBS, PROMISE_VERBS].some((verbs) => verbs.has(governor.lemma))) return true;
  if (governor && unnamedSource(view, governor)) return true;
  if (reportedAs(view, d.verb.from)) return true;
  // ("came close to buying": the gerund may be a later group the draft's verb runs on to)
  for (let k = d.verb.to; k <= d.to; k++) if (nearlyDone(view, k)) return true;
  // The subject's own first token: the chunker may read "the allegation Acme" as one phrase.
  let first = d.from;
  while (first < d.to && view.entityAt[first] !== d.subject) first++;
  if (claimContent(view, first)) return true;
  // "[working with Beta] is definitely a possibility": the gerund's act is what is possible.
  if (!view.toks[d.verb.to].tags.has('Gerund')) return false;
  for (let k = d.to + 1; k < view.toks.length && k <= d.to + MAX_COMPLEMENT_DISTANCE; k++) {
    if (MODAL_COMPLEMENTS.has(view.toks[k].normal)) return true;
    if (/[,;:—–]/.test(view.toks[k].post)) break;
  }
  return false;
}
