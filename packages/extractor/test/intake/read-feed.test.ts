import { ArticleInputError } from '../../src/errors.js';
import { readFeed } from '../../src/intake/read-feed.js';

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Daily Planet</title><link>https://planet.test/</link>
<item><title>Storm hits Paris</title><link>https://planet.test/news/storm?utm_source=rss</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>&lt;p&gt;A storm hit &lt;b&gt;Paris&lt;/b&gt;.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>A violent storm hit Paris on Monday.</p><p>Trees fell.</p>]]></content:encoded></item>
<item><title>No link</title><description>Only a summary.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Planet Wire</title><link href="https://wire.test/"/><id>urn:wire</id><updated>2024-03-06T00:00:00Z</updated>
<entry><title>Rail strike</title><link href="/rail"/><id>urn:wire:1</id><published>2024-03-06T09:00:00Z</published>
<summary>Trains stopped.</summary></entry></feed>`;

test.each([
  [
    'RSS 2.0 with content:encoded',
    RSS,
    {
      title: 'Daily Planet',
      url: 'https://planet.test/',
      items: [
        {
          item: 'planet.xml#1',
          url: 'https://planet.test/news/storm',
          title: 'Storm hits Paris',
          date: '2024-03-05',
          text: 'A violent storm hit Paris on Monday.\n\nTrees fell.',
        },
        { item: 'planet.xml#2', title: 'No link', text: 'Only a summary.' },
      ],
    },
  ],
  [
    'Atom with a relative link',
    ATOM,
    {
      title: 'Planet Wire',
      url: 'https://wire.test/',
      items: [
        {
          item: 'planet.xml#1',
          url: 'https://wire.test/rail',
          title: 'Rail strike',
          date: '2024-03-06',
          text: 'Trains stopped.',
        },
      ],
    },
  ],
])('readFeed: %s', (_name, xml, feed) => {
  expect(readFeed('planet.xml', xml)).toEqual(feed);
});

test('readFeed: what is no feed is one line naming it', () => {
  expect(() => readFeed('page.html', '<html><body>Hi</body></html>')).toThrow(ArticleInputError);
  expect(() => readFeed('page.html', '<html><body>Hi</body></html>')).toThrow(/^page\.html: not an RSS or Atom feed/);
});
