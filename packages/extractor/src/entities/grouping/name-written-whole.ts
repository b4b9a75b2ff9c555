// Merge rule name-written-whole: "Nabil Hasan al-Quaety, a photo- and videojournalist …" at a sentence start was
// cut into "Nabil" and "Hasan al-Quaety" (a given name the parse knows after a word it does not), and the second
// stayed a person apart from the "Nabil Hasan al-Quaety" of the headline. A person's span whose words right before
// it, written as one span, make the full name of another person in the article is that person, written whole.
import type { MergeRule } from './merge-rules.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import { nameKey } from '../names/name-key.js';

/** The span that ends on the token right before `x`, with one space between, among `spans`. */
const spanBefore = (x: TypedSpan, spans: TypedSpan[]) =>
  spans.find((y) => {
    const last = y.tokens[y.tokens.length - 1];
    return last.i + 1 === x.tokens[0].i && last.post === ' ';
  });

export const nameWrittenWhole: MergeRule = {
  name: 'name-written-whole',
  target: (s, groups) => {
    if (s.type !== 'Person' || s.words < 2 || s.words > 3) return undefined;
    const people = new Map<string, NameGroup>();
    for (const g of groups) if (g !== s && g.type === 'Person' && g.words > s.words) people.set(g.key, g);
    if (!people.size) return undefined;
    const spans = groups.flatMap((g) => g.spans);
    for (const x of s.spans) {
      const y = spanBefore(x, spans);
      const whole = y ? people.get(nameKey(`${y.text} ${x.text}`)) : undefined;
      if (whole) return whole;
    }
    return undefined;
  },
};
