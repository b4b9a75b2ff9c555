// aimAsAct: after a noun naming an aim, "be" + gerund says what the aim is, so no edge hangs on the
// gerund; sentences written for this test. The draft's subject is the entity at the given word (a test id
// when the sentence alone makes none there, as an article repeating the phrase would).
import { aimAsAct } from '../../src/relations/aim-subject.js';
import { verbDraftAt, viewsOf } from './views-of.js';

function draftOf(text: string, subjectWord: string, lemma: string) {
  const [view] = viewsOf(text);
  const at = view.toks.findIndex((t) => t.normal === subjectWord);
  view.entityAt[at] ??= 'test-subject';
  return { view, draft: verbDraftAt(view, at, lemma) };
}

describe('aimAsAct', () => {
  test.each([
    [
      'an aim noun, "would be" + gerund',
      'Our long-term goals would be building a network of clinics.',
      'goals',
      'build',
      true,
    ],
    ['"is" + gerund after "plan"', 'The plan is funding the Harbour Clinic.', 'plan', 'fund', true],
    ['an adverb between', 'Her main aim was really helping Castor Mining.', 'aim', 'help', true],
    [
      'a company building something is building it',
      'Norfield Holdings is building a new plant.',
      'holdings',
      'build',
      false,
    ],
    ['an aim noun with a plain verb', 'The plan funded the Harbour Clinic.', 'plan', 'fund', false],
    ['an aim noun with a passive', 'The plan was funded by Castor Mining.', 'plan', 'fund', false],
  ])('%s', (_name, text, subjectWord, lemma, expected) => {
    const { view, draft } = draftOf(text, subjectWord, lemma);
    expect(aimAsAct(view, draft)).toBe(expected);
  });
});
