// Sports metonymy: "Liverpool forward Luis Díaz" names the club; in a match report, "Belgium defeated Panama" names
// national teams, not countries.
// Only applies when the article reads as a sports report (several sports words, densely), and only to countries
// that act as competitors (followed by a competition verb); the team's type is a weak vote, the country's
// name being the state's in other articles. A plural demonym ("the Belgians") then names the team too.
import type { Token } from '../../tokens.js';
import type { NameGroup, NameSpan } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { beforeRoleAndName } from './person-like.js';
import { cityClubOf, clubOfTown } from '../grouping/club-town.js';

const SPORTS_WORDS = new Set(
  'match goal goals scored goalkeeper striker midfielder defender tournament championship league cup penalty kick-off half-time stadium referee squad fixture innings wicket'.split(
    ' ',
  ),
);
const COMPETE = new Set(
  'defeated defeat defeats defeating beat beats beating faced face faces lost lose loses won win wins drew draw draws played play plays scored edged thrashed routed eliminated'.split(
    ' ',
  ),
);

const OPPONENT = new Set(['against', 'versus', 'vs', 'vs.']);

/** Verbs of a contest only: not "lost power", "won approval", "faced criticism". */
const DEFEAT = new Set(
  'defeated defeat defeats defeating beat beats beating thrashed routed edged eliminated'.split(' '),
);

/** The mention is a side in a contest, by `verbs` right before or after it or "against" before it: "Belgium
 * defeated …", "… defeated Maroochydore", "against Israel"; not a possessive. */
