// "the company", "the country": of several fitting names in the nearest earlier sentence, the one in
// main-clause subject position; the latest when none is there or the nominal's own sentence names them.
import { extract } from '@kg/extractor';

/** The entity a nominal ("the company") was resolved to, or null. */
function antecedent(text: string, nominal: string): string | null {
  const at = text.indexOf(nominal);
  if (at < 0) throw new Error(`no "${nominal}" in: ${text}`);
  const owner = extract(text).entities.find((e) => e.mentions.some((m) => m.kind === 'nominal' && m.start === at));
  return owner?.name ?? null;
}

test.each([
  ['Pell Group said it would buy Castor Mining. The company also criticized Norway.', 'The company', 'Pell Group'],
  ['Halvorsen Group sold its stake to Brenner Bank. The firm then closed two plants.', 'The firm', 'Halvorsen Group'],
  ['Kenya signed a trade deal with Uganda on Monday. The country will cut tariffs.', 'The country', 'Kenya'],
  // Not the workplace of the analysts who speak of it.
  [
    'Pell Group added two million customers. Analysts at Castor Bank said the company had pulled ahead of rivals.',
    'the company',
    'Pell Group',
  ],
  // A name no subject of its sentence does not take the nominal over from the one it last stood for.
  [
    'Shares of Pell Group fell after the company missed forecasts. Analysts had hoped its drug would outsell one made by Castor Mining. Ann Cole, the company’s head of research, said the results were good.',
    'the company’s',
    'Pell Group',
  ],
  // … nor, with no nominal before, from the fitting name the article gives most (twice at least).
  [
    'Dorn Foods opened shops in Poland in 2015. Sales in Poland grew. Prices are lower in Hungary, a report by the Dorn Herald said. The firm closed shops in parts of the country.',
    'the country',
    'Poland',
  ],
  // … nor do several names of a list, none of them a subject, from the article's topic.
  [
    'Shares of Pell Group rose. Pell Group sells chips. Its customers include Brenner Bank and Castor Mining, which buy many. Ann Cole, who founded the company in 1993, is rich.',
    'the company',
    'Pell Group',
  ],
  // … nor a name no subject, when the nominal stood for another a few sentences before, however far back that
  // one's name is.
  [
    "Pell Group named Ann Cole as its chief. The company also reported a loss. Sales fell after a panel blew off a Castor Airlines jet. Cole will move to Oslo, where the company's unit is based. Prices rose. Regulators capped output until they are satisfied with the company's controls.",
    "the company's controls",
    'Pell Group',
  ],
  // … a subject does (guard).
  [
    'Shares of Pell Group fell after the company missed forecasts. Brenner Bank said it would cut jobs. Ann Cole, the company’s head of research, said the results were good.',
    'the company’s',
    'Brenner Bank',
  ],
  // A body's possessive refers as the bare noun does.
  ['Pell Group said it would buy Castor Mining. The company’s chief executive resigned.', 'The company', 'Pell Group'],
  [
    'Ann Cole won the Pell Party’s primary in May. Tom Hale, the party’s 2016 nominee, lost.',
    'the party',
    'Pell Party',
  ],
  // "the company" is a business: not a union, a party or a council, whatever stands in subject position.
  [
    'Dorn Ferries offered 6 percent. The Harbour Workers’ Union rejected the offer. The company refused to pay more.',
    'The company',
    'Dorn Ferries',
  ],
  ['Tom Hale met the Pell Party and Castor Mining. The firm gave money to the party.', 'The firm', 'Castor Mining'],
  // Nor one the text calls a regulator, a union or a charity right before its name.
  [
    'Pell Water was fined by the regulator Dornwat. Dornwat chief executive Tom Hale said the company had failed.',
    'the company',
    'Pell Water',
  ],
  // Nor a centre, an institute or a plant: a site or a research body, not the firm that owns or names it.
  [
    'Pell Energy will restart the plant. It will be renamed the Cole Clean Energy Center after Ann Cole, the company’s former chief executive.',
    'the company’s',
    'Pell Energy',
  ],
  [
    'Dorn Motors funds research. The Kestrel Institute published a study, and the company said it agreed.',
    'the company',
    'Dorn Motors',
  ],
  // Whom the description's own quotation names is not the one who speaks it.
  [
    'Acme Corp said it would appeal, arguing that Beta Ltd was the main winner. "The advocate for this is Beta Ltd," the company said.',
    'the company',
    'Acme Corp',
  ],
  [
    'Acme Corp lost money. Beta Ltd bought it. "Beta Ltd is our owner now," the company said.',
    'the company',
    'Acme Corp',
  ],
  // So is one the text calls a union right after its name.
  [
    'Dorn Motors plans to close three plants. The Kestrel Metall union threatened strikes. Officials said the company had to protect jobs.',
    'the company',
    'Dorn Motors',
  ],
  // A name after a plural and "at" is no subject; the name the nominal last stood for is.
  [
    "Pell Group's shares rose, giving the company a record value. Analysts at Dorn Capital said demand for Pell Group's goods would stay strong. The company reports in May.",
    'The company reports',
    'Pell Group',
  ],
  // A dateline is where the story was filed: no antecedent.
  ['AMMAN — Rebels took Homs on Saturday. The fighters entered the city at dawn.', 'the city', 'Homs'],
  // The one name the text has called by the nominal's own noun, before the subject or the latest.
  [
    'A court ordered the energy company Velmor to cut emissions in a case brought by the group Kessa. The judge said the company had failed.',
    'the company',
    'Velmor',
  ],
  ['The Dorn Teachers’ Union voted to strike. The company was not named.', 'The company', null],
  // Nor a government office or agency: "The ICO said the company had failed …" speaks of the firm it fined.
  [
    'The regulator fined Harbourside Media. The Information Office said the company had failed to act.',
    'the company',
    'Harbourside Media',
  ],
  // ("the organisation" fits any body.)
  [
    'The Dorn Teachers’ Union voted to strike. The organisation has 9,000 members.',
    'The organisation',
    'Dorn Teachers’ Union',
  ],
  // Nor one whose name is headed by an office, ministry or department before its "of" or "for".
  [
    'Dorn Motors recalled its cars. The recall followed talks with the Office for Road Safety. The firm’s website lists them.',
    'The firm’s',
    'Dorn Motors',
  ],
  [
    'Pell Group makes rifles. The rifles were sold to the Ministry of Defence of Norland. The company’s profits rose.',
    'The company’s',
    'Pell Group',
  ],
  // With no fitting name near, the one the same nominal stood for a few sentences ago.
  [
    'Pell Group recalled 9,000 phones. Prices fell. Sales fell. The company said no one was hurt. Buyers were told to stop using them. Shops took them back. Owners should contact the company.',
    'the company.',
    'Pell Group',
  ],
  // A name in no subject's place does not take it over from the article's topic, named more often.
  [
    'Pell Group recalled 9,000 phones. Pell Group said no one was hurt. The company did not say what it would cost. Analysts said it could delay Pell Group’s listing. Ann Cole told the Dorn Herald she had one. "It was hot," she said. "I was lucky." The regulator said it was working with the company.',
    'the company.',
    'Pell Group',
  ],
  // "in the company of": with someone, no business.
  ['Dorn Films released a film. Tom Hale was seen in the company of an actress.', 'the company', null],
  // No fitting name in subject position: the latest one, as before.
  ['Analysts praised Pell Group and Castor Mining. The company blamed the weather.', 'The company', 'Castor Mining'],
  // "the city": two cities there and neither the subject, no guess.
  ['Ann Cole praised Chicago and said Boston would bid again. The city plans a new stadium.', 'The city', null],
  ['Chicago beat Boston in the vote. The city plans a new stadium.', 'The city', 'Chicago'],
  ['Ann Cole flew to Boston on Monday. The city plans a new stadium.', 'The city', 'Boston'],
  // So "the country": a road linking Peru and Brazil says nothing of which one the man led.
  [
    'The firm built a road linking Peru and Brazil. Tom Hale, who led the country until 2006, denied it.',
    'the country',
    null,
  ],
  // One fitting name in the sentence before.
  ['Investors sold shares of Nvidia. The company said profits rose.', 'The company', 'Nvidia'],
  // A relative clause inside the subject holds no main verb: the apposition after it is the subject.
  [
    'One group whose members sued Tom Hale, the Pell Party, nominated Harbour Party leader Ann Cole. The party lost.',
    'The party',
    'Pell Party',
  ],
  // No fitting subject: a name that only owns another noun is not what the article goes on about.
  [
    'Tom Hale founded the Pell Party with backers of the Harbour Party’s campaign. The party grew.',
    'The party',
    'Pell Party',
  ],
])('%s — "%s" → %s', (text, nominal, expected) => {
  expect(antecedent(text, nominal)).toBe(expected);
});

