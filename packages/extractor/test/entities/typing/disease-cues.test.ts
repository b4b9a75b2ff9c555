// Disease cues: a name before an illness word, or after "infected with" / "died of", is a topic.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  { rule: 'before "pandemic"', text: 'The KX-21 pandemic closed schools in Lyon.', name: 'KX-21', type: 'Concept' },
  { rule: 'before "outbreak"', text: 'Officials tracked the H7N4 outbreak in Hanoi.', name: 'H7N4', type: 'Concept' },
  { rule: 'after "died of"', text: 'Two doctors in Lagos died of Varola last week.', name: 'Varola', type: 'Concept' },
  {
    rule: 'after "tested positive for"',
    text: 'The mayor of Quito tested positive for RVX-3 on Monday.',
    name: 'RVX-3',
    type: 'Concept',
  },
];

describe('disease cues', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('a company before "patients" … only as a disease word right after it', () => {
    // "Medtrona treats patients": the noun is not right after the name.
    expect(find(extract('Medtrona treats patients in Ohio.').entities, 'Medtrona')?.type).not.toBe('Concept');
  });
});
