// A place's name before a plural common noun names a body of the place, not the place (typing/place-plurals.ts);
// a place named with a plural ("White Plains"), a town the gazetteer knows and a name in Spanish stay places.
// Sentences written for this test.
import { extract } from '@kg/extractor';

const typeOf = (text: string, name: string) => extract(text).entities.find((e) => e.name === name)?.type;

test.each([
  ['Castleford Raiders signed Tom Hale on Monday.', 'Castleford Raiders', 'Organization'],
  ['Fans of Kingsbridge Rovers cheered the new striker.', 'Kingsbridge Rovers', 'Organization'],
  ['Two former Ontario Lions players were injured.', 'Ontario Lions', 'Organization'],
  // a place's own name
  ['Tom Hale moved to White Plains in May.', 'White Plains', 'Place'],
  ['Ann Cole opened a shop in Palm Springs last year.', 'Palm Springs', 'Place'],
  ['Tom Hale lives in Las Vegas with his wife.', 'Las Vegas', 'Place'],
  ["Workers live in Las Estrellas' village near the base.", 'Las Estrellas', 'Place'],
])('%s → %s is %s', (text, name, type) => {
  expect(typeOf(text, name)).toBe(type);
});
