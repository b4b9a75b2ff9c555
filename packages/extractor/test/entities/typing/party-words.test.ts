// A word the article also writes before "Party" (typing/name-used-alone.ts) is the party's word, not a
// personal name used alone: the body's name it opens stays an organisation. Sentences written for this test.
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a party word alone before a convention',
    text: 'Ruiz, who changed her party registration to Libertarian, sought the nomination. At the online Libertarian National Convention, the Libertarian Party chose Ann Lee.',
    name: 'Libertarian National Convention',
    // A party's convention is a meeting (the event-head rule), named whole.
    type: 'Event',
  },
  {
    rule: 'a colour party',
    text: 'Ruiz, who changed her party registration to Green, sought the nomination. At the online Green National Convention, the Green Party chose Ann Lee.',
    name: 'Green National Convention',
    type: 'Event',
  },
  {
    rule: 'the word alone joins the party',
    text: 'Ruiz, who changed her party registration to Green, sought the nomination. At the online Green National Convention, the Green Party chose Ann Lee.',
    name: 'Green Party',
    type: 'Organization',
    mentions: ['Green', 'Green Party'],
  },
];

describe('party words', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));
});
