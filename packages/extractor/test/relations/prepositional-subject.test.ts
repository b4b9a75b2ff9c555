// prepositionalSubject: a name right after a preposition is that preposition's object, not the subject of
// the verb after it; sentences written for this test, each with the subject's first word and the verb's lemma.
import { prepositionalSubject } from '../../src/relations/prepositional-subject.js';
import type { TripleDraft } from '../../src/relations/rule.js';
import { verbGroupAt, viewsOf } from './views-of.js';

function check(text: string, subjectWord: string, lemma: string): boolean {
  const view = viewsOf(text).find((v) => v.toks.some((t) => t.normal === lemma || t.text === subjectWord))!;
  const at = view.toks.findIndex((t) => t.text === subjectWord);
  const subject = view.entityAt[at];
  if (!subject) throw new Error(`no entity at "${subjectWord}" in: ${text}`);
  const verb = view.chunks[verbGroupAt(view, lemma)];
  const draft: TripleDraft = {
    subject,
    object: 'test-object',
    predicate: { type: 'RELATED_TO', lemma, text: '' },
    confidence: 0.8,
    from: at,
    to: verb.to + 1,
    verb,
  };
  return prepositionalSubject(view, draft);
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
      'a gerund right after the name is its act',
      'Acme Corp bought the rights, with Pell Group gaining a seat.',
      'Pell',
      'gain',
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
