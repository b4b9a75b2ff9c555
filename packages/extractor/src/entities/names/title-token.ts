// isTitle(): an office title or honorific word before a name ("Prince", "Deputy", "IM"), read from the title
// lists alone, so that modules the stores import (name-particles.ts) can ask it without the parser.
import type { Token } from '../../tokens.js';
import { CAPITAL_TITLES, TITLES } from '../lexicon/titles.js';
import { lower } from './capitals.js';

export function isTitle(t: Token): boolean {
  if (CAPITAL_TITLES.has(t.text)) return true;
  return TITLES.has(lower(t)) && !t.tags.has('FirstName') && !t.tags.has('LastName');
}
