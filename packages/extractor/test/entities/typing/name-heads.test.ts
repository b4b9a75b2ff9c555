// Type rules on a name's own words (typing/type-rules.ts): a portfolio ending in "Affairs" is a body, not a
// place; capital letters before a country name a broadcaster's or agency's branch there; a law is a written
// work (Product), as is a convention named by a place alone (a treaty; other conventions are meetings), and so
// is a show, even one named after its host; a state of the last century is a place, and so is a region named
// by its division word ("Oblast", "Prefecture"), a memorial or a cemetery, a prison or a facility.
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'an organisation word followed only by a country names a body',
    text: 'Tom Hale, director of Harbour Forum Norway, said the plan was sound.',
    name: 'Harbour Forum Norway',
    type: 'Organization',
  },
  {
    rule: 'a unit is a body, even after a town',
    text: 'The site was excavated by the Oxford Field Unit in May.',
    name: 'Oxford Field Unit',
    type: 'Organization',
  },
  {
    rule: 'not a title ending "of Ages"',
    text: 'Tickets for Rock Of Ages sold out in Dorn.',
    name: 'Rock Of Ages',
    type: 'Organization',
  },
  {
    rule: "a capitalised vehicle's word closing a name is a made thing",
    text: 'The probe was launched on a Heavy Orbital Launch Vehicle from Dorn.',
    name: 'Heavy Orbital Launch Vehicle',
    type: 'Product',
  },
  {
    rule: 'a period of history is a topic, not a place',
    text: 'Divers found an Iron Age boat near Dorn.',
    name: 'Iron Age',
    type: 'Concept',
  },
  {
    rule: 'a confederation is a body, even after a word that is also a title',
    text: 'Ann Cole, the leader of the General Labour Confederation, told the crowd to go home.',
    name: 'General Labour Confederation',
    type: 'Organization',
  },
  {
    rule: 'a place word that opens a Spanish name',
    text: 'The frogs were found during an expedition to the Cordillera del Condor in 2022.',
    name: 'Cordillera del Condor',
    type: 'Place',
  },
  {
    rule: 'an organisation word hyphened to the last word (a faction named after its leader)',
    text: 'The Norway Muslim League-Vell of former minister Tom Vell won 75 seats.',
    name: 'Norway Muslim League-Vell',
    type: 'Organization',
  },
  {
    rule: 'also a mountain range ("serranía")',
    text: 'He was handed over in the mountains of the Serranía del Norvo on Thursday.',
    name: 'Serranía del Norvo',
    type: 'Place',
  },
  {
    rule: 'also a lagoon',
    text: 'Flamingos returned to Laguna Verde this spring.',
    name: 'Laguna Verde',
    type: 'Place',
  },
  {
    rule: "a given name that is also a place word stays a person's",
    text: 'Sierra Boggess sang on Broadway on Monday.',
    name: 'Sierra Boggess',
    type: 'Person',
  },
  {
    rule: "ordinary nouns before a country's name call a body of that country",
    text: 'Health New Zealand, which runs the public hospitals, said care was not affected.',
    name: 'Health New Zealand',
    type: 'Organization',
  },
  {
    rule: 'a compass word before it is part of the land (guard)',
    text: 'Tourists flew from Oslo to South Africa on Monday.',
    name: 'South Africa',
    type: 'Place',
  },
  {
    rule: "a role word before a person's name opened by a place's",
    text: "Norland's foreign minister, Georgia Katz, called for talks.",
    name: 'Georgia Katz',
    type: 'Person',
  },
  {
    rule: "so with a country's name",
    text: "Israel's foreign minister, Israel Kadmon, called for talks.",
    name: 'Israel Kadmon',
    type: 'Person',
  },
  {
    rule: 'a gate is a place',
    text: 'The rally ended at the Brandenburg Gate in Berlin on Monday.',
    name: 'Brandenburg Gate',
    type: 'Place',
  },
  {
    rule: '"Model" and a letter name a model',
    text: 'The recall covers some Model S cars built since 2023.',
    name: 'Model S',
    type: 'Product',
  },
  {
    rule: '"Model" and a number too',
    text: 'Owners of the Model 3 in Dorn were told to update it.',
    name: 'Model 3',
    type: 'Product',
  },
  {
    rule: "a role word before a name whose first word alone the lexicon knows as a band's",
    text: 'Commission director Abba Tijani thanked the museum on Monday.',
    name: 'Abba Tijani',
    type: 'Person',
  },
  {
    rule: "a plural common noun ends a firm's name, even after a role word ('developer')",
    text: 'The developer, Greystone Homes, is accused of paying the mayor.',
    name: 'Greystone Homes',
    type: 'Organization',
  },
  {
    rule: "a family name that looks plural stays a person's",
    text: 'His lawyer, Tom Waters, said the case was weak.',
    name: 'Tom Waters',
    type: 'Person',
  },
  {
    rule: 'so is a consortium',
    text: 'The Harbour Builders Consortium won the contract in May.',
    name: 'Harbour Builders Consortium',
    type: 'Organization',
  },
  {
    rule: 'a convention named with more than a place is a meeting',
    text: 'Delegates flew to Dorn for the Valmouth Party National Convention on Monday.',
    name: 'Valmouth Party National Convention',
    type: 'Event',
  },
  {
    rule: 'a place before a convention with other words stays in its name',
    text: 'Wikinews attended the Ohio Puppeteers Convention in Akron.',
    name: 'Ohio Puppeteers Convention',
    type: 'Event',
  },
  {
    rule: 'a convention named by a place alone is a treaty',
    text: 'Dorn said its neighbour had broken the Lisbon Convention on fishing.',
    name: 'Lisbon Convention',
    type: 'Product',
  },
  {
    rule: 'a correctional facility named after a person is a site, not the person',
    text: 'Tom Hale was serving his time at Robert K. Dorn Correctional Facility in Valmouth County.',
    name: 'Robert K. Dorn Correctional Facility',
    type: 'Place',
  },
  {
    rule: 'so is a jail',
    text: 'Ann Cole was moved to Peter Lind Jail last year.',
    name: 'Peter Lind Jail',
    type: 'Place',
  },
  {
    rule: 'a memorial is a site',
    text: 'Protesters gathered at the Harbour Workers Memorial in Dorn on Monday.',
    name: 'Harbour Workers Memorial',
    type: 'Place',
  },
  {
    rule: 'a cemetery is a site',
    text: 'He will be buried at the Northfield Memorial Cemetery on Tuesday.',
    name: 'Northfield Memorial Cemetery',
    type: 'Place',
  },
  {
    rule: 'a show named after its host is a programme',
    text: 'Ann Cole died on Monday. Cole hosted The Ann Cole Show on television until 1973.',
    name: 'Ann Cole Show',
    type: 'Product',
  },
  {
    rule: 'and its host stays a person of her own',
    text: 'Ann Cole died on Monday. Cole hosted The Ann Cole Show on television until 1973.',
    name: 'Ann Cole',
    type: 'Person',
  },
  {
    rule: 'a Russian region ending in "Oblast"',
    text: 'The contest was supported by the government of Vorkinsk Oblast.',
    name: 'Vorkinsk Oblast',
    type: 'Place',
  },
  {
    rule: 'a Louisiana division ending in "Parish", after a first name',
    text: 'Officials in Jefferson Parish said the levees would hold.',
    name: 'Jefferson Parish',
    type: 'Place',
  },
  {
    rule: 'and a person whose family name is "Parish"',
    text: 'Singer Ann Parish said she was happy.',
    name: 'Ann Parish',
    type: 'Person',
  },
  {
    rule: 'a portfolio ending in "Affairs"',
    text: 'Tomas Reyes, the minister for East African Affairs, died in Juba.',
    name: 'East African Affairs',
    type: 'Organization',
  },
  {
    rule: 'capital letters before a country',
    text: 'According to a report from NTV Kenya on Monday, shops were closed.',
    name: 'NTV Kenya',
    type: 'Organization',
  },
  {
    rule: 'a law is a written work',
    text: 'The court struck down the Harbour Safety Act on Monday.',
    name: 'Harbour Safety Act',
    type: 'Product',
  },
  {
    rule: "a river's side is a place, not a lender",
    text: 'Buses left the prison in the occupied West Bank on Sunday.',
    name: 'West Bank',
    type: 'Place',
  },
  {
    rule: 'a bank named by an adjective of a compass point stays a lender (guard)',
    text: 'Eastern Bank raised its rates on Monday.',
    name: 'Eastern Bank',
    type: 'Organization',
  },
  {
    rule: 'a treaty named after the town where it was signed is a written work, not the town',
    text: 'The world is on course to pass the limit set in the Kelvar Agreement.',
    name: 'Kelvar Agreement',
    type: 'Product',
  },
  {
    rule: 'so is a protocol',
    text: 'Rich countries signed the Dorn Protocol in 1997.',
    name: 'Dorn Protocol',
    type: 'Product',
  },
  {
    rule: "a state's constitution is a written work",
    text: 'Lawyers in Lagos studied the Transitional Constitution on Monday.',
    name: 'Transitional Constitution',
    type: 'Product',
  },
  {
    rule: 'a former state is a place',
    text: 'The rocket was built in the Soviet Union in 1961.',
    name: 'Soviet Union',
    type: 'Place',
  },
  {
    rule: 'a former state by its other name',
    text: 'He was born in Yugoslavia and moved to Vienna.',
    name: 'Yugoslavia',
    type: 'Place',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));
