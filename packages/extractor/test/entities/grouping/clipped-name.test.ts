// A body called by a clipping of its name's first word (grouping/clipped-name.ts): "the Fed" for "the Federal
// Reserve". Not a longer word the name derives from, not a given name, not when two bodies open alike.
// Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a clipped first word of three letters',
    text: 'The Federal Reserve cut rates on Wednesday. Tom Hale has criticised the Fed in the past.',
    name: 'Federal Reserve',
    type: 'Organization',
    alias: ['Fed', 'clipped-name'],
  },
  {
    rule: 'a police force',
    text: 'The Metropolitan Harbour Police arrested two men. The Met said more arrests were likely.',
    name: 'Metropolitan Harbour Police',
    type: 'Organization',
    alias: ['Met', 'clipped-name'],
  },
];

const aliasesOf = (text: string, name: string) => find(extract(text).entities, name)?.aliases.map((a) => a.text);

describe('clipped name', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    [
      'a stem the name derives a word from',
      'The Congressional Budget Office wrote to Congress on Monday. Congress did not reply.',
      'Congressional Budget Office',
      'Congress',
    ],
    [
      'two bodies that open alike',
      'The Federal Reserve and the Federal Trade Commission met. The Fed said little.',
      'Federal Reserve',
      'Fed',
    ],
    ['a given name', 'Samsung Electronics hired Sam on Monday. Sam starts in May.', 'Samsung Electronics', 'Sam'],
  ])('not %s', (_rule, text, name, short) => {
    expect(aliasesOf(text, name) ?? []).not.toContain(short);
  });
});
