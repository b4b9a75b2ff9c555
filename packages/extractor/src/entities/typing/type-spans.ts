// Typing: each name span gets the type of the first type rule that matches it (type-rules.ts), its group key, the
// name it stands in brackets after ("the Department of Homeland Security (DHS)") and the name it is another name of
// ("Rapa Nui, also called Easter Island").
import type { NameSpan, TypedSpan } from '../spans.js';
import { nameKey } from '../names/name-key.js';
import { typeSpan } from './type-rules.js';
import { calledOf } from '../grouping/also-known-as.js';

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
      ...calledOf(s, spans, id, text),
    };
  });
}

function bracket(s: NameSpan, spans: NameSpan[], id: number, text: string): { bracketOf?: number } {
  const prev = spans[id - 1];
  // ("(Oberster Gerichtshof )": a space may come before the closing bracket.)
  // ("MELBOURNE, Australia (AP) —": a dateline's agency, a credit, is no short form of the place before it.)
  if (
    !prev ||
    s.credit ||
    !/^\s*\($/.test(text.slice(prev.end, s.start)) ||
    !/^\s?\)/.test(text.slice(s.end, s.end + 2))
  )
    return {};
  return { bracketOf: id - 1 };
}
