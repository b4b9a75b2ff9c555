// Definite descriptions (grouping/descriptions.ts) and owned short forms (merge-rules.ts): "the airline"
// is a mention of the airline the article named, only when the article says what kind of thing it is; a
// name after another owner's possessive does not join a longer name of a different owner. Sentences
// written for the test.
import { extract } from '@kg/extractor';

const byName = (text: string) => new Map(extract(text).entities.map((e) => [e.name, e]));

describe('definite descriptions', () => {
  test.each([
    [
      'a kind word before the name',
      'Iranian airline Mahan Air flew to Spain. The airline was banned by Germany.',
      'Mahan Air',
      'The airline',
      'airline',
    ],
    [
      'the head before an "of" name\'s complement',
      'The Dorn Court of Appeal ordered a halt. The court, based in Karsby, also ordered aid.',
      'Dorn Court of Appeal',
      'The court',
      'court',
    ],
    [
      'the last word of the name',
      'Astronauts reached the International Space Station on Friday. Later the station lost power.',
      'International Space Station',
      'the station',
      'station',
    ],
    [
      '"the state of <Name>"',
      'Voters in the state of Ohio went to the polls. Later the state counted the ballots.',
      'Ohio',
      'the state',
      'state',
    ],
    [
      'said of it with a copula',
      "Tasmania is the smallest Australian state. Officials said the state's budget fell.",
      'Tasmania',
      'the state',
      'state',
    ],
    [
      'said of it in apposition',
      'Kestrel Air, a small regional airline, cut flights. The airline blamed fuel prices.',
      'Kestrel Air',
      'The airline',
      'airline',
    ],
    [
      'a thing of that kind with no name inside a sentence is the kind in general (guard)',
      'Iranian airline Mahan Air flew to Spain. Tom Hale said a new airline would start. The airline was banned by Germany.',
      'Mahan Air',
      'The airline',
      'airline',
    ],
    [
      'the most recent one of that kind',
      'Officials in the state of Ohio met. The state of Utah sued. The state said it would appeal.',
      'Utah',
      'The state',
      // ("state" stays a concept: "the state of Ohio", "the state of Utah" classify, and recur)
      undefined,
    ],
    [
      'the classifying word of "the <division> of <Name>"',
      'Floods hit the province of Ontario on Monday. Rescue teams reached the province of Ontario late.',
      'Ontario',
      'the province',
      'province',
    ],
    [
      'the classifying word after a name',
      'Fishermen left the US territory of Guam last year, and the US territory of Guam lost its fleet.',
      'Guam',
      'territory',
      'territory',
    ],
    [
      "a model's vehicle noun",
      'The Halcyon Arrow capsule docked on Sunday. The Halcyon Arrow was carrying cargo. Then the capsule left.',
      'Halcyon Arrow',
      'the capsule',
      'capsule',
    ],
    [
      'a model dated by its year is a car',
      'Smoke rose from a rusted 1999 Verano Sprint on Sunday. Police said the car had been stolen.',
      'Verano Sprint',
      'the car',
      'car',
    ],
    [
      'one leftover of a word the descriptions took is no concept of its own',
      'Lawmakers passed the "Harbour Safety Bill" on Monday. Greta Lund backed the bill. Few wrote a bill.',
      'Harbour Safety Bill',
      'the bill',
      'bill',
    ],
    [
      "a country's armed forces by their group word",
      'The Kenyan army left Lamu on Monday. Two days later the army returned.',
      'Kenyan army',
      'the army',
      'army',
    ],
    [
      'a city named after it is no rival for "the state"',
      'Ohio, a large state, voted on Monday. Rain fell on Chicago, and the state sent aid.',
      'Ohio',
      'the state',
      undefined,
    ],
    [
      'a road named after it is no rival for "the city"',
      'The council of Toronto, a large city, met on Monday. The stadium will rise near Avenue P South. Under the deal, the city will pay.',
      'Toronto',
      'the city',
      undefined,
    ],
    [
      'a place named before it is no rival',
      'Farmers in Iowa voted. Ohio, a large state, voted on Monday, and the state sent aid.',
      'Ohio',
      'the state',
      undefined,
    ],
    [
      'the event the article opens with',
      'Lakeside Fanfest 2019 welcomes fans in Dorn\n\nLakeside Fanfest 2019 opened in Dorn on Friday. Ann Cole attended the event with her sons.',
      'Lakeside Fanfest 2019',
      'the event',
      'event',
    ],
    [
      'of two of that kind in the latest sentence, the one opening it',
      'The Norland Supreme Court upheld a ruling by the lower Harbour Court. Separately, the court fined Acme Corp.',
      'Norland Supreme Court',
      'the court',
      undefined,
    ],
    [
      "a place's kind in lower case right after its name",
      'Researchers found a giant rat on Vangunu island in the Solomon Islands. Logging on the island threatens it.',
      'Vangunu',
      'the island',
      undefined,
    ],
    [
      'the kind said of it with a copula',
      'Quebec is a province of Canada. Every province of Canada has a premier.',
      'Quebec',
      'province',
      undefined,
    ],
  ])('%s: "%s"', (_rule, text, name, alias, concept) => {
    const entities = byName(text);
    expect(entities.get(name)?.aliases).toContainEqual({ text: alias, rule: 'nominal' });
    if (concept) expect(entities.has(concept)).toBe(false);
  });

  test.each([
    [
      'a part one plays is no kind of the name it is said of',
      'Ann Cole was cast as a voice for Dorn Rising, a role that required singing. She looked at the role as a chance.',
      'Dorn Rising',
    ],
    [
      'an "of" name\'s head is no kind another court was given',
      'The Dorn Court of Session is the highest civil court in Dorn. The only court above it is the Supreme Court of Norland. The court heard the case.',
      'Supreme Court of Norland',
    ],
    [
      'no word says what kind of thing it is',
      'Mahan Air flew to Spain. The airline was banned. The airline said nothing.',
      'Mahan Air',
    ],
    [
      'an event named in passing, far from the opening',
      'Voters in Dorn elected Ann Cole on Monday. She won by 40 votes. Turnout was high. Her rival conceded. She spoke of the Battle of Hastings. After the debate, Tom Hale called the event a farce.',
      'Battle of Hastings',
    ],
    [
      '"the state of <Name>" classifies, it does not refer',
      'Officials in Ohio met on Monday. The state of Utah sued.',
      'Ohio',
    ],
    [
      'a possessive before a name is no kind word',
      "The Wisconsin Supreme Court ruled on Monday. A judge for the state's Supreme Court was chosen. The state voted.",
      'Wisconsin Supreme Court',
    ],
    [
      'a modifier before "<division> of <Name>" makes it another place',
      'Crowds filled Lusaka, the largest city of Zambia, on Monday.',
      'Zambia',
    ],
    [
      'a name before "<division> of <Name>" that is no country names a part of it',
      'Floods hit the Kavala district of Greece on Monday.',
      'Greece',
    ],
    [
      'of two of that kind in the latest sentence, neither opening it, none',
      'Tom Hale sued the Harbour Court and the Norland Supreme Court. Separately, the court fined Acme Corp.',
      'Norland Supreme Court',
    ],
    [
      "a division word before a body's name says whose body it is: the body is no state",
      "Tom Hale was speaker of the state Assembly. Acme paid the state's officials.",
      'Assembly',
    ],
    [
      'a plural last word names a group, no one thing of its kind',
      'Researchers found a rat in the Solomon Islands. Logging on the island threatens it.',
      'Solomon Islands',
    ],
    [
      "a country's lower-case place word after it is a part of it",
      'The governor of Louisiana, a U.S. state, declared a state of emergency for the state on Thursday.',
      'United States',
    ],
    [
      'a maker before a vehicle noun is no model of it',
      'Hundreds flew in the Boeing plane on Monday. Boeing said the plane was safe.',
      'Boeing',
    ],
    [
      'a noun after a comma may open the next item of a list',
      'The island has a seat in the U.S. Senate, a vote in the U.S. House and a governor.',
      'U.S. Senate',
    ],
    [
      'a noun after a comma that a verb follows opens the next clause',
      'According to the Harwick Institute, the outbreak is spreading. Later the outbreak slowed.',
      'Harwick Institute',
    ],
    [
      'a noun after a comma that a verb of saying follows is the speaker',
      'All the passengers were Kenyans, the airline said. The airline later apologised.',
      'Kenyans',
    ],
    [
      "a noun before a person's name that is no word for a person",
      'Tom Hale spoke for an hour. During the speech Hale claimed the plan had failed. Critics described the speech as flat.',
      'Tom Hale',
    ],
    [
      'a word for a happening before a place names no kind of the place',
      'Ann Cole won the chess tournament in May. She arrived weeks after the tournament Harbourton hosted. Officials praised the tournament.',
      'Harbourton',
    ],
    [
      'another place of unknown kind is named after it',
      'Ohio, a large state, voted on Monday. Farmers in Iowa lost crops, and the state sent aid.',
      'Ohio',
    ],
    [
      'a possessor after the article is no kind of the name (the noun it owns is)',
      "Rescuers in Norland freed 14 miners. Norland is the world's largest tin producer. Prices rose around the world.",
      'Norland',
    ],
    [
      'nor in apposition',
      "Delegates backed Ann Cole, the party's former treasurer. Later the party met in Dorn.",
      'Ann Cole',
    ],
    [
      'a thing of that kind with no name opened a sentence before it',
      'A Norwegian appeals court upheld the fine on Monday. Acme Corp may take the case to the Supreme Court. Ann Cole said the court had been fair.',
      'Supreme Court',
    ],
    [
      'the same after a dateline',
      'OSLO — A district court fined Acme Corp on Monday. The firm may appeal to the Supreme Court, and the court may hear it.',
      'Supreme Court',
    ],
    [
      "a site's word after a large city names a site in the city, not the city",
      'Police closed Hamburg station after a knife attack. Trains resumed running through the station by evening.',
      'Hamburg',
    ],
    [
      '"a new" thing of that kind came in before the name, wherever it stood',
      'The council approved plans for a new bridge across the river. It will be built next to the Dorn Bridge. Ann Cole said she welcomed the bridge.',
      'Dorn Bridge',
    ],
  ])('no reference when %s: "%s"', (_rule, text, name) => {
    expect(
      byName(text)
        .get(name)
        ?.aliases.filter((a) => a.rule === 'nominal'),
    ).toEqual([]);
  });
});

describe('a short form owned by another', () => {
  test.each([
    [
      'a possessive description that is not the country',
      "Lawmakers in the commonwealth's House of Representatives voted. Its delegate sits in the U.S. House of Representatives.",
      'House of Representatives',
      'U.S. House of Representatives',
    ],
    [
      'a possessive name',
      "Ohio's Senate passed the bill on Monday. The U.S. Senate did not vote.",
      'Senate of Ohio',
      'U.S. Senate',
    ],
  ])('stays apart: %s', (_rule, text, short, long) => {
    const entities = byName(text);
    expect(entities.has(short)).toBe(true);
    expect(entities.has(long)).toBe(true);
  });

  test('joins the longer name when the owner may be its first words', () => {
    const text = "The Wisconsin Supreme Court ruled on Monday. Voters chose a judge for the state's Supreme Court.";
    const court = byName(text).get('Wisconsin Supreme Court');
    expect(court?.aliases).toContainEqual({ text: 'Supreme Court', rule: 'short-form' });
  });
});
