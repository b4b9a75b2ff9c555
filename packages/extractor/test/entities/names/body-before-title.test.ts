// body-before-title.ts: an unknown word opening a clause before a capitalised title and a name is the body whose
// title the person holds. Sentences written for the test.
import { extract } from '@kg/extractor';
import { triplesOf } from '../../relations/rules/triples-of.js';
import { find } from '../entity-case.js';

test.each([
  [
    'Dravbank President Ola Nagel, who sits on the council, had warned against cutting.',
    'Dravbank',
    'Ola Nagel LEADS Dravbank',
  ],
  ['Kestrom Chairman Viktor Zubal said gas would flow.', 'Kestrom', 'Viktor Zubal LEADS Kestrom'],
])('%s → the body "%s" and "%s"', (text, body, edge) => {
  expect(find(extract(text).entities, body)?.type).toBe('Organization');
  expect(triplesOf(text)).toContain(edge);
});

test.each([
  // A word the parse reads as an adjective or a participle describes the holder.
  ['Embattled President Ann Cole resigned on Monday.', 'Embattled'],
  // A plain English word is left to the other openers.
  ['Acting President Ann Cole resigned on Monday.', 'Acting'],
  // A compound title is one title.
  ['Solicitor General Jose Calvo filed a petition.', 'Solicitor'],
])('%s: no "%s"', (text, word) => {
  expect(find(extract(text).entities, word)).toBeUndefined();
});
