// platform-medium: who speaks in a platform's post or on its page uses the platform; sentences written for
// this test.
import { triplesOf } from './triples-of.js';

describe('platform-medium', () => {
  test.each([
    [
      'a post set off by commas',
      'Acme Corp, in a Facebook post on Monday, called the delay unexpected.',
      ['Acme Corp USES Facebook'],
    ],
    ['a post after the verb', 'Tom Hale said in a Twitter post that he would run.', ['Tom Hale USES Twitter']],
    [
      'the owner of an account',
      'Ann Cole wrote on her Instagram account that she was well.',
      ['Ann Cole USES Instagram'],
    ],
    ['a named owner of a page', "The notice appeared on Beta Foods' Facebook page.", ['Beta Foods USES Facebook']],
    ['a passive subject did not post', 'Tom Hale was mocked in a Facebook post.', []],
    [
      'the subject of an earlier clause',
      'Acme Corp reported higher sales, while Beta Foods, in a Facebook post, called them a fluke.',
      ['Beta Foods USES Facebook'],
    ],
    ['an outlet, not a platform', 'Tom Hale said in a CNN interview that he would run.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => t.includes('USES'))).toEqual(expected);
  });
});
