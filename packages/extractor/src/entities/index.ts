// Entity finding: names, types, merges. (First simple pass: compromise's named entities.)
import { entityId } from '../entity-id.js';
import type { EntityContext } from '../context.js';
import type { Entity, EntityType } from '../types.js';

const KINDS: Array<[string, EntityType]> = [
  ['#Person+', 'Person'],
  ['#Organization+', 'Organization'],
  ['#Place+', 'Place'],
];

export function findEntities({ doc, sentences }: EntityContext): Entity[] {
  const entities = new Map<string, Entity>();
  for (const [pattern, type] of KINDS) {
    const found = doc.match(pattern).json({ offset: true, text: true }) as Array<{ text: string; offset: { start: number } }>;
    for (const m of found) {
      const name = m.text.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]+$/u, '').trim();
      if (!name) continue;
      const id = entityId(name, type);
      const start = m.offset.start;
      const sentence = sentences.findIndex((s) => start >= s.start && start < s.end);
      const entity = entities.get(id) ?? { id, name, type, aliases: [], mentions: [] };
      entity.mentions.push({ sentence, start, end: start + name.length, text: name, kind: 'name' });
      entities.set(id, entity);
    }
  }
  return [...entities.values()];
}
