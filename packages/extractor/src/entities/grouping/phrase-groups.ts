// Nodes the entity steps make from lower-case phrases around a name ("U.S. troops", "a Woolworths
// spokesperson"): a span per phrase, then the spans of one key as one group named by its most frequent form.
import type { Token } from '../../tokens.js';
import type { EntityType } from '../../types.js';
import type { StepContext } from '../entity-step.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import { mostFrequent } from './concept-groups.js';
import { makeGroup, tidy } from './make-group.js';

/** Span ids after every id in use. */
export function nextSpanId(groups: NameGroup[], ctx: StepContext): number {
  return Math.max(ctx.typed.length, ...groups.flatMap((g) => g.spans.map((s) => s.id + 1)));
}

/** A span over `tokens` (one sentence), typed by the step's rule; `key` is its lower-case text unless given. */
export function phraseSpan(
  ctx: StepContext,
  tokens: Token[],
  at: { id: number; type: EntityType; rule: string; key?: string },
): TypedSpan {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const text = tidy(ctx.text.slice(start, end));
  return {
    tokens,
    start,
    end,
    text,
    sentence: tokens[0].sentence,
    id: at.id,
    type: at.type,
    strong: true,
    typeRule: at.rule,
    key: at.key ?? text.toLowerCase(),
  };
}

/** One group per key, named by its most frequent form; the other forms are aliases by `rule`. */
export function phraseGroups(spans: TypedSpan[], type: EntityType, rule: string): NameGroup[] {
  const byKey = new Map<string, TypedSpan[]>();
  for (const s of spans) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  return [...byKey.values()].map((same) => {
    const g = makeGroup(same, type, true);
    g.name = mostFrequent(same.map((s) => s.text));
    for (const s of same) if (s.text.toLowerCase() !== g.name.toLowerCase()) s.mergedBy = rule;
    return g;
  });
}
