// A name only the default rule typed (a weak Organization) that is the name of a town of some size
// (lexicon/world-cities.ts) is most often that town: "sailed from Sampit", "the mayor of Yartsevo",
// "representing the people of Qom". A step after the context cues (a disease, a cause, an award, a language),
// so the gazetteer is evidence where nothing in the article said what the name is, never an override; and only
// for words that are nothing else: not a word the lexicon knows ("Police", "Buy", "Newton"), not an ordinary
// word ("Federal", "Torrent"), and not where every mention modifies a noun ("a Gallup poll", "Hollywood
// makeup") or follows "a" ("to be a Latina"), nor a side in a contest ("Caloundra defeated Maroochydore": a
// town's club), nor the family name of a person the article names, nor a source ("Banda said").
import type { EntityStep } from '../entity-step.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import { townName } from '../lexicon/world-cities.js';
import { aloneTags } from '../../common-word.js';
import { withoutPossessive } from '../names/name-key.js';
import { defeatSide } from './sports-teams.js';
import { REPORTING_VERBS } from '../names/reporting-opener.js';
import { titleArticle } from '../grouping/article-titles.js';
import type { Token } from '../../tokens.js';

const MAX_WORDS = 3;

/** The mention stands for a thing of its own: no noun after it ("a Gallup poll"; "Tikhvin resigned" is a
 * verb), no "a" before it, and no capitalised "The" inside a sentence ("told The Meridian": a title). */
function standsAlone(s: TypedSpan, tokens: Token[]): boolean {
  const next = s.nounAfter ? (aloneTags(s.nounAfter) ?? []) : [];
  if (next.includes('Noun') && !next.includes('Verb')) return false;
  return !titleArticle(s, tokens) && !/\ban?$/.test(s.wordsBefore ?? '');
}

/** "On Monday, Banda said …": a town says nothing; a source does (a surname, an outlet). */
export const speaks = (s: TypedSpan, tokens: Token[]) => {
  const last = s.tokens[s.tokens.length - 1];
  return !/\S/.test(last.post) && REPORTING_VERBS.has(tokens[last.i + 1]?.normal ?? '');
};

/** The family names of the article's full personal names ("Conway" of "John Horton Conway"). */
export const familyNames = (groups: NameGroup[]): Set<string> =>
  new Set(groups.filter((g) => g.type === 'Person' && g.words > 1).map((g) => g.lastWord));

function guessedTown(g: NameGroup, tokens: Token[], surnames: Set<string>): boolean {
  if (g.strong || g.type !== 'Organization' || g.words > MAX_WORDS || surnames.has(g.key)) return false;
  if (!g.spans.every((s) => s.typeRule === 'default') || !g.spans.some((s) => standsAlone(s, tokens))) return false;
  if (g.spans.some((s) => defeatSide(s, tokens) || speaks(s, tokens))) return false;
  return townName(g.name.split(' ').map(withoutPossessive));
}

export const cityNames: EntityStep = {
  name: 'city-names',
  description: 'a name only guessed an Organization that names a town of 15,000 people or more is a Place (weak)',
  apply(groups, ctx) {
    // "Conway's Game of Life" … "John Horton Conway": a person's family name the article gives.
    const surnames = familyNames(groups);
    for (const g of groups) if (guessedTown(g, ctx.tokens, surnames)) g.type = 'Place';
    return groups;
  },
};
