// address-sense.ts: "addressed the issue" takes a topic up (MENTIONS); "addressed the rally", "addressed the Harbour
// Council" speaks to an audience, no topic. Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

test.each([
  [
    'a gathering spoken to',
    'Ann Cole addressed the rally in Dorn. The rally drew 9,000 people.',
    'Ann Cole MENTIONS rally',
    'Ann Cole RELATED_TO rally',
  ],
  [
    'a body spoken to',
    'Ann Cole addressed the Harbour Council on Monday.',
    'Ann Cole MENTIONS Harbour Council',
    undefined,
  ],
  [
    'a topic taken up stays MENTIONS (guard)',
    'Ann Cole addressed climate change in her speech. Climate change is urgent, she said.',
    undefined,
    'Ann Cole MENTIONS climate change',
  ],
])('%s', (_name, text, absent, present) => {
  const got = triplesOf(text);
  if (absent) expect(got).not.toContain(absent);
  if (present) expect(got).toContain(present);
});
