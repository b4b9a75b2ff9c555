// "They beat [reigning champions] Dorn United", "rivals Dorn United": a lower-case noun phrase written right
// before a name, with nothing between but a space or an editor's closing bracket, describes that name; it is
// no topic of its own. Left as a concept it would be a second node for the same club. A party's adjective may
// stand between ("incumbent Republican US Senator Ann Cole": names/party-chamber.ts cuts it off the name).
import type { Token } from '../../tokens.js';
import { AFFILIATIONS } from '../names/title-words.js';

/** Token indices where a name starts, and the phrase's last token: is the phrase a description of it? */
export function describesNameAfter(last: Token, text: string, nameStarts: Map<number, number>): boolean {
  const start = nameStarts.get(last.i + 1);
  if (start !== undefined) return /^\]?[ \t]+$/.test(text.slice(last.end, start));
  const after = nameStarts.get(last.i + 2);
  const party = after === undefined ? null : /^[ \t]+(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(last.end, after));
  return !!party && AFFILIATIONS.has(party[1].toLowerCase());
}
