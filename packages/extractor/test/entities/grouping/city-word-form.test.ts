// Merge rule city-word-form: "<Town> City" is the town itself, unless the name alone is a country or region.
import { extract } from '@kg/extractor';

const places = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Place')
    .map((e) => e.name);

test.each([
  ["Melbourne is a large town. Why did you decide to run for Melbourne City's Lord Mayor?", ['Melbourne']],
  ['Flights left Brisbane on Monday. Brisbane City officials said the airport was calm.', ['Brisbane']],
])('"%s" → one place %j', (text, expected) => {
  expect(places(text)).toEqual(expected);
});

test.each([
  ['Mexico sent aid on Monday. Mexico City officials said the roads were closed.', 'Mexico City'],
  ['Oklahoma voted on Tuesday. Oklahoma City officials said turnout was high.', 'Oklahoma City'],
])('a country or region is not its city (guard): "%s" keeps %s', (text, city) => {
  expect(places(text)).toContain(city);
});
