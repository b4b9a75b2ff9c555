// Product lines: a weakly typed name that the article also writes with a version or model number after it
// ("Internet Explorer" beside "Internet Explorer 6", "Falcon" beside "Falcon 9") names the line of products,
// not its maker: Product. Names compromise knows as people, places or companies wherever they stand keep their
// type ("Paris 2024"; "Boeing" beside "Boeing 707" is the maker).
// A weakly typed name ending in the last word of such a product's name is another product of that kind
// ("Rocky Linux", "Oracle Linux" beside "CentOS Linux 8"; "Apple Maps" beside "Google Maps 10"), unless that
// word is a number's ("Formula One" beside "Xbox One 2"). A name opened by a product line's one-word name that
// only the parse's guess made a place is another product of that line ("CentOS Stream" beside "CentOS 8").
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { numberWord } from '../../common-word.js';

function retypeProductLines(groups: NameGroup[]): void {
  const lines = new Set<string>();
  for (const g of groups)
    for (const s of g.spans)
      if (s.versioned && s.tokens.length >= 2) lines.add(s.key.replace(/\s+\d{1,3}$/, '')).add(s.key);
  for (const g of groups) {
    if (g.strong || g.type === 'Concept' || g.type === 'Product' || !lines.has(g.key)) continue;
    const known = (t: NameGroup['spans'][number]['tokens'][number]) =>
      t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization');
    if (g.spans.every((s) => s.tokens.every(known))) continue;
    g.type = 'Product';
    g.strong = true;
  }
  // "CentOS Stream" beside "CentOS 8": a name opened by a product line's own one-word name and read as a place
  // only by the parse's guess (a weak type) is another of that line's products.
  const products = new Set([...lines].filter((k) => !/\s/.test(k)));
  for (const g of groups) if (g.type === 'Product' && g.strong && !/\s/.test(g.key)) products.add(g.key);
  for (const g of groups) {
    if (g.strong || g.type !== 'Place') continue;
    const member = (s: NameGroup['spans'][number]) =>
      s.tokens.length >= 2 &&
      products.has(s.tokens[0].normal) &&
      !s.tokens.some((t) => t.tags.has('Country') || t.tags.has('City') || t.tags.has('Person'));
    if (!g.spans.every(member)) continue;
    g.type = 'Product';
    g.strong = true;
  }
  const kinds = new Set<string>();
  for (const g of groups)
    if (g.type === 'Product' && g.strong)
      for (const s of g.spans) {
        const words = s.tokens.filter((t) => !/^\d/.test(t.text));
        const last = words[words.length - 1];
        if (words.length >= 2 && /^\p{Lu}\p{Ll}/u.test(last.text) && !numberWord(last.normal)) kinds.add(last.normal);
      }
  if (!kinds.size) return;
  for (const g of groups) {
    if (g.strong || g.type !== 'Organization') continue;
    const sibling = (s: NameGroup['spans'][number]) =>
      s.tokens.length >= 2 &&
      kinds.has(s.tokens[s.tokens.length - 1].normal) &&
      !s.tokens.some((t) => t.tags.has('Person'));
    if (!g.spans.every(sibling)) continue;
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
