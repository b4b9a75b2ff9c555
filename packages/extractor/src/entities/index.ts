// Entity finding: name spans → types → name groups → merge rules → coreference → concepts → alias file.
// Everything runs over the one shared compromise parse (ctx.tokens), so it costs little on top of it.
import type { EntityContext } from '../context.js';
import { entityId } from '../entity-id.js';
import { tokenise } from '../tokens.js';
import type { Alias, Entity, EntityType, Mention } from '../types.js';
import { applyAliasRules } from '../alias-rules.js';
import { findNameSpans } from './name-spans.js';
import { groupSpans, makeGroup, typeSpans, type NameGroup, type TypedSpan } from './name-group.js';
import { MERGE_RULES } from './merge-rules.js';
import { addNestedMentions } from './nested-names.js';
import { retypeSportsTeams } from './sports-teams.js';
import { findConcepts } from './concepts.js';
import { resolveCoreference, type CorefTarget } from './coreference.js';
import { personLike, retypeByPersonCues, retypeListedPeople } from './person-cues.js';
import { retypeByPlaceCues } from './place-cues.js';
import { retypeByObjectCues } from './object-cues.js';
import { extendPlaceQualifiers } from './place-qualifiers.js';
import type { Token } from '../tokens.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from './lexicon/countries.js';
import { GENERIC_HEADS } from './lexicon/org-words.js';

