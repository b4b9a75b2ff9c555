// grouping/state-of-names.ts: a state or country in its formal style is the place, one node with its name.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['The State of Dorn sued. Dorn officials said the State of Dorn would win.', 'Dorn', ['State of Dorn', 'Dorn']],
  ['The State of Israel was founded in 1948.', 'Israel', ['State of Israel']],
  ['The festival was backed by the city of Lisk and the State of France.', 'France', ['State of France']],
  [
    'The rally in Charlottesville, Virginia turned violent. The State of Virginia charged him.',
    'Virginia',
    ['Virginia', 'State of Virginia'],
  ],
])('"%s" → one Place %s', (text, name, forms) => {
  const entities = extract(text).entities;
  const e = find(entities, name);
  expect(e?.type).toBe('Place');
  for (const f of forms) expect(e!.mentions.map((m) => m.text)).toContain(f);
  expect(entities.filter((x) => x !== e && forms.includes(x.name))).toEqual([]);
});

test.each([
  ['The State of Emergency ended on Monday.', 'Emergency'],
  ['He gave the State of the Union address.', 'Union'],
])('"%s" has no place %s', (text, name) => {
  expect(find(extract(text).entities, name)).toBeUndefined();
});

test('the person the formal style named is no person', () => {
  const r = extract('The rally in Charlottesville, Virginia turned violent. The State of Virginia charged him.');
  expect(r.entities.filter((e) => e.type === 'Person')).toEqual([]);
});
