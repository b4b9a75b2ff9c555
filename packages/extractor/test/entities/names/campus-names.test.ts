// Campus names: "University of <state>, <town>" is one campus's name, so its people and roles are the campus's.
import { extract } from '@kg/extractor';
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a town after the comma names the campus',
    text: 'Lena Dahl of the University of California, Los Angeles disagreed with the findings.',
    name: 'University of California, Los Angeles',
    type: 'Organization',
  },
  {
    rule: "before a possessive role: the campus's chancellor",
    text: "The vote was called by the University of Texas, Austin's chancellor, Mark Vellmar, on Friday.",
    name: 'University of Texas, Austin',
    type: 'Organization',
  },
  {
    rule: 'a two-word region before the comma',
    text: 'Researchers at the University of North Carolina, Charlotte published the survey on Tuesday.',
    name: 'University of North Carolina, Charlotte',
    type: 'Organization',
  },
];

describe('campus names', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    ['a university named after a town is no system (guard)', 'She teaches at the University of Bristol, Bristol.'],
    ['a country after the comma is where it lies', 'He studied at the University of Michigan, Canada and Mexico.'],
    ['a list of towns goes on after it', 'Teams came from the University of Ohio, Dayton and Toledo.'],
    ['another name after the comma', 'The University of Oregon, Portland State University and Reed College agreed.'],
  ])('%s', (_rule, text) => {
    const names = extract(text).entities.map((e) => e.name);
    expect(names.filter((n) => /^(?:the )?University of [A-Za-z ]+, /.test(n))).toEqual([]);
  });

  test('the campus, not the town, has the role and the quotation', () => {
    const r = extract(
      '"Walter was a gifted teacher," said University of California, San Diego\'s chancellor, Mark Vellmar.',
    );
    const campus = r.entities.find((e) => e.name === 'University of California, San Diego');
    const chancellor = r.entities.find((e) => e.name === 'Mark Vellmar');
    expect(r.triples.map((t) => [t.subject, t.predicate.type, t.object])).toContainEqual([
      chancellor?.id,
      'LEADS',
      campus?.id,
    ]);
    expect(r.claims.map((c) => c.speaker)).toEqual([chancellor?.id]);
  });
});
