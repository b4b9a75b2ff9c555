// The resolution rules, table-driven: a first article builds the store's index, the entities of a second
// resolve against it. Sentences written for these tests, through the real extractor.
import { extract } from '@kg/extractor';
import { loadLexicon, NodeIndex, resolveDocument, toDocRows } from '@kg/graph';

beforeAll(loadLexicon);

/** Resolves `second` after `first`; returns each entity of `second` as "name → node name (rule)". */
function resolveAfter(first: string, second: string, veto: Array<{ alias: string; canonical: string }> = []): string[] {
  const index = new NodeIndex();
  const a = resolveDocument(toDocRows(extract(first, { id: 'a' })), index, veto);
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const b = resolveDocument(toDocRows(extract(second, { id: 'b' })), index, veto);
  return b.entities.map((e) => `${e.name} → ${names.get(e.id) ?? 'new'} (${e.rule})`);
}

test.each([
  [
    'same name, types guessed apart',
    'Workers at Ostrava Steelworks rallied.',
    'The Ostrava Steelworks said on Monday that it would close.',
    'Ostrava Steelworks → Ostrava Steelworks (same-name)',
  ],
  [
    'a surname after the full name',
    'President Joyce Banda visited Lilongwe.',
    'On Monday, Banda said the talks went well.',
    'Banda → Joyce Banda (surname)',
  ],
  [
    'a full name after the surname alone',
    'In Lagos, Minister Okonjo spoke to reporters.',
    'Finance minister Ngozi Okonjo arrived in Abuja.',
    'Ngozi Okonjo → Okonjo (full-name)',
  ],
  [
    'an acronym after its expansion',
    'The European Space Agency (ESA) launched a probe.',
    'On Friday, ESA confirmed the orbit.',
    'ESA → European Space Agency (alias)',
  ],
  [
    "a country's body named with its short form, then spelled out",
    'The US Senate passed the bill.',
    'The United States Senate met on Friday.',
    'United States Senate → US Senate (same-name)',
  ],
  [
    "a country's body named after it, then by its demonym",
    'The Parliament of Peru met on Friday.',
    'The Peruvian Parliament passed the bill.',
    'Peruvian Parliament → Parliament of Peru (country-form)',
  ],
  [
    "another country's body",
    'The Parliament of Peru met on Friday.',
    'The Chilean Parliament passed the bill.',
    'Chilean Parliament → new (new)',
  ],
  [
    'a common noun is not a name',
    'The Cabinet met on Monday.',
    'The cabinet approved the budget; the cabinet will meet again, the cabinet said.',
    'cabinet → new (new)',
  ],
  [
    'a common word is not a surname',
    'Senator Maria Fire spoke in Ohio.',
    'On Monday, Fire destroyed the barn.',
    'Fire → new (new)',
  ],
  [
    'an acronym is not a surname',
    'Minister Regina Ip spoke in Hong Kong.',
    'On Monday, IP addresses were blocked.',
    'IP → new (new)',
  ],
])('%s', (_case, first, second, expected) => {
  expect(resolveAfter(first, second)).toContain(expected);
});

test('a surname two full names share stays its own node (Bill and Hillary Clinton)', () => {
  const index = new NodeIndex();
  resolveDocument(toDocRows(extract('Senator Bill Clinton spoke in Chicago.', { id: 'a' })), index);
  resolveDocument(toDocRows(extract('Senator Hillary Clinton visited Denver.', { id: 'b' })), index);
  const c = resolveDocument(toDocRows(extract('In Seattle, Clinton praised the mayor.', { id: 'c' })), index);
  expect(c.entities.find((e) => e.name === 'Clinton')).toMatchObject({ id: 'clinton', rule: 'new' });
});

test('a veto in the alias file keeps a surname off the full name', () => {
  expect(
    resolveAfter('President Joyce Banda visited Lilongwe.', 'On Monday, Banda said the talks went well.', [
      { alias: 'Banda', canonical: 'Joyce Banda' },
    ]),
  ).toContain('Banda → new (new)');
});

test('a new node takes the name as id, without a type; an incompatible namesake gets a suffix', () => {
  const index = new NodeIndex();
  const a = resolveDocument(toDocRows(extract('The Cabinet met on Monday.', { id: 'a' })), index);
  const second = 'The cabinet approved the budget; the cabinet will meet again, the cabinet said.';
  const b = resolveDocument(toDocRows(extract(second, { id: 'b' })), index);
  expect(a.entities.find((e) => e.name === 'Cabinet')?.id).toBe('cabinet');
  expect(b.entities.find((e) => e.name === 'cabinet')?.id).toBe('cabinet-2');
});

test('an unnamed event ("drone strike") is never resolved across documents, nor found by a later name', () => {
  const index = new NodeIndex();
  const strike = (id: string, place: string) =>
    resolveDocument(
      toDocRows(
        extract(
          `Drone strike hits depot in ${place}\n\nA drone strike hit a depot in ${place}. The strike was the first.`,
          { id },
        ),
      ),
      index,
    ).entities.find((e) => e.name === 'drone strike');
  expect(strike('a', 'Valmouth')).toMatchObject({ id: 'drone-strike@a', rule: 'unnamed' });
  expect(strike('b', 'Karsby')).toMatchObject({ id: 'drone-strike@b', rule: 'unnamed' });
  expect(index.find('n:drone strike')).toEqual([]);
});
