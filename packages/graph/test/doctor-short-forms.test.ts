// The doctor's short forms: a merge command only for a full name that looks personal and, when it is the one
// candidate, only for a short form that was itself read as a person.
import { doctorReport, loadLexicon, type IdentityNode } from '@kg/graph';

beforeAll(loadLexicon);

const node = (name: string, type: string, strong: number, weak: number, documents = 1): IdentityNode => ({
  id: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  name,
  type,
  aliases: [],
  votes: { [type]: { strong, weak } },
  names: [name.toLowerCase().replace(/-/g, ' ')],
  degree: 1,
  documents,
});

const entryFor = (nodes: IdentityNode[], shortForm: string) =>
  doctorReport(nodes).ambiguous.find((a) => a.node.name === shortForm);

describe('doctor: short forms kept apart', () => {
  test.each<[string, IdentityNode[], string, string[] | undefined]>([
    [
      'a short form read as a person, one full name',
      [node('Kessler', 'Person', 1, 0), node('Anna Kessler', 'Person', 2, 0, 3)],
      'Kessler',
      ['Anna Kessler'],
    ],
    [
      'two full names: both listed',
      [
        node('Kessler', 'Organization', 0, 1),
        node('Anna Kessler', 'Person', 2, 0),
        node('Paul Kessler', 'Person', 1, 0),
      ],
      'Kessler',
      ['Anna Kessler', 'Paul Kessler'],
    ],
    [
      'one full name, the short form guessed an organisation (a news agency named like a person): no entry',
      [node('Brandvik', 'Organization', 0, 1), node('Olaf Brandvik', 'Person', 2, 0)],
      'Brandvik',
      undefined,
    ],
    [
      'a "full name" opening with an adjective is no person: no entry',
      [node('Varland', 'Person', 0, 1), node('Natural Varland', 'Person', 1, 0)],
      'Varland',
      undefined,
    ],
  ])('%s', (_rule, nodes, shortForm, candidates) => {
    expect(
      entryFor(nodes, shortForm)
        ?.candidates.map((c) => c.name)
        .sort(),
    ).toEqual(candidates);
  });
});