export function findEntities(ctx: EntityContext): Entity[] {
  const { text } = ctx;
  const tk = ctx.tokens ?? tokenise(ctx.doc, text);
  const typed = typeSpans(findNameSpans(tk.bySentence, text), text);
  const groups = groupSpans(typed);

  // Concepts join the groups so acronyms ("AI") can merge into them.
  const nameEnds = new Set<number>(typed.map((s) => s.tokens[s.tokens.length - 1].i));
  const nameKeys = new Set(groups.map((g) => g.key));
  const byConcept = new Map<string, TypedSpan[]>();
  let nextId = typed.length;
  for (const c of findConcepts(tk.bySentence, text, nameEnds)) {
    if (nameKeys.has(c.key)) continue;
    const span: TypedSpan = { ...c, id: nextId++, type: 'Concept', strong: true, typeRule: c.rule, key: c.key };
    byConcept.set(c.key, [...(byConcept.get(c.key) ?? []), span]);
  }
  for (const spans of byConcept.values()) {
    const g = makeGroup(spans, 'Concept', true);
    // Lower case, except words that are always capitalised ("Chinese chip firms").
    g.name = mostFrequent(spans.map((s) => conceptName(s, text)));
    groups.push(g);
  }

  const merged = mergeGroups(groups, tk.tokens);
  addNestedMentions(merged, text);
  extendPlaceQualifiers(merged, text);
  retypeSportsTeams(merged, tk.tokens);
  const entities = merged.map(toEntity);

  // Coreference over name mentions.
  const targets: CorefTarget[] = [];
  merged.forEach((g, entity) => {
    const titles = new Set(g.spans.filter((s) => s.title).map((s) => s.title!.toLowerCase()));
    const isCountry =
      COUNTRY_NAMES.has(g.name.toLowerCase()) || g.spans.some((s) => s.tokens.some((t) => t.tags.has('Country')));
    const isCity = g.spans.some((s) => s.tokens.some((t) => t.tags.has('City')));
    const gender = g.spans.some((s) => s.tokens[0]?.tags.has('FemaleName'))
      ? 'f'
      : g.spans.some((s) => s.tokens[0]?.tags.has('MaleName'))
        ? 'm'
        : undefined;
    const words = new Set(g.name.toLowerCase().split(/\s+/));
    for (const s of g.spans)
      targets.push({
        entity,
        type: g.type,
        start: s.start,
        end: s.end,
        sentence: s.sentence,
        isCountry,
        isCity,
        gender,
        titles,
        words,
      });
  });
  targets.sort((a, b) => a.start - b.start);
  const titleSpans = typed.filter((s) => s.titleOnly).map((s) => ({ ...s, title: s.title! }));
  const nameTokens = new Set(typed.flatMap((s) => s.tokens.map((t) => t.i)));
  for (const c of resolveCoreference(tk.tokens, targets, titleSpans, nameTokens, text)) {
    const e = entities[c.entity];
    const m = { ...c.mention, text: text.slice(c.mention.start, c.mention.end) };
    e.mentions.push(m);
    addAlias(e, m.text, c.rule);
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return applyAliasRules(entities, ctx.aliases);
}

function mergeGroups(groups: NameGroup[], tokens: Token[]): NameGroup[] {
  retypeByPersonCues(groups, tokens);
  retypeListedPeople(groups, tokens);
  retypeByPlaceCues(groups, tokens);
  retypeByObjectCues(groups, tokens);
  // "Xi Jinping" … "Xi": a weakly typed multi-word name later used by one of its words alone is a person.
  const singles = new Set(groups.filter((g) => g.words === 1 && (!g.strong || g.type === 'Person')).map((g) => g.key));
  for (const g of groups) {
    if (g.strong || g.type === 'Concept' || g.words < 2 || g.words > 3 || !personLike(g, tokens)) continue;
    if (singles.has(g.firstWord) || singles.has(g.lastWord)) {
      g.type = 'Person';
      g.strong = true;
    }
  }
  const active = [...groups];
  // Shorter forms first, so each joins the fullest name it abbreviates.
  const order = [...groups].sort((a, b) => a.words - b.words || a.first - b.first);
  for (const g of order) {
    for (const rule of MERGE_RULES) {
      const target = rule.target(
        g,
        active.filter((x) => x !== g),
      );
      if (!target) continue;
      for (const s of g.spans) s.mergedBy ??= rule.name;
      target.spans.push(...g.spans);
      for (const id of g.ids) target.ids.add(id);
      if (!target.strong && g.strong && g.type !== 'Concept') {
        target.type = g.type;
        target.strong = true;
      }
      active.splice(active.indexOf(g), 1);
      break;
    }
  }
  // A head word left alone after merging ("University collections across the country") names no entity.
  for (const g of [...active])
    if (g.words === 1 && g.type !== 'Concept' && GENERIC_HEADS.has(g.key)) active.splice(active.indexOf(g), 1);
  for (const g of active) {
    if (g.country && !g.spans.some((s) => !s.demonymOf)) {
      g.name = g.country;
      g.type = 'Place';
    }
    // A country known only by its abbreviation still gets its full name (stable ids across articles).
    const full = COUNTRY_ABBREVIATIONS.get(g.key);
    if (full && g.spans.every((s) => COUNTRY_ABBREVIATIONS.has(s.key))) {
      for (const s of g.spans) s.mergedBy ??= 'country-short-form';
      g.name = full;
      g.type = 'Place';
    }
  }
  return active;
}

function toEntity(g: NameGroup): Entity {
  const type: EntityType = g.type;
  const e: Entity = { id: entityId(g.name, type), name: g.name, type, aliases: [], mentions: [] };
  for (const s of [...g.spans].sort((a, b) => a.start - b.start)) {
    const same = s.text.toLowerCase() === g.name.toLowerCase();
    const kind: Mention['kind'] = same ? 'name' : 'alias';
    e.mentions.push({ sentence: s.sentence, start: s.start, end: s.end, text: s.text, kind });
    if (!same)
      addAlias(
        e,
        s.text,
        s.mergedBy ?? (s.demonymOf ? 'demonym' : s.type === 'Concept' ? 'plural-or-case' : 'variant'),
      );
  }
  return e;
}

function addAlias(e: Entity, text: string, rule: string): void {
  const t = text.replace(/\s+/g, ' ').trim();
  if (
    !t ||
    t.toLowerCase() === e.name.toLowerCase() ||
    e.aliases.some((a: Alias) => a.text.toLowerCase() === t.toLowerCase())
  )
    return;
  e.aliases.push({ text: t, rule });
}

function conceptName(s: TypedSpan, text: string): string {
  let out = text.slice(s.start, s.end);
  for (const t of s.tokens) {
    if (t.tags.has('Demonym') || t.tags.has('Acronym')) continue;
    const at = t.start - s.start;
    out = out.slice(0, at) + t.text.toLowerCase() + out.slice(at + t.text.length);
  }
  return out.replace(/\s+/g, ' ');
}

function mostFrequent(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
