// Names after "the" (typing/article-names.ts): a one-word name the parse alone took for a person, always
// written after "the", is no person; a name also used without the article stays one.
import { extract } from '@kg/extractor';

test.each<[string, string, boolean]>([
  ['The Guardian drew comparisons between the two cases.', 'Guardian', false],
  ['Smith scored twice. The crowd cheered Smith.', 'Smith', true],
])('"%s": %s is a person: %s', (text, name, person) => {
  const e = extract(text).entities.find((x) => x.name === name);
  expect(e?.type === 'Person').toBe(person);
});
