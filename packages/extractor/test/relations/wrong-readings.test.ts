// Edges a careful reader would call wrong, dropped by the edge gate: a cut name as an end, "join" read as a
// partnership, an end-type pair no typed relation joins, a modal as a predicate. Sentences written for this
// test; each row gives an edge that must not come out and, where the sentence has one, an edge that must.
import { triplesOf } from './rules/triples-of.js';

describe('edge gate: wrong readings', () => {
  test.each([
    [
      'a name cut before its capitalised "of"-phrase is no end (fragment-end.ts)',
      'Ann Cole visited Time Person of the Year.',
      'Ann Cole VISITS Time Person',
      undefined,
    ],
    [
      'nor after "of the"',
      'Ann Cole praised the Golden Boot of the Season winner Tom Hale.',
      'Ann Cole SUPPORTS Golden Boot',
      undefined,
    ],
    [
      'a name before "of" and another name keeps its edges',
      'Tom Hale of the Harbour Club met Ann Cole.',
      undefined,
      'Tom Hale MEETS Ann Cole',
    ],
    [
      '"was joined by" is no partnership (join-frames.ts)',
      'Ann Cole was joined by Tom Hale at the finish line.',
      'Tom Hale PARTNERS_WITH Ann Cole',
      undefined,
    ],
    [
      'joining an agreement is no partnership',
      'Peru joined the Paris Agreement in 2016.',
      'Peru PARTNERS_WITH Paris Agreement',
      undefined,
    ],
    [
      'after a comma, "joining" others without "in" is doing as they did',
      'The Harbour Clinic reopened on Sunday, joining Castor Hospital and Pell Hospital, which reopened on Friday.',
      'Harbour Clinic PARTNERS_WITH Castor Hospital',
      undefined,
    ],
    [
      'with "in" it is joining them in the act',
      'Peru sued Acme Corp on Monday, joining Chile in the case.',
      undefined,
      'Peru PARTNERS_WITH Chile',
    ],
    [
      'joining another actor in an act is',
      'Castor Mining joined Pell Group in suing Ohio.',
      undefined,
      'Castor Mining PARTNERS_WITH Pell Group',
    ],
    [
      'a person is no part of a place',
      'The storm killed 12 people in Lima, including Tom Hale.',
      'Tom Hale PART_OF Lima',
      undefined,
    ],
    [
      'nothing is part of a person',
      'Tributes were paid to singer Ann Cole, including the Harbour Choir.',
      'Harbour Choir PART_OF Ann Cole',
      undefined,
    ],
    [
      'a whole that is a body keeps its parts',
      'The Nordic Council, including Finland and Iceland, met in Oslo.',
      undefined,
      'Finland PART_OF Nordic Council',
    ],
    [
      'an organisation serving a place is not employed by it',
      'Andes Air serves Quito and Lima.',
      'Air WORKS_FOR Quito',
      undefined,
    ],
    ['a person working for a place is', 'Tom Hale works for Ohio.', undefined, 'Tom Hale WORKS_FOR Ohio'],
    [
      'a modal is no predicate (the tagger read "sue" as a noun)',
      '“We will sue Acme Corp,” NATO said.',
      'NATO RELATED_TO Acme Corp @NATO',
      undefined,
    ],
    [
      'what a statement says is not what was released (speech-gerunds.ts: "saying" is a verb here)',
      'Rocket attack on Syrian army base\n\nOn Friday, the Harbour Defence Council released a statement saying an attack that day on a Syrian army base produced no casualties.',
      'Harbour Defence Council CREATES rocket attack',
      'rocket attack ATTACKS Syrian army base',
    ],
    [
      'a preposition the tagger reads as an adjective ends a title (title-compound.ts)',
      'Tom Hale was the envoy to the Pacific Council under former president Ann Cole.',
      'Ann Cole LEADS Pacific Council',
      undefined,
    ],
    [
      'nor does it join two noun phrases into one (token-class.ts: "on" read as a noun)',
      'Tom Hale hosted a show on Harbour Radio.',
      'Tom Hale MEETS Harbour Radio',
      'Tom Hale RELATED_TO Harbour Radio',
    ],
    [
      'a weekday after a capitalised word may end a name, and is not cut off it (chunks.ts)',
      'Ann Cole campaigned in Ohio before Super Tuesday.',
      'Ann Cole RELATED_TO Super',
      'Ann Cole LOCATED_IN Ohio',
    ],
    [
      'a relative clause past two prepositions has no sure antecedent (subject-of.ts)',
      'Tom Hale withdrew Peru from a pact with Chile, which had been agreed by Ann Cole.',
      'Ann Cole RELATED_TO Peru',
      undefined,
    ],
    [
      'a name in a "like" aside is no subject (token-class.ts, subject-of.ts)',
      'Tom Hale, who, like Ann Cole, ran for mayor on his record, died of COVID-19.',
      'Ann Cole LINKED_TO COVID-19',
      undefined,
    ],
    [
      'a "neither … nor" subject list negates its clause (triples.ts)',
      'Neither Acme Corp nor Beta Holdings would buy Castor Mining.',
      'Beta Holdings ACQUIRES Castor Mining',
      'Beta Holdings ACQUIRES Castor Mining (negated)',
    ],
    [
      'providing is no selling',
      'Tom Hale provided Harbour Radio with a photo.',
      'Tom Hale SELLS Harbour Radio',
      'Tom Hale RELATED_TO Harbour Radio',
    ],
    [
      'hailing from a place is coming from it, not praising it',
      'Ann Cole, who hails from Ohio, joined the race.',
      'Ann Cole SUPPORTS Ohio',
      'Ann Cole LOCATED_IN Ohio',
    ],
    [
      'a party banned in a country is not located there by that (passive.ts)',
      'The Harbour Party is banned in Peru.',
      'Harbour Party LOCATED_IN Peru',
      undefined,
    ],
    ['one arrested in a country was there', 'Ann Cole was arrested in Peru.', undefined, 'Ann Cole LOCATED_IN Peru'],
    [
      'a judge sentencing someone arrests no one',
      'Judge Ann Cole sentenced Tom Hale to ten years in prison.',
      'Ann Cole ARRESTS Tom Hale',
      'Ann Cole RELATED_TO Tom Hale',
    ],
    [
      'a present -s form right after a light verb is its object, no act (token-class.ts)',
      'Ann Cole made stops in Ohio and Iowa.',
      'Ann Cole BLOCKS Ohio',
      undefined,
    ],
    [
      'calls made to someone urge nothing (vocabulary.ts)',
      'Ann Cole made calls to Tom Hale.',
      'Ann Cole URGES Tom Hale',
      undefined,
    ],
    [
      "a call for someone's act urges",
      "Ann Cole's call for Tom Hale to resign grew.",
      undefined,
      'Ann Cole URGES Tom Hale',
    ],
    [
      'a verb taking only an infinitive names no goal after "to" (edge-gate.ts)',
      'Acme Corp decided to EOL Beta Linux.',
      'Acme Corp RELATED_TO EOL Beta Linux',
      undefined,
    ],
    [
      'agreeing to a pact does',
      'Acme Corp agreed to the Harbour Accord.',
      undefined,
      'Acme Corp RELATED_TO Harbour Accord',
    ],
    [
      'a stance is held by someone, not by a product (edge-gate.ts)',
      'The Boeing 737 MAX supports the Harbour Party.',
      'Boeing 737 MAX SUPPORTS Harbour Party',
      undefined,
    ],
    [
      'a gathering of people holds one',
      'The Harbour Summit 2020 denounced Tom Hale.',
      undefined,
      'Harbour Summit 2020 CRITICIZES Tom Hale',
    ],
    [
      "after a preposition's gerund the phrase is the gerund's object (subject-verb-object.ts)",
      'The Harbour Council cited this in awarding Tom Hale the medal.',
      'Harbour Council RELATED_TO Tom Hale',
      undefined,
    ],
    [
      'after a past verb of saying, a present -s form is the clause subject, a noun (token-class.ts)',
      'Ann Cole said refunds for Tom Hale were offered.',
      'Ann Cole RELATED_TO Tom Hale',
      undefined,
    ],
    [
      'what a person hits that is no actor nor place is run into, not attacked (edge-gate.ts)',
      'Reportedly, Tom Hale struck a guard rail on June 3 and flipped the truck. The guard rail was damaged.',
      'Tom Hale ATTACKS guard rail',
      undefined,
    ],
    [
      'a participle hyphened onto a name is a modifier, not a verb (edge-gate.ts)',
      'Ann Cole starred in Harbour Nights, a Toronto-shot legal drama. Harbour Nights won.',
      'Toronto ATTACKS legal drama',
      'Ann Cole RELATED_TO Harbour Nights',
    ],
    [
      'a bare verb form ending an object phrase opened by "a" is its head noun (object-head-noun.ts)',
      'Ann Cole had left a small U.S. flag aboard the ISS.',
      'United States RELATED_TO ISS',
      undefined,
    ],
    [
      'a party named before a plural noun the parse read as a verb is no subject (plural-head-noun.ts)',
      'The Labour delegates from Norland are not bound to vote for any candidate.',
      'Labour RELATED_TO Norland',
      undefined,
    ],
    [
      'the object of a passive infinitive is what is wanted done, not who is urged (wanted-done.ts)',
      'Mayor Ann Cole urged for the Harbour Guard to be brought in. Ann Cole urged Norland to act.',
      'Ann Cole URGES Harbour Guard',
      'Ann Cole URGES Norland',
    ],
    [
      'nor after "called for" (wanted-done.ts)',
      'Tom Hale called for the Coastal Brigade to be deployed.',
      'Tom Hale URGES Coastal Brigade',
      undefined,
    ],
    [
      'a site after "on the" is where a speech was given, not its topic (speech-site.ts)',
      'Ann Cole delivered a short speech on the East Terrace of Norland Palace.',
      'Ann Cole MENTIONS Norland Palace',
      undefined,
    ],
    [
      'a country after "on" stays the topic (speech-site.ts)',
      'Ann Cole gave a speech on Norway at the summit.',
      undefined,
      'Ann Cole MENTIONS Norway',
    ],
    [
      'a gerund after a comma and before a title and a name opens a participle clause (comma-participle.ts)',
      'Ann Cole won the nomination on the second ballot, edging lawyer Tom Hale and activist Jim Reed.',
      'Ann Cole APPOINTS Tom Hale',
      undefined,
    ],
    [
      'a present -s form after a plural quantifier and a name heads the phrase (plural-head-noun.ts)',
      'Tom Hale was known for pursuing a neutral policy and mediating in several Middle Eastern disputes.',
      'Tom Hale LOCATED_IN Middle Eastern',
      undefined,
    ],
    [
      'a list whose last item repeats the head names kinds by their modifiers, not parts (inclusion.ts)',
      'Tom Hale studied power plants, including coal, natural gas and oil power plants.',
      'natural gas PART_OF power plants',
      'Tom Hale INVESTIGATES power plants',
    ],
    [
      'nor examples of what the verb acted on (named-examples.ts)',
      'Tom Hale studied power plants, including coal, natural gas and oil power plants.',
      'Tom Hale INVESTIGATES natural gas',
      undefined,
    ],
    [
      'a present -s form after an article and a name, as the object of a verb taking no clause, is a noun (plural-head-noun.ts)',
      'The Harbour Center obtained the Telegram messages between Ann Cole and eleven others.',
      'Telegram RELATED_TO Ann Cole',
      undefined,
    ],
    [
      'a common noun the article made a node gives way to the person named in apposition after it (subject-of.ts)',
      'The voice actors at the fair were busy, and fans met voice actors all day. Another voice actor, Ann Cole, would list Harbour Studios as a dream employer.',
      'voice actors LABELS Harbour Studios',
      'Ann Cole LABELS Harbour Studios',
    ],
    [
      '"respectively" pairs the n-th subject with the n-th object, never across (respective-pairs.ts)',
      'On Friday, Ann Cole and Tom Hale held rival town halls on NBC and ABC, respectively.',
      'Ann Cole RELATED_TO ABC',
      'Tom Hale RELATED_TO ABC',
    ],
    [
      'what one loses to a rival carries no relation of its own: "lost the nomination to" appoints no one (predicate.ts)',
      'Despite winning the primary in March, Ann Cole lost the nomination to lawyer Tom Hale in August.',
      'Ann Cole APPOINTS Tom Hale',
      'Ann Cole RELATED_TO Tom Hale',
    ],
    [
      'a verb of travel visits what follows its preposition; its direct object is carried (edge-gate.ts)',
      'The helicopter landed on the Harbour Lawn flying Ann Cole to the Castor Clinic. Tom Hale flew to Oslo.',
      'Harbour Lawn VISITS Ann Cole',
      'Tom Hale VISITS Oslo',
    ],
    [
      '"which" never stands for a person; "who" does (subject-of.ts)',
      'A coup removed Tom Hale in 2014, which placed Ann Cole in office. Voters backed Jim Reed, who praised Ann Cole.',
      'Tom Hale RELATED_TO Ann Cole',
      'Jim Reed SUPPORTS Ann Cole',
    ],
    [
      'the object after a likeness word ("similar regions to") is compared with, not reached (edge-gate.ts)',
      'Typhoon Kai damaged similar regions to Typhoon Lora, which killed 600 people.',
      'Typhoon Kai AFFECTS Typhoon Lora',
      undefined,
    ],
  ])('%s', (_name, text, absent, present) => {
    const got = triplesOf(text);
    if (absent) expect(got).not.toContain(absent);
    if (present) expect(got).toContain(present);
  });
});
