// Product lines: a weakly typed name that the article also writes with a version or model number after it
// ("Internet Explorer" beside "Internet Explorer 6", "Falcon" beside "Falcon 9") names the line of products,
// not its maker: Product. Names compromise knows as people or places wherever they stand keep their type ("Paris 2024").
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';

function retypeProductLines(groups: NameGroup[]): void {
  const lines = new Set<string>();
  for (const g of groups)
    for (const s of g.spans)
      if (s.versioned && s.tokens.length >= 2) lines.add(s.key.replace(/\s+\d{1,3}$/, '')).add(s.key);
  for (const g of groups) {
    if (g.strong || g.type === 'Concept' || g.type === 'Product' || !lines.has(g.key)) continue;
    if (g.spans.every((s) => s.tokens.every((t) => t.tags.has('Person') || t.tags.has('Place')))) continue;
    g.type = 'Product';
    g.strong = true;
  }
}

export const productLines: EntityStep = {
  name: 'product-lines',
  description: 'a name also written with a version number ("Internet Explorer" and "Internet Explorer 6") is a Product',
  apply(groups) {
    retypeProductLines(groups);
    return groups;
  },
};