// A country written as a modifier ("U.S. diplomats", "U.S. troops") says whose the people are, not where
// the clause happens: it is no antecedent of "the country"; a country named as a phrase of its own is.
test.each([
  ['Two Canadian nurses worked in Peru for a year. Then the nurses left the country.', 'the country', 'Peru'],
  ['Five U.S. diplomats hid in Tehran for weeks before they left the country.', 'the country', null],
  ['Protesters in Kenya marched on Monday. The country will vote in May.', 'The country', 'Kenya'],
  ['Kenya’s parliament met on Monday. The country will vote in May.', 'The country', 'Kenya'],
  ['Iraq’s parliament met on Sunday. The lawmakers ordered all U.S. troops out of the country.', 'the country', 'Iraq'],
])('%s — "%s" → %s', (text, nominal, expected) => {
  expect(antecedent(text, nominal)).toBe(expected);
});

// A nominal coreference resolved is one mention of one entity: "the party" as a description of the latest
// party-named body does not add it to a second one (find-entities.ts).
test('a resolved nominal belongs to one entity only', () => {
  const text =
    'One group whose members sued Tom Hale, the Pell Party, nominated Harbour Party leader Ann Cole. The party lost.';
  const at = text.indexOf('The party');
  const owners = extract(text).entities.filter((e) => e.mentions.some((m) => m.start === at));
  expect(owners.map((e) => e.name)).toEqual(['Pell Party']);
});

test('a place\'s possessive is left to the place descriptions ("the country\'s" names the salient country too seldom)', () => {
  expect(antecedent('Kenya signed a deal with Uganda. The country’s exports rose.', 'The country')).toBeNull();
});
