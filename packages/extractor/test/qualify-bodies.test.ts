import { extract } from '../src/extract.js';
import { bareBody, bareGathering } from '../src/qualify-bodies.js';

const names = (text: string) => extract(text).entities.map((e) => e.name);

describe('bareBody', () => {
  test.each([
    ['Senate', true],
    ['House of Representatives', true],
    ['Supreme Court', true],
    ['Court of Appeals', true],
    ['City Council', true],
    ['Sydney Opera House', false],
    ['Bank of America', false],
    ['Senate Bill', false],
    ['Ohio Senate', false],
  ])('%s → %s', (name, expected) => {
    expect(bareBody(name)).toBe(expected);
  });
});

describe('bareGathering', () => {
  test.each([
    ['National Convention', true],
    ['Annual General Meeting', true],
    ['California Primary', false],
    ['Republican National Convention', false],
    ['Texas Haunters Convention', false],
  ])('%s → %s', (name, expected) => {
    expect(bareGathering(name)).toBe(expected);
  });
});

describe('qualifyBodies', () => {
  test.each([
    // The article ties the body to one place: it is that place's.
    ["Ohio's Senate passed the bill on Tuesday. Ann Cole praised the Senate.", 'Senate of Ohio', 'Senate'],
    [
      "Peru's Constitutional Court ruled against the ban on Friday.",
      'Constitutional Court of Peru',
      'Constitutional Court',
    ],
    ["Tom Hale spoke in Brazil's National Congress on Monday.", 'National Congress of Brazil', 'National Congress'],
    ["The Philippines' Senate approved the treaty on Monday.", 'Senate of the Philippines', 'Senate of Philippines'],
    ["Texas's Senate passed the bill on Monday.", 'Senate of Texas', 'Senate of the Texas'],
    // A party's gathering: the party's name opens it.
    [
      "Tom Hale won all of Ohio's delegates to the Dorn Party's National Convention.",
      'Dorn Party National Convention',
      'National Convention',
    ],
    // Nothing says whose: the name stays.
    ['The Senate passed the bill on Tuesday. Ann Cole praised the Senate.', 'Senate', 'Senate of Ohio'],
  ])('%s', (text, present, absent) => {
    const found = names(text);
    expect(found).toContain(present);
    expect(found).not.toContain(absent);
  });

  test('edges and claims follow the new name', () => {
    const r = extract("Ohio's Senate passed the bill on Tuesday. The Senate said the bill would cut taxes.");
    const body = r.entities.find((e) => e.name === 'Senate of Ohio')!;
    expect(body.id).toBe('organization:senate-of-ohio');
    expect(r.triples.some((t) => t.subject === body.id && t.predicate.type === 'PART_OF')).toBe(true);
    expect(r.claims.map((c) => c.speaker)).toEqual([body.id]);
    expect(r.entities.some((e) => e.id === 'organization:senate')).toBe(false);
  });
});
