// Where a name ends (number-joins.ts, org-name-joins.ts, the product-lines step): numbers and dashes inside
// a name keep it whole, long organisation names are not cut at "and", and a name cut in two does not give two
// speakers. Each row is a sentence written for the test, with the names it must and must not yield.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

interface BoundaryCase {
  rule: string;
  text: string;
  /** Names that must be entities of the sentence, with their type when a rule decides it. */
  names: Array<[string, EntityType?]>;
  /** Names that must not be entities. */
  not?: string[];
}

const cases: BoundaryCase[] = [
  {
    rule: "a given name the lexicon does not know, opening the clause before a family's particle, opens the name",
    text: 'Tessel de Vorn, a student from Lima, said she was stranded. Later van Dijk left.',
    names: [['Tessel de Vorn'], ['Lima']],
    not: ['Vorn', 'Later van Dijk'],
  },
  {
    rule: "a barrister's letters after the name are no word of it",
    text: 'Prosecutor Ann Kestrel KC told the court in Dorn that the attack lasted 40 seconds.',
    names: [['Ann Kestrel', 'Person'], ['Dorn']],
    not: ['Ann Kestrel KC', 'KC'],
  },
  {
    rule: "a party's tag set off after a lawmaker's name is no name, nor the town in it",
    text: 'Sen. Ann Cole, R-Wyo., met Rep. Tom Hale (D-Ohio) and State Sen. Bo Lind, D-Las Cruces, in Dorn.',
    names: [['Ann Cole', 'Person'], ['Tom Hale', 'Person'], ['Bo Lind', 'Person'], ['Dorn']],
    not: ['R-Wyo', 'D-Ohio', 'D-Las Cruces', 'Cruces'],
  },
  {
    rule: 'D-Day is no party tag (guard)',
    text: 'Allied troops landed on D-Day in Normandy.',
    names: [['D-Day'], ['Normandy']],
  },
  {
    rule: 'a road numbered or lettered is a place',
    text: 'Traffic on U.S. Route 20 backed up for miles, and a stadium will rise near Avenue P South.',
    names: [
      ['U.S. Route 20', 'Place'],
      ['Avenue P South', 'Place'],
    ],
  },
  {
    rule: 'a temperature\'s scale after a number or "degrees" is no name',
    text: 'Highs could reach 97 degrees Fahrenheit (36 Celsius) in Dorn on Monday.',
    names: [['Dorn']],
    not: ['Celsius', 'Fahrenheit'],
  },
  {
    rule: 'a place tag the parse guesses on a word after "state\'s" splits no law\'s name',
    text: "The governor invoked the state's Emergency Conflagration Act late on Saturday.",
    names: [['Emergency Conflagration Act', 'Product']],
    not: ['Emergency', 'Conflagration Act'],
  },
  {
    rule: '"for a" inside a movement\'s name, whose place after a direction word is no region',
    text: 'Voters backed the Movement for a New Norland in May, and Norland has a new leader.',
    names: [
      ['Movement for a New Norland', 'Organization'],
      ['Norland', 'Place'],
    ],
    not: ['Movement', 'New Norland'],
  },
  {
    rule: 'a capitalised "Left" mid-sentence is a political side\'s name',
    text: 'Two parties cleared the bar: the Dorn Left Alliance and the Kestrel party.',
    names: [['Dorn Left Alliance', 'Organization']],
    not: ['Dorn', 'Alliance'],
  },
  {
    rule: 'a name before "party" after a role word is the party\'s, not a person\'s',
    text: 'Voters also backed the nationalist Kestrel party, which took 6.3% of the vote.',
    names: [['Kestrel', 'Organization']],
  },
  {
    rule: 'the period of "Bros." inside a firm\'s name',
    text: 'Analysts compared Dorn Bros. Media with its rivals on Monday.',
    names: [['Dorn Bros. Media', 'Organization']],
    not: ['Dorn Bros', 'Media'],
  },
  {
    rule: 'a catalogue number after capitals the parse reads as a unit of time ("hr")',
    text: 'Four planets circle HR 5120, a young star in the southern sky.',
    names: [['HR 5120']],
    not: ['HR'],
  },
  {
    rule: 'not a year after a month written in capitals',
    text: 'The plant closed in DEC 2019 after a fire.',
    names: [],
    not: ['DEC 2019'],
  },
  {
    rule: 'a place word that heads names from the front takes an "of" complement',
    text: 'The ships sailed around the Cape of Kelvar Point for most of the year.',
    names: [['Cape of Kelvar Point', 'Place']],
    not: ['Cape', 'Kelvar Point'],
  },
  {
    rule: 'also with "the" after "of"',
    text: 'Ann Cole fished on the Lake of the Woods in June.',
    names: [['Lake of the Woods', 'Place']],
    not: ['Woods'],
  },
  {
    rule: '"Community" heads an organisation\'s name and takes its "of" complement',
    text: 'The Trade Community of Northern Varnish States praised the vote.',
    names: [['Trade Community of Northern Varnish States', 'Organization']],
    not: ['Trade Community', 'Northern Varnish States'],
  },
  {
    rule: 'but alone it names no one',
    text: 'Ann Cole is the Community Manager for the Dornix project.',
    names: [['Ann Cole', 'Person']],
    not: ['Community'],
  },
  {
    rule: 'not a place word inside a longer name',
    text: 'Fans of Port Vale of Stoke cheered.',
    names: [['Port Vale']],
    not: ['Port Vale of Stoke'],
  },
  {
    rule: 'the district after "Washington" and a comma is one place with it',
    text: 'Ann Cole lives in Washington, D.C. and works in Dorn.',
    names: [['Washington, D.C.', 'Place']],
    not: ['D.C.', 'Washington'],
  },
  {
    rule: 'a number sign and its number inside a name, and the name words after them',
    text: 'The tower was built by Dorn Railway No. 10 Engineering Group, Ann Cole said.',
    names: [['Dorn Railway No. 10 Engineering Group', 'Organization'], ['Ann Cole']],
    not: ['Dorn Railway No', 'Engineering Group'],
  },
  {
    rule: 'a number sign and its number ending a name',
    text: 'Ann Cole conducted Symphony No. 9 in Karsby.',
    names: [['Symphony No. 9'], ['Ann Cole']],
    not: ['Symphony No'],
  },
  {
    rule: 'two peoples dashed inside a longer name: one name',
    text: 'The tower was built by Italian-Thai Development, and the Iran–Iraq War ended in 1988.',
    names: [
      ['Italian-Thai Development', 'Organization'],
      ['Iran–Iraq War', 'Event'],
    ],
    not: ['Thai Development', 'Iraq War'],
  },
  {
    rule: 'two peoples dashed before a lower-case word: no name of their own',
    text: 'Ann Cole signed the Turkish-Libyan maritime deal in Ankara.',
    names: [['Ann Cole']],
    not: ['Turkish-Libyan', 'Libyan'],
  },
  {
    rule: 'a word in -ing the lexicon does not know, right after a name word, goes on with the name',
    text: 'On Monday, Senior General Min Aung Hlaing, the head of the junta, visited a hospital in Dorn.',
    names: [['Min Aung Hlaing', 'Person']],
    not: ['Min Aung'],
  },
  {
    rule: 'a short lower-case word hyphened between two capitalised words is inside the name',
    text: 'Gangs control much of the capital, Port-au-Prince, Ann Cole said.',
    names: [['Port-au-Prince', 'Place'], ['Ann Cole']],
    not: ['Port', 'Prince', 'Port-au'],
  },
  {
    rule: 'two plain words, "and", then an event word: one event',
    text: 'Ann Cole withdrew from the World Rapid and Blitz Championships in Oslo.',
    names: [['World Rapid and Blitz Championships', 'Event'], ['Oslo']],
    not: ['World Rapid', 'Blitz Championships'],
  },
  {
    rule: "not after a people's word: two events",
    text: 'Ann Cole won the European and World Championships in Oslo.',
    names: [['Oslo']],
    not: ['European and World Championships'],
  },
  {
    rule: "the first word of an event's name opening a clause before a lower-case noun is no name",
    text: 'World number one Ann Cole withdrew from the World Cup in Oslo.',
    names: [['Ann Cole'], ['World Cup'], ['Oslo']],
    not: ['World'],
  },
  {
    rule: "a city before a show is part of the show's name; a show of boats is a fair",
    text: 'Pell Group signed the deal at the Oslo Boat Show on Monday.',
    names: [['Oslo Boat Show', 'Event']],
    not: ['Boat Show'],
  },
  {
    rule: "a dateline's capitals do not name the place the text also writes",
    text: 'OSLO — Ann Cole won the final in Oslo on Thursday.',
    names: [['Oslo', 'Place']],
    not: ['OSLO'],
  },
  {
    rule: 'a lone capital after a kind of platform names it, there and wherever it stands after',
    text: 'A court suspended the social media platform Q on Friday. Ann Cole, who owns Q, called it censorship.',
    names: [['Q', 'Organization']],
  },
  {
    rule: 'a lone capital after another noun is a label (guard)',
    text: 'Ann Cole said vitamin D helps. Plan B failed.',
    names: [['Ann Cole', 'Person']],
    not: ['D', 'B'],
  },
  {
    rule: 'a country before one word hyphened over a lower-case particle: one name',
    text: "Ann Cole's party, Pakistan Tehrik-e-Nizam, said it would appeal.",
    names: [['Pakistan Tehrik-e-Nizam', 'Organization']],
    not: ['Tehrik-e-Nizam'],
  },
  {
    rule: 'an observatory is a body whose name goes on after "for"',
    text: 'Troops withdrew from the town, the Velkan Observatory for Human Rights said.',
    names: [['Velkan Observatory for Human Rights', 'Organization']],
    not: ['Human Rights', 'Velkan Observatory'],
  },
  {
    rule: 'a word, "for" and a country: a movement\'s name',
    text: 'The far-right Renewal for Norway is polling second, Ann Cole said.',
    names: [['Renewal for Norway', 'Organization']],
    not: ['Renewal'],
  },
  {
    rule: "not a title's complement, nor a country before another name",
    text: 'The Minister for Norway Ann Cole spoke. Ann Cole played for Norway.',
    names: [['Ann Cole', 'Person']],
    not: ['Renewal for Norway', 'Ann Cole played for Norway'],
  },
  {
    rule: "a dateline's capitals alone are written as a name",
    text: 'NEW TALBRIDGE — Ann Cole won the final on Thursday.',
    names: [['New Talbridge', 'Place']],
    not: ['NEW TALBRIDGE'],
  },
  {
    rule: "a dateline's particle stays in lower case",
    text: 'ROCHE-DE-VALMY — Ann Cole won the final on Thursday.',
    names: [['Roche-de-Valmy', 'Place']],
  },
  {
    rule: "a dateline's place ends before the agency it credits in brackets, and the agency is no name of the story",
    text: 'NEW TALBRIDGE (AP) — Ann Cole won the final on Thursday. The club said it was proud.',
    names: [['New Talbridge', 'Place']],
    not: ['New Talbridge (Ap', 'AP'],
  },
  {
    rule: 'two owners\' things joined by "and" are two names, not one body',
    text: "Renvia will compete with Dorn Pharma's Kestril and Castor Therapeutics' Velbira in Europe.",
    names: [['Castor Therapeutics', 'Organization']],
    not: ['Kestril and Castor Therapeutics'],
  },
  {
    rule: "a title's possessive owns the noun after it: the whole is a body's name, no title and person",
    text: "The case was brought by Norland's Special Prosecutor's Office for Organised Crime on Monday.",
    names: [["Special Prosecutor's Office for Organised Crime", 'Organization']],
    not: ['Office for Organised Crime', 'Special'],
  },
  {
    rule: "a wire's credit line names its staff, nothing the story tells of",
    text: 'Dorn Motors cut 900 jobs on Monday.\n\n(Reporting by Ann Cole in Talbridge; Editing by Tom Hale)',
    names: [['Dorn Motors', 'Organization']],
    not: ['Ann Cole', 'Talbridge', 'Editing', 'Tom Hale'],
  },
  {
    rule: "a wire's dateline with the day after the month: the place is named as the text writes it",
    text: 'TALBRIDGE, Jan 29 (Reuters) - The Dorn Health Agency declared an emergency in Talbridge on Wednesday.',
    names: [['Talbridge', 'Place']],
    not: ['TALBRIDGE'],
  },
  {
    rule: "so does one whose dash is a wire's hyphen set off by spaces: the agency is no other name of the place",
    text: 'TALBRIDGE (Reuters) - The Dorn Health Agency declared an emergency on Wednesday.',
    names: [['Talbridge', 'Place']],
    not: ['Reuters'],
  },
  {
    rule: 'unless the story names the agency',
    text: 'TALBRIDGE (AFP) — Ann Cole won the final. She told AFP she was proud.',
    names: [['Talbridge', 'Place'], ['AFP']],
  },
  {
    rule: 'a programme named after its host stays a work (guard)',
    text: 'The Ann Cole Show aired on Monday.',
    names: [['Ann Cole Show', 'Product']],
  },
  {
    rule: 'nor when the name it opens has a hyphened word',
    text: 'World number one Ann Cole accepted a ban after the World Anti-Cheating Agency appealed.',
    names: [['Ann Cole'], ['World Anti-Cheating Agency']],
    not: ['World'],
  },
  {
    rule: 'an organisation word, "to" and a capitalised verb stay one name',
    text: 'The Committee to Protect Reporters welcomed the ruling. The Global Coalition to Defeat Vell met in Oslo.',
    names: [['Committee to Protect Reporters'], ['Global Coalition to Defeat Vell']],
    not: ['Protect Reporters', 'Defeat Vell'],
  },
  {
    rule: 'not "to" between two names',
    text: 'Tom Hale drove from Oslo to Bergen on Monday.',
    names: [
      ['Oslo', 'Place'],
      ['Bergen', 'Place'],
    ],
    not: ['Oslo to Bergen'],
  },
  {
    rule: 'a prefix hyphened to a capitalised word inside a name stays in it',
    text: 'The Nordic Anti-Doping Agency banned Tom Hale. Delegates of the Non-Aligned Movement met in Oslo.',
    names: [
      ['Nordic Anti-Doping Agency', 'Organization'],
      ['Non-Aligned Movement', 'Organization'],
    ],
    not: ['Nordic', 'Agency', 'Movement'],
  },
  {
    rule: 'alone or before a lower-case noun it makes an adjective or a common noun',
    text: 'Pro-Dorn lawmakers walked out. Co-founder Ann Cole resigned on Monday.',
    names: [['Ann Cole', 'Person']],
    not: ['Pro-Dorn', 'Co-founder Ann Cole'],
  },
  {
    rule: 'nor before a name (a prefix before a place makes an adjective)',
    text: "Pro-Beijing DAB's Ann Cole was elected with 58,825 votes.",
    names: [['Ann Cole', 'Person']],
    not: ['Pro-Beijing DAB'],
  },
  {
    rule: 'a court "for" a district: the district\'s own "of" stays in the name',
    text: 'Judge Ann Cole, sitting in the United States District Court for the Eastern District of Oregon in Bend, ruled.',
    names: [['United States District Court for the Eastern District of Oregon', 'Organization'], ['Bend']],
    not: ['United States District Court for the Eastern District'],
  },
  {
    rule: 'a district named by a qualifier and a place word keeps its "of"',
    text: 'Tom Hale was sentenced in 2014 in the Northern District of Ohio.',
    names: [['Northern District of Ohio', 'Place']],
    not: ['Northern District'],
  },
  {
    rule: 'a portfolio after an organisation\'s "of State" stays in its name',
    text: 'The samples left Cairo with permission from the Egyptian Ministry of State for Antiquities.',
    names: [['Egyptian Ministry of State for Antiquities', 'Organization']],
    not: ['Egyptian Ministry of State'],
  },
  {
    rule: "not after a title's, which the title rules read",
    text: 'The Secretary of State for Health said the tests worked.',
    names: [],
    not: ['for Health', 'Secretary of State for Health'],
  },
  {
    rule: "a person's full name before a possessive owns the body after it",
    text: "In 2009, Ann Marsh was appointed to fill Peter Hale's Senate seat after Hale became a judge.",
    names: [
      ['Peter Hale', 'Person'],
      ['Senate', 'Organization'],
    ],
    not: ["Peter Hale's Senate"],
  },
  {
    rule: 'an acronym before a possessive owns the body after it',
    text: "Ann Marsh, director of the DTB's Bureau of Competition, said the ruling was fair.",
    names: [['Ann Marsh', 'Person'], ['DTB'], ['Bureau of Competition', 'Organization']],
    not: ["DTB's Bureau of Competition"],
  },
  {
    rule: 'the owner of a body named after the possessive is a person',
    text: "Later, he recorded with Rupert Dorn's Meridian Media Ltd.",
    names: [
      ['Rupert Dorn', 'Person'],
      ['Meridian Media Ltd', 'Organization'],
    ],
  },
  {
    rule: 'a portfolio word after "and" ends a department\'s name',
    text: 'The Dorn Department of Health and Human Services declared an emergency.',
    names: [['Dorn Department of Health and Human Services', 'Organization']],
    not: ['Human Services', 'Dorn Department of Health'],
  },
  {
    rule: 'two plurals joined by "and" after "of": one list of members, an organisation word between',
    text: 'Members of the Dorn Association of Welders and Aerospace Fitters approved the deal.',
    names: [['Dorn Association of Welders and Aerospace Fitters', 'Organization']],
    not: ['Aerospace Fitters', 'Dorn Association of Welders'],
  },
  {
    rule: 'a second body after "and" stays apart',
    text: 'The Ministry of Defence and Foreign Office disagreed on Monday.',
    names: [
      ['Ministry of Defence', 'Organization'],
      ['Foreign Office', 'Organization'],
    ],
  },
  {
    rule: 'Roman numeral after a war',
    text: 'Her grandfather flew bombers over Germany in World War II and later taught in Ohio.',
    names: [['World War II', 'Event']],
    not: ['World War'],
  },
  {
    rule: 'ordinal word before a war',
    text: 'Both of her uncles served in the Second World War and came home to Dundee.',
    // The whole "Second World War" is read, then named as news settles on (grouping/settled-names.ts).
    names: [['World War II', 'Event'], ['Dundee']],
    not: ['World War'],
  },
  {
    rule: 'digit ordinal before a law',
    text: 'The senator wants to change the 27th Amendment before the vote in Dover.',
    names: [['27th Amendment'], ['Dover']],
    not: ['Amendment'],
  },
  {
    rule: 'a model number after an article, before its name word and a vehicle noun, opens the name',
    text: 'A door panel blew off a 737 Max jet over Portland.',
    names: [['737 Max'], ['Portland']],
    not: ['Max'],
  },
  {
    rule: "also with a variant's number before the vehicle noun",
    text: 'Dorn Air expects 29 of its 747 Lark 8200 jets to arrive by March.',
    names: [['747 Lark']],
    not: ['Lark'],
  },
  {
    rule: 'also before a verb, its name word in the singular',
    text: 'Two crashes of its 747 Lark killed 346 people in 2019.',
    names: [['747 Lark']],
    not: ['Lark'],
  },
  {
    rule: 'also at the end of the sentence (every other name of the text is still found)',
    text: 'Ann Cole said Dorn Aero would now build more of the 747 Lark.',
    names: [['Ann Cole'], ['Dorn Aero'], ['747 Lark']],
  },
  {
    rule: 'a plural after a possessive and a count opens no name (guard)',
    text: 'Its 350 Members voted against the plan in Reno.',
    names: [['Reno']],
    not: ['350 Members'],
  },
  {
    rule: 'a count with no article before it opens no name (guard)',
    text: 'Ann Cole bought 250 Vellor cars in Reno.',
    names: [['Ann Cole'], ['Vellor'], ['Reno']],
    not: ['250 Vellor'],
  },
  {
    rule: 'a number before a capitalised span of time opens a title',
    text: 'Clips from a 48 Hours episode were shown to the jury in Reno.',
    names: [['48 Hours'], ['Reno']],
    not: ['Hours'],
  },
  {
    rule: 'a number before a capitalised span of time opening a sentence',
    text: '90 Minutes aired the interview with Ann Cole on Sunday.',
    names: [['90 Minutes'], ['Ann Cole', 'Person']],
    not: ['Minutes'],
  },
  {
    rule: 'a number before a plural people word counts them',
    text: 'Only 5 Republicans backed the bill in Dover.',
    names: [],
    not: ['5 Republicans'],
  },
  {
    rule: 'digit ordinal before a numbered body is its session, not part of its name',
    text: 'The 118th Norland Congress met in Dover on Monday.',
    names: [['Norland Congress', 'Organization']],
    not: ['118th Norland Congress'],
  },
  {
    rule: 'ordinal word opening a sentence before a war',
    text: 'First World War letters from Amiens were sold at auction.',
    names: [['World War I', 'Event']],
    not: ['World War'],
  },
  {
    rule: 'adjective opening a sentence before an organisation word and a title',
    text: 'Federal Reserve Chairman Oskar Wendt said rates would stay low.',
    names: [
      ['Federal Reserve', 'Organization'],
      ['Oskar Wendt', 'Person'],
    ],
    not: ['Reserve'],
  },
  {
    rule: 'adjective opening a sentence before an organisation word',
    text: 'Supreme Court judges in Lorvania ruled on Monday.',
    names: [['Supreme Court', 'Organization']],
    not: ['Court'],
  },
  {
    rule: 'a place-opening adjective starting a sentence before a place word',
    text: 'New South Wales Police Assistant Commissioner Ann Cole said the pair knew each other.',
    names: [
      ['New South Wales Police', 'Organization'],
      ['Ann Cole', 'Person'],
    ],
    not: ['South Wales Police'],
  },
  {
    rule: 'the same adjective before a common noun opens nothing (guard)',
    text: 'New evidence from Lorvania emerged on Monday.',
    names: [['Lorvania']],
    not: ['New'],
  },
  {
    rule: 'adjective opening a sentence before a lower-case noun',
    text: 'Federal officials in Lorvania met on Monday.',
    names: [['Lorvania']],
    not: ['Federal'],
  },
  {
    rule: 'two plain nouns joined by "and" before a party word',
    text: 'Members of the Lamp and Kettle Party of Ohio met in Akron.',
    names: [['Lamp and Kettle Party of Ohio', 'Organization'], ['Akron']],
    not: ['Lamp', 'Kettle Party of Ohio'],
  },
  {
    rule: 'two adjectives joined by "and" before a party word share it',
    text: 'Leaders of the Labour and Green Party met in Akron.',
    names: [['Green Party', 'Organization']],
    not: ['Labour and Green Party'],
  },
  {
    rule: 'ordinal word before a council',
    text: 'The reforms of the Second Vatican Council were debated in Lyon.',
    names: [['Second Vatican Council'], ['Lyon', 'Place']],
    not: ['Vatican Council'],
  },
  {
    rule: 'ordinal word before a street is no part of an event name',
    text: 'The parade turned into Fifth Avenue at noon.',
    names: [['Fifth Avenue']],
    not: ['Fifth Avenue parade'],
  },
  {
    rule: 'one-letter numeral after a war, before a noun',
    text: 'The museum in Ypres honours World War I veterans from Canada.',
    names: [
      ['World War I', 'Event'],
      ['Canada', 'Place'],
    ],
    not: ['World War'],
  },
  {
    rule: 'one-letter numeral after a war, at the end of a clause',
    text: 'Her grandfather was gassed in World War I, the archive shows.',
    names: [['World War I', 'Event']],
    not: ['World War'],
  },
  {
    rule: 'the pronoun after a war, before a verb, stays out',
    text: 'After the Korean War I moved to Ohio with my parents.',
    names: [['Korean War', 'Event']],
    not: ['Korean War I'],
  },
  {
    rule: 'Roman numeral with L after a final',
    text: 'Tickets for Super Bowl LVII cost more than ever, fans in Phoenix said.',
    names: [['Super Bowl LVII', 'Event']],
    not: ['Super Bowl'],
  },
  {
    rule: 'Roman numeral after a monarch stays a person',
    text: 'The letters of Louis XIV were shown in Versailles.',
    names: [['Louis XIV', 'Person']],
  },
  {
    rule: '"and" inside the words before a place word with an "of" complement',
    text: 'The singer entered the Jazz and Blues Hall of Honour in Memphis last year.',
    names: [['Jazz and Blues Hall of Honour'], ['Memphis', 'Place']],
    not: ['Jazz', 'Blues Hall of Honour'],
  },
  {
    rule: 'a short prefix hyphened to a lower-case word opens an organisation name',
    text: 'Delegates of the Co-operative Farmers Union met in Regina.',
    names: [['Co-operative Farmers Union', 'Organization']],
    not: ['Farmers Union'],
  },
  {
    rule: 'a place hyphened to a participle stays out of the organisation name',
    text: 'The Ohio-based Lindqvist Corporation hired forty engineers.',
    names: [['Lindqvist Corporation', 'Organization']],
    not: ['Ohio-based Lindqvist Corporation'],
  },
  {
    rule: 'a role hyphened to a prefix opens no name',
    text: 'Co-founder Mara Lindqvist left the board in Oslo.',
    names: [['Mara Lindqvist', 'Person']],
    not: ['Co-founder Mara Lindqvist'],
  },
  {
    rule: 'a lone war word with its complement',
    text: 'The senator wants to end the War on Poverty, she told voters in Iowa.',
    names: [
      ['War on Poverty', 'Event'],
      ['Iowa', 'Place'],
    ],
    not: ['War', 'Poverty'],
  },
  {
    rule: 'a battle with its place',
    text: 'Tourists visited the site of the Battle of Culloden near Inverness.',
    names: [['Battle of Culloden', 'Event']],
    not: ['Battle'],
  },
  {
    rule: 'a clause-initial word before a capitalised preposition opens the name (inner-word-opener.ts)',
    text: 'Veterans Against the War marched through Leeds on Sunday.',
    names: [['Veterans Against the War', 'Organization']],
    not: ['War'],
  },
  {
    rule: 'Roman numeral after a mission',
    text: 'The Apollo XI astronauts were honoured in Houston on Friday.',
    names: [['Apollo XI'], ['Houston', 'Place']],
    not: ['Apollo'],
  },
  {
    rule: 'Roman numeral after a council, before a comma',
    text: 'The reforms of Vatican II, the bishops said, were still debated in Rome.',
    names: [['Vatican II'], ['Rome', 'Place']],
    not: ['Vatican'],
  },
  {
    rule: 'one-letter numeral is not joined (the pronoun)',
    text: 'In Rome I met the mayor twice, the envoy said.',
    names: [['Rome', 'Place']],
    not: ['Rome I'],
  },
  {
    rule: 'number hyphened onto a name',
    text: 'Hospitals in Leeds treated more COVID-19 patients this week.',
    names: [['Leeds', 'Place']],
    not: ['COVID'],
  },
  {
    rule: 'several hyphens with a number',
    text: 'Researchers sequenced SARS-CoV-2 samples from Lima.',
    names: [['Lima', 'Place']],
    not: ['SARS-CoV', 'SARS'],
  },
  {
    rule: 'number between two name words',
    text: 'The carrier grounded its Boeing 737 MAX fleet after the second crash.',
    names: [['Boeing 737 MAX', 'Product']],
    not: ['Boeing', 'MAX'],
  },
  {
    rule: 'an "of" phrase ending in a treaty\'s word ends the treaty\'s name, its title word with it',
    text: 'The two states share data under the General Security of Norland Defence Agreement, signed in May.',
    names: [['General Security of Norland Defence Agreement', 'Product']],
    not: ['Security', 'Norland Defence Agreement'],
  },
  {
    rule: "so does one ending in a law's word",
    text: 'Congress passed the Tenure of Office Act in 1867.',
    names: [['Tenure of Office Act', 'Product']],
    not: ['Office Act'],
  },
  {
    rule: 'not with "of the": a part of another law (guard)',
    text: 'The judge cited the Due Process Clause of the Norland Constitution on Monday.',
    names: [['Norland Constitution']],
    not: ['Due Process Clause of the Norland Constitution'],
  },
  {
    rule: 'model number after the name',
    text: 'SpaceX launched a Falcon 9 from Florida on Sunday.',
    names: [
      ['Falcon 9', 'Product'],
      ['Florida', 'Place'],
    ],
    not: ['Falcon'],
  },
  {
    rule: 'a name also written with its version is a product line',
    text: 'Users of Internet Explorer 8 were told to move on. Internet Explorer lost ground to rivals.',
    names: [
      ['Internet Explorer 8', 'Product'],
      ['Internet Explorer', 'Product'],
    ],
  },
  {
    rule: 'en dash between two names',
    text: 'The Apollo–Soyuz flight ended the space race.',
    names: [['Apollo–Soyuz']],
    not: ['Apollo', 'Soyuz'],
  },
  {
    rule: 'a possessive before "Day" names an occasion',
    text: "Rallies in Dorn marked International Women's Day and Mother's Day.",
    names: [
      ["International Women's Day", 'Event'],
      ["Mother's Day", 'Event'],
    ],
    not: ['International Women', 'Mother'],
  },
  {
    rule: 'a possessive before "Eve" names an occasion, a person\'s too',
    text: "Crowds filled Dorn on New Year's Eve and on Valentine's Day.",
    names: [
      ["New Year's Eve", 'Event'],
      ["Valentine's Day", 'Event'],
    ],
    not: ['Eve', 'Valentine'],
  },
  {
    rule: 'an adjective before a weekday names an occasion',
    text: 'Voters in Dorn went to the polls on Super Tuesday, and shops opened on Black Friday.',
    names: [
      ['Super Tuesday', 'Event'],
      ['Black Friday', 'Event'],
    ],
    not: ['Super', 'Black'],
  },
  {
    rule: 'a weekday after a name is a date',
    text: 'Governor Ann Cole Tuesday ordered schools in Dorn closed.',
    names: [['Ann Cole', 'Person']],
    not: ['Ann Cole Tuesday'],
  },
  {
    rule: 'the day ends the occasion: a name after it is another thing',
    text: "Ann Cole's Day Care opened in Dorn on Monday.",
    names: [['Ann Cole', 'Person']],
    not: ["Ann Cole's Day Care"],
  },
  {
    rule: 'a chamber\'s committee named by two subjects joined by "and"',
    text: 'Ann Cole chairs the House Oversight and Reform Committee in Dorn.',
    names: [['House Oversight and Reform Committee', 'Organization']],
    not: ['House Oversight', 'Reform Committee', 'Oversight and Reform Committee'],
  },
  {
    rule: 'dash between two countries joins nothing',
    text: 'The Chilean-Peruvian treaty was signed in Lima.',
    names: [['Lima', 'Place']],
    not: ['Chilean-Peruvian'],
  },
  {
    rule: "dash between a country's short name and a country joins nothing",
    text: 'The UK-Chile trade deal was signed in Lima.',
    names: [
      ['United Kingdom', 'Place'],
      ['Chile', 'Place'],
    ],
    not: ['UK-Chile'],
  },
  {
    rule: 'a count after a name is not part of it',
    text: 'Wanda Okafor scored 31 points for Leicester.',
    names: [
      ['Wanda Okafor', 'Person'],
      ['Leicester', 'Place'],
    ],
    not: ['Wanda Okafor 31'],
  },
  {
    rule: 'a year after an event name dates one edition',
    text: 'Tickets for the Rugby World Cup 2027 sold out. The World Cup opens in October.',
    names: [['Rugby World Cup 2027', 'Event']],
    not: ['World Cup'],
  },
  {
    rule: 'a year after a law keeps it a law',
    text: 'Judges in Vienna applied the Consumer Rights Directive 2011 on Monday.',
    names: [
      ['Consumer Rights Directive 2011', 'Product'],
      ['Vienna', 'Place'],
    ],
  },
  {
    rule: 'plural organisation word with an "of" complement',
    text: 'The Scottish Chambers of Commerce warned that orders had fallen.',
    names: [['Scottish Chambers of Commerce', 'Organization']],
    not: ['Commerce', 'Scottish Chambers'],
  },
  {
    rule: 'three last words of an "for" complement after "and"',
    text: "Norway's Center for Seismology and Coastal Hazard Research raised the alert.",
    names: [['Center for Seismology and Coastal Hazard Research', 'Organization']],
    not: ['Center for Seismology', 'Coastal Hazard Research'],
  },
  {
    rule: 'a body of a place, "and", another body of three words: two bodies',
    text: 'Scientists from the University of Miami and Velcor Shark Expeditions published a study.',
    names: [
      ['University of Miami', 'Organization'],
      ['Velcor Shark Expeditions', 'Organization'],
    ],
  },
  {
    rule: '"and" inside the words before an organisation word',
    text: 'The Food and Drug Administration approved the drug in May.',
    names: [['Food and Drug Administration', 'Organization']],
    not: ['Drug Administration'],
  },
  {
    rule: 'a country short form before "and" inside the words before an organisation word',
    text: 'The U.S. Securities and Exchange Commission fined the bank in May.',
    names: [['U.S. Securities and Exchange Commission', 'Organization']],
    not: ['U.S. Securities', 'Exchange Commission'],
  },
  {
    rule: 'a country before the words of a service joined by "and"',
    text: 'The US Fish and Wildlife Service counted the birds in Ohio.',
    names: [['US Fish and Wildlife Service', 'Organization']],
    not: ['US Fish', 'Wildlife Service'],
  },
  {
    rule: 'a country, then a name known alone before "and", stays two names',
    text: 'U.S. Microsoft and Google Foundation staff met in Ohio.',
    names: [['Google Foundation', 'Organization']],
    not: ['U.S. Microsoft and Google Foundation'],
  },
  {
    rule: 'two adjectives and an organisation word',
    text: 'The National Oceanic and Atmospheric Administration expects a mild winter in Ohio.',
    names: [['National Oceanic and Atmospheric Administration', 'Organization']],
    not: ['National Oceanic', 'Atmospheric Administration'],
  },
  {
    rule: 'an acronym and a word joined by "and" before a law word',
    text: 'Congress passed the CHIPS and Science Act in 2022.',
    names: [['CHIPS and Science Act', 'Product']],
    not: ['CHIPS', 'Science Act'],
  },
  {
    rule: 'two subjects joined by "and" before a law word',
    text: 'The Tax Cuts and Jobs Act lowered rates in Ohio.',
    names: [['Tax Cuts and Jobs Act', 'Product']],
    not: ['Tax Cuts', 'Jobs Act'],
  },
  {
    rule: 'a place before "and" and a law word is a party to it, not its subject',
    text: 'Officials said the United States and Mexico Agreement took effect in July.',
    names: [['United States', 'Place']],
    not: ['United States and Mexico Agreement'],
  },
  {
    rule: 'two things a utility sells joined by "and" after a name word',
    text: 'Pacific Gas and Electric cut power to Ohio homes.',
    names: [['Pacific Gas and Electric', 'Organization']],
    not: ['Pacific Gas', 'Electric'],
  },
  {
    rule: 'capitals joined by an ampersand in brackets are an acronym, a name wherever it stands after',
    text: 'Helicopters serve Dorn Gas and Electric (DG&E). DG&E said it would help.',
    names: [['Dorn Gas and Electric', 'Organization']],
    not: ['Dorn Gas', 'DG&E'],
  },
  {
    rule: 'a plural organisation word takes its complement',
    text: 'Staff at the Centers for Disease Control and Prevention tracked the flu in Ohio.',
    names: [['Centers for Disease Control and Prevention', 'Organization']],
    not: ['Centers', 'Disease Control', 'Prevention'],
  },
  {
    rule: 'two last words after "and" in the complement',
    text: 'She leads the Institute of Tropical Medicine and Public Hygiene in Lagos.',
    names: [['Institute of Tropical Medicine and Public Hygiene', 'Organization']],
    not: ['Public Hygiene', 'Institute of Tropical Medicine'],
  },
  {
    rule: 'also when the parse reads those two words as an organisation',
    text: 'Yesterday, the Norland State Ministry of Public Health and Health Care in Dorn confirmed a case.',
    names: [['Norland State Ministry of Public Health and Health Care', 'Organization']],
    not: ['Health Care', 'Norland State Ministry of Public Health'],
  },
  {
    rule: '"on" after an organisation word',
    text: 'The Senate Committee on Foreign Relations questioned the nominee from Texas.',
    names: [['Senate Committee on Foreign Relations', 'Organization']],
    not: ['Foreign Relations', 'Senate Committee'],
  },
  {
    rule: 'a title word in the complement of an organisation word',
    text: 'The International Court of Justice ruled against Serbia on Monday.',
    names: [['International Court of Justice', 'Organization']],
    not: ['International Court of', 'International Court'],
  },
  {
    rule: 'a second organisation after "and" is not a last word of the complement',
    text: 'Researchers at the University of Lagos and Pfizer Research Center tested it.',
    names: [['University of Lagos', 'Organization']],
    not: ['University of Lagos and Pfizer Research Center'],
  },
  {
    rule: 'two parties sharing a head word stay apart',
    text: 'The Green and Liberal Party leaders met in Ottawa.',
    names: [['Ottawa', 'Place']],
    not: ['Green and Liberal Party'],
  },
  {
    rule: "a plural's possessive before a name is no opening quote",
    text: "A director of the United States' Centers for Disease Control and Prevention spoke in Atlanta.",
    names: [
      ['Centers for Disease Control and Prevention', 'Organization'],
      ['United States', 'Place'],
    ],
    not: ['Disease Control', 'Prevention'],
  },
  {
    rule: "a long name after a plural's possessive",
    text: "The Nations' Food and Agriculture Organization's chief vet toured Nairobi.",
    names: [['Food and Agriculture Organization', 'Organization']],
    not: ['Agriculture Organization'],
  },
  {
    rule: "a plural's possessive inside an organisation's name",
    text: "Delegates of the Kurdistan Workers' Party met in Qamishli.",
    names: [["Kurdistan Workers' Party", 'Organization']],
    not: ['Kurdistan Workers'],
  },
  {
    rule: "a people's possessive inside a name goes on with the word after it, whatever that word is",
    text: "Ann Cole leads the National People's Power coalition in Dorn.",
    names: [["National People's Power", 'Organization']],
    not: ['National People', 'Power'],
  },
  {
    rule: "a place's possessive before an organisation's name stays apart",
    text: "The United States' Centers for Disease Control and Prevention said so.",
    names: [['United States'], ['Centers for Disease Control and Prevention']],
    not: ["United States' Centers for Disease Control and Prevention"],
  },
  {
    rule: 'a country after a title\'s "of" is no part of the person\'s name after it',
    text: 'The former president of France Ann Cole died on Monday.',
    names: [
      ['France', 'Place'],
      ['Ann Cole', 'Person'],
    ],
    not: ['France Ann Cole'],
  },
  {
    rule: 'a country opening the name of an event stays in it',
    text: 'They hid in the embassy during the Iran Hostage Crisis in 1980.',
    names: [['Iran Hostage Crisis']],
    not: ['Hostage Crisis'],
  },
  {
    rule: "a country opening a body's name of adjective and noun stays in it",
    text: 'The quake struck near Lima, according to the Norway Geological Survey (NGS).',
    names: [['Norway Geological Survey', 'Organization']],
    not: ['Geological Survey'],
  },
  {
    rule: 'a function word in capitals after "the" is an acronym',
    text: 'Malaria killed 627,000 people in 2020, according to the WHO.',
    names: [['WHO', 'Organization']],
    not: [],
  },
  {
    rule: 'a survey body is an organisation',
    text: 'The British Geological Survey said the quake struck near Lima.',
    names: [['British Geological Survey', 'Organization']],
    not: [],
  },
  {
    rule: 'a capitalised preposition and "the" inside a name',
    text: 'Her brother joined Iraq Veterans Against the War after his tour.',
    names: [['Iraq Veterans Against the War', 'Organization']],
    not: ['Iraq Veterans', 'War'],
  },
  {
    rule: 'a clause-opening preposition after a name whose full stop was lost',
    text: 'The council elected Mara Quillon In the eastern district the vote was close.',
    names: [['Mara Quillon']],
    not: ['Mara Quillon In the'],
  },
  {
    rule: 'a month read as a surname right after a given name (name-tokens.ts)',
    text: 'Prime Minister Theresa May met Brian May in London in May.',
    names: [
      ['Theresa May', 'Person'],
      ['Brian May', 'Person'],
    ],
    not: ['Theresa', 'Brian', 'May'],
  },
  {
    rule: 'a month after a weekday stays a date',
    text: 'Voters in Ohio went to the polls on Sunday, May 9.',
    names: [['Ohio', 'Place']],
    not: ['Sunday, May', 'May'],
  },
  {
    rule: 'a majority or minority leader is a title (titles.ts)',
    text: 'Senate Majority Leader Ann Cole met Tom Hale, the House Minority Leader, in Dorn.',
    names: [
      ['Ann Cole', 'Person'],
      ['Tom Hale', 'Person'],
    ],
    not: ['Majority', 'Senate Majority', 'House Minority', 'Minority'],
  },
  {
    rule: '"Presidential" before a title belongs to the title (titles.ts)',
    text: 'The Presidential Spokesperson Ann Cole said Peru would pay.',
    names: [['Ann Cole', 'Person'], ['Peru']],
    not: ['Presidential'],
  },
  {
    rule: 'an industry word heads a company',
    text: 'Engineers at Halden Aerospace tested the engine in Kongsberg.',
    names: [['Halden Aerospace', 'Organization']],
  },
  {
    rule: "a union's branch and its number after its members' list stay in its name, a body",
    text: 'Members of the Guild of Welders and Boat Builders District 12 approved the offer.',
    names: [['Guild of Welders and Boat Builders District 12', 'Organization']],
    not: ['Guild of Welders', 'Boat Builders District 12'],
  },
  {
    rule: "a union's branch alone is a body, not a product's version",
    text: 'Drivers of Haulers Local 727 struck on Monday.',
    names: [['Haulers Local 727', 'Organization']],
  },
  {
    rule: 'two places joined in the complement of an organisation word',
    text: 'He was a director at the Port Authority of Ontario and Quebec until 2014.',
    names: [['Port Authority of Ontario and Quebec', 'Organization']],
    not: ['Port Authority of Ontario'],
  },
  {
    rule: 'a second place that owns something is no part of the name',
    text: 'Talks between the University of Texas and Mexico’s army ended.',
    names: [['University of Texas', 'Organization']],
    not: ['University of Texas and Mexico'],
  },
  {
    rule: 'a place, two ordinary words joined by "and" and a site word name one site',
    text: 'The drone crashed inside the Utah Test and Training Range on Tuesday.',
    names: [['Utah Test and Training Range', 'Place']],
    not: ['Utah Test', 'Training Range'],
  },
  {
    rule: 'a place, two ordinary words joined by "and" and a museum',
    text: 'She gave her paintings to the Dorset Art and Craft Museum last year.',
    names: [['Dorset Art and Craft Museum']],
    not: ['Dorset Art', 'Craft Museum'],
  },
  {
    rule: 'a word the lexicon does not know after "and" starts another name',
    text: 'The Utah Jazz and Vivint Arena were sold in 2020.',
    names: [['Utah Jazz'], ['Vivint Arena']],
    not: ['Utah Jazz and Vivint Arena'],
  },
  {
    rule: 'a body\'s word after "and" is another name',
    text: 'The Miami Heat and Energy Department signed a deal.',
    names: [['Miami Heat']],
    not: ['Miami Heat and Energy Department'],
  },
  {
    rule: '"for" inside a name an organisation word ends',
    text: 'He was flown to Berlin by the non-profit Cinema for Peace Foundation last month.',
    names: [['Cinema for Peace Foundation', 'Organization']],
    not: ['Cinema', 'Peace Foundation'],
  },
  {
    rule: 'a known body before "for" is a name of its own',
    text: 'Volunteers thanked Google for Acme Foundation grants in May.',
    names: [['Google']],
    not: ['Google for Acme Foundation'],
  },
  {
    rule: "a legal form ends a company's name",
    text: 'In 1961 the drummer was leaving Alexis Incorporated for The Velvet Owls.',
    names: [['Alexis Incorporated', 'Organization']],
    not: ['Alexis Incorporated for The Velvet Owls'],
  },
  {
    rule: 'a conference heads a body\'s name with an "of" complement',
    text: 'Data from the Western Conference of County Assessors shows a rise in appeals.',
    names: [['Western Conference of County Assessors', 'Organization']],
    not: ['Western Conference', 'County Assessors'],
  },
  {
    rule: 'a bracketed acronym spelling the whole name joins it over "in"',
    text: 'Ana Ruiz of the Dorn Institute for Research in Coastal Ecology (DIRCE) said the reef was recovering.',
    names: [['Dorn Institute for Research in Coastal Ecology', 'Organization']],
    not: ['Dorn Institute for Research', 'Coastal Ecology', 'DIRCE'],
  },
  {
    rule: 'a bracketed acronym spelling the whole name joins it over "on the" and a second "of"',
    text: 'The Centre for Studies on the Archaeology of Harbours (CSAH) opened a museum.',
    names: [['Centre for Studies on the Archaeology of Harbours', 'Organization']],
    not: ['Archaeology', 'Harbours'],
  },
  {
    rule: 'a bracketed acronym spelling the capitalised words joins one lower-case word inside the name',
    text: 'The Dorn Waters and Harbours safety Board (DWHB) said the pier was closed.',
    names: [['Dorn Waters and Harbours safety Board', 'Organization']],
    not: ['Board', 'DWHB'],
  },
  {
    rule: 'but not two lower-case words',
    text: 'The Dorn Waters and Harbours river safety Board (DWHB) said the pier was closed.',
    names: [],
    not: ['Dorn Waters and Harbours river safety Board'],
  },
  {
    rule: "an office named after an officer keeps the officer's title",
    text: 'Ann Cole works for the Office of the Prime Minister in Ottawa.',
    names: [['Office of the Prime Minister', 'Organization'], ['Ottawa']],
    not: ['Office of the', 'Prime Minister'],
  },
  {
    rule: "an office named after an officer with the title's own complement",
    text: 'A report by the Office of the Director of Port Safety was published in Lima.',
    names: [['Office of the Director of Port Safety', 'Organization'], ['Lima']],
    not: ['Office of the', 'Director of Port Safety'],
  },
  {
    rule: 'a bracketed acronym spelling the whole name joins it over a comma listing its remits',
    text: 'Data from the Dorn Institute of Hydrology, Soil Science and Forestry (DIHSSF) show a dry spring.',
    names: [['Dorn Institute of Hydrology, Soil Science and Forestry', 'Organization']],
    not: ['Dorn Institute of Hydrology', 'Soil Science', 'Forestry', 'DIHSSF'],
  },
  {
    rule: 'a bracketed acronym spelling the whole name joins it over a comma before "and the"',
    text: 'Ann Cole of the Department of Mining, Water, and the Coast (DMWC) resigned on Monday.',
    names: [
      ['Ann Cole', 'Person'],
      ['Department of Mining, Water, and the Coast', 'Organization'],
    ],
    not: ['Department of Mining', 'Water', 'Coast', 'DMWC'],
  },
  {
    rule: "a comma list of places is no body's name, whatever the brackets spell",
    text: 'Tom Hale flew from Lima, Peru and Quito (LPQ) on Monday.',
    names: [
      ['Tom Hale', 'Person'],
      ['Lima', 'Place'],
      ['Peru', 'Place'],
      ['Quito', 'Place'],
    ],
    not: ['Lima, Peru and Quito'],
  },
  {
    rule: 'a comma list the bracketed acronym does not spell stays apart',
    text: 'The Dorn Institute of Hydrology, Soil Science and Forestry (DIH) met on Monday.',
    names: [['Dorn Institute of Hydrology', 'Organization']],
    not: ['Dorn Institute of Hydrology, Soil Science and Forestry'],
  },
  {
    rule: 'an acronym that does not spell the longer phrase joins nothing',
    text: 'Staff of the Dorn Research Council in Oslo (DRC) met on Monday.',
    names: [
      ['Dorn Research Council', 'Organization'],
      ['Oslo', 'Place'],
    ],
    not: ['Dorn Research Council in Oslo'],
  },
  {
    rule: 'two initials after a given name, the first a letter that is also an article',
    text: 'Dorian A. J. Kessler, president of Dorn College, wrote to the students.',
    names: [['Dorian A. J. Kessler', 'Person']],
    not: ['Dorian', 'Kessler'],
  },
  {
    rule: 'the pronoun letter as an initial',
    text: 'Marcus A. I. Delacroix, the head of Dorn College, wrote "It is a sad day."',
    names: [['Marcus A. I. Delacroix', 'Person']],
    not: ['Marcus', 'I. Delacroix'],
  },
  {
    rule: 'a surname after two initials is no word opening a clause',
    text: 'Her uncle, Harold T. W. Brannigan, ran the mill until 1990.',
    names: [['Harold T. W. Brannigan', 'Person']],
    not: ['Harold T. W'],
  },
  {
    rule: 'initials written together before a surname that is also a given name',
    text: 'The bank was founded in 1871 by A.J. Douglas and his brother.',
    names: [['A.J. Douglas', 'Person']],
    not: ['A.J.', 'Douglas'],
  },
  {
    rule: "a country's short form before a person's name stays apart",
    text: 'The U.S. envoy met Anna Bellweather in Oslo. The U.S. Anna Bellweather praised the deal.',
    names: [['Anna Bellweather', 'Person']],
    not: ['U.S. Anna Bellweather'],
  },
  {
    rule: 'a letter before a pronoun ends the sentence, not a name',
    text: 'The award went to Marcus A. He accepted it in Lyon.',
    names: [['Marcus', 'Person']],
    not: ['Marcus A', 'Marcus A. He'],
  },
];

