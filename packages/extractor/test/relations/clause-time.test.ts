// The time argument of triples, claims and propositions: the time expression of the verb's own clause,
// resolved against the article's date (Wednesday 2020-03-11) in the verb's tense; none from another clause.
import { extract } from '@kg/extractor';

const DATE = '2020-03-11';

function tripleTimes(text: string, date: string | null = DATE): string[] {
  const r = extract(text, date ? { date } : {});
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.triples.map(
    (t) =>
      `${name.get(t.subject)} ${t.predicate.type} ${name.get(t.object)} @ ${t.time ? `${t.time.text}=${t.time.value ?? '?'}` : '-'}`,
  );
}

test.each([
  [
    'Norfield Holdings bought Castor Mining on Monday.',
    'Norfield Holdings ACQUIRES Castor Mining @ on Monday=2020-03-09',
  ],
  ['Last year, Norfield Holdings bought Castor Mining.', 'Norfield Holdings ACQUIRES Castor Mining @ Last year=2019'],
  [
    'Norfield Holdings bought Castor Mining two weeks ago.',
    'Norfield Holdings ACQUIRES Castor Mining @ two weeks ago=2020-W09',
  ],
  [
    'Norfield Holdings bought Castor Mining on March 5.',
    'Norfield Holdings ACQUIRES Castor Mining @ on March 5=2020-03-05',
  ],
  ['Norfield Holdings bought Castor Mining in 2014.', 'Norfield Holdings ACQUIRES Castor Mining @ in 2014=2014'],
  // The future tense looks ahead.
  ['Anna Petrova will meet Boris Lind on Friday.', 'Anna Petrova MEETS Boris Lind @ on Friday=2020-03-13'],
  // A time in a relative clause belongs to that clause's verb, not the main one.
  ['Anna Petrova, who resigned on Monday, founded Castor Mining.', 'Anna Petrova FOUNDED Castor Mining @ -'],
  ['Norfield Holdings bought Castor Mining.', 'Norfield Holdings ACQUIRES Castor Mining @ -'],
  // A name fronted with a time in its apposition fronts no time.
  [
    'Anna Petrova, a lawyer since 1988, founded Castor Mining in 1997.',
    'Anna Petrova FOUNDED Castor Mining @ in 1997=1997',
  ],
])('%s → %s', (text, expected) => {
  expect(tripleTimes(text)).toContain(expected);
});

test('without an article date a relative time keeps its text and has no value', () => {
  expect(tripleTimes('Norfield Holdings bought Castor Mining on Monday.', null)).toContain(
    'Norfield Holdings ACQUIRES Castor Mining @ on Monday=?',
  );
});

test.each([
  // When it was said is the reporting clause's time, and it is not part of what was said.
  [
    'Anna Petrova said on Tuesday that Norfield Holdings had bought Castor Mining.',
    'on Tuesday=2020-03-10',
    'Norfield Holdings had bought Castor Mining',
  ],
  [
    'Anna Petrova said Tuesday that Norfield Holdings had bought Castor Mining.',
    'Tuesday=2020-03-10',
    'Norfield Holdings had bought Castor Mining',
  ],
  // A fronted time reaches over a parenthetical to the reporting clause.
  [
    'On Monday, in a short statement, Anna Petrova said that Norfield Holdings had bought Castor Mining.',
    'On Monday=2020-03-09',
    'Norfield Holdings had bought Castor Mining',
  ],
  // The time inside the statement is the statement's, not the time it was made.
  [
    'Anna Petrova said that Norfield Holdings had bought Castor Mining in 2014.',
    '-',
    'Norfield Holdings had bought Castor Mining in 2014',
  ],
  // A time right before the content's own verb is the content's subject, not when it was said.
  ['Anna Petrova said last month was the wettest March on record.', '-', 'last month was the wettest March on record'],
  ['Anna Petrova said Monday marked a turning point for Norfield.', '-', 'Monday marked a turning point for Norfield'],
])('claim: %s', (text, when, content) => {
  const [claim] = extract(text, { date: DATE }).claims;
  expect(claim.time ? `${claim.time.text}=${claim.time.value}` : '-').toBe(when);
  expect(claim.text).toBe(content);
});

test('a subject pronoun after a time starts its own phrase: "said Tuesday it had …"', () => {
  const r = extract('Norfield Holdings said Tuesday it had bought Castor Mining.', { date: DATE });
  const props = r.propositions.map((p) => `${p.subject} | ${p.relation} | ${p.time?.text ?? '-'}`);
  expect(props).toContain('it | had bought | -');
  expect(r.claims[0]?.time).toEqual({ text: 'Tuesday', value: '2020-03-10' });
});
