// "MP Penny Sharpe said …", "Labour MP Jo Cox", "Member of parliament (MP) Kevin Conolly": "MP" names the body
// it is a member of, Parliament; when the article names exactly one parliament or legislature, the member
// WORKS_FOR it. Not the European Parliament, whose members are MEPs; nothing when the article names two.
import type { RelationRule, TripleDraft } from '../rule.js';

/** Heads of a parliament's name, in its id's slug ("organization:parliament-of-new-south-wales"). */
const PARLIAMENT = /(?:^|-)(?:parliament|legislature)(?:-|$)/;

/** The one parliament among the article's organisations, if there is exactly one. */
function soleParliament(types: ReadonlyMap<string, string>): string | undefined {
  const found = [...types].filter(
    ([id, type]) =>
      type === 'Organization' && PARLIAMENT.test(id.slice(id.indexOf(':') + 1)) && !id.includes('european-parliament'),
  );
  return found.length === 1 ? found[0][0] : undefined;
}

export const memberTitle: RelationRule = {
  name: 'member-title',
  descriptive: true,
  description: '"MP" right before a person\'s name, the article naming one parliament',
  example: 'The Parliament of Norland passed the bill. MP Ann Cole voted for it.',
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    let body: string | undefined | null = null;
    toks.forEach((t, p) => {
      const person = entityAt[p + 1];
      if (t.text !== 'MP' || entityAt[p] || !person || view.types.get(person) !== 'Person') return;
      // "(MP) Kevin Conolly": the bracketed acronym after "Member of parliament" is the same title.
      if (/[,;:]/.test(t.post)) return;
      if (body === null) body = soleParliament(view.types);
      if (!body) return;
      let end = p + 1;
      while (entityAt[end + 1] === person) end++;
      out.push({
        subject: person,
        object: body,
        predicate: { type: 'WORKS_FOR', lemma: 'MP', text: view.slice(p, end) },
        confidence: 0.6,
        from: p,
        to: end,
      });
    });
    return out;
  },
};
