// After a verb of telling, a run of name words followed by a finite verb holds the one told and the subject of
// what was told (names/told-pair.ts): it is cut at its one seam.
import { namesOf as names } from '../entity-case.js';

test.each([
  ['Ann Cole told MSNBC Hale "was a great man".', ['Ann Cole', 'Hale', 'MSNBC']],
  ['Ann Cole told the BBC Acme Corp had misled investors.', ['Acme Corp', 'Ann Cole', 'BBC']],
  ['Ann Cole told the Daily Post Eide was a great man.', ['Ann Cole', 'Daily Post', 'Eide']],
  ['Ann Cole told Dorn Radio Tom Hale would resign.', ['Ann Cole', 'Dorn Radio', 'Tom Hale']],
  // Guards: no finite verb after the run.
  ['Ann Cole told Fox News the plan would fail.', ['Ann Cole', 'Fox News']],
  ['Ann Cole told BBC News on Monday that the plan would fail.', ['Ann Cole', 'BBC News']],
  ['Ann Cole told Daily Post readers the plan would fail.', ['Ann Cole', 'Daily Post']],
])('%s → %j', (text, expected) => {
  expect(names(text)).toEqual(expected);
});
