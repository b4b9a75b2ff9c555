// Types guard every merge: two groups may be one thing when their types agree or either type is a weak guess.
import type { NameGroup } from '../spans.js';

export const compatible = (a: NameGroup, b: NameGroup): boolean => a.type === b.type || !a.strong || !b.strong;
