// A present -s form after a noun, in a clause reported without "that" and with no other verb after it, is
// that clause's verb (names/concepts.ts): "noted the merger fits into the plan" makes the concept "merger",
// not "merger fits". After a preposition or a transitive verb the same shape stays a plural noun.
import { extract } from '@kg/extractor';

const concepts = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Concept')
    .map((e) => e.name);

test.each([
  ['Ann Cole noted the merger fits into the plan of the Harbour Board.', 'merger', 'merger fits'],
  ['Tom Hale said the tariff falls on importers in Norland.', 'tariff', 'tariff falls'],
  ['Ann Cole has expressed interest in term limits in the past.', 'term limits', 'term'],
  ['Tom Hale ordered fire safety checks on escape rooms across the region.', 'fire safety checks', 'fire safety'],
])('%s → concept "%s", not "%s"', (text, present, absent) => {
  const got = concepts(text);
  expect(got).toContain(present);
  expect(got).not.toContain(absent);
});
