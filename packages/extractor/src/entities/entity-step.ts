// What an entity step is: a named pass over the article's name groups (retyping them by context, merging
// the forms of one entity, adding mentions), run in the order of entity-steps.ts once names are typed.
import type { Token } from '../tokens.js';
import type { NameGroup, TypedSpan } from './spans.js';
import { guarded } from '../guarded.js';

export interface StepContext {
  text: string;
  /** The flat token list of the article and the same tokens by sentence. */
  tokens: Token[];
  bySentence: Token[][];
  /** Every typed name span, before grouping (titles included). */
  typed: readonly TypedSpan[];
}

export interface EntityStep {
  name: string;
  /** One line for the README: what the step does. */
  description: string;
  /** The groups after the step: the same array when the step only changes groups in place. */
  apply(groups: NameGroup[], ctx: StepContext): NameGroup[];
}

/** Runs `steps` in order; a step that throws is skipped with a warning (see guarded.ts). */
export function runSteps(
  steps: readonly EntityStep[],
  groups: NameGroup[],
  ctx: StepContext,
  warnings: string[],
): NameGroup[] {
  let current = groups;
  for (const step of steps) {
    const before = current;
    current = guarded(
      `entity step "${step.name}"`,
      warnings,
      () => before,
      () => step.apply(before, ctx),
    );
  }
  return current;
}
