// Possessives inside names (names/possessive-names.ts): a group of people owning an organisation word is one
// body ("the Catholic Bishops' Conference"), not a part of a body named after the people; a place's or a
// body's possession stays two names. Sentences written for this test.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';
import { triplesOf } from '../../relations/rules/triples-of.js';

test.each([
  // (A conference heads its "of" complement too: the body's whole name.)
  [
    "The Northern Bishops' Conference of Dorn praised the plan.",
    "Northern Bishops' Conference of Dorn",
    'Northern Bishops',
  ],
  ["The National Teachers' Union called a strike in Dorn.", "National Teachers' Union", 'National Teachers'],
  ["Acme Workers' Council met Tom Hale on Monday.", "Acme Workers' Council", 'Acme Workers'],
  // A people's possessive that makes no name of its own opens the body's.
  ["Troops of the People's Liberation Army moved to Dorn.", "People's Liberation Army", 'Liberation Army'],
  ["The Women's Liberation Front won in Dorn.", "Women's Liberation Front", 'Liberation Front'],
  ["The People's Protection Units withdrew from Dorn.", "People's Protection Units", 'Protection Units'],
  // A "-men" or "-workers" compound the lexicon does not know is a plural of people too.
  [
    "The International Longshoremen's Association struck in Dorn.",
    "International Longshoremen's Association",
    'International Longshoremen',
  ],
  ["The Dorn Fishermen's Union met Tom Hale.", "Dorn Fishermen's Union", 'Dorn Fishermen'],
  ["The United Steelworkers' Council backed Ann Cole.", "United Steelworkers' Council", 'United Steelworkers'],
])('%s → one body "%s"', (text, body, people) => {
  const entities = extract(text).entities;
  expect(find(entities, body)?.type).toBe('Organization');
  expect(find(entities, people)).toBeUndefined();
  expect(triplesOf(text).some((t) => / PART_OF /.test(t))).toBe(false);
});

test.each([
  ["The United States' Bureau of Labor said so.", 'Bureau of Labor', 'United States'],
  ["Norway's Supreme Court ruled on Monday.", 'Supreme Court of Norway', 'Norway'],
  ["Crowds gathered at London's Royal Albert Hall.", 'Royal Albert Hall', 'London'],
  ["Ann Cole sang at Velmer's Grand Theatre. Velmer praised her.", 'Grand Theatre', 'Velmer'],
])('%s → "%s" and its owner "%s" stay two', (text, part, whole) => {
  const entities = extract(text).entities;
  expect(find(entities, part)).toBeDefined();
  expect(find(entities, whole)).toBeDefined();
});

// An event of a group of people is theirs by name: the Women's World Cup is not the World Cup.
test.each([
  ["Ann Cole won the Women's World Cup in France.", "Women's World Cup", 'World Cup'],
  ["Dorn hosted the 2017 Women's World Championship.", "Women's World Championship", 'World Championship'],
  ["Tom Hale played in the Men's Championship at Dorn.", "Men's Championship", 'Championship'],
])('%s → "%s"', (text, whole, cut) => {
  const entities = extract(text).entities;
  expect(find(entities, whole)).toBeDefined();
  expect(find(entities, cut)).toBeUndefined();
});

// A venue named after its founder, whom the article names nowhere else, is one name.
test.each([
  ["The film had its premiere at Velmer's Egyptian Theatre in Dorn.", "Velmer's Egyptian Theatre", 'Velmer'],
  ["The legion marched north of Corvan's Wall in 140.", "Corvan's Wall", 'Corvan'],
])('%s → one venue "%s"', (text, venue, founder) => {
  const entities = extract(text).entities;
  expect(find(entities, venue)).toBeDefined();
  expect(find(entities, founder)).toBeUndefined();
});
