// grouping/settled-names.ts: a thing written under another of its names is one node, named as news settles on.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['Covid cases rose in Dorn, and the COVID-19 wards filled.', 'COVID-19', 'Concept', ['Covid', 'COVID-19']],
  ['Nurses said COVID had changed their work.', 'COVID-19', 'Concept', ['COVID']],
  ['Nurses said Covid-19 had changed their work, and COVID more so.', 'COVID-19', 'Concept', ['Covid-19', 'COVID']],
  ['He served in the navy in World War Two.', 'World War II', 'Event', ['World War Two']],
  ['Her father fought in World War 1 near Dorn.', 'World War I', 'Event', ['World War 1']],
  ['After the Second World War, Dorn grew; WWII had ruined it.', 'World War II', 'Event', ['Second World War', 'WWII']],
  ['ISIS fighters fled Dorn; ISIL later denied it.', 'Islamic State', 'Organization', ['ISIS', 'ISIL']],
  [
    'The Islamic State of Iraq and the Levant, which is linked to a local gang, attacked Dorn.',
    'Islamic State',
    'Organization',
    ['Islamic State of Iraq and the Levant'],
  ],
])('"%s" → one %s (%s) with %j', (text, name, type, mentions) => {
  const entities = extract(text).entities;
  const e = find(entities, name);
  expect(e?.type).toBe(type);
  expect(e!.mentions.map((m) => m.text)).toEqual(mentions);
  const others = mentions.filter((m) => m.toLowerCase() !== name.toLowerCase());
  for (const m of others) expect(e!.aliases).toContainEqual({ text: m, rule: 'settled-name' });
  expect(entities.filter((x) => x !== e && mentions.includes(x.name))).toEqual([]);
});

test.each([
  ['The Great War Museum in Dorn reopened.', 'World War I'],
  ['Scientists studied the coronavirus family in Dorn.', 'COVID-19'],
  ['Is it over? IS the word, he said.', 'Islamic State'],
])('"%s" has no %s', (text, name) => {
  expect(find(extract(text).entities, name)).toBeUndefined();
});

// names/settled-joins.ts: a settled name written over "and the" is one name, not a place and a body.
test('the long form is one name and keeps its edges', () => {
  const r = extract('The Islamic State of Iraq and the Levant, which is linked to the Dorn Brigade, attacked Lisk.');
  expect(r.entities.map((e) => e.name)).not.toContain('Levant');
  expect(r.entities.map((e) => e.name)).not.toContain('Islamic State of Iraq');
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  expect(r.triples.map((t) => `${names.get(t.subject)} ${t.predicate.type} ${names.get(t.object)}`)).toContain(
    'Islamic State LINKED_TO Dorn Brigade',
  );
});
