// The entity step runner: steps run in registry order, each sees the groups the previous one returned, and a
// step that throws is skipped with a warning naming it, while the steps after it still run.
import { runSteps, type EntityStep, type StepContext } from '../../src/entities/entity-step.js';
import { ENTITY_STEPS } from '../../src/entities/entity-steps.js';
import type { NameGroup } from '../../src/entities/spans.js';

const ctx: StepContext = { text: '', tokens: [], bySentence: [], typed: [] };
const group = (key: string): NameGroup => ({
  key,
  name: key,
  surface: key,
  words: 1,
  firstWord: key,
  lastWord: key,
  type: 'Organization',
  strong: false,
  first: 0,
  spans: [],
  ids: new Set(),
});
const step = (name: string, apply: EntityStep['apply']): EntityStep => ({ name, description: name, apply });

describe('runSteps', () => {
  test.each([
    [
      'each step sees the groups the previous one returned',
      [step('add', (g) => [...g, group('b')]), step('drop-a', (g) => g.filter((x) => x.key !== 'a'))],
      ['b'],
      [],
    ],
    [
      'a failing step is skipped with a warning and the next still runs',
      [
        step('boom', () => {
          throw new TypeError('no such span');
        }),
        step('add', (g) => [...g, group('c')]),
      ],
      ['a', 'c'],
      ['extract: entity step "boom" failed on this text and was skipped (TypeError: no such span)'],
    ],
  ])('%s', (_, steps, keys, expected) => {
    const warnings: string[] = [];
    const out = runSteps(steps, [group('a')], ctx, warnings);
    expect(out.map((g) => g.key)).toEqual(keys);
    expect(warnings).toEqual(expected);
  });
});

describe('ENTITY_STEPS', () => {
  const names = ENTITY_STEPS.map((s) => s.name);
  test('names are unique and every step says what it does', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const s of ENTITY_STEPS) expect(s.description.length).toBeGreaterThan(20);
  });
  // Merge rules guard on types, so every retyping by context must have run before merging.
  test.each(['person-cues', 'listed-people', 'place-cues', 'object-cues', 'name-used-alone', 'concept-groups'])(
    '%s runs before merge-groups',
    (name) => expect(names.indexOf(name)).toBeLessThan(names.indexOf('merge-groups')),
  );
});
