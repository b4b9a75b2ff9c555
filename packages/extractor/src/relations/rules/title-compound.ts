// Titles before a name: "German Chancellor Angela Merkel" → Merkel LEADS Germany (only heads-of titles
// lead: "Royal Navy Captain Ines Barta" → Barta WORKS_FOR Royal Navy); "US Secretary of State
// Mike Pompeo" → Pompeo WORKS_FOR United States; "US Ambassador to Germany Richard Grenell" → Grenell
// WORKS_FOR United States (the country after "to" or "for" is the posting, not the employer: "US Special
// Envoy for Syria Ann Lowe"); "Microsoft co-founder
// Bill Gates" → Gates FOUNDED Microsoft. The body is an entity or a demonym of a country the article names.
import { isCountry } from '../country-place.js';
import { demonymBody } from '../demonym-body.js';
import { nounPredicate } from '../predicate.js';
import { LOOSE_PREPS } from '../token-class.js';
import { adjectiveName, findRole, portfolioName, roleFitsBody, roleInBody, titleRole } from '../role-noun.js';
import type { Role } from '../role-noun.js';
import { AFFILIATIONS } from '../../entities/names/title-words.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

const MAX_TITLE_TOKENS = 6;
/** Titles a party's own head holds; "Republican President Trump" is a Republican and a country's president. */
const PARTY_HEADS = new Set(['leader', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson']);

/** "Republican President Trump", "Democratic Governor Ann Ray": a party named by its members' word before an
 * office says the holder is a member; only a party's own head title leads it ("Republican leader"). */
function partyMember(view: SentenceView, from: number, body: string, role: Role): Role {
  let end = from;
  while (view.entityAt[end + 1] === body) end++;
  const word = end === from && AFFILIATIONS.has(view.toks[from].normal);
  return word && role.type === 'LEADS' && !PARTY_HEADS.has(role.noun) ? { ...role, type: 'WORKS_FOR' } : role;
}
const CANDIDACY = /^(?:candidate|nominee|hopeful|contender|challenger|front-?runner)s?$/;
const BODY_TYPES = new Set(['Organization', 'Place']);
const hasBreak = (post: string) => /[,;:—–“”"()]/.test(post);
const POSTING = new Set(['to', 'from', 'for']);
const GOVERNMENT_LEVELS = new Set(['federal', 'state', 'national', 'provincial', 'regional', 'local']);
const TITLE_WORD = (tags: Set<string>) => tags.has('Noun') || tags.has('Adjective');
/** Words that put a title in the past: "former New York City Mayor Rudy Giuliani" no longer leads the city. */
const PAST_TITLE = new Set(['former', 'then', 'onetime', 'one-time', 'erstwhile', 'late']);

/** The start of the title's text: `from`, or the past-marking words before a body that opens it. */
function textStart(view: SentenceView, from: number): number {
  let k = from;
  while (k > 0 && PAST_TITLE.has(view.toks[k - 1].normal) && !hasBreak(view.toks[k - 1].post)) k--;
  return k;
}

/** "Vice President of the United States Joe Biden": the title before "of (the)" a body that stands right
 * before the name; the role words it spans [from, to], or undefined. */
function titleBeforeOf(view: SentenceView, bodyStart: number): { from: number; to: number } | undefined {
  const { toks, entityAt } = view;
  let j = bodyStart - 1;
  if (toks[j]?.normal === 'the') j--;
  if (toks[j]?.normal !== 'of' || hasBreak(toks[j - 1]?.post ?? ',')) return undefined;
  const to = j - 1;
  let from = j;
  while (from - 1 >= 0 && to - from < 3 && !entityAt[from - 1] && TITLE_WORD(toks[from - 1].tags)) {
    from--;
    if (hasBreak(toks[from - 1]?.post ?? ',')) break;
  }
  return from <= to ? { from, to } : undefined;
}

const capitalWord = (view: SentenceView, k: number) =>
  !!view.toks[k] && !view.entityAt[k] && /^\p{Lu}\p{Ll}/u.test(view.toks[k].text) && !hasBreak(view.toks[k].post);

export const titleCompound: RelationRule = {
  name: 'title-compound',
  descriptive: true,
  description: 'a title before a person\'s name ("<body> <role> <Person>"), the body an entity or a demonym',
  example: 'German Chancellor Angela Merkel praised Germany and Spain.',
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    const verbAt = new Set(
      view.chunks.filter((c) => c.kind === 'VG').flatMap((c) => toks.slice(c.from, c.to + 1).map((_, k) => c.from + k)),
    );
    toks.forEach((_, p) => {
      const person = entityAt[p];
      if (!person || view.types.get(person) !== 'Person' || entityAt[p - 1] === person) return;
      let end = p;
      while (entityAt[end + 1] === person) end++;
      // "Lord Mayor candidate Wayne Tseng" runs for the post (the word may have joined the name).
      if (CANDIDACY.test(toks[p].normal) || CANDIDACY.test(toks[p - 1]?.normal ?? '')) return;
      // Walk left over the title words, to the body (an entity or a demonym) or the title's start.
      let body: string | undefined;
      let posting: { id: string; prep: number } | undefined;
      let from = p;
      for (let k = p - 1; k >= 0 && p - k <= MAX_TITLE_TOKENS && !hasBreak(toks[k].post); k--) {
        // A title word the concept stage kept as a topic ("US president Donald Trump") is still a title word.
        const e = entityAt[k] && view.types.get(entityAt[k]!) !== 'Concept' ? entityAt[k] : undefined;
        if (e) {
          // A posting follows a title word ("Ambassador to"), not "according to".
          const titleWord = toks[k - 2]?.tags.has('Noun') && toks[k - 2].normal !== 'according';
          // "an advisor for U.S. President Donald Trump": "for" is a posting only right before the name.
          const posted = toks[k - 1]?.normal === 'for' ? k === p - 1 : POSTING.has(toks[k - 1]?.normal ?? '');
          if (posted && titleWord) {
            if (view.types.get(e) === 'Place') posting = { id: e, prep: k - 1 };
            while (entityAt[k - 1] === e) k--;
            k--; // "Ambassador to Germany", "Senator from Vermont": the posting, not the employer
            continue;
          }
          // "British Health Secretary Ann Lowe": the portfolio is a title word; the body is further left.
          if (portfolioName(view, k)) {
            while (entityAt[k - 1] === e) k--;
            from = k;
            continue;
          }
          if (BODY_TYPES.has(view.types.get(e) ?? '') && e !== person && !adjectiveName(view, k)) body = e;
          while (body && entityAt[k - 1] === e) k--;
          if (body) from = k;
          break;
        }
        const t = toks[k];
        const demonym = demonymBody(view, k);
        if (demonym) {
          body = demonym;
          from = k;
          break;
        }
        if (t.tags.has('Verb') && !t.tags.has('Noun')) break;
        // "Ohio judge orders release of Ann Vole": a word the clause reads as its verb ends the title.
        if (verbAt.has(k)) break;
        // "the United Nations under former president Ann Cole": a preposition the tagger read as an
        // adjective ends the title; the name before it is no body of the role.
        if (LOOSE_PREPS.has(t.normal)) break;
        // "Road Transport and Bridges Minister": an "and" between two capitalised title words joins a portfolio
        // (not "Germany and Health Minister Ann Cole", where the word before is a name).
        if (t.normal === 'and' && [k - 1, k + 1].every((n) => capitalWord(view, n))) {
          from = k;
          continue;
        }
        if (!(t.tags.has('Noun') || t.tags.has('Adjective') || ['of', 'to'].includes(t.normal))) break;
        from = k;
      }
      if (!body) return;
      let roleFrom = from;
      while (entityAt[roleFrom] === body) roleFrom++;
      let found = findRole(view, roleFrom, p - 1);
      if (!found && roleFrom === p) {
        let bodyStart = from;
        while (entityAt[bodyStart - 1] === body) bodyStart--;
        const before = titleBeforeOf(view, bodyStart);
        found = before && findRole(view, before.from, before.to);
        if (before) from = before.from;
      }
      if (!found || !roleFitsBody(found, view.types.get(body))) return;
      // "Texas federal judge Ann Lowe" serves the federation in Texas, not the state.
      // A level of government read as a name ("Federal Judge Ann Lowe") is no body either.
      const federal = view.toks.slice(from, p).some((t) => t.normal === 'federal');
      if (federal && view.types.get(body) === 'Place' && !isCountry(body)) return;
      if (GOVERNMENT_LEVELS.has(view.toks[from].normal) && entityAt[from + 1] !== body) return;
      const role = partyMember(view, from, body, roleInBody(titleRole(found), view.types.get(body)));
      out.push({
        subject: person,
        object: body,
        predicate: { ...nounPredicate(role.noun, view.slice(textStart(view, from), end)), type: role.type },
        confidence: 0.85,
        from,
        to: end,
      });
      // A posted place is where the role is held ("Ambassador to Germany", "Senator from Vermont"), not the
      // employer; a special envoy "for" a country only deals with it (FOCUSES_ON).
      const dealsWith = toks[posting?.prep ?? -1]?.normal === 'for';
      if (posting && posting.id !== body && posting.id !== person)
        out.push({
          subject: person,
          object: posting.id,
          predicate: {
            type: dealsWith ? 'FOCUSES_ON' : 'LOCATED_IN',
            lemma: role.noun,
            text: view.slice(posting.prep - 1, p - 1),
          },
          confidence: 0.7,
          from,
          to: end,
        });
    });
    return out;
  },
};