describe('name boundaries', () => {
  test.each(cases)('$rule: "$text"', ({ text, names, not = [] }) => {
    const entities = extract(text).entities;
    for (const [name, type] of names) {
      expect(entities.map((e) => e.name)).toContain(name);
      if (type) expect(entities.find((e) => e.name === name)!.type).toBe(type);
    }
    for (const name of not) expect(entities.map((e) => e.name)).not.toContain(name);
  });

  test("a firm's first word opening a clause before a comma is still the firm (guard)", () => {
    const text =
      'The regulator fined Castlegate Bank in May. Castlegate, which has 2 million customers, said it would pay.';
    const bank = extract(text).entities.find((e) => e.name === 'Castlegate Bank');
    expect(bank?.aliases.map((a) => a.text)).toContain('Castlegate');
  });

  // A name cut in two made two speakers of one statement.
  test.each([
    [
      'The National Oceanic and Atmospheric Administration said the storm would weaken.',
      'National Oceanic and Atmospheric Administration',
    ],
    ['The Food and Drug Administration said the vaccine was safe.', 'Food and Drug Administration'],
    // A role noun that recurs is no concept standing in for the person named beside it.
    [
      'The Lagos Institute of Hygiene director, Dr. Ada Obi, said the outbreak was over. The director had said so before.',
      'Ada Obi',
    ],
  ])('one speaker: "%s"', (text, speaker) => {
    const r = extract(text);
    const names = r.claims.map((c) => r.entities.find((e) => e.id === c.speaker)?.name);
    expect(names).toEqual([speaker]);
  });
});

// A dateline's agency in brackets, kept because the story names it, is no short form of the place before it,
// and the place is still where the dateline's first place lies.
test('a dateline agency after a region is no alias of the region', () => {
  const text = 'MELBOURNE, Australia (AP) — Ann Cole won the final on Thursday. She told AP she was proud.';
  const r = extract(text);
  const australia = r.entities.find((e) => e.name === 'Australia');
  expect(australia?.aliases.map((a) => a.text)).toEqual([]);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  expect(r.triples.map((t) => `${name.get(t.subject)} ${t.predicate.type} ${name.get(t.object)}`)).toContain(
    'Melbourne LOCATED_IN Australia',
  );
});
