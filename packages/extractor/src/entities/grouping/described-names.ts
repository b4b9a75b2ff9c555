// "They beat [reigning champions] Dorn United", "rivals Dorn United": a lower-case noun phrase written right
// before a name, with nothing between but a space or an editor's closing bracket, describes that name; it is
// no topic of its own. Left as a concept it would be a second node for the same club.
import type { Token } from '../../tokens.js';

/** Token indices where a name starts, and the phrase's last token: is the phrase a description of it? */
export function describesNameAfter(last: Token, text: string, nameStarts: Map<number, number>): boolean {
  const start = nameStarts.get(last.i + 1);
  if (start === undefined) return false;
  return /^\]?[ \t]+$/.test(text.slice(last.end, start));
}
