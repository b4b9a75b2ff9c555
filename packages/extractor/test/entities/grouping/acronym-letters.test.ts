// An acronym in brackets joins the name right before it only when its first letter opens a word of that
// name: the entity stage may have cut a longer name ("the Bishops' Conference of Veldmark (CBV)").
import { extract } from '@kg/extractor';

/** The names of the entities that hold a mention of `acronym`. */
function holders(text: string, acronym: string): string[] {
  return extract(text)
    .entities.filter((e) => e.mentions.some((m) => m.text === acronym))
    .map((e) => e.name);
}

test.each([
  ['Bishops from the conference of Veldmark (CBC) met on Monday.', 'CBC', ['CBC']],
  ['The Department of Homeland Security (DHS) said it would act.', 'DHS', ['Department of Homeland Security']],
  [
    'The Revolutionary Armed Forces of Veldmark (FARV) laid down arms.',
    'FARV',
    ['Revolutionary Armed Forces of Veldmark'],
  ],
])('%s — %s is held by %j', (text, acronym, expected) => {
  expect(holders(text, acronym)).toEqual(expected);
});

test('a name in brackets after an acronym may spell out another language’s acronym: one entity', () => {
  const text = 'The secretary of CEV (Veldmark Bishops Council) spoke on Monday.';
  const owner = extract(text).entities.find((e) => e.mentions.some((m) => m.text === 'CEV'));
  expect(owner?.mentions.map((m) => m.text)).toContain('Veldmark Bishops Council');
});

// A country's short form is that country's, even beside another name with its initials.
test.each([
  ['The United Steelworkers opposed the deal, and the U.S. government approved it.', 'U.S.', 'United Steelworkers'],
  ['Workers at United Kelp said the UK navy would buy two ships.', 'UK', 'United Kelp'],
])('%s — %s is not held by %s', (text, acronym, other) => {
  const owners = extract(text).entities.filter((e) => e.mentions.some((m) => m.text === acronym));
  expect(owners.map((e) => e.name)).not.toContain(other);
  expect(owners.map((e) => e.type)).toEqual(['Place']);
  expect(extract(text).entities.find((e) => e.name === other)?.type).toBe('Organization');
});
