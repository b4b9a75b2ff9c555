// shownPath(): relative inside the working directory, absolute outside it.
import { shownPath } from '../src/shown-path.js';

test.each([
  ['/home/u/news/a.txt', '/home/u', 'news/a.txt'],
  ['news/a.txt', '/home/u', 'news/a.txt'],
  ['/usr/bin/ls', '/home/u/project', '/usr/bin/ls'],
  ['../other/b.md', '/home/u/project', '/home/u/other/b.md'],
])('shownPath(%j) from %j is %j', (file, cwd, shown) => {
  expect(shownPath(file, cwd)).toBe(shown);
});
