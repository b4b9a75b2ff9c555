// Type rules of type-rules.ts: a title ending in "This Week" names an outlet (periodical-title); a "State"
// named by an ordinary adjective of creed or doctrine is an actor, not a territory (adjective-state); a name
// ending in "Break" or "Recess" is an occasion (event-head).
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['Bob Hughes told Dorn This Week that the shelter was full.', 'Dorn This Week', 'Organization'],
  ['The figures were first published by Mining This Month in May.', 'Mining This Month', 'Organization'],
  ['Troops were sent to fight Islamic State in the region.', 'Islamic State', 'Organization'],
  ['Fighting spread to Rakhine State on Monday.', 'Rakhine State', 'Place'],
  ['Ohio State beat Michigan on Saturday.', 'Ohio State', 'Place'],
  ['Students returned to Dorn University after the Winter Break.', 'Winter Break', 'Event'],
  ['Schools in Dorn closed for the Lenten Break on Friday.', 'Lenten Break', 'Event'],
])('%s → "%s" is a %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).toBe(type);
});

test('a place before "This Week" keeps its own node and type', () => {
  const entities = extract(
    'A mother called the police in Dorn on Sunday. Bob Hughes told Dorn This Week that she was safe.',
  ).entities;
  expect(find(entities, 'Dorn')?.type).toBe('Place');
  expect(find(entities, 'Dorn This Week')?.type).toBe('Organization');
});
