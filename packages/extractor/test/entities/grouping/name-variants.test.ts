// Names written differently in one article: the birth name after "was born", a second romanisation of one
// name, an organisation's name without its "of" complement, and a body word alone for the one name it heads;
// each only with one candidate.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'the birth name after "was born"',
    text: 'The singer Marla Quinn has died. Marla Quinn was born Margaret Anne Quinlan in Leeds in 1941.',
    name: 'Marla Quinn',
    type: 'Person',
    alias: ['Margaret Anne Quinlan', 'birth-name'],
  },
  {
    rule: 'a birth name opening the sentence, sharing a word with the one person named before',
    text: 'The singer Marla Quinn has died. Born Marla Jean Quinlan in Leeds in 1941, she moved to York.',
    name: 'Marla Quinn',
    type: 'Person',
    alias: ['Marla Jean Quinlan', 'birth-name'],
  },
  {
    rule: "a birth name opening the sentence, before the main clause's subject named before",
    text: 'Pope Clement died on Monday. Born Jorge Ramon Vela in Lima, Clement was the archbishop of the city.',
    name: 'Clement',
    type: 'Person',
    alias: ['Jorge Ramon Vela', 'birth-name'],
  },
  {
    rule: 'a second romanisation of a family name',
    text: 'Officials said Yusuf bin Qasim fled. A cousin of Yusuf bin Qasem confirmed that Yusuf bin Qasim was alive.',
    name: 'Yusuf bin Qasim',
    type: 'Person',
    alias: ['Yusuf bin Qasem', 'romanisation'],
  },
  {
    rule: "a headline without the accents of the body's name",
    text: 'Mayor Bozena Wojcik resigns\n\nMayor Bożena Wójcik of Gdańsk resigned on Monday, her office said.',
    name: 'Bożena Wójcik',
    type: 'Person',
    alias: ['Bozena Wojcik', 'accent-fold'],
  },
  {
    rule: 'a special letter typed plainly (ø)',
    text: 'Søren Holm won the race in Aarhus. Fans of Soren Holm celebrated in the streets on Sunday.',
    name: 'Søren Holm',
    type: 'Person',
    alias: ['Soren Holm', 'accent-fold'],
  },
  {
    rule: 'an organisation name before its "of" complement',
    text: 'The Ohio House of Delegates met on Monday. The Ohio House voted to ban the drug.',
    name: 'Ohio House of Delegates',
    type: 'Organization',
    alias: ['Ohio House', 'of-complement'],
  },
  {
    rule: 'a unit named after a hyphen in the longer name',
    text: 'Sanctions hit the Northern Defence Corps-Vanguard Force in May. The Vanguard Force denied the claims.',
    name: 'Northern Defence Corps-Vanguard Force',
    type: 'Organization',
    alias: ['Vanguard Force', 'short-form'],
  },
  {
    rule: 'an embassy alone after its full name',
    text: 'Protesters gathered outside the Norwegian Embassy in Lima. The Embassy said nobody was hurt.',
    name: 'Norwegian Embassy',
    type: 'Organization',
    alias: ['Embassy', 'head-word'],
  },
  {
    rule: 'a body word alone after the demonym and "of" forms of one name',
    text: 'The Chilean Senate approved the bill. The vote in the Senate of Chile was close. Critics said the Senate acted too fast.',
    name: 'Senate of Chile',
    type: 'Organization',
    alias: ['Senate', 'head-word'],
  },
  {
    rule: 'an organisation name before its "of" complement, the country\'s short form spelled out',
    text: 'The U.S. Bureau voted on Monday. The United States Bureau of Fisheries published the result.',
    name: 'United States Bureau of Fisheries',
    type: 'Organization',
    alias: ['U.S. Bureau', 'of-complement'],
  },
  {
    rule: "a country's short form before capitals the article gives one body",
    text: 'US DHA approves Kestrel drug\n\nThe U.S. Drug and Health Agency (DHA) approved the drug on Monday.',
    name: 'U.S. Drug and Health Agency',
    type: 'Organization',
    alias: ['US DHA', 'country-acronym'],
  },
  {
    rule: 'a body word alone for the one name it heads, beside a committee it only modifies',
    text: 'The Ruritanian House of Deputies met on Monday. The House Budget Committee published a report. Later the House voted to cut taxes.',
    name: 'Ruritanian House of Deputies',
    type: 'Organization',
    alias: ['House', 'head-word'],
  },
];

describe('name variants', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    ['names with few consonants', 'Ali Hassan met Ali Hussein in Basra on Friday.', 'Ali Hassan', 'Ali Hussein'],
    ['two words differ', 'Omar Qasim met Amir Qasem in Basra on Friday.', 'Omar Qasim', 'Amir Qasem'],
    ['letters differ beyond accents', 'Lena Mörk met Lena Berk in Malmö on Friday.', 'Lena Mörk', 'Lena Berk'],
  ])('no romanisation merge: %s', (_, text, a, b) => {
    const { entities } = extract(text);
    expect(find(entities, a)).toBeDefined();
    expect(find(entities, b)).toBeDefined();
  });

  test('two organisations with the complement: no merge', () => {
    const { entities } = extract(
      'The Ohio House of Delegates and the Ohio House of Elders met. The Ohio House voted to ban the drug.',
    );
    for (const name of ['Ohio House of Delegates', 'Ohio House of Elders'])
      expect(find(entities, name)?.aliases.map((a) => a.text)).not.toContain('Ohio House');
  });

  test('a body word that only opens the headline joins no name', () => {
    const { entities } = extract(
      'Radio host Lena Marsh dies aged 80\n\nLena Marsh, who hosted a show on Keswick Radio for forty years, died on Friday.',
    );
    expect(find(entities, 'Keswick Radio')?.aliases.map((a) => a.text) ?? []).not.toContain('Radio');
  });

  test('a birth name opening the sentence shares no word with anyone named before: no merge', () => {
    const { entities } = extract('The singer Marla Quinn has died. Born Jean Quinlan in Leeds, she moved to York.');
    expect(find(entities, 'Marla Quinn')?.aliases.map((a) => a.text)).not.toContain('Jean Quinlan');
  });

  test('"born in" names a place, not a birth name', () => {
    const { entities } = extract('Marla Quinn was born in Leeds in 1941. She moved to York.');
    expect(find(entities, 'Marla Quinn')?.aliases.map((a) => a.text)).not.toContain('Leeds');
  });
});
