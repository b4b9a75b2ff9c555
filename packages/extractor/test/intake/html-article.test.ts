import { htmlArticle } from '../../src/intake/html-article.js';

const BODY = `<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Storm hits Paris</h1>
<p>A violent storm hit Paris on Monday, the mayor Anne Hidalgo said. Trees fell across the city and the Seine rose by two metres overnight.</p>
<p>Météo-France had warned of winds above 120 km/h. Schools in the capital were closed on Tuesday, and the RATP suspended several metro lines.</p>
<p>The storm moved east towards Germany later in the day, where Deutsche Bahn cancelled trains between Frankfurt and Cologne.</p></article>
<aside>Most read: Ten recipes for spring</aside><footer>© Daily Planet. Subscribe now!</footer>`;

const page = (head: string, body = BODY) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const JSON_LD = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Wrong"},
{"@type":"NewsArticle","headline":"Storm hits Paris","datePublished":"2024-03-05T08:00:00+01:00",
"mainEntityOfPage":"https://www.dailyplanet.test/news/storm","publisher":{"@type":"Organization","name":"Daily Planet"}}]}</script>`;

test.each([
  [
    'JSON-LD NewsArticle (in a @graph)',
    page(`<title>Storm hits Paris | Daily Planet</title>${JSON_LD}`),
    undefined,
    {
      title: 'Storm hits Paris',
      date: '2024-03-05',
      url: 'https://www.dailyplanet.test/news/storm',
      outlet: 'Daily Planet',
    },
  ],
  [
    'Open Graph and article meta tags, a relative canonical link',
    page(`<title>Storm hits Paris - The Planet</title>
      <meta property="og:site_name" content="The Planet"><meta property="og:title" content="Storm hits Paris">
      <meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
      <link rel="canonical" href="/news/storm?utm_campaign=x">`),
    'https://planet.test/feed/123',
    { title: 'Storm hits Paris', date: '2024-03-05', url: 'https://planet.test/news/storm', outlet: 'The Planet' },
  ],
  [
    'a canonical link to the front page is a template mistake: the fetched address stays',
    page(`<title>Storm</title><link rel="canonical" href="https://planet.test/">`),
    'https://planet.test/news/storm',
    { title: 'Storm', url: 'https://planet.test/news/storm' },
  ],
  ['nothing about itself', page('<title>Storm</title>'), undefined, { title: 'Storm' }],
])('htmlArticle: %s', (_name, html, pageUrl, facts) => {
  const { text, ...rest } = htmlArticle(html, pageUrl);
  expect(rest).toEqual(facts);
  // The headline stays in the text when the page's title does not repeat it.
  expect(text).toMatch(/^(Storm hits Paris\n\n)?A violent storm hit Paris on Monday/);
  expect(text).toContain('\n\nMétéo-France had warned');
  expect(text).not.toMatch(/Home|Most read|Subscribe/);
});

test('a page without an article is read whole, markup dropped', () => {
  expect(htmlArticle('<p>Short <b>note</b>.</p>').text).toBe('Short note .');
});
