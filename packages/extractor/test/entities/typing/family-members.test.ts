// Family members (typing/family-members.ts, and the role-noun rule): a given name before the family name of a
// person the article names is a relative, even where the parse took the family name for a band or a firm.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

test.each<[string, string, string, EntityType]>([
  [
    'kin before a given name outweighs the parse',
    'His death was confirmed by his son, Wolfgang Van Halen.',
    'Wolfgang Van Halen',
    'Person',
  ],
  [
    'a relative named with the same family name',
    'Eddie Van Halen played the guitar solo. He formed the group with his brother Alex Van Halen in 1972.',
    'Eddie Van Halen',
    'Person',
  ],
])('%s: "%s"', (_rule, text, name, type) => {
  expect(extract(text).entities.find((e) => e.name === name)?.type).toBe(type);
});
