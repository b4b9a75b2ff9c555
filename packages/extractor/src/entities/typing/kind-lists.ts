// Kind lists: "the cities Brenford and Castlemoor", "towns such as Arlow, Bexby and Corran": a plural noun for
// a kind of place followed by names says what each of them is, so a weakly typed name in that list is a
// Place. Strong types stay (a title or a known organisation outranks one plural noun). So is a weak one-word
// name listed among places only ("Alabama, Arkansas, Texas and Virginia").
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';

const PLACE_KINDS = new Set(
  'cities towns villages countries nations states provinces counties districts regions islands municipalities'.split(
    ' ',
  ),
);
// Words that may stand between the kind and its first name: "the cities of", "towns such as", "…, including".
const LEAD_INS = new Set(['of', 'such', 'as', 'including', 'like']);
const JOINS = new Set(['and', 'or']);

const plain = (post: string) => !/\S/.test(post);

function retypeListedPlaces(groups: NameGroup[], tokens: Token[]): void {
  const spanAt = new Map<number, { group: NameGroup; last: Token }>();
  for (const g of groups)
    for (const s of g.spans) spanAt.set(s.tokens[0].i, { group: g, last: s.tokens[s.tokens.length - 1] });
  const listed = new Set<NameGroup>();
  for (const t of tokens) {
    // Lower case unless it opens the sentence: "the Free States" is a name, not a kind.
    const opens = tokens[t.i - 1]?.sentence !== t.sentence;
    // ("16 cities, including Rome and Florence": a comma before "including" or "such as" too.)
    const commaLead = /^,\s*$/.test(t.post) && ['including', 'such'].includes(tokens[t.i + 1]?.normal ?? '');
    if (!PLACE_KINDS.has(t.normal) || !(opens || /^\p{Ll}/u.test(t.text)) || !(plain(t.post) || commaLead)) continue;
    let j = t.i + 1;
    for (let k = 0; k < 2 && tokens[j] && LEAD_INS.has(tokens[j].normal) && plain(tokens[j].post); k++) j++;
    // The names, joined by commas and a final "and"/"or"; anything else ends the list.
    for (;;) {
      const at = spanAt.get(j);
      if (!at || tokens[j].sentence !== t.sentence) break;
      listed.add(at.group);
      const next = tokens[at.last.i + 1];
      if (!next || next.sentence !== t.sentence) break;
      const post = at.last.post.trim();
      if (post === ',') j = JOINS.has(next.normal) && plain(next.post) ? next.i + 1 : next.i;
      else if (post === '' && JOINS.has(next.normal) && plain(next.post)) j = next.i + 1;
      else break;
    }
  }
  for (const g of listed) if (!g.strong && g.type !== 'Concept' && g.type !== 'Place') g.type = 'Place';
  retypeAmongPlaces(tokens, spanAt);
}

/**
 * "Alabama, Arkansas, Texas and Virginia": a weakly typed one-word name in a list of three or more names
 * (commas, a final "and"/"or") whose other members are all places is a place too.
 */
function retypeAmongPlaces(tokens: Token[], spanAt: Map<number, { group: NameGroup; last: Token }>): void {
  const seen = new Set<number>();
  for (const [start] of [...spanAt].sort((a, b) => a[0] - b[0])) {
    if (seen.has(start)) continue;
    const list: NameGroup[] = [];
    for (let j = start; ;) {
      const at = spanAt.get(j);
      if (!at || tokens[j].sentence !== tokens[start].sentence) break;
      seen.add(j);
      list.push(at.group);
      const next = tokens[at.last.i + 1];
      const post = at.last.post.trim();
      if (!next || next.sentence !== at.last.sentence) break;
      if (post === ',') j = JOINS.has(next.normal) && plain(next.post) ? next.i + 1 : next.i;
      else if (post === '' && JOINS.has(next.normal) && plain(next.post)) j = next.i + 1;
      else break;
    }
    const others = (g: NameGroup) => list.filter((x) => x !== g);
    if (list.length < 3) continue;
    for (const g of list)
      if (!g.strong && g.words === 1 && g.type !== 'Place' && g.type !== 'Concept')
        if (others(g).every((x) => x.type === 'Place')) g.type = 'Place';
  }
}

export const kindLists: EntityStep = {
  name: 'kind-lists',
  description: 'a weakly typed name listed after a plural kind of place ("the cities A and B") is a Place',
  apply(groups, ctx) {
    retypeListedPlaces(groups, ctx.tokens);
    return groups;
  },
};
