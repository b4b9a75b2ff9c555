// subject-verb-object: a lower-case concept as direct object is a relational noun that links on to its
// prepositional object ("imposed sanctions on Iran"); a capitalised concept (a named grade, "Category 5") is
// a name of its own, and the phrase after it says where it was graded, not what the subject relates to.
import { extract } from '@kg/extractor';

const edges = (text: string) => {
  const r = extract(text);
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name;
  return r.triples.map((t) => `${name(t.subject)} ${t.predicate.type} ${name(t.object)}`);
};

test.each([
  ['Hurricane Lorna reached Category 5 on the Dorn–Vale scale on Saturday.', 'Hurricane Lorna RELATED_TO Dorn–Vale'],
  // Whom the object's noun is for is not what the verb's own relation is with.
  ['Acme Corp also limited flour purchases for home delivery to one bag.', 'Acme Corp BLOCKS home delivery'],
])('%s → no "%s"', (text, edge) => {
  expect(edges(text)).not.toContain(edge);
});

test.each([
  ['Hurricane Lorna reached Category 5 on the Dorn–Vale scale on Saturday.', 'Hurricane Lorna RELATED_TO Category 5'],
  ['The United States imposed sanctions on Venezuela on Monday.', 'United States SANCTIONS Venezuela'],
  ['Acme Corp also limited flour purchases for home delivery to one bag.', 'Acme Corp BLOCKS flour purchases'],
])('%s → "%s"', (text, edge) => {
  expect(edges(text)).toContain(edge);
});
