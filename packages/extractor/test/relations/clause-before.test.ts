// The phrase before a verb that only ends an embedded clause: a subject relative's object ("the agency that
// funded Acme praised Beta") or a gerund clause's object ("leaving the EU would hurt Britain") is no subject
// of the verb after it; sentences written for this test, read through the triples they give.
import { triplesOf } from './rules/triples-of.js';

describe('clauseBefore', () => {
  test.each([
    [
      "a subject relative's object is not the next verb's subject",
      'The agency that funded Kestrel Labs praised Acme Corp.',
      [],
    ],
    ['"who" likewise', 'The man who shot Ann Cole fled to Oslo.', []],
    [
      'a prepositional phrase inside the relative clause',
      'The firm that bought shares in Beta Group sued Gamma Labs.',
      [],
    ],
    [
      'a reduced participle in the relative clause still hangs on its noun',
      'The agency that funded firms linked to Kestrel Labs praised Acme Corp.',
      [],
    ],
    [
      'a relative clause set off by commas keeps the named subject',
      'Acme Corp, which owns Beta Group, sued Gamma Labs.',
      ['Acme Corp ACCUSES Gamma Labs', 'Acme Corp OWNS Beta Group'],
    ],
    [
      'a named antecedent is the subject',
      'Tom Hale who beat Ann Cole in May met Bob Dole.',
      ['Tom Hale DEFEATS Ann Cole', 'Tom Hale MEETS Bob Dole'],
    ],
    ['a gerund opening the sentence is the subject', 'Leaving the EU would hurt Britain.', []],
    ['a gerund after a verb of saying', 'Tom Hale said leaving the EU would hurt Britain.', []],
    ['a gerund after a clause opener', 'Ann Cole voted no because leaving the EU would hurt Britain.', []],
    [
      'a gerund of saying takes a clause whose subject the phrase is',
      'Ann Cole praised the plan, adding Norway will support Sweden.',
      ['Norway SUPPORTS Sweden @Ann Cole'],
    ],
    [
      'an adjunct gerund after a comma leaves the next clause its subject',
      'The talks ended on Friday, meaning Norway has helped Sweden.',
      ['Norway SUPPORTS Sweden'],
    ],
    [
      'a gerund phrase right after a name describes it: the name is the subject',
      'Ann Cole speaking to reporters in Oslo praised Sweden.',
      ['Ann Cole SUPPORTS Sweden'],
    ],
    [
      'so for an object complement',
      'Prime Minister Ann Cole speaking to the Harbour Council called the border deal "null and void".',
      ['Ann Cole LABELS border deal', 'Ann Cole SAYS Harbour Council'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
