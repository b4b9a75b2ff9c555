// Words that open a spoken turn are no names, nor is a lower-case word inside a name a topic of its own.
import { extract } from '@kg/extractor';

describe('not names', () => {
  test.each([
    ['an adverb before a comma after a speaker label', '((Ines Varga)) Well, I stopped playing in 2015.', 'Well'],
    ['an interjection', 'Um, I do not remember the match against Lisbon.', 'Um'],
    ['an interjection after a quote mark', 'She said: "Yeah, we won the cup in Lisbon."', 'Yeah'],
    ['a demonym and a state noun after "an"', 'Hobart is the capital of an Australian state.', 'Australian state'],
    [
      'a demonym and a state noun after a superlative',
      'Guangdong is the most populous Chinese province.',
      'Chinese province',
    ],
    [
      'a demonym and a state noun after "another"',
      'Officials said another Canadian province would follow.',
      'Canadian province',
    ],
    [
      'two origins joined by a hyphen',
      'Police in Dorn referred to the man as "Chinese-American." His family objected.',
      'Chinese-American',
    ],
    ['two faiths joined by a hyphen, plural', 'Hindu-Muslims in Dorn marched on Monday.', 'Hindu-Muslims'],
    [
      'an adjective opening a sentence that opens a name elsewhere',
      'Old habits return in Dorn. Voters there backed the Old Mill Party.',
      'Old',
    ],
  ])('%s', (_, text, word) => {
    expect(extract(text).entities.map((e) => e.name)).not.toContain(word);
  });

  test('"bin" of a recurring personal name is no concept', () => {
    const { entities } = extract('Yusuf bin Qasim fled. Police sought Yusuf bin Qasim and Amal bin Qasim in Basra.');
    expect(entities.map((e) => e.name)).not.toContain('bin');
  });
});
