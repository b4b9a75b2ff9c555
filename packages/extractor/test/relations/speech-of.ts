// The claims of a text as "Speaker [verb]: content" lines, for the speech tables of this folder.
import { extract } from '../../src/index.js';

export function speechOf(text: string): string[] {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.claims.map((c) => `${name.get(c.speaker)} [${c.verb}]: ${c.text}`);
}
