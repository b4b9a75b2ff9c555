// A report is a written work (typing/type-rules.ts, report-head): a Product, not the body the default guess made
// it; a journal called "… Reports" stays a periodical, as other journals are. Sentences written for this test.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  [
    'In its quarterly Monetary Policy Report, the Dorn Bank projected growth of 2%.',
    'Monetary Policy Report',
    'Product',
  ],
  ['The Norland Happiness Report ranked Dorn first on Monday.', 'Norland Happiness Report', 'Product'],
  // (guard: a journal)
  ['The study appeared in the journal Scientific Reports on Monday.', 'Scientific Reports', 'Organization'],
])('%s → "%s" is a %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).toBe(type);
});
