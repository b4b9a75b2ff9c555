// split-run.ts: a first name after words that are no part of a personal name starts the person's name
// ("Scientologist Tom Cruise"), but a word the lexicon does not know right before a last word it takes for a
// given name is the person's given name ("Xiaogang Wei": names are written in either order), and so is one
// before a hyphened family name ("Adil Abdul-Mahdi").
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['Xiaogang Wei of the Dorn Health Institute commented on the law.', 'Xiaogang Wei'],
  ['Officials said Zhenyu Li had left Dorn on Monday.', 'Zhenyu Li'],
  // So is one before a hyphened family name that opens with a given name.
  ['Adil Abdul-Mahdi, the prime minister, spoke out against the attack.', 'Adil Abdul-Mahdi'],
  ['Imad Abdul-Karim left Dorn on Monday.', 'Imad Abdul-Karim'],
  // Known words before the name still split off.
  ['Scientologist Tom Cruise spoke in Dorn.', 'Tom Cruise'],
  ['Kabul Hamid Karzai spoke to reporters.', 'Hamid Karzai'],
])('%s → the person "%s"', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Person');
});
