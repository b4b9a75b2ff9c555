// launch-vehicle: what is launched via/aboard/atop a vehicle uses it, and both were at the site it left;
// sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('launch-vehicle', () => {
  test.each([
    [
      'passive, "via" and "from" a facility',
      "NASA's Kestrel probe was launched via a Vega 2 rocket from the Guiana Space Centre.",
      ['Kestrel LOCATED_IN Guiana Space Centre', 'Kestrel USES Vega 2', 'Vega 2 LOCATED_IN Guiana Space Centre'],
    ],
    [
      '"aboard" and a place',
      'The Orion 3 capsule was launched aboard a Titan 4 rocket from Florida.',
      ['Orion 3 LOCATED_IN Florida', 'Orion 3 USES Titan 4', 'Titan 4 LOCATED_IN Florida'],
    ],
    ['"on" a vehicle', 'The Orion 3 capsule was launched on a Titan 4 rocket.', ['Orion 3 USES Titan 4']],
    ['"on" a day is no vehicle', 'The Orion 3 capsule was launched on Monday.', []],
    ['not launched', 'The Orion 3 capsule was not launched from Florida.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });

  test('the active verb’s object is the payload, never the launcher', () => {
    const got = triplesOf('Pell Group launched its Kestrel satellite atop a Vega 2 rocket from French Guiana.');
    expect(got).toContain('Kestrel USES Vega 2');
    expect(got).toContain('Kestrel LOCATED_IN French Guiana');
    expect(got.filter((t) => t.startsWith('Pell Group USES'))).toEqual([]);
  });
});
