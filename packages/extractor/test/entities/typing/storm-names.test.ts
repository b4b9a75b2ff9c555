// Named storms (typing/storm-names.ts, grouping/storm-short-form.ts): a storm word with its grade and one name
// word is an Event, whatever given name it carries, and the name alone later is the same storm; the bodies
// that study storms keep their own type.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

const cases: Array<{ rule: string; text: string; name: string; type: EntityType; alias?: string; not?: string }> = [
  {
    rule: 'a hurricane, and its name alone later',
    text: 'Hurricane Melva flooded towns in Belize on Sunday. By Tuesday Melva had weakened over land.',
    name: 'Hurricane Melva',
    type: 'Event',
    alias: 'Melva',
    not: 'Melva',
  },
  {
    rule: 'a graded storm',
    text: 'Heavy rain fell as Tropical Storm Orlanda moved toward the coast of Texas.',
    name: 'Tropical Storm Orlanda',
    type: 'Event',
  },
  {
    rule: 'a typhoon with a grade before it',
    text: 'Residents in Manila prepared for Super Typhoon Gardo on Friday.',
    name: 'Super Typhoon Gardo',
    type: 'Event',
  },
  {
    rule: 'a bare "Storm" before a name the lexicon does not know, in a sentence about wind (storm-cues.ts)',
    text: 'Storm Dyrfinn brought winds of up to 90 mph to Wales on Saturday.',
    name: 'Storm Dyrfinn',
    type: 'Event',
  },
  {
    rule: 'not without weather in its sentence',
    text: 'Storm Vektar missiles were fired at Dorn on Saturday.',
    name: 'Vektar',
    type: 'Organization',
    not: 'Storm Vektar',
  },
  {
    rule: 'a bare "Storm" before a given name, opening a clause, and its name alone later',
    text: 'Storm Carla brought heavy rain to Wales on Sunday. Carla moved north on Monday.',
    name: 'Storm Carla',
    type: 'Event',
    alias: 'Carla',
    not: 'Carla',
  },
  {
    rule: 'a body named after storms is no storm',
    text: 'Forecasters at the Regional Hurricane Center in Miami tracked the system.',
    name: 'Regional Hurricane Center',
    type: 'Organization',
  },
];

describe('storm names', () => {
  test('a bare "Storm" before a word that is no given name makes no storm', () => {
    const e = extract('Troops fired Storm Shadow missiles at the bridge.').entities.find((x) => /Shadow/.test(x.name));
    expect(e?.type).not.toBe('Event');
  });

  test.each(cases)('$rule: "$text"', ({ text, name, type, alias, not }) => {
    const { entities } = extract(text);
    const e = entities.find((x) => x.name === name);
    expect(e?.type).toBe(type);
    if (alias) expect(e!.aliases.map((a) => [a.text, a.rule])).toContainEqual([alias, 'storm-short-form']);
    if (not) expect(entities.map((x) => x.name)).not.toContain(not);
  });

  // grouping/storm-short-form.ts (storm-grades): one article's storms of one name are one storm, named as
  // first written; the name alone joins it too.
  test.each([
    [
      'On Saturday, Tropical Storm Kendra became a hurricane. Hurricane Kendra then turned north, and Kendra reached Bermuda.',
      'Tropical Storm Kendra',
      ['Tropical Storm Kendra', 'Hurricane Kendra', 'Kendra'],
    ],
    [
      'Residents said Hurricane Ulla weakened overnight. Forecasters said Tropical Storm Ulla would pass Oahu.',
      'Hurricane Ulla',
      ['Hurricane Ulla', 'Tropical Storm Ulla'],
    ],
  ])('one storm as it changes grade: "%s"', (text, name, mentions) => {
    const events = extract(text).entities.filter((x) => x.type === 'Event');
    expect(events.map((x) => x.name)).toEqual([name]);
    expect(events[0].mentions.map((m) => m.text)).toEqual(mentions);
  });

  test('storms of two names stay two', () => {
    const text = 'After Hurricane Kendra, Tropical Storm Ulla reached Bermuda. Kendra had been stronger.';
    const events = extract(text).entities.filter((x) => x.type === 'Event');
    expect(events.map((x) => x.name).sort()).toEqual(['Hurricane Kendra', 'Tropical Storm Ulla']);
  });

  test.each([
    ['Pilots of the Hurricane Hunters flew into the eye on Monday.', 'Hurricane Hunters'],
    ['Fans planned to Storm Area 51 in Nevada.', 'Storm Area 51'],
  ])('not a storm: "%s"', (text, name) => {
    const e = extract(text).entities.find((x) => x.name === name);
    expect(e?.type).not.toBe('Event');
  });
});
