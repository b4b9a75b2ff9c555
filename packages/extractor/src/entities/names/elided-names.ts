// Elided names: in "North and South Korea" the first direction word stands for "North Korea". It becomes a
// name span of its own whose key is the full name, so it joins that entity when the article names it.
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';

const DIRECTIONS = new Set('north south east west northern southern eastern western upper lower'.split(' '));

export function addElidedNames(spans: NameSpan[], bySentence: Token[][], text: string): NameSpan[] {
  const out = [...spans];
  for (const s of spans) {
    const [dir, ...rest] = s.tokens;
    if (!rest.length || !DIRECTIONS.has(dir.normal)) continue;
    const row = bySentence[dir.sentence];
    const and = row[dir.pos - 1];
    const first = row[dir.pos - 2];
    if (
      !and ||
      !first ||
      (and.normal !== 'and' && and.normal !== 'or') ||
      !DIRECTIONS.has(first.normal) ||
      !/^\p{Lu}/u.test(first.text)
    )
      continue;
    if (/\S/.test(first.post) || /\S/.test(and.post)) continue;
    // Drop a span made of the lone word, if one was found.
    const alone = out.findIndex((x) => x.tokens.length === 1 && x.tokens[0] === first);
    if (alone >= 0) out.splice(alone, 1);
    const restEnd = rest[rest.length - 1].end - (/['’]s$/.test(rest[rest.length - 1].text) ? 2 : 0);
    out.push({
      tokens: [first],
      start: first.start,
      end: first.end,
      text: first.text,
      sentence: first.sentence,
      keyText: `${first.text} ${text.slice(rest[0].start, restEnd)}`,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
