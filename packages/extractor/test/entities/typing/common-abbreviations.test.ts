// lexicon/common-abbreviations.ts (type rule common-abbreviation): letters for a kind of thing ("DNA", "a voter
// ID", "GDP") are a topic, a Concept, not the Organization every other acronym is guessed to be.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['Police in Dorn took DNA samples from the two suspects.', 'DNA'],
  ['Voters in Dorn must show a voter ID at the polls.', 'ID'],
  ['CCTV showed the car near Dorn, and your ZIP code decides the fare.', 'CCTV'],
  ['Your ZIP code in Dorn decides the fare.', 'ZIP'],
  ['The economy of Dorn grew, with GDP up three percent in May.', 'GDP'],
  ['Ann Cole watched the debate on TV in Dorn.', 'TV'],
  ['Nurses in Dorn ran short of PPE in April.', 'PPE'],
  ["Hackers in Dorn leaked user ID's and photos.", 'ID'],
  ['The Dorn Tribune sued an AI firm over its articles.', 'AI'],
])('"%s" → "%s" is a Concept', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Concept');
});

test.each([
  ['Officials of the QXR said on Monday that Dorn would help.', 'QXR'],
  ['Ann Cole joined the NHS in Dorn in May.', 'NHS'],
])('other capitals keep the acronym guess: "%s" → "%s"', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Organization');
});
