// The claims layer: each piece of reported speech ("X said …", a quotation, "according to X") becomes a
// claim of its speaker with the character span of what was said and the entities it is about, instead of
// an edge from the speaker to every noun of the clause.
import type { Claim, TimeRef } from '../types.js';
import type { SentenceView } from './sentence-view.js';
import { documentSpeechSpans, type SpeechSpan } from './speech-spans.js';
import { clauseTime } from './clause-time.js';
import { datelineEnd } from '../entities/names/dateline.js';

export function findClaims(
  views: readonly SentenceView[],
  ends: ReadonlySet<string>,
  articleDate?: string,
  speech: SpeechSpan[][] = documentSpeechSpans(views),
): Claim[] {
  const out: Claim[] = [];
  const seen = new Set<string>();
  views.forEach((view, s) => {
    for (const span of speech[s]) {
      if (span.negated || span.introduces) continue;
      const { to } = span;
      const from = afterDateline(view, span.from, to);
      // ("Overall," he continued, "…"; "Our house is burning. Literally.": one word cut off by the attribution
      // states nothing; a label is one word by nature, "called the result unjust".)
      if (from === to && span.lemma !== 'call') continue;
      // Token offsets leave quotation marks and trailing punctuation outside the claimed content.
      const first = view.toks[from];
      const last = view.toks[to];
      if (!first || !last) continue;
      // ("“[Kamala Harris is] ineligible …”": an editor's bracket opening the content is part of it.)
      const start =
        first.start - (/\[$/.test(first.pre) && bracketClosedIn(view.text.slice(first.start, last.end)) ? 1 : 0);
      // ("“Jess Mears and I witnessed [the bat attack],”": so is a bracket.)
      const bracketEnd = last.end + closingBracket(view.text.slice(start, last.end), view.text.slice(last.end));
      // ("said his party “is ready”": a quotation opened inside the content is closed inside it too.)
      const close = openQuote(view.text.slice(start, bracketEnd)) && /^[.,!?]?["”]/.exec(view.text.slice(bracketEnd));
      const end = bracketEnd + (close ? close[0].length : 0);
      const key = `${span.speaker}|${start}|${end}`;
      if (seen.has(key) || end <= start) continue;
      seen.add(key);
      const about: string[] = [];
      for (let k = from; k <= to; k++) {
        const e = view.entityAt[k];
        if (e && e !== span.speaker && ends.has(e) && !about.includes(e)) about.push(e);
      }
      out.push({
        id: `c${out.length + 1}`,
        speaker: span.speaker,
        verb: span.lemma,
        start,
        end,
        text: view.text.slice(start, end),
        sentence: view.sentence.index,
        quote: span.quote !== undefined,
        about,
        ...saidWhen(view, span, articleDate),
      });
    }
  });
  return out;
}

/** "LONDON — Jannik Sinner has accepted a ban …, the agency said": a dateline opening the sentence is the
 * writer's, no part of what was said; the content starts after it (names/dateline.ts). */
function afterDateline(view: SentenceView, from: number, to: number): number {
  const end = from === 0 ? datelineEnd(view.toks) : 0;
  return end && end <= to ? end : from;
}

/** The text closes a square bracket before it opens one ("Kamala Harris is] ineligible"). */
function bracketClosedIn(text: string): boolean {
  const close = text.indexOf(']');
  return close >= 0 && (text.indexOf('[') < 0 || text.indexOf('[') > close);
}

/** When the statement was made: the time of the reporting verb's clause, outside what was said ("Acme said
 * on Monday that …"); "according to" has no verb and no time of its own. */
function saidWhen(view: SentenceView, span: SpeechSpan, articleDate?: string): { time?: TimeRef } {
  const vg = view.chunks.find((c) => c.kind === 'VG' && c.from <= span.cueFrom && c.to >= span.cueFrom);
  if (!vg) return {};
  const time = clauseTime(view, vg, articleDate, [span.from, span.to]);
  return time ? { time } : {};
}

/** 1 when the text opens a square or round bracket it does not close and the rest of the sentence closes it
 * right away, else 0. */
function closingBracket(text: string, rest: string): number {
  const count = (c: string) => text.split(c).length - 1;
  if (rest.startsWith(']') && count('[') > count(']')) return 1;
  return rest.startsWith(')') && count('(') > count(')') ? 1 : 0;
}

/** Text with a double quotation mark opened and not closed. */
function openQuote(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/"/g) % 2 === 1 || count(/“/g) > count(/”/g);
}
