// Stable entity ids: the same canonical name and type give the same id in every article.
import type { EntityType } from './types.js';

/** `entityId('United States', 'Place')` → `place:united-states`. */
export function entityId(name: string, type: EntityType): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${type.toLowerCase()}:${slug || 'unnamed'}`;
}
