import { canonicalUrl, urlDomain, urlKey } from '../../src/intake/canonical-url.js';

test.each([
  ['https://www.planet.test/news/storm?utm_source=rss&utm_medium=x#comments', 'https://www.planet.test/news/storm'],
  ['HTTPS://Planet.TEST:443/a?b=2&a=1&fbclid=z', 'https://planet.test/a?a=1&b=2'],
  ['/news/storm', undefined],
  ['mailto:desk@planet.test', undefined],
  ['not a url', undefined],
])('canonicalUrl(%j) → %j', (raw, url) => {
  expect(canonicalUrl(raw)).toBe(url);
});

test('a relative link resolves against the page it is on', () => {
  expect(canonicalUrl('/news/storm', 'https://planet.test/feed/item')).toBe('https://planet.test/news/storm');
});

test.each([
  ['http://planet.test/news/storm/', 'https://www.planet.test/news/storm'],
  ['https://planet.test/a?x=1', 'https://www.planet.test/a?x=1'],
])('urlKey: %s and %s are one article', (a, b) => {
  expect(urlKey(a)).toBe(urlKey(b));
});

test.each([
  ['https://planet.test/a', 'https://planet.test/b'],
  ['https://planet.test/a?id=1', 'https://planet.test/a?id=2'],
  ['https://planet.test/a', 'https://other.test/a'],
])('urlKey: %s and %s are two articles', (a, b) => {
  expect(urlKey(a)).not.toBe(urlKey(b));
});

test('urlDomain names the site without www', () => {
  expect(urlDomain('https://www.Planet.test/a')).toBe('planet.test');
  expect(urlDomain(undefined)).toBeUndefined();
});
