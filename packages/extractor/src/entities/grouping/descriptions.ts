// Definite descriptions: "the airline", "the station", "the state" refer to a named entity when the article
// itself says what kind of thing that entity is — the word ends its name ("International Space Station"),
// stands right before it ("Iranian airline Mahan Air"), classifies a place ("the state of Wisconsin"), or is
// said of it ("New South Wales is the most populated Australian state", "Mahan Air, an Iranian airline").
// Such a description becomes a nominal mention of the most recent entity of that kind mentioned before it,
// and no longer makes a concept node of its own ("airline" split from Mahan Air). The classifying word itself
// ("the state" of "the state of Wisconsin") and the kind said of a name ("a commonwealth" in "Puerto Rico is a
// commonwealth") are mentions of that name too, not concepts.
import type { Token } from '../../tokens.js';
import type { Entity, Mention } from '../../types.js';
import type { NameGroup } from '../spans.js';
import { conceptKey } from '../names/concepts.js';
import { FUNCTION_WORDS } from '../names/name-tokens.js';
import { DIVISION_WORDS, EVENT_HEADS, ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { AWARD_HEADS, LAW_HEADS, VEHICLE_HEADS } from '../lexicon/work-words.js';
import { TITLES } from '../lexicon/titles.js';
import { COUNTRY_ABBREVIATIONS } from '../lexicon/countries.js';
import { modelYear } from '../typing/object-cues.js';
import { ARMED_FORCE_HEADS } from '../lexicon/country-group-words.js';
import { hasRival, unnamedKinds } from './description-rivals.js';
import { LARGE_CITY_POPULATION, cityPopulation } from '../lexicon/world-cities.js';

export interface Description {
  entity: number;
  mention: Mention;
}

/** Words that classify a place in "the <word> of <Name>". */
const PLACE_KINDS = new Set([...PLACE_HEADS, 'commonwealth', 'country', 'nation', 'capital']);
/** Last words of names that say what kind of thing is named ("… Space Station", "… Reform Bill 2019"). */
const NAME_KINDS = new Set([...ORG_HEADS, ...PLACE_HEADS, ...EVENT_HEADS, ...LAW_HEADS, ...AWARD_HEADS]);
/** Words for a political division that classify the place named after "of" ("the state of Wisconsin"; not
 * "the capital of France", "the coast of Somalia", which name another place). */
const CLASSIFIERS = DIVISION_WORDS;
/** What a name dated by a model year is ("a 1998 Rover Mini"): typing/object-cues.ts. */
const ROAD_VEHICLE = ['car', 'vehicle'];
/** The last sentence of an article's opening: headline, date line, first sentence. */
const LEDE = 2;
const countryWord = (t: Token) => t.tags.has('Country') || COUNTRY_ABBREVIATIONS.has(t.normal.replace(/\./g, ''));
/** Words for a place one fills, never what a named thing is: in "cast as a voice for Rin, a role that required
 * singing" the role is the part played, and a later "the role" is no mention of the name. */
const POSITION_WORDS = new Set(['role', 'part', 'job', 'post', 'position', 'seat']);
const COPULAS = new Set(['is', 'was']);
const DEGREE = new Set(['most', 'more', 'least', 'less', 'very']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Copulas, auxiliaries and verbs of saying that, right after "<Name>, the <noun>", make the noun a clause's
 * subject ("The entire crew were Iranians, the army said": the army is the speaker, not the Iranians). */
const CLAUSE_VERBS = new Set(
  `is was are were has had have will would can could may might must should shall remains said says told added
  reported stated announced confirmed`.split(/\s+/),
);

const plainNoun = (t: Token | undefined): t is Token =>
  !!t &&
  /^\p{Ll}[\p{Ll}-]+(['’]s)?$/u.test(t.text) &&
  t.tags.has('Noun') &&
  !t.tags.has('Plural') &&
  !t.tags.has('Pronoun') &&
  !FUNCTION_WORDS.has(t.normal) &&
  !TITLES.has(t.normal);
const head = (t: Token) => conceptKey([t.normal.replace(/['’]s$/, '')]);

/** The kind words the article gives each group ("station", "airline"), by group index; `said` collects the
 * divisions said of a place with a copula ("Puerto Rico is a commonwealth"), which are mentions of it. */
function kindWords(groups: NameGroup[], tokens: Token[], said: Description[]): Map<string, Set<number>> {
  const kinds = new Map<string, Set<number>>();
  const add = (word: string, g: number) =>
    !POSITION_WORDS.has(word) && kinds.set(word, (kinds.get(word) ?? new Set()).add(g));
  const ofHeads: Array<[string, number]> = [];
  groups.forEach((g, n) => {
    if (g.type === 'Concept') return;
    for (const s of g.spans) {
      const first = s.tokens[0];
      const words = s.tokens.filter((t) => /\p{L}/u.test(t.text));
      const last = words[words.length - 1];
      // (not a plural, "Solomon Islands": a group of islands is no "the island")
      if (words.length >= 2 && last && /^\p{Lu}\p{Ll}+$/u.test(last.text) && NAME_KINDS.has(last.normal))
        if (!last.tags.has('Plural') && head(last) === last.normal) add(head(last), n);
      // "International Court of Justice … the court", "Bank of England … the bank": the word before an "of" name's
      // complement heads it (kept apart: only a kind no other evidence gives anyone, below).
      const of = words.findIndex((t, k) => k > 0 && t.normal === 'of');
      const headed = of > 0 ? words[of - 1] : undefined;
      // (not a room's word: "the councillors in the chamber" is no Chamber of Commerce)
      const room = ['chamber', 'house', 'hall'].includes(headed?.normal ?? '');
      if (headed && /^\p{Lu}\p{Ll}+$/u.test(headed.text) && ORG_HEADS.has(headed.normal) && !room)
        if (!headed.tags.has('Plural')) ofHeads.push([head(headed), n]);
      // "on Vangunu island", "in Salaheddin district": a place's kind in lower case right after its name (not a
      // country's: "a U.S. state", "the U.S. coast" are parts of it).
      const after = tokens[s.tokens[s.tokens.length - 1].i + 1];
      const glued = !!after && after.sentence === s.sentence && !/\S/.test(tokens[after.i - 1].post);
      const country = s.tokens.some(countryWord);
      // (Not a site's word after a large city: "Hamburg station", "Kabul airport" name a site in the city.)
      const site = !DIVISION_WORDS.has(after?.normal ?? '') && cityPopulation(s.text) >= LARGE_CITY_POPULATION;
      if (g.type === 'Place' && glued && !country && plainNoun(after) && PLACE_HEADS.has(after.normal) && !site)
        add(head(after), n);
      // "Toronto Comicon 2019 returned … The event included": the event an article is about, named in its
      // headline or lede, is what "the event" refers to (not one named in passing further down).
      if (g.type === 'Event' && !g.unnamed && s.sentence <= LEDE) add('event', n);
      // "the U.S. military … women in the military": a country's body (country-groups.ts) is the one its
      // group word stands for ("troops" is plural, and no description).
      if (s.typeRule === 'country-group' && last && ARMED_FORCE_HEADS.has(last.normal)) add(head(last), n);
      // "the Halcyon Arrow capsule": a model's vehicle noun (typing/vehicle-models.ts) says what it is.
      if (g.type === 'Product' && VEHICLE_HEADS.has(s.nounAfter ?? '')) add(s.nounAfter!, n);
      // "a recalled 2005 Opel Zafira … The car": a model year dates a road vehicle.
      if (g.type === 'Product' && modelYear(s, tokens)) for (const kind of ROAD_VEHICLE) add(kind, n);
      const before = tokens[first.i - 1];
      const quiet = (a: Token | undefined) => !!a && a.sentence === first.sentence && !/\S/.test(a.post);
      // (A person's kind is a word for a person: "During the speech Trump claimed" says nothing of Trump.)
      // (Nor is a word for a happening the kind of a place or body: "the tournament [Gibraltar]" glosses where
      // it was held, and every later "the tournament" became Gibraltar.)
      const kindOf =
        (g.type !== 'Person' || !!before?.tags.has('Actor')) &&
        !(g.type !== 'Event' && !!before && EVENT_HEADS.has(before.normal));
      // (A division word before a body's name says whose body it is: "the state House" is no state.)
      const division = CLASSIFIERS.has(before?.normal ?? '') && g.type !== 'Place';
      if (quiet(before) && plainNoun(before) && !/['’]s$/.test(before.text) && kindOf && !division)
        add(head(before), n);
      if (before?.normal === 'of' && quiet(before)) {
        const kind = tokens[first.i - 2];
        if (quiet(kind) && plainNoun(kind) && PLACE_KINDS.has(kind.normal)) add(head(kind), n);
      }
      // "<Name> is a/the … <kind>", "<Name>, a/the … <kind>".
      const end = s.tokens[s.tokens.length - 1];
      let k = end.i + 1;
      const comma = /^,\s*$/.test(end.post);
      if (!comma && COPULAS.has(tokens[k]?.normal ?? '')) k++;
      else if (!comma) continue;
      if (!ARTICLES.has(tokens[k]?.normal ?? '') || tokens[k].sentence !== end.sentence) continue;
      for (let m = k + 1; m <= k + 5 && tokens[m]?.sentence === end.sentence; m++) {
        const t = tokens[m];
        const next = tokens[m + 1];
        const compound = next?.tags.has('Noun') && !FUNCTION_WORDS.has(next.normal) && /^\p{Ll}/u.test(next.text);
        // ("Chile is the world's largest copper producer": a possessor is no kind of the name; its noun is.)
        const possessor = /['’]s?$/u.test(t.text);
        if (plainNoun(t) && !possessor && !(compound && !/\S/.test(t.post))) {
          // "According to the Acme Institute, the outbreak is spreading": after a comma, a noun followed by
          // its verb opens the next clause; it says nothing of the name.
          if (comma && !/\S/.test(t.post) && CLAUSE_VERBS.has(next?.normal ?? '')) break;
          add(head(t), n);
          // A place's division said with a copula ("Puerto Rico is a commonwealth"), not after a comma (the
          // noun may open the next item of a list) nor another kind ("the API is a Lua interpreter").
          if (!comma && CLASSIFIERS.has(t.normal) && groups[n].type === 'Place')
            said.push({
              entity: n,
              mention: { sentence: t.sentence, start: t.start, end: t.end, text: '', kind: 'nominal' },
            });
          break;
        }
        // "the most populated Australian state": a participle after an adverb modifies too.
        const modifier =
          possessor ||
          ['Adjective', 'Adverb', 'Demonym', 'ProperNoun'].some((x) => t.tags.has(x)) ||
          (t.tags.has('Verb') && (!!tokens[m - 1]?.tags.has('Adverb') || DEGREE.has(tokens[m - 1]?.normal ?? '')));
        if (/\S/.test(t.post) || !modifier) break;
      }
    }
  });
  // ("The Court of Session is the highest civil court … the Supreme Court of the United Kingdom. The court had
  // been petitioned": a kind the text gives one court is not shared by the head of another's name.)
  const given = new Set(kinds.keys());
  for (const [word, n] of ofHeads) if (!given.has(word)) add(word, n);
  return kinds;
}

/** Each "the <kind>" of the article that refers to one of `groups`, with the mention it adds. */
export function resolveDescriptions(groups: NameGroup[], tokens: Token[], nameTokens: Set<number>): Description[] {
  const out: Description[] = [];
  const kinds = kindWords(groups, tokens, out);
  if (!kinds.size) return [];
  out.push(...classifiers(groups, tokens, nameTokens));
  const kinded = new Set([...kinds.values()].flatMap((g) => [...g]));
  const { opening: unnamed, fresh } = unnamedKinds(tokens, head);
  for (const t of tokens) {
    const det = tokens[t.i - 1];
    if (det?.normal !== 'the' || det.sentence !== t.sentence || nameTokens.has(t.i) || !plainNoun(t)) continue;
    const candidates = kinds.get(head(t));
    if (!candidates) continue;
    const next = tokens[t.i + 1];
    const possessive = /['’]s$/.test(t.text);
    // "the state of South Australia" classifies; "the station crew" is a crew; "the airline Mahan Air" names it.
    if (
      next &&
      next.sentence === t.sentence &&
      !possessive &&
      !/\S/.test(t.post) &&
      (next.normal === 'of' || next.tags.has('Noun') || /^\p{Lu}/u.test(next.text))
    )
      continue;
    let best: { entity: number; at: number } | undefined;
    for (const g of candidates)
      for (const s of groups[g].spans)
        if (s.end <= det.start && (!best || s.start > best.at)) best = { entity: g, at: s.start };
    // A division word ("the state") may mean any place named since; a name's own kind word ("the palace")
    // names few of them.
    if (!best || (CLASSIFIERS.has(t.normal) && hasRival(groups, kinded, best, det, head(t)))) continue;
    if ((unnamed.get(head(t)) ?? Infinity) < det.i) continue;
    // ("plans for a new bridge … next to the Swing Bridge … the bridge": a new one came in before the name)
    const newOne = fresh.get(head(t));
    if (newOne !== undefined && newOne < Math.min(...groups[best.entity].spans.map((x) => x.tokens[0].i))) continue;
    // "The Court of Justice … upheld a ruling by the lower General Court. … the court ruled": of two of that
    // kind in the latest sentence naming one, the one opening it (its subject), else none.
    const at = best.at;
    const sentence = groups[best.entity].spans.find((x) => x.start === at)!.sentence;
    const there = [...candidates].filter((g) =>
      groups[g].spans.some((x) => x.sentence === sentence && x.end <= det.start),
    );
    if (there.length > 1) {
      const subject = there.find((g) => groups[g].spans.some((x) => x.sentence === sentence && x.tokens[0].pos <= 1));
      if (subject === undefined) continue;
      best = { entity: subject, at };
    }
    const end = t.end - (possessive ? 2 : 0);
    out.push({
      entity: best.entity,
      mention: { sentence: t.sentence, start: det.start, end, text: '', kind: 'nominal' },
    });
  }
  return out;
}

/** "the state of Wisconsin", "US state of Wisconsin": the word classifying the place named right after its
 * "of" (with its article) is a mention of that place. */
function classifiers(groups: NameGroup[], tokens: Token[], nameTokens: Set<number>): Description[] {
  const placeAt = new Map<number, number>();
  groups.forEach((g, n) => {
    if (g.type === 'Place') for (const s of g.spans) placeAt.set(s.tokens[0].i, n);
  });
  const out: Description[] = [];
  for (const t of tokens) {
    if (nameTokens.has(t.i) || !plainNoun(t) || !CLASSIFIERS.has(t.normal)) continue;
    const of = tokens[t.i + 1];
    if (of?.normal !== 'of' || of.sentence !== t.sentence || /\S/.test(t.post + of.post)) continue;
    const entity = placeAt.get(tokens[t.i + 2]?.sentence === t.sentence ? t.i + 2 : -1);
    if (entity === undefined) continue;
    // "the state of Wisconsin", "US state of Wisconsin"; not "the capital city of South Sudan" (a modifier
    // makes it another place), nor "a province of Canada".
    const det = tokens[t.i - 1];
    const before = det?.sentence === t.sentence ? det : undefined;
    // Only "the" or a name: "a province of Canada", "every province of Canada" are not Canada.
    // A name before it must be the country that holds the place ("US state of Wisconsin"; "the Ural region of
    // Russia" is a part of Russia).
    if (before && before.normal !== 'the' && !(nameTokens.has(before.i) && countryWord(before))) continue;
    const start = before?.normal === 'the' ? before.start : t.start;
    out.push({ entity, mention: { sentence: t.sentence, start, end: t.end, text: '', kind: 'nominal' } });
  }
  return out;
}

/** Concept entities without the mentions descriptions took over; a concept left with one mention, or none,
 * is dropped. An unnamed node gives up those mentions too, and goes when none is left ("Furnal Equinox … the
 * event" took every mention of "the event"). */
export function withoutDescribed(entities: Entity[], taken: Description[]): Entity[] {
  if (!taken.length) return entities;
  const inside = (m: Mention) => taken.some((d) => d.mention.start <= m.start && m.end <= d.mention.end);
  return entities.filter((e) => {
    if (e.type !== 'Concept' && !e.unnamed) return true;
    const before = e.mentions.length;
    e.mentions = e.mentions.filter((m) => !inside(m));
    if (e.mentions.length === before) return true;
    if (e.type !== 'Concept') return e.mentions.length > 0;
    // What is left must stand as a concept on its own: one leftover ("debated a bill" beside five mentions
    // of "the bill" that named one) is the same word used once more, not a topic of the article.
    const names = e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').length;
    return names >= 2;
  });
}
