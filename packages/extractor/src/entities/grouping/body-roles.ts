// An unnamed speaker of a body: "a Woolworths spokesperson said", "an Interpol spokesperson stated", "a German
// government source said", "a Turkish official said". The body (a name or a demonym) right after an article
// and right before a role word makes a Person node named as written ("Woolworths spokesperson"), so what it
// says is its claim and not the body's (relations/rules/body-role.ts links it to the body), kept to its article
// (unnamed). Not when the person's name follows ("a Woolworths spokesperson, Ann Lee, said": the title or apposition names them).
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import type { TypedSpan } from '../spans.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { nextSpanId, phraseGroups, phraseSpan } from './phrase-groups.js';

/** Role words of one unnamed person who speaks for a body. */
export const BODY_ROLE_WORDS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'source', 'official']);
const RULE = 'body-role';
const ARTICLES = new Set(['a', 'an', 'the']);
const lowerWord = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text);

/** The role words after position `k` of `row` (["government"?, role]), when no name or noun follows. */
export function roleWordsAfter(row: Token[], k: number): Token[] | null {
  const gov = row[k + 1]?.normal === 'government' && BODY_ROLE_WORDS.has(row[k + 2]?.normal ?? '');
  const words = row.slice(k + 1, k + (gov ? 3 : 2));
  const role = words[words.length - 1];
  if (!role || !BODY_ROLE_WORDS.has(role.normal) || !words.every(lowerWord)) return null;
  if ([row[k], ...words.slice(0, -1)].some((t) => /\S/.test(t.post))) return null;
  const next = row[role.pos + 1];
  const after = /^,\s*$/.test(role.post) ? next : !/\S/.test(role.post) ? next : undefined;
  // "a Woolworths spokesperson, Ann Lee": the person is named; "a Woolworths source code": no person.
  if (after && (/^\p{Lu}/u.test(after.text) || (lowerWord(after) && after.tags.has('Noun') && !after.tags.has('Verb'))))
    return null;
  return words;
}

export const bodyRoles: EntityStep = {
  name: 'body-roles',
  description: 'an unnamed spokesperson, source or official of a named body ("a Woolworths spokesperson") is a Person',
  apply(groups, ctx) {
    let id = nextSpanId(groups, ctx);
    const bodyAt = new Map<number, Token>();
    const personEnds = new Set<number>();
    for (const g of groups)
      for (const s of g.spans) {
        const last = s.tokens[s.tokens.length - 1];
        if (g.type === 'Organization' || g.type === 'Place') bodyAt.set(last.i, s.tokens[0]);
        if (g.type === 'Person') personEnds.add(last.i);
      }
    // "Keith Holloway, an NTSB spokesman, told …": the role describes the person named before it.
    const apposed = (article: Token | undefined) => {
      const before = article && ctx.tokens[article.i - 1];
      return !!before && before.sentence === article.sentence && personEnds.has(before.i) && /,/.test(before.post);
    };
    const spans: TypedSpan[] = [];
    for (const row of ctx.bySentence) {
      row.forEach((t, k) => {
        const demonym = /^\p{Lu}/u.test(t.text) && DEMONYMS.has(t.normal);
        const first = bodyAt.get(t.i) ?? (demonym ? t : undefined);
        const article = first && row[first.pos - 1];
        const words = article && ARTICLES.has(article.normal) && !apposed(article) && roleWordsAfter(row, k);
        if (!first || !words) return;
        const tokens = row.slice(first.pos, words[words.length - 1].pos + 1);
        const span = phraseSpan(ctx, tokens, { id: id++, type: 'Person', rule: RULE });
        spans.push({ ...span, key: span.key.replace(/\bspokes(?:man|woman)\b/, 'spokesperson') });
      });
    }
    // One article's spokesperson: another article's "Interpol spokesperson" is not taken for the same person.
    return spans.length
      ? [...groups, ...phraseGroups(spans, 'Person', RULE).map((g) => ({ ...g, unnamed: true }))]
      : groups;
  },
};
