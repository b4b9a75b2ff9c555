// Readings that give a name's edge to the phrase around it ("the Harbour Party primary" is a contest, not
// the party), a place after a preposition doing an -ing form, capitals read as verbs, roles, stances and "non-".
import { triplesOf } from './rules/triples-of.js';

/** Readings by the behaviour they show: [case, sentence, the triples it gives]. */
const CASES: Record<string, Array<[string, string, string[]]>> = {
  'phrases that name a kind of thing, not the name inside them': [
    [
      'a name before a noun the tagger reads as an adjective modifies it',
      'Ann Cole won the Republican primary with most of the vote.',
      [],
    ],
    ['after a year too', 'Tom Hale wins 2024 Vermont Democratic presidential primary', []],
    [
      'the name alone is still the object',
      'Ann Cole joined the Harbour Party in May.',
      ['Ann Cole PART_OF Harbour Party'],
    ],
    [
      'an adjective with a complement follows its noun',
      'Acme Corp supplied Beta Group essential to the project.',
      ['Acme Corp SELLS Beta Group'],
    ],
    [
      'a time adverb after the name ends the phrase',
      'Tom Hale visited Uruguay earlier today, meeting farmers.',
      ['Tom Hale VISITS Uruguay'],
    ],
  ],

  'an -ing form after a place': [
    [
      'a place after "from" is not the doer',
      'Police removed the protesters from Harbour Square using pepper spray.',
      [],
    ],
    [
      'a place after "to" may be the subject of a gerund clause',
      'The storm led to Ohio using the National Guard to deliver food.',
      ['Ohio USES National Guard'],
    ],
    [
      'a body after "from" still may be',
      'Ann Cole received a letter from Acme Corp criticising Beta Group.',
      ['Acme Corp CRITICIZES Beta Group', 'Ann Cole RELATED_TO Acme Corp'],
    ],
  ],

  'words in capitals': [
    [
      'an acronym the tagger reads as a verb is a name',
      'SAZ (South Acme Zone) or CHOP (Castle Hill Open Park) was formed in Leeds.',
      [],
    ],
    ['a verb in a shouted headline is still a verb', 'ACME CORP BUYS BETA GROUP', ['ACME CORP ACQUIRES BETA GROUP']],
  ],

  'roles and stances': [
    [
      'a manager of a firm works for it',
      'Tom Hale, a former Acme Corp manager, founded Beta Group.',
      ['Tom Hale FOUNDED Beta Group', 'Tom Hale WORKS_FOR Acme Corp'],
    ],
    ['an endorsement "on" a platform is given there', "Ann Cole praised Tom Hale's endorsement on Twitter.", []],
    [
      'support "for" a body is support of it',
      'Ann Cole expressed support for Beta Group on Monday.',
      ['Ann Cole SUPPORTS Beta Group'],
    ],
  ],

  '"non-" before a modifier': [
    [
      'is part of the role, no negation',
      'Tom Hale is a non-executive director of Acme Corp.',
      ['Tom Hale WORKS_FOR Acme Corp'],
    ],
    ['"not" still negates', 'Acme Corp did not buy Beta Group.', ['Acme Corp ACQUIRES Beta Group (negated)']],
  ],
};

test.each(
  Object.entries(CASES).flatMap(([group, rows]) =>
    rows.map(([name, text, expected]) => [`${group}: ${name}`, text, expected] as const),
  ),
)('%s', (_, text, expected) => {
  expect(triplesOf(text)).toEqual(expected);
});
