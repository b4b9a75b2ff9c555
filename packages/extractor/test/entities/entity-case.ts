// Test helper for the table-driven entity rule tests: one sentence, the entity it must produce (name,
// type, stable id), optionally an alias with the rule that merged it and the exact name mentions.
import { entityId, extract } from '@kg/extractor';
import type { Entity } from '@kg/extractor';

export const find = (entities: Entity[], name: string) => entities.find((e) => e.name === name);

/** The names of a text's named entities but concepts, sorted (for tables of where names start and end). */
export const namesOf = (text: string): string[] =>
  extract(text)
    .entities.filter((e) => !e.unnamed && e.type !== 'Concept')
    .map((e) => e.name)
    .sort();

export interface EntityCase {
  rule: string;
  text: string;
  name: string;
  type: Entity['type'];
  alias?: [string, string];
  /** Exact mention texts, in order (name, alias and nested mentions; pronouns and nominals left out). */
  mentions?: string[];
}

export function expectEntity({ text, name, type, alias, mentions }: EntityCase): void {
  const e = find(extract(text).entities, name);
  expect(e).toBeDefined();
  expect(e!.type).toBe(type);
  expect(e!.id).toBe(entityId(name, type));
  if (alias) expect(e!.aliases).toContainEqual({ text: alias[0], rule: alias[1] });
  if (mentions)
    expect(e!.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => m.text)).toEqual(mentions);
  for (const m of e!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}
