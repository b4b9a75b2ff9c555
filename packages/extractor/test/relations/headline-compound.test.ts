// Headlines the parse reads with the verb in the wrong place (relations/headline-compound.ts and the title and
// nominal rules that must not read across a headline's verb). Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

test.each([
  [
    'a bare verb form after a singular noun opening the clause is a noun ("U.S. judge orders")',
    "U.S. judge orders release of Tom Hale's tax records",
    undefined,
    'United States CREATES tax records',
  ],
  [
    'an -s word inside the opening nouns of a verbless headline is its verb',
    'US president Ann Vole ousts security advisor Tom Hale',
    'Ann Vole RELATED_TO Tom Hale',
    undefined,
  ],
  [
    'a title does not run across the headline verb to the name after it',
    'Ohio judge orders release of Ann Vole.',
    undefined,
    'Ann Vole WORKS_FOR Ohio',
  ],
  [
    'nor does a name modifying the subject become the agent of a noun after the verb',
    'Ohio judge orders release of Ann Vole.',
    undefined,
    'Ohio CREATES Ann Vole',
  ],
  [
    'a subject word the parse read as a verb may be the verb itself ("Chile issues arrest warrants")',
    "Chile issues arrest warrants for 12 people; seeks Interpol's aid",
    'Chile URGES Interpol',
    undefined,
  ],
  [
    'a word the parse calls an adjective may head the subject: no guess',
    'Acme Corp chief sues Beta Holdings over patents',
    undefined,
    'Acme Corp ACCUSES Beta Holdings',
  ],
  [
    'a name modifying a relation noun with one noun between stays its agent',
    'US trade sanctions on Norvia hurt sales.',
    'United States SANCTIONS Norvia',
    undefined,
  ],
])('%s', (_name, text, present, absent) => {
  const got = triplesOf(text);
  if (present) expect(got).toContain(present);
  if (absent) expect(got).not.toContain(absent);
});
