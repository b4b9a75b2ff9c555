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
])('%s → no concept "%s"', (text, absent) => {
  expect(concepts(text)).not.toContain(absent);
});
