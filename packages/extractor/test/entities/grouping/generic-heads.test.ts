// generic-heads.ts: a lone organisation head word left after merging names nothing, nor does one capitalised only
// by opening its sentence. Sentences written for this test.
import { extract } from '@kg/extractor';

const names = (text: string) => extract(text).entities.map((e) => e.name);

describe('generic heads', () => {
  test.each([
    ['a generic head alone', 'University collections in Dorn grew on Monday.', 'University'],
    ['an organisation word opening its sentence', 'Union president Ann Cole said the offer was low.', 'Union'],
    ['so in a headline', 'Radio host Tom Hale dies aged 79\n\nTom Hale died in Dorn on Monday.', 'Radio'],
    [
      "a people's adjective with no country of its own",
      'Catalan and Basque parties backed Ann Cole in Dorn.',
      'Catalan',
    ],
    ['also as a title of a leader', 'Former Catalan leader Carles Vidal fled to Dorn.', 'Catalan'],
    [
      'a common noun opening the headline before a noun',
      'Tech company cuts 12,000 jobs\n\nVellor Systems will cut 12,000 jobs, chief executive Ann Cole said.',
      'Tech',
    ],
  ])('no node: %s', (_name, text, absent) => {
    expect(names(text)).not.toContain(absent);
  });

  test.each([
    [
      'a word capitalised inside its sentence (guard)',
      'Ann Cole, the president of the Union, spoke in Dorn. The Union met.',
      'Union',
    ],
    [
      'merged with the body it heads (guard)',
      'The Dorn Teachers Union voted on Monday. Union leaders said the vote was close.',
      'Dorn Teachers Union',
    ],
    [
      'a name opening the headline that the article names again (guard)',
      'Vellor shares fall\n\nInvestors sold Vellor on Monday after the recall.',
      'Vellor',
    ],
  ])('kept: %s', (_name, text, present) => {
    expect(names(text)).toContain(present);
  });
});
