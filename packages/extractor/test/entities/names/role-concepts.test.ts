// A role names whoever holds it, no topic (names/concepts.ts): with a people's word before it too
// ("Australian senator", "the Libyan ambassador"). Sentences written for this test.
import { extract } from '@kg/extractor';

const concepts = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Concept')
    .map((e) => e.name);

test.each([
  [
    'Australian senator quits Labor over Gaza\n\nAustralian senator Ann Cole quit the Labor Party.',
    'Australian senator',
  ],
  ['Athens expelled the Libyan ambassador to Greece over the deal.', 'Libyan ambassador'],
  // one word for an occupation or a tie, however often it recurs
  [
    'The team was led by toxicologist Tom Hale. Ann Cole, a toxicologist at Dorn University, said the work was good.',
    'toxicologist',
  ],
  ['Tom Hale met his wife in Dorn. His wife later left for Oslo.', 'wife'],
])('%s → no concept "%s"', (text, absent) => {
  expect(concepts(text)).not.toContain(absent);
});

test.each([
  // a plural may be a story's actors; a role word still counts in a list of topics
  ['Ann Cole praised the scientists. Tom Hale also thanked the scientists.', 'scientists'],
  ['Families lost access to a doctor, a dentist, child care and mental health services.', 'child care'],
])('%s → concept "%s"', (text, present) => {
  expect(concepts(text)).toContain(present);
});

test('a role word recurring after a name is no speaker of its own: the name says it', () => {
  const claims = extract(
    'The team was led by toxicologist Tom Hale of Dorn University. Ann Cole, a toxicologist at Velmont University who was not involved in the research, said the findings were alarming.',
  ).claims;
  expect(claims.map((c) => c.text)).toContain('the findings were alarming');
});
