// names/shouted-words.ts: an ordinary word written in capitals for emphasis is no name; an acronym that spells
// an ordinary word, in a plain sentence, still is.
import { extract } from '@kg/extractor';

const names = (text: string) => extract(text).entities.map((e) => e.name);

test.each([
  ['the word ends an exclamation', 'Ms Dorn wrote, "We will get through this TOGETHER!" on Friday.', 'TOGETHER'],
  ['a shouted run in an exclamation', 'He posted, "I WON THIS ELECTION, BY A LOT!" on Monday.', 'ELECTION'],
  ['the run ends on it', 'He posted, "I WON THIS ELECTION, BY A LOT!" on Monday.', 'LOT'],
  ['after an acronym', 'The mayor wrote: "Our new DORN PARK IS GREAT!"', 'GREAT'],
])('shouted: %s ("%s" has no %s)', (_rule, text, word) => {
  expect(names(text)).not.toContain(word);
});

test.each([
  ['an acronym in a plain sentence', 'In the PALM trial, the drug served as a control.', 'PALM'],
  ['an acronym in an exclamation, no shouting', 'We observed the disc with SPHERE in May!', 'SPHERE'],
  ['a name that is no ordinary word', 'The agency wrote that NASA is GREAT!', 'NASA'],
])('kept: %s ("%s" has %s)', (_rule, text, word) => {
  expect(names(text)).toContain(word);
});
