// A name's weak type is the one most of its mentions give (grouping/group-spans.ts); the headline, whose title
// case the parse reads worst, counts half. Sentences written for this test.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  [
    'a headline guess against a body guess: the body wins',
    'Police charge man over stabbing at Sydney shopping centre\n\nPolice in Sydney have charged a man with murder.',
    'Sydney',
    'Place',
  ],
  [
    'two body mentions against a headline: the body (guard)',
    'Dorn Vale mourns\n\nCrowds gathered in Dorn Vale on Monday. Shops in Dorn Vale closed.',
    'Dorn Vale',
    'Place',
  ],
])('%s', (_why, text, name, type) => {
  expect(find(extract(text).entities, name)?.type).toBe(type);
});
