// Place qualifiers: "Clearwater, Florida", "Evansville, Indiana, United States", "Fresno, Calif.". A town or region followed by
// ", <region or country>" is mentioned with its qualifiers (the span runs to the last of them), while each
// qualifier stays a mention of its own place. A list of places of one rank ("Texas, Florida") is no such chain.
import type { NameGroup, TypedSpan } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { stateAbbreviationSpan } from '../names/state-abbreviation.js';

type Rank = 0 | 1 | 2;
/** 2 = country, 1 = region or state, 0 = other place. */
function rank(s: TypedSpan): Rank {
  if (COUNTRY_NAMES.has(s.key) || s.tokens.some((t) => t.tags.has('Country'))) return 2;
  return s.tokens.some((t) => t.tags.has('Region')) || stateAbbreviationSpan(s) ? 1 : 0;
}

function extendPlaceQualifiers(groups: NameGroup[], text: string): void {
  const places = groups.filter((g) => g.type === 'Place').flatMap((g) => g.spans);
  const byStart = new Map<number, TypedSpan>();
  for (const s of places) byStart.set(s.start, s);
  for (const s of places) {
    let r = rank(s);
    let end = s.end;
    for (
      let next = byStart.get(end + 2);
      next && text.slice(end, next.start) === ', ' && rank(next) > r;
      next = byStart.get(end + 2)
    ) {
      r = rank(next);
      end = next.end;
    }
    // "Virginia, Michigan and Ohio": a list of places goes on after the last one.
    if (end === s.end || /^(,\s*(and|or)?|\s+(and|or))\s+\p{Lu}/u.test(text.slice(end, end + 8))) continue;
    s.end = end;
    s.text = text.slice(s.start, end);
    s.mergedBy ??= 'place-qualifier';
  }
}

export const placeQualifiers: EntityStep = {
  name: 'place-qualifiers',
  description: '"Clearwater, Florida": a place mention runs on over its region and country qualifiers',
  apply(groups, ctx) {
    extendPlaceQualifiers(groups, ctx.text);
    return groups;
  },
};