export function competes(s: NameSpan, tokens: Token[], verbs: ReadonlySet<string> = COMPETE): boolean {
  // ("beating China's Ding Liren": the side is the one the possessive owns.)
  if (/['’]s?$/.test(s.tokens[s.tokens.length - 1].text)) return false;
  const next = tokens[s.tokens[s.tokens.length - 1].i + 1];
  const prev = tokens[s.tokens[0].i - 1];
  return (!!next && verbs.has(next.normal)) || (!!prev && (verbs.has(prev.normal) || OPPONENT.has(prev.normal)));
}

/** A side in a contest wherever it is told: "Caloundra defeated Maroochydore" outside a match report. */
export const defeatSide = (s: NameSpan, tokens: Token[]) => competes(s, tokens, DEFEAT);

/** Sports words per token that make a text a match report: one in a hundred. A long interview with a player
 * mentions a tournament now and then (a chess master's 10,000 words had 51, one in two hundred), and there
 * "Iran does not recognise Israel" and "played against Israel" name one state. */
const REPORT_DENSITY = 0.01;

/** Players' positions: "Liverpool forward Luis Díaz" names the club the player plays for. */
const POSITIONS = new Set(
  'forward striker midfielder defender goalkeeper winger fullback full-back centre-back center-back playmaker'.split(
    ' ',
  ),
);

/** The span is right before a position word and a capitalised name. */
export function clubBeforePlayer(s: NameSpan, tokens: Token[]): boolean {
  return beforeRoleAndName(s.tokens[s.tokens.length - 1], tokens, (t) => POSITIONS.has(t.normal));
}

/** "a former Manchester City striker,": the span is right before a position word that ends the phrase. */
function clubOfPosition(s: NameSpan, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const [position, next] = [tokens[last.i + 1], tokens[last.i + 2]];
  if (!position || position.sentence !== s.sentence || /\S/.test(last.post) || !POSITIONS.has(position.text))
    return false;
  return /[,;.]/.test(position.post) || !next || next.sentence !== s.sentence || !/^\p{Lu}/u.test(next.text);
}

/** A club's staff: "Madrid coach Carlo Ancelotti", "Liverpool manager Arne Slot" (in a match report only: "the
 * Liverpool manager of a shop" is no club's). */
const CLUB_STAFF = new Set(['manager', 'coach', 'captain', 'boss']);
/** A club's officer named by field and post: "Leverkusen sporting director Simon Rolfes". */
const CLUB_FIELDS = new Set(['sporting', 'sports', 'technical', 'football']);
function clubBeforeStaff(s: NameSpan, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (beforeRoleAndName(last, tokens, (t) => CLUB_STAFF.has(t.normal) || POSITIONS.has(t.normal))) return true;
  const field = tokens[last.i + 1];
  return (
    !!field &&
    field.sentence === s.sentence &&
    !/\S/.test(last.post) &&
    CLUB_FIELDS.has(field.text) &&
    beforeRoleAndName(field, tokens, (t) => t.normal === 'director')
  );
}

/** "Dortmund, coached by Edin Terzić,": a side set off before who coaches or captains it (a town has neither). */
function coachedSide(s: NameSpan, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const [verb, by] = [tokens[last.i + 1], tokens[last.i + 2]];
  return (
    /^\s*,\s*$/.test(last.post) &&
    !!verb &&
    verb.sentence === s.sentence &&
    ['coached', 'captained'].includes(verb.normal) &&
    by?.normal === 'by'
  );
}

/** A club's signing of a player, and the words that may stand between the club and it ("have also tried to sign"). */
const SIGN = new Set(['sign', 'signs', 'signed', 'signing', 're-signed']);
const BEFORE_SIGN = new Set(
  'have has had also already finally officially reportedly tried want wants wanted to will would could is are was were'.split(
    ' ',
  ),
);

/** "Liverpool have signed …", "Bayern Munich and Manchester City had also tried to sign him": the span, maybe a
 * second side joined by "and", then auxiliaries and adverbs, then a verb of signing. */
function signsPlayer(s: NameSpan, tokens: Token[]): boolean {
  let k = s.tokens[s.tokens.length - 1].i + 1;
  const here = (t: Token | undefined): t is Token => !!t && t.sentence === s.sentence;
  if (here(tokens[k]) && tokens[k].normal === 'and' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))
    for (k++; here(tokens[k]) && /^\p{Lu}/u.test(tokens[k].text); k++);
  for (let n = 0; n < 4 && here(tokens[k]) && BEFORE_SIGN.has(tokens[k].normal); n++) k++;
  return here(tokens[k]) && SIGN.has(tokens[k].normal);
}

/** Words for a side that has won: "German champions Bayern Munich", "the holders Real Madrid". */
const TITLE_HOLDERS = new Set(['champions', 'holders']);
/** The span names a side after a word for title holders. */
export function afterTitleHolders(s: NameSpan, tokens: Token[]): boolean {
  const before = tokens[s.tokens[0].i - 1];
  return !!before && before.sentence === s.sentence && TITLE_HOLDERS.has(before.text) && !/\S/.test(before.post);
}

function retypeSportsTeams(groups: NameGroup[], tokens: Token[]): void {
  // A town's name before a player's position is the club's, in any article, with the player's name after it or
  // none ("a former Manchester City striker"); a country's is its national side, which the match-report reading
  // below decides.
  for (const g of groups)
    if (
      g.type === 'Place' &&
      !COUNTRY_NAMES.has(g.key) &&
      g.spans.every((s) => clubBeforePlayer(s, tokens) || clubOfPosition(s, tokens))
    ) {
      g.type = 'Organization';
      g.strong = true;
    }
  let sports = 0;
  for (const t of tokens) if (SPORTS_WORDS.has(t.normal)) sports++;
  if (sports < 4 || sports < tokens.length * REPORT_DENSITY) return;
  for (const g of groups) {
    const club = cityClubOf(g, groups);
    if (club) [club.type, club.strong] = ['Organization', true];
  }
  for (const g of groups) {
    if (g.type !== 'Place') continue;
    if (!COUNTRY_NAMES.has(g.key)) {
      // ("Liverpool beat Real Madrid 2-0 at Anfield", "Madrid coach Carlo Ancelotti", "Liverpool have signed …":
      // in a match report a town that competes, signs a player, or stands before a club's role and a name, is its
      // club.)
      // (a town inside a club's name, "beat Manchester City", is no side by itself)
      const own = g.spans.filter((s) => s.mergedBy !== 'nested');
      if (
        own.some(
          (s) =>
            defeatSide(s, tokens) || clubBeforeStaff(s, tokens) || coachedSide(s, tokens) || signsPlayer(s, tokens),
        )
      ) {
        g.type = 'Organization';
        g.strong = true;
      }
      continue;
    }
    // A weak vote: across articles the name is the country's ("played against Israel" in a chess interview
    // reads as a team, but the node is the state everywhere else).
    if (g.spans.some((s) => competes(s, tokens))) {
      g.type = 'Organization';
      g.strong = false;
    }
  }
  // "the Belgians" in a report where Belgium is a team: the players of that team, one entity with it; "Madrid"
  // where Real Madrid plays: the club (grouping/club-town.ts).
  for (const g of [...groups]) {
    const country = g.words === 1 && /s$/.test(g.key) ? DEMONYMS.get(g.key.slice(0, -1)) : undefined;
    const team = country && groups.find((t) => t.type === 'Organization' && t.key === country.toLowerCase());
    const club = team ? undefined : (clubOfTown(g, groups) ?? cityClubOf(g, groups));
    const into = team || club;
    if (!into) continue;
    for (const s of g.spans) s.mergedBy ??= team ? 'team-demonym' : 'club-town';
    into.spans.push(...g.spans);
    for (const id of g.ids) into.ids.add(id);
    groups.splice(groups.indexOf(g), 1);
  }
}

export const sportsTeams: EntityStep = {
  name: 'sports-teams',
  description:
    'a town before a player\'s position ("Liverpool forward …") names its club; in a match report, a country that competes names its team (Organization), with its plural demonym',
  apply(groups, ctx) {
    retypeSportsTeams(groups, ctx.tokens);
    return groups;
  },
};
