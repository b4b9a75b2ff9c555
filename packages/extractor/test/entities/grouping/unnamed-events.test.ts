// unnamed-events: an event or made thing the article is about ("drone strike", "Valmouth summit") is a node
// of its own, and later "the summit" is a nominal mention of it; sentences written for this test.
import { extract } from '@kg/extractor';

/** Each unnamed or year-named node made by the step: "type name [mention, …]" (mentions other than names). */
function events(text: string): string[] {
  return extract(text)
    .entities.filter((e) => ['Event', 'Product', 'Place'].includes(e.type) && /[a-z]$/.test(e.name.split(' ').pop()!))
    .filter((e) => /\b[a-z]/.test(e.name))
    .map((e) => {
      const refs = e.mentions.filter((m) => m.kind === 'nominal').map((m) => m.text);
      return `${e.type} ${e.name}${e.unnamed ? '' : ' (named)'}${refs.length ? ` [${refs.join(', ')}]` : ''}`;
    });
}

describe('unnamed-events', () => {
  test.each([
    [
      'in the headline, then referred back to by a word of its kind',
      'Missile strike hits Karsby fuel depot\n\nTwo guards died on Friday. The attack started a fire.',
      ['Event missile strike [The attack]'],
    ],
    [
      'a gerund after a preposition and before another modifier is a verb, no kind',
      'Dock workers end strike after accepting pay deal\n\nThe union approved the deal on Monday.',
      ['Product pay deal'],
    ],
    [
      "a headline's verb after a name is no kind of the talks it ends",
      'Pell Motors and Dorn Auto end merger talks\n\nThe talks collapsed on Monday.',
      ['Event merger talks [The talks]'],
    ],
    [
      'a place name before the head; "the talks" and "the summit" are the same meeting',
      'Valmouth summit ends without a deal\n\nMinisters met in Valmouth on Monday. The talks ended late, and the summit closed on Tuesday.',
      ['Event Valmouth summit [The talks, the summit]'],
    ],
    [
      'in the body, with "the <head>" soon after',
      'Workers left on Monday. A water treatment plant near Ostrava was closed, and the plant will reopen in May.',
      ['Place water treatment plant [the plant]'],
    ],
    [
      'a demonym and a shorter reference',
      'Danish-Swedish fishing agreement signed\n\nThe ministers met in Malmo. The fishing agreement starts in May; the agreement runs ten years.',
      ['Product Danish-Swedish fishing agreement [The fishing agreement, the agreement]'],
    ],
    [
      'the lede restates the headline with an indefinite word of its kind',
      'Truck bombing in Karsby\n\nOn Friday, police said an attack that day in Karsby killed two. The attack was the first this year.',
      ['Event truck bombing [an attack, The attack]'],
    ],
    [
      'the same words said to be a particular one before the node first names it introduce it: one bill',
      'Dorn governor drops tax bill after protests\n\nGovernor Ann Cole said she would not sign a finance bill with new taxes. Protesters want nothing to do with this finance bill, she said. The bill had been backed by Acme Bank.',
      ['Product finance bill [The bill]'],
    ],
    [
      'a year and a name identify it across articles',
      'Voters go to the polls in 2024 Valdoria general election\n\nPolls opened at seven.',
      ['Event 2024 Valdoria general election (named)'],
    ],
    [
      'a unit after a number measures the thing, it says no kind: one plant',
      'Vellor to build car plant in Dorn\n\nVellor said it would build a 5.5 billion dollar plant near Dorn. The plant will open in 2027.',
      ['Place car plant [plant, The plant]'],
    ],
    [
      "so does a wire's abbreviated magnitude",
      'Dorn Air to merge with Vellor in 620 mln euro deal\n\nThe deal needs approval. Shareholders backed the deal.',
      [],
    ],
    [
      'a disease named before a word for its spread; "the outbreak" is the same spread',
      'Health officials in Dorn declared the Kestrel-7 epidemic last week. The epidemic has closed schools, and officials said the outbreak was slowing.',
      ['Event Kestrel-7 epidemic [The epidemic, the outbreak]'],
    ],
    [
      'a disease name the parse reads as an adjective before a pandemic',
      'Ministers in Dorn discussed the Marvella pandemic last week. Ola Berg said the pandemic was slowing.',
      ['Event Marvella pandemic [the pandemic]'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  test.each([
    ['an adjective is no kind', 'Deadly fire in Karsby\n\nThe fire burned for a day. The fire was put out.'],
    ['mentioned once in the body', 'A missile strike hit Karsby on Friday. Nobody was hurt.'],
    ['a bare noun in the body', 'Our records are still paper base. The records are paper base, he said.'],
    ['one word: "skill-building"', 'Skill-building classes\n\nThe skill-building course ended. The course was full.'],
    ['the compound goes on before it', 'Escape room fire kills two\n\nThe fire started at noon. The fire spread fast.'],
    ['the head modifies a noun after it', 'Valmouth fire department hires\n\nThe department hired ten people.'],
    [
      "a headline's verb before the deal it makes",
      'Union and carmaker reach deal after strike\n\nThe deal raises pay. The deal must still be approved.',
    ],
    [
      'another of the same description',
      'A Supreme Court ruling in May allowed it. The judge cited the Supreme Court ruling permitting appeals.',
    ],
  ])('no node: %s', (_name, text) => {
    expect(events(text)).toEqual([]);
  });

  test('a reference that says which one it is, or gives another number, is not taken', () => {
    const text =
      'Danish-Swedish border agreement signed\n\nThe border agreement was signed on Monday. They also signed the agreement on fishing. The 1998 agreement expired.';
    expect(events(text)).toEqual(['Product Danish-Swedish border agreement [The border agreement]']);
  });

  test('the concept node the references made joins the event (no split)', () => {
    const r = extract(
      'Knife attack in Karsby\n\nPolice said the attack began at noon. The attack lasted minutes; such attacks are rare.',
    );
    expect(r.entities.filter((e) => /attack/.test(e.name)).map((e) => e.name)).toEqual(['knife attack']);
  });

  test('an accident kills, but attacks no one', () => {
    const r = extract('Helicopter crash kills Karsby Rovers coach\n\nThe crash happened on Sunday.');
    expect(r.triples.filter((t) => t.predicate.type === 'ATTACKS')).toEqual([]);
  });
});

test('the same words said to be a particular one before the node first names it leave no concept of their own', () => {
  const text =
    'Dorn governor drops tax bill after protests\n\nGovernor Ann Cole said she would not sign a finance bill with new taxes. Protesters want nothing to do with this finance bill, she said. The bill had been backed by Acme Bank.';
  const bills = extract(text).entities.filter((e) => e.name === 'finance bill');
  expect(bills.map((e) => [e.type, e.mentions.map((m) => m.text)])).toEqual([
    ['Product', ['finance bill', 'finance bill', 'The bill']],
  ]);
});
