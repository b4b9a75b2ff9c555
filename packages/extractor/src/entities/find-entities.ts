// Entity finding, stage by stage: names (names/) → types (typing/type-spans.ts) → groups of one normal form
// (grouping/group-spans.ts) → the ordered entity steps (entity-steps.ts: retyping by context, merging,
// mentions) → entities → coreference → the alias file → one entity per id (one-per-id.ts). All over the one
// shared parse (ctx.tokens), so it costs little on top of it. A stage that throws is skipped with a warning;
// this never throws.
import type { EntityContext } from '../context.js';
import { entityId } from '../entity-id.js';
import { guarded } from '../guarded.js';
import type { Alias, Entity, EntityType, Mention } from '../types.js';
import { applyAliasRules } from '../alias-rules.js';
import type { NameGroup, TypedSpan } from './spans.js';
import { findNameSpans } from './names/name-spans.js';
import { typeSpans } from './typing/type-spans.js';
import { groupSpans } from './grouping/group-spans.js';
import { resolveCoreference } from './grouping/coreference.js';
import { corefTargets } from './grouping/coref-targets.js';
import { resolveDescriptions, withoutDescribed } from './grouping/descriptions.js';
import { runSteps } from './entity-step.js';
import { ENTITY_STEPS } from './entity-steps.js';
import { onePerId } from './one-per-id.js';

export function findEntities(ctx: EntityContext): { entities: Entity[]; warnings: string[] } {
  const { text, tokens } = ctx;
  const warnings: string[] = [];
  const typed: TypedSpan[] = guarded(
    'finding names',
    warnings,
    () => [],
    () => typeSpans(findNameSpans(tokens.bySentence, text, warnings), text),
  );
  const groups = groupSpans(typed);
  const merged = runSteps(
    ENTITY_STEPS,
    groups,
    { text, tokens: tokens.tokens, bySentence: tokens.bySentence, typed },
    warnings,
  );
  let entities = merged.map(toEntity);
  guarded(
    'coreference',
    warnings,
    () => undefined,
    () => addCoreference(entities, merged, typed, ctx),
  );
  entities = guarded(
    'definite descriptions',
    warnings,
    () => entities,
    () => addDescriptions(entities, merged, typed, ctx),
  );
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: onePerId(applyAliasRules(entities, ctx.aliases)), warnings };
}

function addCoreference(entities: Entity[], merged: NameGroup[], typed: TypedSpan[], ctx: EntityContext): void {
  const { text } = ctx;
  const titleSpans = typed.filter((s) => s.titleOnly).map((s) => ({ ...s, title: s.title! }));
  const nameTokens = new Set(typed.flatMap((s) => s.tokens.map((t) => t.i)));
  for (const c of resolveCoreference(
    ctx.tokens.tokens,
    corefTargets(merged, ctx.tokens.tokens),
    titleSpans,
    nameTokens,
    text,
  )) {
    const e = entities[c.entity];
    const m = { ...c.mention, text: text.slice(c.mention.start, c.mention.end) };
    e.mentions.push(m);
    addAlias(e, m.text, c.rule);
  }
}

/** "the airline" after "Iranian airline Mahan Air" (grouping/descriptions.ts): a mention of Mahan Air, and
 * no longer a concept of its own. Runs after coreference, whose entity indices it keeps until the end. */
function addDescriptions(entities: Entity[], merged: NameGroup[], typed: TypedSpan[], ctx: EntityContext): Entity[] {
  const nameTokens = new Set(typed.flatMap((s) => s.tokens.map((t) => t.i)));
  const taken = resolveDescriptions(merged, ctx.tokens.tokens, nameTokens);
  // A nominal coreference already resolved (to the salient name, "the party" after "…, the American Independent
  // Party, nominated Alliance Party nominee …") keeps its one entity.
  const resolved = new Set(entities.flatMap((e) => e.mentions.map((x) => `${x.start}:${x.end}`)));
  for (const d of taken) {
    const e = entities[d.entity];
    const m = { ...d.mention, text: ctx.text.slice(d.mention.start, d.mention.end) };
    if (resolved.has(`${m.start}:${m.end}`)) continue;
    e.mentions.push(m);
    addAlias(e, m.text, 'nominal');
  }
  return withoutDescribed(entities, taken);
}

function toEntity(g: NameGroup): Entity {
  const type: EntityType = g.type;
  const e: Entity = { id: entityId(g.name, type), name: g.name, type, strong: g.strong, aliases: [], mentions: [] };
  if (g.unnamed) e.unnamed = true;
  for (const s of [...g.spans].sort((a, b) => a.start - b.start)) {
    const same = s.text.toLowerCase() === g.name.toLowerCase();
    const kind: Mention['kind'] = same ? 'name' : s.mergedBy === 'nominal' ? 'nominal' : 'alias';
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
