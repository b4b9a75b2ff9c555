// Name groups: typed name spans with the same normal form, split where strong types disagree
// ("Washington" the person vs "Washington" the place stay apart).
import type { EntityType } from '../types.js';
import type { NameSpan } from './name-spans.js';
import { nameKey } from './name-key.js';
import { typeSpan } from './type-rules.js';

export interface TypedSpan extends NameSpan {
  id: number;
  type: EntityType;
  strong: boolean;
  typeRule: string;
  key: string;
  /** Rule that merged this surface form into its entity ("variant" for spelling variants). */
  mergedBy?: string;
  /** Span id of the name right before this one when it is written in brackets: "… Security (DHS)". */
  bracketOf?: number;
}

export interface NameGroup {
  key: string;
  name: string;
  surface: string;
  words: number;
  firstWord: string;
  lastWord: string;
  type: EntityType;
  strong: boolean;
  first: number;
  spans: TypedSpan[];
  ids: Set<number>;
  /** Span id of the name right before this acronym's opening bracket. */
  bracketAfter?: number;
  country?: string;
}

export function typeSpans(spans: NameSpan[], text: string): TypedSpan[] {
  return spans.map((s, id) => {
    const t = typeSpan(s);
    return {
      ...s,
      id,
      type: t.type,
      strong: t.strong,
      typeRule: t.rule,
      key: nameKey(s.keyText ?? s.text),
      ...(s.keyText ? { mergedBy: 'elided' } : {}),
      ...bracket(s, spans, id, text),
    };
  });
}

function bracket(s: NameSpan, spans: NameSpan[], id: number, text: string): { bracketOf?: number } {
  const prev = spans[id - 1];
  if (!prev || !/^\s*\($/.test(text.slice(prev.end, s.start)) || text[s.end] !== ')') return {};
  return { bracketOf: id - 1 };
}

export function groupSpans(typed: TypedSpan[]): NameGroup[] {
  const byKey = new Map<string, TypedSpan[]>();
  for (const s of typed) {
    if (s.titleOnly || !s.key) continue;
    const list = byKey.get(s.key) ?? [];
    list.push(s);
    byKey.set(s.key, list);
  }
  const groups: NameGroup[] = [];
  for (const spans of byKey.values()) {
    const strongTypes = new Map<EntityType, TypedSpan[]>();
    for (const s of spans) if (s.strong) strongTypes.set(s.type, [...(strongTypes.get(s.type) ?? []), s]);
    if (!strongTypes.size) {
      groups.push(makeGroup(spans, vote(spans), false));
      continue;
    }
    const main = [...strongTypes.entries()].sort((a, b) => b[1].length - a[1].length)[0][0];
    for (const [type, list] of strongTypes) {
      const members = type === main ? spans.filter((s) => !s.strong || s.type === main) : list;
      groups.push(makeGroup(members, type, true));
    }
  }
  return groups.sort((a, b) => a.first - b.first);
}

function vote(spans: TypedSpan[]): EntityType {
  const n = new Map<EntityType, number>();
  for (const s of spans) if (s.typeRule !== 'default') n.set(s.type, (n.get(s.type) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? spans[0].type;
}

export function makeGroup(spans: TypedSpan[], type: EntityType, strong: boolean): NameGroup {
  const best = [...spans].sort(
    (a, b) =>
      b.tokens.length - a.tokens.length || (isDotted(a.text) ? 1 : 0) - (isDotted(b.text) ? 1 : 0) || a.start - b.start,
  )[0];
  const demonym = spans.find((s) => s.demonymOf)?.demonymOf;
  // An elided word ("North" in "North and South Korea") is named by the full name it stands for.
  const name = tidy(best.keyText ?? best.text);
  const words = name.split(/\s+/);
  const withBracket = spans.find((s) => s.bracketOf !== undefined);
  return {
    key: spans[0].key,
    name,
    surface: best.text,
    words: words.length,
    firstWord: words[0].toLowerCase(),
    lastWord: words[words.length - 1].toLowerCase(),
    type,
    strong,
    first: Math.min(...spans.map((s) => s.start)),
    spans,
    ids: new Set(spans.map((s) => s.id)),
    bracketAfter: withBracket?.bracketOf,
    country: demonym,
  };
}

const isDotted = (s: string) => /\./.test(s);
/** A display form: no edge punctuation or possessive. */
export function tidy(text: string): string {
  return text
    .replace(/[’']s?$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, '')
    .replace(/\s+/g, ' ');
}
