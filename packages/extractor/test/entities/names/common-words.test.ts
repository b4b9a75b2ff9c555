// Capitalised common words are no names: pieces of titles cut at a small word (name-fragments.ts), a clause's
// first word that is an ordinary noun (common-openers.ts), words for people in general and currencies
// (not-names.ts), election and epidemic words capitalised by style (styled-events.ts); and a party's name of
// two nouns joined by "and" stays whole (org-name-joins.ts). Each row is a sentence written for the test.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

const names = (text: string) => extract(text).entities.map((e) => e.name);

describe('capitalised common words', () => {
  test.each([
    ['a title cut at "of"', "Fans of Conway's Game of Life gathered in Leeds.", ['Game', 'Life']],
    ['a title cut at "to the"', 'Marty from Back to the Future waved at fans in Derby.', ['Back', 'Future']],
    [
      'a title-cased phrase cut at a capitalised "In"',
      'Ivo Brandt died in Tarnow. We will miss him. May he Rest In Peace.',
      ['Peace', 'Rest'],
    ],
    ['a title cut at "to"', 'He wrote Introduction to Project Management in Oslo.', ['Introduction']],
    ['a name cut at "and"', 'The Quorvex Trust and Safety team reviewed the posts in Derby.', ['Safety']],
    ['a clause-opening noun the parse calls a body', 'Emergency workers reached the farm near Tarnow.', ['Emergency']],
    [
      'a given name opening a clause before a noun, written in lower case too',
      'Rangers counted 40 willow warblers near Tarnow. Willow warbler numbers have fallen since 1990.',
      ['Willow'],
    ],
    [
      'a clause-opening noun also written in lower case',
      '((Ann Lee)) Hydrogen gas is unsafe in Hull. Officials said hydrogen is light.',
      ['Hydrogen'],
    ],
    [
      'a clause-opening noun that only ends a longer name',
      'Protests spread in Lyon after the Lyon Student Protests. The protests grew.',
      ['Protests'],
    ],
    [
      'a quotation opening with a word only a cut name supports',
      '"Law and order" was the theme in Dorn. Ann Lee, Dean of Dorn School of Law, spoke. The law changed.',
      ['Law'],
    ],
    [
      'an ordinary word before a title that names no one',
      "I'm the Community Manager for the Quorvex project. The community grew.",
      ['Community'],
    ],
    ['an adverb capitalised after a comma', 'Not only from Pune, Maybe they asked someone in Delhi.', ['Maybe']],
    ['a conjunction capitalised after a comma', 'And, Whenever there is a problem in Pune, we fight it.', ['Whenever']],
    ['an indefinite pronoun', 'Nobody asked us in Pune. I would hope, Nobody else gets sick.', ['Nobody']],
    ['people in general before a possessive', "The Women's day march in Pune drew crowds.", ['Women']],
    ['a currency', 'They spent thousands of Euros in Riga.', ['Euros']],
    [
      'an election capitalised by style',
      'Crowds disputed the 2024 Presidential Election in Brask. The presidential election was close.',
      ['Presidential Election'],
    ],
    [
      'an epidemic word after a disease',
      'Clinics in Perth faced a raging COVID-19 Pandemic, and the pandemic spread.',
      ['COVID-19 Pandemic'],
    ],
  ])('%s: "%s"', (_rule, text, not) => {
    const found = names(text);
    for (const name of not) expect(found).not.toContain(name);
  });

  test.each<[string, string, Array<[string, EntityType?]>]>([
    [
      'two nouns before a party word, one by its suffix',
      'Delegates of the Order and Justice Party met in Gdansk.',
      [['Order and Justice Party', 'Organization']],
    ],
    [
      '"and" in the complement of a faculty',
      'She lectures at the Faculty of Law and Commerce in Perth.',
      [['Faculty of Law and Commerce', 'Organization']],
    ],
    [
      'a clause-opening word before a link is no title',
      'According to Reuters and Kyodo, the talks in Geneva failed.',
      [['Reuters'], ['Kyodo']],
    ],
    ['a name the parse guesses an adverb', 'Volvo, Geely, and Ford left Iran in May.', [['Geely']]],
    ['a known body across "and"', 'Shares of Apple and Google fell in New York.', [['Apple'], ['Google']]],
    ['two bodies joined by "and"', 'Bills passed the Senate and House in Washington.', [['Senate'], ['House']]],
    [
      'an unknown word across "and" from the head of a longer name',
      'The Karsby Party and Komeito lost the vote in Dorn.',
      [['Karsby Party'], ['Komeito']],
    ],
    [
      'a word the article also uses alone',
      'Voters in Dorn backed Labor and Unity candidates. Polls say voters trust Labor.',
      [['Labor']],
    ],
    [
      'a surname that is a common word',
      'Susan Page moderated the debate in Utah. Page received criticism.',
      [['Susan Page', 'Person']],
    ],
    [
      'a disease before its epidemic word',
      'Clinics in Perth faced a raging COVID-19 Pandemic. The pandemic grew.',
      [['COVID-19']],
    ],
  ])('kept, %s: "%s"', (_rule, text, want) => {
    const entities = extract(text).entities;
    for (const [name, type] of want) {
      expect(entities.map((e) => e.name)).toContain(name);
      if (type) expect(entities.find((e) => e.name === name)!.type).toBe(type);
    }
  });

  test('two adjectives before a party word stay two parties', () => {
    expect(names('The Democratic and Republican Party primaries were held in Iowa.')).not.toContain(
      'Democratic and Republican Party',
    );
  });
});
