// A country's people or forces as a body of their own: "U.S. troops left Iraq", "Japanese officials said",
// "Chinese citizens criticized …". A country (named, or by its demonym) right before a group word makes an
// Organization node named as written; the country keeps its own node (relations/rules/country-group.ts
// links the two). Runs after merging, so no merge rule joins "troops" to another name.
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { ARMED_FORCE_HEADS, COUNTRY_GROUP_HEADS, COUNTRY_GROUP_MODIFIERS } from '../lexicon/country-group-words.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { conceptKey } from '../names/concepts.js';
import { nextSpanId, phraseGroups, phraseSpan } from './phrase-groups.js';
import { joinGroup } from './make-group.js';

const RULE = 'country-group';
const COMPASS = new Set(['north', 'south', 'east', 'west']);
const AUXILIARY = new Set(['has', 'does', 'is', 'was']);
const lowerWord = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text);

/** The group words after position `k` of `row`: [modifier?, head], or null. The phrase must end at the head
 * ("Turkish army deployments" is about deployments, "U.S. military bases" about bases). */
export function groupWordsAfter(row: Token[], k: number): Token[] | null {
  const isHead = (t: Token | undefined) => !!t && COUNTRY_GROUP_HEADS.has(t.normal.replace(/['’]s?$/, ''));
  const hasMod =
    COUNTRY_GROUP_MODIFIERS.has(row[k + 1]?.normal ?? '') && !/\S/.test(row[k + 1].post) && isHead(row[k + 2]);
  const words = hasMod ? row.slice(k + 1, k + 3) : row.slice(k + 1, k + 2);
  const head = words[words.length - 1];
  if (!isHead(head) || !words.every(lowerWord)) return null;
  if (/\S/.test(row[k].post.replace(/^['’]s?/, ''))) return null;
  const next = row[head.pos + 1];
  // "military bases closed": a plural the parser took for a verb. After a plural head ("troops") a verb
  // never takes -s; after a singular one ("the military says it left") it does, unless another verb follows.
  const after = row[head.pos + 2];
  const pluralNoun = (t: Token) =>
    t.tags.has('PresentTense') &&
    /[^s]s$/.test(t.normal) &&
    !t.tags.has('Copula') &&
    !AUXILIARY.has(t.normal) &&
    (/s$/.test(head.normal) || !after || (after.tags.has('Verb') && !/\S/.test(t.post)));
  if (
    !/[,;:.!?)—–"”]/.test(head.post) &&
    lowerWord(next) &&
    ((next.tags.has('Noun') && !next.tags.has('Verb')) || pluralNoun(next))
  )
    return null;
  return words;
}

export const countryGroups: EntityStep = {
  name: 'country-groups',
  description:
    'a country or demonym before a group word ("U.S. troops", "Japanese officials") is a body (Organization)',
  apply(groups, ctx) {
    let id = nextSpanId(groups, ctx);
    const countryOf = new Map<number, { first: Token; country: string }>();
    for (const g of groups) {
      if (g.type !== 'Place' || !COUNTRY_NAMES.has(g.name.toLowerCase())) continue;
      for (const s of g.spans) countryOf.set(s.tokens[s.tokens.length - 1].i, { first: s.tokens[0], country: g.name });
    }
    const spans: TypedSpan[] = [];
    const named = new Map(groups.filter((g) => g.type !== 'Concept').map((g) => [g.name.toLowerCase(), g]));
    for (const row of ctx.bySentence) {
      row.forEach((t, k) => {
        const compass = COMPASS.has(row[k - 1]?.normal ?? '');
        const demonym = /^\p{Lu}/u.test(t.text) ? DEMONYMS.get(t.normal) : undefined;
        const ref = countryOf.get(t.i) ?? (demonym ? { first: compass ? row[k - 1] : t, country: demonym } : null);
        const words = ref && groupWordsAfter(row, k);
        if (!ref || !words) return;
        const country = demonym && compass ? `${row[k - 1].text} ${demonym}` : ref.country;
        const head = words[words.length - 1].normal.replace(/['’]s?$/, '');
        const kind = ARMED_FORCE_HEADS.has(head) ? 'armed forces' : conceptKey(words.map((w) => w.normal));
        const tokens = row.slice(ref.first.pos, words[words.length - 1].pos + 1);
        const span = phraseSpan(ctx, tokens, {
          id: id++,
          type: 'Organization',
          rule: RULE,
          key: `${country.toLowerCase()} ${kind}`,
        });
        // "Iraqi security forces" when the article also names "Iraqi Security Forces": that body.
        const same = named.get(span.text.toLowerCase());
        if (same) {
          same.spans.push({ ...span, type: same.type, mergedBy: RULE });
          same.ids.add(span.id);
        } else spans.push(span);
      });
    }
    if (!spans.length) return groups;
    // A concept of the same words ("Kenyan citizens" as a verb's object) is this body there, and so are its other
    // mentions that name the country too ("a Russian diplomat" beside "two Russian diplomats": one node of the
    // kind, not two); a bare "troops" elsewhere stays the concept it was.
    const bodies = [...spans];
    const bodyOf = (s: TypedSpan) => bodies.find((t) => t.start <= s.start && s.end <= t.end);
    const kept = groups.flatMap((g) => {
      const body = g.type === 'Concept' ? g.spans.map(bodyOf).find((t) => t) : undefined;
      if (!body) return [g];
      const rest = g.spans.filter((s) => !bodyOf(s));
      const same = rest.filter((s) => singular(s.text) === singular(body.text));
      spans.push(...same.map((s) => ({ ...s, type: 'Organization' as const, key: body.key, mergedBy: RULE })));
      const left = rest.filter((s) => !same.includes(s));
      return left.length ? [{ ...g, spans: left, ids: new Set(left.map((s) => s.id)), first: left[0].start }] : [];
    });
    return withArmedForces([...kept, ...phraseGroups(spans, 'Organization', RULE)]);
  },
};

const singular = (text: string) => text.toLowerCase().replace(/s$/, '');

/** Names of all of a country's armed forces that carry no country: "women in the Armed Services". */
const UNQUALIFIED_FORCES = new Set(['armed forces', 'armed services']);

/** "U.S. military … the place of women in the Armed Services": where the article names one country's armed
 * forces, "the Armed Forces" without a country is that body. With two countries' forces it stays apart. */
function withArmedForces(groups: NameGroup[]): NameGroup[] {
  const forces = groups.filter((g) => g.spans.some((s) => s.typeRule === RULE && / armed forces$/.test(s.key)));
  if (forces.length !== 1) return groups;
  const [body] = forces;
  const bare = groups.filter((g) => g.type === 'Organization' && UNQUALIFIED_FORCES.has(g.key));
  if (!bare.length) return groups;
  for (const g of bare) joinGroup(body, g, RULE);
  return groups.filter((g) => !bare.includes(g));
}
