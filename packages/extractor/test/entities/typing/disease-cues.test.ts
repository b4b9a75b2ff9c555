// A name before a disease word, or after "positive for" / "died of", is a disease or a virus (Concept), unless a
// rule or the lexicon typed it.
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  { rule: 'pandemic', text: 'Schools closed during the KX-21 pandemic in March.', name: 'KX-21', type: 'Concept' },
  { rule: 'outbreak', text: 'Doctors in the region fought a Marvella outbreak.', name: 'Marvella', type: 'Concept' },
  { rule: 'patients', text: 'The hospital treated 40 KX-21 patients on Monday.', name: 'KX-21', type: 'Concept' },
  {
    rule: 'after "tested positive for"',
    text: 'The minister tested positive for KX-21 on Monday.',
    name: 'KX-21',
    type: 'Concept',
  },
  {
    rule: 'after "died of"',
    text: 'Two nurses in Lagos died of Marvella last week.',
    name: 'Marvella',
    type: 'Concept',
  },
  {
    rule: 'before "coronavirus"',
    text: 'The spread of the Marvella-9 coronavirus slowed. Doctors studied Marvella-9.',
    name: 'Marvella-9',
    type: 'Concept',
  },
  {
    rule: 'an illness noun in apposition',
    text: 'Over 500 deaths were linked to KX-21, the disease caused by a new virus.',
    name: 'KX-21',
    type: 'Concept',
  },
  {
    rule: 'an illness noun with modifiers in apposition',
    text: 'The virus causes KX-21, a sometimes-fatal illness. Officials feared KX-21.',
    name: 'KX-21',
    type: 'Concept',
  },
  {
    rule: 'an illness noun that modifies another noun in apposition',
    text: 'Nurses joined Harwick Labs, a disease research firm, in May.',
    name: 'Harwick Labs',
    type: 'Organization',
  },
  {
    rule: 'after "poisoned with"',
    text: 'Doctors said the activist was poisoned with Veltrox in August.',
    name: 'Veltrox',
    type: 'Concept',
  },
  {
    rule: 'a poison noun in apposition',
    text: 'Police found Veltrox, a family of neurotoxins, in his tea.',
    name: 'Veltrox',
    type: 'Concept',
  },
  {
    rule: 'before "diagnosis"',
    text: 'The mayor announced his KX-21 diagnosis on Friday.',
    name: 'KX-21',
    type: 'Concept',
  },
  {
    rule: 'after "after contracting"',
    text: 'The poet died in Leeds after contracting Marvella in April.',
    name: 'Marvella',
    type: 'Concept',
  },
  {
    rule: 'before a toll word',
    text: 'Officials counted 40 new KX-21 cases in Lima on Monday.',
    name: 'KX-21',
    type: 'Concept',
  },
  {
    rule: 'a bare acronym before a toll word is a body',
    text: 'Lawyers in Zurich reviewed the QRZ cases on Monday.',
    name: 'QRZ',
    type: 'Organization',
  },
  {
    rule: 'a body contracted to do something caught no illness',
    text: 'The agency has contracted Kestrix to build the lander. Kestrix said it was proud.',
    name: 'Kestrix',
    type: 'Organization',
  },
  {
    rule: 'one who has contracted an illness',
    text: 'The minister has contracted Marvella, his office said.',
    name: 'Marvella',
    type: 'Concept',
  },
  { rule: 'a place keeps its type', text: 'The Wuhan outbreak grew in January.', name: 'Wuhan', type: 'Place' },
];

describe('disease cues', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));
});
