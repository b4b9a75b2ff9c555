// Cut names: a name the parse cut short ("the Harbour League of Women voters developed") is the longer name the
// article writes whole elsewhere, when the short form is never written alone.
import { extract } from '@kg/extractor';

const names = (text: string) => extract(text).entities.map((e) => `${e.name} [${e.type}]`);

describe('cut names', () => {
  test.each([
    [
      'a lower-case last word, named by the form written in capitals though that comes second',
      'Most candidates said the format the Harbour League of Women voters developed was fair. The Harbour League of Women Voters held the debate.',
      'Harbour League of Women Voters [Organization]',
      'Harbour League of Women [Organization]',
    ],
    [
      'a lower-case last word of a company',
      'On Monday, Quorvex emailed Dorn Web Services. Two days later, Dorn Web services replied that it would act.',
      'Dorn Web Services [Organization]',
      'Dorn Web [Organization]',
    ],
    [
      'a last word the parse read as a verb',
      'Ann Cole sued the Harbour Commission on Coastal Debates. She said the corrupt Harbour Commission on Coastal Debates refuses to hear her.',
      'Harbour Commission on Coastal Debates [Organization]',
      'Harbour Commission on Coastal [Organization]',
    ],
  ])('%s', (_rule, text, whole, cut) => {
    const found = names(text);
    expect(found).toContain(whole);
    expect(found).not.toContain(cut);
  });

  test('a name also written alone is not lengthened (guard)', () => {
    const found = names('Dorn is a large city. The Dorn city council met on Monday. Dorn City Council agreed.');
    expect(found).toContain('Dorn [Place]');
  });
});
