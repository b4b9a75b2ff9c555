// Chambers and laws by their head word: "House of …" is an organisation, "… Constitution" a law (a written work, Product).
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'House of + a capitalised name',
    text: 'The House of Representatives passed the budget on Monday.',
    name: 'House of Representatives',
    type: 'Organization',
  },
  {
    rule: 'a demonym before House of',
    text: 'The Libyan House of Delegates met in Tobruk.',
    name: 'Libyan House of Delegates',
    type: 'Organization',
  },
  {
    rule: 'Constitution ends the name of a law',
    text: 'The judge said the rule violated the Ruritanian Constitution.',
    name: 'Ruritanian Constitution',
    type: 'Product',
  },
  {
    rule: 'a police squad, also before a speech verb',
    text: 'Tom Hale, head of the Dorn Police’s Robbery and Serious Crime Squad, told reporters the men were armed.',
    name: 'Robbery and Serious Crime Squad',
    type: 'Organization',
  },
  {
    rule: 'a Romance "de" after an organisation word',
    text: 'Two officers of the Brigade de Surveillance were suspended last week.',
    name: 'Brigade de Surveillance',
    type: 'Organization',
  },
  {
    rule: 'a French organisation word opens the name',
    text: 'Researchers at the Institut Régional de Santé Publique tested the vaccine.',
    name: 'Institut Régional de Santé Publique',
    type: 'Organization',
  },
  {
    rule: 'a Spanish organisation word opens the name',
    text: 'The Universidad Central published the survey on Friday.',
    name: 'Universidad Central',
    type: 'Organization',
  },
  {
    rule: 'an Arabic word for a front opens the name',
    text: 'Fighters of Jabhat al-Karama seized the town on Monday.',
    name: 'Jabhat al-Karama',
    type: 'Organization',
  },
  {
    rule: '"Hayat" opening three words that close with an Arabic article\'s word',
    text: 'Rebel forces led by Hayat Nasr al-Dorn captured the capital.',
    name: 'Hayat Nasr al-Dorn',
    type: 'Organization',
  },
  {
    rule: '"Hayat" before a surname stays a given name (guard)',
    text: 'Police said Hayat Boumerdes had left the country.',
    name: 'Hayat Boumerdes',
    type: 'Person',
  },
  {
    rule: 'a French observatory is an institution, not the place named in it',
    text: 'Tom Hale works at the Observatoire de Lyon, where the survey began.',
    name: 'Observatoire de Lyon',
    type: 'Organization',
  },
  {
    rule: 'a Spanish school word opens the name',
    text: 'Ann Cole teaches at the Escuela Nacional de Danza in Lima.',
    name: 'Escuela Nacional de Danza',
    type: 'Organization',
  },
  {
    rule: 'a hall of fame is an institution',
    text: 'The band was inducted into the Country Music Hall of Fame in 2004.',
    name: 'Country Music Hall of Fame',
    type: 'Organization',
  },
];

describe('organisation and law heads', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));
});
