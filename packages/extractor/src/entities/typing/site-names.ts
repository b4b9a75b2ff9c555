// Site names: "a visit to the Edvard Lunde oil field", "the Notre-Dame cathedral": oil fields, mines, dams and
// houses of worship are often named after people, saints or places, so a name read as a person's (or as a
// firm's for want of any cue) that the article only ever writes right before such a site noun names the site, a
// Place. A person also mentioned on their own ("Edvard Lunde said …"), or with a title, stays one.
import type { Token } from '../../tokens.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import type { EntityStep } from '../entity-step.js';

const SITES = new Set([
  ...['field', 'fields', 'oilfield', 'gasfield', 'mine', 'mines', 'dam', 'refinery'],
  // Houses of worship, named after saints and places: "the Notre-Dame cathedral", "the Al-Aqsa mosque".
  ...['cathedral', 'basilica', 'church', 'chapel', 'mosque', 'temple', 'shrine', 'monastery', 'abbey', 'synagogue'],
  // Airports, grounds, crossings and markets, named after statesmen and districts: "at Charles de Gaulle airport",
  // "near the Chatuchak market". ("station" is left out: "a Fox station" is the network's.)
  ...['airport', 'airfield', 'airbase', 'stadium', 'racecourse', 'bridge', 'tunnel', 'market', 'bazaar', 'square'],
]);
/** What the site yields: "the … oil field", "the … gold mine". */
const YIELDS = new Set(['oil', 'gas', 'coal', 'gold', 'copper', 'diamond', 'iron', 'uranium', 'lithium']);

/** The span stands right before a site noun, or a yield word and a site noun, with no punctuation; the site
 * noun heads its phrase ("the Nasdaq market value" is the firm's value, not a market's). */
function beforeSite(s: TypedSpan, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  let next = tokens[last.i + 1];
  if (/\S/.test(last.post) || !next || next.sentence !== last.sentence) return false;
  if (YIELDS.has(next.normal) && !/\S/.test(next.post)) next = tokens[next.i + 1];
  if (!next || next.sentence !== last.sentence || !/^\p{Ll}/u.test(next.text) || !SITES.has(next.normal)) return false;
  const after = tokens[next.i + 1];
  return /\S/.test(next.post) || !after || after.sentence !== next.sentence || !compoundNoun(after);
}

/** A lower-case noun that would make the site noun a modifier ("market share", "stadium rally"). */
const compoundNoun = (t: Token) => /^\p{Ll}/u.test(t.text) && t.tags.has('Noun') && !t.tags.has('Pronoun');

function retypeSites(groups: NameGroup[], tokens: Token[]): void {
  for (const g of groups) {
    // (a name the parse took for a firm's only by default, "at its Chuquicamata mine", too; not letters, "the
    // BHP mine", nor a firm some cue named)
    const guess = g.type === 'Organization' && !g.strong && !/^[\p{Lu}\d&.-]+$/u.test(g.spans[0].text);
    if ((g.type !== 'Person' && !guess) || g.spans.some((s) => s.title || s.roleBefore)) continue;
    if (!g.spans.every((s) => beforeSite(s, tokens))) continue;
    g.type = 'Place';
    g.strong = true;
  }
}

export const siteNames: EntityStep = {
  name: 'site-names',
  description:
    'a personal name, or one typed a firm for want of a cue, only ever written before a site noun ("the Edvard Lunde oil field", "its Chuquicamata mine") is a Place',
  apply(groups, ctx) {
    retypeSites(groups, ctx.tokens);
    return groups;
  },
};
