// Words that open a spoken turn are no names, nor is a lower-case word inside a name a topic of its own, nor
// a lone capitalised adjective before a noun, nor a currency code with its amount (a code that is also a
// name, alone, stays one).
import { extract } from '@kg/extractor';

describe('not names', () => {
  test.each([
    ['an adverb before a comma after a speaker label', '((Ines Varga)) Well, I stopped playing in 2015.', 'Well'],
    ['a verb opening a turn after a speaker label', '((Ines Varga)) Thank you for having me in Dorn.', 'Thank'],
    ['a participle opening a turn', '((Ines Varga)) Judging from the data, the stars are young.', 'Judging'],
    [
      'a common word after text left out of a quotation',
      'Ola Berg said, "Voters were ignored in Dorn[...] Term limits would help them."',
      'Term',
    ],
    ['a plural noun opening a turn', '((Ines Varga)) Planets like these are rare around Vega.', 'Planets'],
    ['an interjection', 'Um, I do not remember the match against Lisbon.', 'Um'],
    ['a temperature\'s scale after "degrees"', 'Temperatures reached 46 degrees Celsius in Dorn on Sunday.', 'Celsius'],
    ['"OK" is the word okay', 'Ann Cole said it would have been OK if Tom Hale had stayed.', 'OK'],
    ['an era after a century', 'Ann Cole said the map was drawn in the second century BC in Dorn.', 'BC'],
    ['an era after a year', 'Tom Hale said the temple in Karsby was built in 480 BCE.', 'BCE'],
    ['an interjection after a bracketed note', 'It was a long season. [laughs] Um, what else was there?', 'Um'],
    ['a lone institution word, capitalised', 'Ann Cole said this is both a Federal and a State issue.', 'State'],
    [
      'a lone institution word after "the"',
      'Tom Hale said Dorn would never defund the Police under his watch.',
      'Police',
    ],
    ['the people of a large city', 'He came to Dorn to support his fellow Yekaterinburgers.', 'Yekaterinburgers'],
    ['the people of a large city, in "-ians"', 'Ann Cole thanked the Parisians who voted for her.', 'Parisians'],
    [
      'a name and "-like" kept as one word',
      'The planet they found is a Saturn-like gas giant near Vega.',
      'Saturn-like',
    ],
    ["a degree's abbreviation", 'Tom Hale received his PhD in Dorn and moved to Lisbon.', 'PhD'],
    ["an office's abbreviation", "I have seen Acme Corp's VP of Engineering explain the plan in Dorn.", 'VP'],
    ['a generational suffix after a comma', 'Ann Cole sued Mayor Tom R. Hale, Jr. and his firm in Dorn.', 'Jr'],
    ['a number word in capitals, for emphasis', 'Ann Cole said the club was polling at a solid ZERO in Dorn.', 'ZERO'],
    ['a time zone after a clock time', 'The advisory came out at 8:00 p.m. AST in Dorn.', 'AST'],
    ['a two-letter time zone after a clock time', 'The jet landed at 9:54 a.m. ET in Dorn.', 'ET'],
    ['a time zone after a 24-hour time', 'The ship left Dorn at 1922 HKT on Monday.', 'HKT'],
    ['a currency code glued to its amount', 'Tom Hale wants the fare cut to USD12 a ride.', 'USD12'],
    ['a currency code before its amount', 'Tickets cost GBP 18.50 each in Dorn.', 'GBP'],
    ['a code only the countries dataset knows, glued to its amount', 'The prize is SEK9 million this year.', 'SEK9'],
    ['another such code', 'The fine was NGN250 million, Ann Cole said.', 'NGN250'],
    ['an interjection after a quote mark', 'She said: "Yeah, we won the cup in Lisbon."', 'Yeah'],
    ['a demonym and a state noun after "an"', 'Hobart is the capital of an Australian state.', 'Australian state'],
    [
      'a demonym and a state noun after a superlative',
      'Guangdong is the most populous Chinese province.',
      'Chinese province',
    ],
    [
      'a demonym and a state noun after "another"',
      'Officials said another Canadian province would follow.',
      'Canadian province',
    ],
    [
      'two origins joined by a hyphen',
      'Police in Dorn referred to the man as "Chinese-American." His family objected.',
      'Chinese-American',
    ],
    ['two faiths joined by a hyphen, plural', 'Hindu-Muslims in Dorn marched on Monday.', 'Hindu-Muslims'],
    [
      'a combining form of an origin and a demonym',
      'The Anglo-Norwegian miner will pay $5 a share.',
      'Anglo-Norwegian',
    ],
    ['a common word after a lower-case ordinal', 'Dorn won the first Test at Kelvar by two wickets.', 'Test'],
    ['"Sino-" and a demonym', 'Ola Berg wrote a book on the Sino-Korean border.', 'Sino-Korean'],
    [
      'an adjective opening a sentence that opens a name elsewhere',
      'Old habits return in Dorn. Voters there backed the Old Mill Party.',
      'Old',
    ],
    ['a lone adjective before a noun', 'Ola Berg left the Presidential race in Dorn.', 'Presidential'],
    ['a lone adjective capitalised by style', 'The Federal government of Dorn closed on Monday.', 'Federal'],
    [
      "a creed's noun in -ist before a noun",
      'Rebels led by the Islamist group Dravan Front seized the city.',
      'Islamist',
    ],
    ['also a Zionist group (guard)', 'A Zionist group marched through Dorn on Sunday.', 'Zionist'],
    [
      'a lone adjective before an adjective and a noun',
      'Ola Berg wore an Islamic religious garment in Dorn.',
      'Islamic',
    ],
    ["a continent's demonym before a noun", "Dorn joined the council's Asian zone in May.", 'Asian'],
    ['so with a determiner', 'Ola Berg backs a European army for Dorn.', 'European'],
    ['a code after a word for a kind it sorts', 'A new clade, known as clade Ib, spread in Dorn.', 'Ib'],
    ['so capitals after "strain"', 'The strain XBB spread across Dorn in May.', 'XBB'],
    ["a people's noun used as the adjective", 'Ola Berg won the support of Latino voters in Dorn.', 'Latino'],
    ['so its feminine', 'Latina workers marched through Dorn on Sunday.', 'Latina'],
    ['so a branch of a faith', 'Sunni militants seized the city of Dorn.', 'Sunni'],
    ['so before a possessive noun', "Dorn backed the Nordic country's bid on Monday.", 'Nordic'],
    ["a past people's adjective before a noun", 'Diggers found a Roman fort near Dorn.', 'Roman'],
    ['also after "the"', 'The find changes what is known of the Ottoman presence in Dorn.', 'Ottoman'],
    ["a pronoun opening a speaker's turn", '((Ines Varga)) They were built in Dorn by Ola Berg.', 'They'],
    ["an adverb opening a speaker's turn", '((Ines Varga)) Unfortunately, the Dorn team lost.', 'Unfortunately'],
    ["a plain adjective opening a speaker's turn", '((Ines Varga)) Sure, Ola Berg can play.', 'Sure'],
    ['"there" as a topic', 'Ola Berg put it there. Nobody in Dorn wants to live there.', 'there'],
    ['a lone capital letter after a noun', 'Ola Berg takes vitamin D and zinc in Dorn.', 'D'],
    ['letters as labels in a list', 'Ola Berg has a plan A, B, C for Dorn.', 'B'],
    ['an initial before a lower-case word', 'Cases of E. coli rose in Dorn on Monday.', 'E'],
    ['a possessive determiner', 'Ola Berg said the crimes offend Our Lord in Dorn.', 'Our'],
    ['an abbreviation as a speaker label', 'Ines Varga plays in Dorn.\n\n((WN)) How did you start playing?', 'WN'],
    ['a form of address', 'The advice to Her Majesty was unlawful, Ola Berg said in Dorn.', 'Majesty'],
  ])('%s', (_, text, word) => {
    expect(extract(text).entities.map((e) => e.name)).not.toContain(word);
  });

  test.each([
    ['a province after a comma, no year before it', 'Ann Cole moved to Vancouver, BC, in May.', 'BC'],
    ['a place before a noun', 'Wuhan residents were told to stay home.', 'Wuhan'],
    [
      'a surname before a noun, though the parse guesses an adjective',
      'Ola Berg spoke of the Lewinsky affair.',
      'Lewinsky',
    ],
    ["a name opening a speaker's turn", '((Ines Varga)) Ola Berg built it in Dorn.', 'Ola Berg'],
    ['an abbreviation in a turn, not as its label', '((Ines Varga)) The QXR agency hired me in Dorn.', 'QXR'],
    [
      "an unknown name opening a speaker's turn, capitalised mid-sentence elsewhere",
      '((Ines Varga)) Brixo hired me in 2015. I left Brixo in May.',
      'Brixo',
    ],
    [
      'an acronym that spells a pronoun',
      'US officials met Ola Berg in Dorn. US President Ann Hale left.',
      'United States',
    ],
    [
      'a name before a colon and a quotation opening with a contraction',
      'Ola Berg praised Brixo: "It\'s fun working with them."',
      'Brixo',
    ],
    ['a word that is also a currency code, alone', 'Chipmaker AMD hired Ola Berg in Dorn.', 'AMD'],
    ['a word the lexicon lacks after an ordinal', 'The second Varnadah began in Dorn in 2000.', 'Varnadah'],
  ])('still a name: %s', (_, text, word) => {
    expect(extract(text).entities.map((e) => e.name)).toContain(word);
  });

  test('"bin" of a recurring personal name is no concept', () => {
    const { entities } = extract('Yusuf bin Qasim fled. Police sought Yusuf bin Qasim and Amal bin Qasim in Basra.');
    expect(entities.map((e) => e.name)).not.toContain('bin');
  });
});
