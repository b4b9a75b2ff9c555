// Name groups: typed name spans with the same normal form, split where strong types disagree
// ("Washington" the person vs "Washington" the place stay apart); a quoted term follows the name's other type.
import type { EntityType } from '../../types.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import { makeGroup } from './make-group.js';

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
    // "an event known as "Super Tuesday" … after Super Tuesday": quotes that bring in a term make no title of a
    // work when the article types the name otherwise: the quoted mentions follow the other type.
    const quoted = strongTypes.get('Product');
    const termQuotes = strongTypes.size > 1 && !!quoted?.every((s) => s.typeRule === 'work-title');
    if (termQuotes) strongTypes.delete('Product');
    if (!strongTypes.size) {
      groups.push(makeGroup(spans, vote(spans), false));
      continue;
    }
    const main = [...strongTypes.entries()].sort((a, b) => b[1].length - a[1].length)[0][0];
    for (const [type, list] of strongTypes) {
      const members =
        type === main ? spans.filter((s) => !s.strong || s.type === main || (termQuotes && quoted!.includes(s))) : list;
      groups.push(makeGroup(members, type, true));
    }
  }
  return groups.sort((a, b) => a.first - b.first);
}

/** The type most spans give (a weak guess); the first sentence, a headline's title case the parse reads worst,
 * counts half ("Man charged over stabbing at Sydney shopping centre" reads Sydney as a person's name; "Police in
 * Sydney have charged …" as the place). */
function vote(spans: TypedSpan[]): EntityType {
  const n = new Map<EntityType, number>();
  for (const s of spans)
    if (s.typeRule !== 'default') n.set(s.type, (n.get(s.type) ?? 0) + (s.sentence === 0 ? 0.5 : 1));
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? spans[0].type;
}
