// Nested names: "United States Navy" also mentions the United States, "Google Science Fair" Google, a title
// ("Andy Warhol: Photographs") the person in it, and
// "University of Sheffield" Sheffield. A contiguous part of a longer name that is the name of another entity in
// the article (or, inside an organisation, event or site, a place compromise's lexicon knows) counts as a
// mention of that entity too. A direction word before a known place ("University of Southern Indiana") names a
// region of it: a place of its own.
import type { NameGroup, TypedSpan } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { makeGroup } from './make-group.js';
import { nameKey } from '../names/name-key.js';
import { saintKey } from './name-variants.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { cityPopulation } from '../lexicon/world-cities.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { PLACE_HEADS } from '../lexicon/org-words.js';
import { COUNTRY_ABBREVIATIONS } from '../lexicon/countries.js';

const DIRECTIONS = new Set(
  'north south east west northern southern eastern western central upper lower greater inner outer new old'.split(' '),
);
const known = (g: NameGroup) =>
  g.type !== 'Concept' &&
  g.spans.some((s) =>
    s.tokens.some((t) => t.tags.has('Organization') || t.tags.has('Person') || t.tags.has('Acronym')),
  );

function addNestedMentions(groups: NameGroup[], text: string): void {
  const byKey = new Map<string, NameGroup>();
  for (const g of groups) {
    if (g.type === 'Concept') continue;
    for (const s of g.spans) if (!byKey.has(s.key)) byKey.set(s.key, g);
  }
  // "UK" is named "United Kingdom" (country-names.ts): "United Kingdom Home Office" mentions it by that name.
  for (const g of groups) if (g.type !== 'Concept' && !byKey.has(nameKey(g.name))) byKey.set(nameKey(g.name), g);
  // ("St. Louis … the Saint Louis Chess Club": the saint's title spelled out names the same place.)
  for (const g of groups) {
    const full = g.type === 'Concept' ? undefined : saintKey(g.key);
    if (full && !byKey.has(full)) byKey.set(full, g);
  }
  const created = new Map<string, TypedSpan[]>();
  for (const g of [...groups]) {
    if (g.type === 'Concept') continue;
    for (const s of g.spans) {
      const toks = s.tokens;
      if (toks.length < 2 || s.demonymOf) continue;
      const used = new Set<number>();
      for (let len = toks.length - 1; len >= 1; len--) {
        for (let a = 0; a + len <= toks.length; a++) {
          // "East Los Angeles", "South Korea": a modifier before a place names another place; but "Hong Kong
          // Island" and "Municipality of Livorno" do mention the place they contain.
          if (g.type === 'Place' && a > 0 && a + len === toks.length && toks[a - 1].normal !== 'of') continue;
          const part = toks.slice(a, a + len);
          if (!/^\p{Lu}/u.test(part[0].text) || !/^\p{Lu}/u.test(part[len - 1].text)) continue;
          // "France" of "Agence France-Presse": a piece of a hyphenated word names nothing by itself.
          if (part[len - 1].post === '-' || toks[a - 1]?.post === '-') continue;
          // "Southern Indiana" inside "University of Southern Indiana": the region, not Indiana itself.
          // ("Movement for a New Slovenia": after "a", the direction word is the cause's, no region's.)
          const from =
            a > 0 && DIRECTIONS.has(toks[a - 1].normal) && !['a', 'an'].includes(toks[a - 2]?.text ?? '') ? a - 1 : a;
          // ("New South Wales Police": a capitalised word before the direction word is a longer place's, one the
          // lexicon may not know; "South Wales" is no region of it.)
          if (from < a && from > 0 && /^\p{Lu}/u.test(toks[from - 1].text)) continue;
          if (toks.slice(from, a + len).some((t) => used.has(t.i))) continue;
          const end = part[len - 1].end - (/['’]s$/.test(part[len - 1].text) ? 2 : 0);
          const partText = text.slice(part[0].start, end);
          // ("Kansas City Chiefs", "Oklahoma City Thunder": a city named after a state or country is not it;
          // "New York City", "Manchester City" are the city of that name.)
          if (toks[a + len]?.text === 'City' && cityPopulation(partText) === 0) continue;
          // Places only inside organisations, events and named sites ("Volgograd Arena", "Mexico City"), not
          // inside people's names ("Paris Hilton", "Captain America") or other places ("Washington D.C.").
          const site = g.type === 'Place' && PLACE_HEADS.has(g.lastWord);
          const holdsPlace = g.type === 'Organization' || g.type === 'Event' || site;
          // "USA" of "USA Today" is the article's "United States" (country-names.ts names the short form).
          const country = holdsPlace ? COUNTRY_ABBREVIATIONS.get(nameKey(partText)) : undefined;
          const target = byKey.get(nameKey(partText)) ?? (country ? byKey.get(nameKey(country)) : undefined);
          // An event also mentions the organiser or place it is named after ("Google Science Fair"), when that
          // is a known name (not "Global" in "Global Challenge Robot Olympics").
          // The campus after "at" ("University of North Carolina at Greensboro") is a place too.
          const campus = g.type === 'Organization' && a > 0 && toks[a - 1].normal === 'at' && a + len === toks.length;
          // ("Las" of "Las Vegas Review-Journal": the lexicon's first word of a longer place is no place.)
          // (A city named "<place> City" keeps to the rule above: "Mexico City" mentions Mexico.)
          const next = toks[a + len];
          const cutPlace = !!next && next.text !== 'City' && cityPopulation(`${partText} ${next.text}`) > 0;
          // ("Penn" of "Penn State": a state's abbreviation is a short form, no place of its own.)
          const lexPlace =
            !target &&
            ((holdsPlace && isKnownPlace(partText) && !cutPlace && !lexiconTags(partText).includes('Abbreviation')) ||
              campus);
          // A title mentions the people and organisations in it ("Andy Warhol: Photographs and Prints").
          const inWork =
            g.type === 'Product' && !!target && (target.type === 'Person' || target.type === 'Organization');
          if (
            !lexPlace &&
            !inWork &&
            (!target || target === g || (target.type !== 'Place' && !(g.type === 'Event' && known(target))))
          )
            continue;
          if (from < a && target && target.type !== 'Place') continue;
          const start = toks[from].start;
          const key = nameKey(text.slice(start, end));
          const span: TypedSpan = {
            ...s,
            tokens: toks.slice(from, a + len),
            start,
            end,
            text: text.slice(start, end),
            key,
            mergedBy: 'nested',
            title: undefined,
          };
          for (const t of span.tokens) used.add(t.i);
          const fullKey = from === a && country ? nameKey(country) : key;
          const owner = byKey.get(key) ?? byKey.get(fullKey);
          // ("U.S." of "U.S. officials" may already be a span of its own: one mention, not two.)
          const already = owner?.spans.some((x) => x.start === span.start && x.end === span.end);
          if (owner && owner !== g) {
            if (!already) owner.spans.push(span);
          } else if (!owner)
            created.set(fullKey, [
              ...(created.get(fullKey) ?? []),
              { ...span, type: 'Place', strong: true, typeRule: from < a ? 'region' : 'known-place' },
            ]);
        }
      }
    }
  }
  for (const spans of created.values()) {
    const g = makeGroup(spans, 'Place', true);
    // A country met only by its short form inside names is named in full, as country-names.ts names others.
    const full = COUNTRY_ABBREVIATIONS.get(g.key);
    if (full) g.name = full;
    groups.push(g);
  }
}

export const nestedNames: EntityStep = {
  name: 'nested-names',
  description: 'a part of a longer name that names another entity ("United States Navy") is a mention of it too',
  apply(groups, ctx) {
    addNestedMentions(groups, ctx.text);
    return groups;
  },
};
