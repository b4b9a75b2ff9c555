// lexicon/diseases.ts (type rule disease-name): an illness or virus written as a name or in capitals is a
// Concept even where no cue word stands beside it; other capitals keep their guesses.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['Nurses in Dorn talked about living with HIV during the lockdown.', 'HIV'],
  ['The senator discussed her family, COVID-19, and taxes.', 'COVID-19'],
  ['Measles spreads faster than SARS-CoV-2, the researchers wrote.', 'SARS-CoV-2'],
  ['Funding for Ebola and Zika fell last year.', 'Ebola'],
  ['Funding for Ebola and Zika fell last year.', 'Zika'],
  ['He had lived with AIDS for twenty years.', 'AIDS'],
  ['The clinic in Dorn said Coronavirus had emptied its wards.', 'Coronavirus'],
])('"%s" → "%s" is a Concept', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Concept');
});

test.each([
  ['The WHO said on Monday that the NHS would help.', 'NHS', 'Organization'],
  ['Dorn Health, a clinic in Lagos, treated patients.', 'Dorn Health', 'Organization'],
])('not an illness: "%s" → "%s" is %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).toBe(type);
});
