// A role taken, named by a noun instead of a verb: "the election of Ann Cole as president of the Harbour
// Club", "Bo Lind's appointment as chief executive of Pell Group" → the person holds the role in the body.
// Only nouns of taking a post count; a nomination or candidacy is not the post.
import { nounPredicate } from '../predicate.js';
import { possessedRole, roleBody, roleFitsBody, titleRole } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';

const TAKING = new Set(
  `election re-election reelection appointment reappointment confirmation installation inauguration selection
  swearing-in promotion`.split(/\s+/),
);

export const nominalAsRole: RelationRule = {
  name: 'nominal-as-role',
  description: 'a noun of taking a post ("election", "appointment") with its person and "as <role> of <body>"',
  example: 'The election of Ann Cole as president of the Harbour Club surprised many.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    const word = (i: number) => (ch[i]?.kind === 'PREP' ? view.toks[ch[i].from].normal : '');
    ch.forEach((np, i) => {
      if (np.kind !== 'NP' || !TAKING.has(np.headWord) || np.breakAfter) return;
      // "X's appointment as …" or "the appointment of X as …".
      let person = np.possessor;
      let as = i + 1;
      if (!person && word(i + 1) === 'of' && ch[i + 2]?.kind === 'NP' && !ch[i + 2].breakAfter) {
        person = ch[i + 2].head;
        as = i + 3;
      }
      if (!person || view.types.get(person) !== 'Person' || word(as) !== 'as' || ch[as + 1]?.kind !== 'NP') return;
      const roleNp = ch[as + 1];
      const role = possessedRole(view, roleNp);
      const { body, end } = roleBody(view, ch, as + 1);
      if (!role || !body || body === person || !roleFitsBody(role, view.types.get(body))) return;
      const r = titleRole(role);
      out.push({
        subject: person,
        object: body,
        predicate: { ...nounPredicate(r.noun, `${np.headWord} as ${r.noun}`), type: r.type },
        confidence: 0.7,
        from: np.from,
        to: ch[end].to,
      });
    });
    return out;
  },
};
