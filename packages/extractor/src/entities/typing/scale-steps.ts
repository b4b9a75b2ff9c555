// Steps on a scale: "a Category 5 storm", "Level 4 restrictions", "Stage 3" (a rank word and a number) grade
// a thing, and "the first game of Group G", "Pool B" (a group word and a letter) are a stage of a tournament.
// They are topics, Concept, never the Product a model number makes ("Boeing 737") nor a body.
import type { NameSpan } from '../spans.js';

export const SCALE_WORDS: ReadonlySet<string> = new Set([
  'category',
  'level',
  'phase',
  'stage',
  'grade',
  'tier',
  'class',
]);
const LETTERED = new Set(['group', 'pool']);

/** "Category 5", "Group G": a rank word and its number, or a group word and its letter. */
export function scaleStep(span: NameSpan): boolean {
  if (span.tokens.length !== 2) return false;
  const [word, step] = span.tokens;
  return (
    (SCALE_WORDS.has(word.normal) && /^\d{1,2}[a-z]?$/.test(step.text)) ||
    (LETTERED.has(word.normal) && /^\p{Lu}$/u.test(step.text))
  );
}
