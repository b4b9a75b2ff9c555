// "According to X, …" / "…, according to X." / "…, according to a tweet by X.": the source named after
// "according to" speaks the rest of the sentence (or what comes before it). Used by speech-spans.ts.
import { npEntity } from './np-entity.js';
import { timeExpressionsOf } from './clause-time.js';
import { findRole } from './role-noun.js';
import type { SentenceView } from './sentence-view.js';
import type { SpeechSpan } from './speech-spans.js';

/** The source after "according to": the phrase itself, or the author of "a tweet (on Monday) by X" /
 * "a report from X". Returns the speaker's phrase and the last chunk of the source. */
function sourceOf(view: SentenceView, i: number, isSpeaker: (id: string | undefined) => id is string) {
  const ch = view.chunks;
  if (isSpeaker(npEntity(ch[i]))) return { np: ch[i], last: ch[i] };
  let by = false;
  for (let k = i; k + 2 < ch.length && k <= i + 6 && !ch[k].breakAfter && ch[k + 1].kind === 'PREP'; k += 2) {
    by ||= ['by', 'from'].includes(view.toks[ch[k + 1].from].normal);
    if (by && isSpeaker(npEntity(ch[k + 2]))) return { np: ch[k + 2], last: ch[k + 2] };
  }
  return undefined;
}

/** "According to X, …" / "…, according to X." / "…, according to a tweet by X." */
export function accordingTo(view: SentenceView, isSpeaker: (id: string | undefined) => id is string): SpeechSpan[] {
  const out: SpeechSpan[] = [];
  const toks = view.toks;
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].normal !== 'according' || toks[k + 1].normal !== 'to') continue;
    const i = view.chunks.findIndex((c) => c.kind === 'NP' && c.from === k + 2);
    const source = i >= 0 ? sourceOf(view, i, isSpeaker) : undefined;
    if (!source) continue;
    const np = source.last;
    const speaker = npEntity(source.np)!;
    const base = { speaker, lemma: 'according to', cueFrom: k, cueTo: np.to };
    if (k === 0 && np.breakAfter && np.to + 1 < toks.length)
      out.push({ ...base, from: afterApposition(view, np.to + 1), to: toks.length - 1 });
    else if (k > 0 && endsSentence(view, np.to)) out.push({ ...base, from: clauseStart(view, k), to: k - 1 });
  }
  return out;
}

/** The source's phrase ends the sentence at token `to`, or only a time follows it ("…, according to Acme Corp on
 * Friday."). */
function endsSentence(view: SentenceView, to: number): boolean {
  const last = view.toks.length - 2;
  if (to >= last) return true;
  // (the time may open with its preposition, "on Friday", or after it)
  const on = ['on', 'in', 'at'].includes(view.toks[to + 1]?.normal ?? '') ? to + 2 : to + 1;
  return timeExpressionsOf(view).some((t) => (t.from === to + 1 || t.from === on) && t.to >= last);
}

/** Where the words before "…, according to X" start: after the last sentence end the splitter left inside
 * the sentence ("… ourselves.” Seventeen rockets struck …, according to X": only the rockets are X's). */
function clauseStart(view: SentenceView, k: number): number {
  for (let b = k - 2; b >= 0; b--)
    if (/[.!?][”"’]?\s+$/.test(view.toks[b].post) && /^\p{Lu}/u.test(view.toks[b + 1].text)) return b + 1;
  return 0;
}

/** "According to Ann Cole, director of the event, the contest …", "…, who chairs the committee, …": a role with
 * no verb of its own, or a relative clause, between the source and the next comma describes the source; what
 * the source says starts after that comma. Not a phrase opened by "the", which as often is the subject of what
 * is said ("the prosecutor general of Tehran, Ali Mehr, said …"), nor one with no role ("Wednesday's
 * earthquake, at 6.3, was …"). */
function afterApposition(view: SentenceView, from: number): number {
  const toks = view.toks;
  let comma = from;
  while (comma < toks.length - 2 && !/,/.test(toks[comma].post)) comma++;
  if (!/,/.test(toks[comma].post)) return from;
  // ("According to Reuters, which cited two officials, …": a body's relative clause too.)
  if (['who', 'whose', 'which'].includes(toks[from].normal)) return comma + 1;
  const verb = view.chunks.some((c) => c.kind === 'VG' && c.finite && c.from >= from && c.to <= comma);
  const role = !verb && toks[from].normal !== 'the' && !!findRole(view, from, comma);
  return role || (!verb && describesSource(view, from, comma)) ? comma + 1 : from;
}

/** "According to Acme Corp, a security firm, two databases were found …", "According to Tom Hale, the mayor of
 * Dorn, the bridge will reopen": a noun phrase set off by commas, with a clause of its own after it (a subject
 * and, before any comma, its finite verb), describes the source. ("…, the prosecutor general of Tehran, Ali
 * Mehr, said" has a name set off after it: there the phrase is the subject.) */
function describesSource(view: SentenceView, from: number, comma: number): boolean {
  const ch = view.chunks;
  let c = ch.findIndex((x) => x.from === comma + 1);
  if (ch.find((x) => x.from === from)?.kind !== 'NP' || ch[c]?.kind !== 'NP') return false;
  // ("two databases containing user data from Facebook were found": the subject's modifiers may come between.)
  for (; c < ch.length && !ch[c].breakAfter; c++)
    if (ch[c + 1]?.kind === 'VG' && ch[c + 1].finite && !ch[c + 1].participle) return true;
  return false;
}
