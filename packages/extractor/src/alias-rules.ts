// The user's alias file (`.kg/aliases.json`): `merge` joins a surface form to a canonical name, `veto`
// undoes a merge the rules made. Applied after the rules on every extraction; also usable on stored
// results (the graph side re-applies an edited file).
import { readFileSync } from 'node:fs';
import { entityId } from './entity-id.js';
import type { AliasRules, Entity, EntityType } from './types.js';

export class AliasFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AliasFileError';
  }
}

/** Every entity type, in the order the docs list them (alias rules' `type` must be one of them). */
export const ENTITY_TYPES: readonly EntityType[] = [
  'Person',
  'Organization',
  'Place',
  'Concept',
  'Date',
  'Quantity',
  'Event',
  'Product',
];
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Checks an alias-rules value; the message names `where` and what was expected. */
export function validateAliasRules(value: unknown, where = 'aliases'): AliasRules {
  const fail = (msg: string): never => {
    throw new AliasFileError(`loadAliasRules: ${where}: ${msg}`);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail('expected an object with "merge" and/or "veto" arrays');
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v))
    if (key !== 'merge' && key !== 'veto') fail(`unexpected key "${key}" (expected "merge" or "veto")`);
  for (const key of ['merge', 'veto'] as const) {
    if (v[key] === undefined) continue;
    if (!Array.isArray(v[key])) fail(`expected "${key}" to be an array`);
    (v[key] as unknown[]).forEach((r, i) => {
      const rule = r as Record<string, unknown>;
      if (
        !rule ||
        typeof rule.alias !== 'string' ||
        !rule.alias.trim() ||
        typeof rule.canonical !== 'string' ||
        !rule.canonical.trim()
      )
        fail(`${key}[${i}]: expected {"alias": string, "canonical": string}`);
      if (key === 'merge' && rule.type !== undefined && !ENTITY_TYPES.includes(rule.type as EntityType))
        fail(`${key}[${i}].type: expected one of ${ENTITY_TYPES.join(', ')}`);
    });
  }
  return v as AliasRules;
}

/** Reads and validates an alias file; throws AliasFileError with a one-line message. */
export function loadAliasRules(path: string): AliasRules {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new AliasFileError(
      `loadAliasRules: ${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new AliasFileError(`loadAliasRules: ${path}: expected JSON (${(err as Error).message})`);
  }
  return validateAliasRules(json, path);
}

/** Applies vetoes (split a merged form back out), then merges and type pins. Returns a new array; input is not changed. */
export function applyAliasRules(input: Entity[], rules: AliasRules | undefined): Entity[] {
  if (!rules || (!rules.merge?.length && !rules.veto?.length)) return input;
  let entities = input.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions] }));
  for (const { alias, canonical } of rules.veto ?? []) {
    const e = entities.find((x) => same(x.name, canonical) && x.aliases.some((a) => same(a.text, alias)));
    if (!e) continue;
    const moved = e.mentions.filter((m) => same(m.text, alias));
    e.aliases = e.aliases.filter((a) => !same(a.text, alias));
    e.mentions = e.mentions.filter((m) => !same(m.text, alias));
    if (!moved.length) continue;
    const name = alias.trim();
    entities.push({
      id: entityId(name, e.type),
      name,
      type: e.type,
      aliases: [],
      mentions: moved.map((m) => ({ ...m, kind: 'name' })),
    });
  }
  for (const { alias, canonical, type } of rules.merge ?? []) {
    // "X" → "X" with a type pins the type of X: a strong vote wherever X is named.
    if (type && same(alias, canonical)) {
      for (const e of entities)
        if (same(e.name, canonical)) Object.assign(e, { id: entityId(e.name, type), type, strong: true });
      continue;
    }
    const from = entities.find(
      (x) => (same(x.name, alias) || x.aliases.some((a) => same(a.text, alias))) && (!type || x.type === type),
    );
    if (!from) continue;
    const into = entities.find((x) => x !== from && same(x.name, canonical) && x.type === (type ?? from.type));
    if (into) {
      into.mentions = [...into.mentions, ...from.mentions.map((m) => ({ ...m, kind: 'alias' as const }))].sort(
        (a, b) => a.start - b.start,
      );
      for (const a of [from.name, ...from.aliases.map((x) => x.text)]) {
        if (!into.aliases.some((x) => same(x.text, a)) && !same(a, into.name))
          into.aliases.push({ text: a, rule: 'alias-file' });
      }
      entities = entities.filter((x) => x !== from);
    } else {
      const name = canonical.trim();
      const t = type ?? from.type;
      if (!same(from.name, name)) from.aliases.push({ text: from.name, rule: 'alias-file' });
      Object.assign(from, { id: entityId(name, t), name, type: t, strong: type ? true : from.strong });
    }
  }
  return entities;
}
