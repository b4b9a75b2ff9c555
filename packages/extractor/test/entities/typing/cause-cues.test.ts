// Cause cues (typing/cause-cues.ts): a name no rule typed before "rights", or an acronym before "community",
// names a group of people or their cause: a Concept, not the Organization default.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['Thousands marched for LGBTQ rights in Vilnius on Saturday.', 'LGBTQ'],
  ['The senator has backed BIPOC rights since 2015.', 'BIPOC'],
  ['Leaders of the LGBTIQ community met the mayor of Riga.', 'LGBTIQ'],
])('%s → "%s" is a Concept', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Concept');
});

test.each([
  // A body or a product whose users "community" means keeps its type.
  ['Moderators of the Vimeo community removed the video.', 'Vimeo'],
  // A strongly typed body before "rights" stays a body.
  ['The Canadian Civil Liberties Association defends privacy rights in court.', 'Canadian Civil Liberties Association'],
])('%s → "%s" is no Concept', (text, name) => {
  const e = find(extract(text).entities, name);
  expect(e).toBeDefined();
  expect(e!.type).not.toBe('Concept');
});
