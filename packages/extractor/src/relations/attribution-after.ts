// The statement before its attribution ("Acme Corp bought Beta Ltd, Ann Cole told Tom Hale on Monday."): whether
// the attribution closes the sentence, and whether what stands before it states anything at all.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { ADDRESSEE_VERBS, clauseFollows } from './reported-content.js';
import { timeExpressionsOf } from './clause-time.js';
import { LEADING_SUBORDINATORS } from './speech-bounds.js';

/** "…, Ann Cole told Tom Hale.", "…, she said on Monday.", "…, he told reporters in Oslo.": whether the attribution
 * at verb group `c`, ending at token `right`, closes the sentence (or its clause, before ", and Moscow promised
 * …") but for the one told (a verb of telling) and phrases of when or where. */
export function attributionCloses(view: SentenceView, c: number, right: number): boolean {
  const link = view.chunks.findIndex((x) => x.from > right && clauseLinkAt(view, x.from));
  const rest = view.chunks.filter((x, i) => x.from > right && (link < 0 || i < link));
  const times = timeExpressionsOf(view);
  const time = (x: Chunk) => times.some((t) => t.from <= x.from && x.to <= t.to);
  return rest.every((x, i) => {
    if (x.kind === 'PREP') return rest[i + 1]?.kind === 'NP';
    if (x.kind !== 'NP') return false;
    const told = i === 0 && ADDRESSEE_VERBS.has(view.chunks[c].lemma) && right === view.chunks[c].to;
    return told || rest[i - 1]?.kind === 'PREP' || time(x);
  });
}

/** Words that join a clause of the writer's to the one before, after a comma. */
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/** Token `k` opens a clause of the writer's joined to what stands before it by a comma and "and"/"but" ("…, the
 * ministry said on Wednesday, and Moscow promised to respond"), or a participle's phrase set off by a comma
 * ("…, Ann Cole said on Monday, bringing the deadline forward"): no part of what was said before it. */
export function clauseLinkAt(view: SentenceView, k: number): boolean {
  if (!/,/.test(view.toks[k - 1]?.post ?? '')) return false;
  if (CLAUSE_LINKS.has(view.toks[k]?.normal ?? '')) return clauseFollows(view, k + 1);
  const vg = view.chunks.find((x) => x.from === k);
  return !!vg && vg.kind === 'VG' && !!vg.gerund && !vg.finite;
}

/** "When Acme Corp bought Beta Ltd, Ann Cole commented.": the words before the attribution starting at token
 * `left` are one subordinate clause, which states nothing by itself. */
export function subordinateOnly(view: SentenceView, left: number): boolean {
  return (
    LEADING_SUBORDINATORS.has(view.toks[0]?.normal) &&
    !view.toks.slice(0, Math.max(0, left - 1)).some((t) => /,/.test(t.post))
  );
}
