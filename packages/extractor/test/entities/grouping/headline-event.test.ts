// The happening noun opening a headline (grouping/headline-event.ts) is a mention of the body's one unnamed
// event of that word: "Fire erupts …" over "a fire … the fire". Sentences written for this test.
import { extract } from '@kg/extractor';

/** The sentence numbers of the mentions of the entity named `name`, and the triples of sentence 0. */
function read(text: string, name: string) {
  const r = extract(text);
  const e = r.entities.find((x) => x.name === name);
  const names = new Map(r.entities.map((x) => [x.id, x.name]));
  const headline = r.triples
    .filter((t) => t.evidence.sentence === 0)
    .map((t) => `${names.get(t.subject)} ${t.predicate.type} ${names.get(t.object)}`);
  return { type: e?.type, sentences: e?.mentions.map((m) => m.sentence) ?? [], headline };
}

test.each([
  [
    'before its verb',
    'Fire erupts in warehouse at Dorn Harbour\n\nA fire broke out on Monday in a warehouse in Karsby. Tom Hale said the fire was put out by noon.',
    'fire',
    'fire LOCATED_IN Dorn Harbour',
  ],
  [
    'before a preposition',
    'Explosion at Acme Corp plant kills two\n\nAn explosion tore through the Acme Corp plant in Dorn on Monday. Tom Hale said the explosion was heard in Karsby.',
    'explosion',
    'explosion LOCATED_IN Acme Corp plant',
  ],
])('the headline opening "%s" is the body\'s event', (_why, text, name, triple) => {
  const got = read(text, name);
  expect(got.type).toBe('Event');
  expect(got.sentences[0]).toBe(0);
  expect(got.headline).toContain(triple);
});

test.each([
  [
    'a noun after it: the word modifies another head',
    'Fire safety rules change in Karsby\n\nA fire broke out on Monday in Karsby. Tom Hale said the fire was put out by noon.',
    'fire',
  ],
  [
    'no headline: a first line with a full stop is a body sentence',
    'Fire spread to Karsby.\n\nA fire broke out on Monday in Dorn. Tom Hale said the fire was put out by noon.',
    'fire',
  ],
  [
    'the body names two fires, so no one event',
    'Fire erupts in warehouse at Dorn Harbour\n\nA fire broke out on Monday in Karsby. Ann Cole said a fire also hit Dorn Harbour.',
    'fire',
  ],
])('%s: no headline mention', (_why, text, name) => {
  expect(read(text, name).sentences).not.toContain(0);
});
