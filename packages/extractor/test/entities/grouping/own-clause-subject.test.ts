// ownClauseSubject (own-clause-subject.ts), seen through coreference: a description after its clause's verb
// ("Beta Ltd sued the company") is someone other than that clause's subject; as a clause's own subject ("said
// the company would appeal") it may still be the subject. Sentences
// written for this test.
import { extract } from '@kg/extractor';

/** The entity the last occurrence of a description was resolved to, or null. */
function antecedent(text: string, nominal: string): string | null {
  const at = text.lastIndexOf(nominal);
  const owner = extract(text).entities.find((e) => e.mentions.some((m) => m.kind === 'nominal' && m.start === at));
  return owner?.name ?? null;
}

test.each([
  [
    "the object of the subject's verb",
    'Acme Corp posted a loss. Beta Ltd later sued the company.',
    'the company',
    'Acme Corp',
  ],
  ['in the same sentence', "Acme Corp's shares fell after Beta Ltd sued the company.", 'the company', 'Acme Corp'],
  [
    "a body before its officer's title and name in the subject",
    'Acme Corp launched the rocket on Sunday. DSA Administrator Ann Cole congratulated the company.',
    'the company',
    'Acme Corp',
  ],
  [
    'so is one before a modified title',
    'Acme Corp launched the rocket on Sunday. DSA Acting Administrator Ann Cole congratulated the company.',
    'the company',
    'Acme Corp',
  ],
  [
    'the subject of a relative clause set off after it',
    'Acme Corp cut jobs. The Acme Trust Foundation, which controls the company, replaced two directors.',
    'the company',
    'Acme Corp',
  ],
  [
    "a preposition's object in the clause",
    'Acme Corp lost money. Beta Ltd filed a lawsuit against the company.',
    'the company',
    'Acme Corp',
  ],
  ["a subordinate clause's subject", 'Acme Corp said that Beta Ltd had sued the company.', 'the company', 'Acme Corp'],
  ["a clause's own subject may be the speaker", 'Beta Ltd said the company would appeal.', 'the company', 'Beta Ltd'],
])('%s', (_name, text, nominal, expected) => {
  expect(antecedent(text, nominal)).toBe(expected);
});
