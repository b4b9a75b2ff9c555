// prepositionalSubject: a name right after a preposition is that preposition's object, not the subject of
// the verb after it; sentences written for this test, each with the subject's first word and the verb's lemma.
import { prepositionalSubject } from '../../src/relations/prepositional-subject.js';
import { verbDraftAt, viewsOf } from './views-of.js';

function check(text: string, subjectWord: string, lemma: string): boolean {
  const [view] = viewsOf(text).filter((v) => v.toks.some((t) => t.text === subjectWord));
  return prepositionalSubject(
    view,
    verbDraftAt(
      view,
      view.toks.findIndex((t) => t.text === subjectWord),
      lemma,
    ),
  );
}

describe('prepositionalSubject', () => {
  test.each([
    ['a name after "from" before the verb', 'Visitors from Peru praised Ann Cole.', 'Peru', 'praise', true],
    ['a name after "with"', 'The interview with Tom Hale criticized Acme Corp.', 'Tom', 'criticize', true],
    ['a name opening its clause after a break', 'In Lima, Ann Cole praised Tom Hale.', 'Ann', 'praise', false],
    [
      'a break between the name and the verb',
      'The island of Rapa Nui, also called Easter Island, is remote.',
      'Rapa',
      'call',
      false,
    ],
    [
      "the name's own short form in brackets before the verb ends no phrase",
      'A helicopter under contract to Pell Power (PP) on Tuesday struck power lines.',
      'Pell',
      'strike',
      true,
    ],
    [
      'a bracketed aside of other words still sets the name off (guard)',
      'A helicopter for Ann Cole (the pilot) struck power lines.',
      'Ann',
      'strike',
      false,
    ],
    [
      'a gerund right after the name is its act',
      'Acme Corp bought the rights, with Pell Group gaining a seat.',
      'Pell',
      'gain',
      false,
    ],
    [
      "a gerund after a noun that acts for the name is the name's act",
      'Ann Cole backed the calls by Acme lawyers asking Pell Group to pay.',
      'Acme',
      'ask',
      false,
    ],
    [
      'punctuation after the word before the name',
      '“It is near.” Ann Cole told the Harbour Times.',
      'Ann',
      'tell',
      false,
    ],
  ])('%s', (_name, text, subjectWord, lemma, expected) => {
    expect(check(text, subjectWord, lemma)).toBe(expected);
  });
});
