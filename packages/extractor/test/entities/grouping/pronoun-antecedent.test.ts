// Pronoun antecedents by clause position: the subject of the nearest sentence naming a person, the only
// person named earlier in the pronoun's sentence, and nothing when two people could be meant.
import { extract } from '@kg/extractor';

/** The entity a pronoun (its `nth` occurrence as a whole word, from 0) was resolved to, or null. */
function antecedent(text: string, pronoun: string, nth = 0): string | null {
  const at = [...text.matchAll(new RegExp(`\\b${pronoun}\\b`, 'g'))][nth]?.index;
  if (at === undefined) throw new Error(`no "${pronoun}" #${nth} in: ${text}`);
  const owner = extract(text).entities.find((e) => e.mentions.some((m) => m.kind === 'pronoun' && m.start === at));
  return owner?.name ?? null;
}

test.each([
  // The subject carries over sentences even when other people are named after it.
  [
    'Paul Smith joined the band in 1990. He worked with John Reed and Mark Cole on three albums. Later, he recorded with Anna Bell.',
    'he',
    0,
    'Paul Smith',
  ],
  ['Peter Walsh met David Stone in Paris. He praised the food.', 'He', 0, 'Peter Walsh'],
  // An object pronoun in a relative clause set off after a name is not that name ("herself" would be).
  [
    'A court jailed Tom Hale on Friday. Former minister Olvie Tarkanen, who was tried alongside him, got two years.',
    'him',
    0,
    'Tom Hale',
  ],
  ['Oliver Grant said he would resign.', 'he', 0, 'Oliver Grant'],
  // A quotation a description says: the pronoun in it means someone else than whoever that is.
  [
    'Chancellor Tom Hale fired Ann Cole on Monday. Hale accused Cole of lying. "He has broken my trust," the chancellor told reporters.',
    'He',
    0,
    null,
  ],
  // A name written family name first has no given name to gender it ("Kim" is a woman's given name in English).
  [
    'The chief judge, Moon Hyung-bae, spoke first. Kim Yong-hyun was arrested and attempted to harm himself.',
    'himself',
    0,
    'Kim Yong-hyun',
  ],
  ['Sarah Khan arrived with Oliver Grant. She spoke first.', 'She', 0, 'Sarah Khan'],
  // A judge's sentence speaks of the one tried: the possessive before a sentencing is not the judge's, and the
  // next sentence's pronoun may mean either.
  ['Tom Hale faces up to ten years in prison. Judge Mark Reed set his sentencing for March 28.', 'his', 0, 'Tom Hale'],
  [
    'Tom Hale faces up to ten years in prison. Judge Mark Reed set his sentencing for May. His lawyer said he would appeal.',
    'His',
    0,
    null,
  ],
  ['Judge Mark Reed spoke first. He set his own fee.', 'his', 0, 'Mark Reed'],
  // A full name's given name genders the person, not a word the story uses alone for him (a woman's name too).
  [
    'Tom Hale lost to Mark Lula. Judge Ivan Reed heard the case. The plot was to kill Lula and his aide.',
    'his',
    0,
    'Mark Lula',
  ],
  // The object of a clause is not its own subject: the person of the sentence before.
  ['Usman Veli ran onto the bridge. A chef named Tvardek chased him with a pole.', 'him', 0, 'Usman Veli'],
  ['Usman Veli ran onto the bridge. Later, Ivan Petrov chased him with a pole.', 'him', 0, 'Usman Veli'],
  // … nor one of the two people named before it in its sentence: the other is.
  ['One man tripped Usman Veli, and then Ivan Petrov chased him with a pole.', 'him', 0, 'Usman Veli'],
  ['Rosa Lind left the court early. Later, Mara Kell thanked her in a letter.', 'her', 0, 'Rosa Lind'],
  // Nor the subject of the infinitive it is the object of ("to replace himself" would be).
  ['Ann Cole fired Usman Veli on Sunday. She named a banker, Tom Hale, to replace him.', 'him', 0, 'Usman Veli'],
  ['Ann Cole fired Usman Veli. She named Tom Hale to replace him.', 'him', 0, 'Usman Veli'],
  // Nor the subject of "is … to <verb>" ("Tom Hale is expected to succeed himself" would be).
  ['Usman Veli resigned on Monday. Tom Hale is expected to succeed him.', 'him', 0, 'Usman Veli'],
  ['Usman Veli resigned. Tom Hale is the favourite to succeed him.', 'him', 0, 'Usman Veli'],
  // Nor of a second verb phrase joined by "and".
  ['Usman Veli wore jeans. Judge Tom Hale fined him and asked him to change.', 'him', 1, 'Usman Veli'],
  // The speaker right before "said he" is whom it means: a given name the lexicon genders otherwise leaves it
  // unresolved, never the person of the sentence before.
  ['Union leader Tom Hale said the strike was over. Chief executive Kelly Ortberg said he was pleased.', 'he', 0, null],
  // A third person inside a quotation is never its speaker (who would say "I").
  [
    'Tom Hale died on Tuesday. President Bo Reyes declared three days of mourning. "He was a democrat," Reyes said.',
    'He',
    0,
    'Tom Hale',
  ],
  // Two verb groups between: the object of what was said may be the speaker.
  ['Usman Veli fled. Tvardek Olan said the police held him.', 'him', 0, 'Tvardek Olan'],
  // An object pronoun after a sentence naming two fitting people may mean either.
  ['Tom Hale had called Bo Reyes up to the squad in March. The ban will keep him out until January.', 'him', 0, null],
  // Two people named before the pronoun in its own sentence: either could be meant.
  ['Oliver Grant called Henry Moss after he won the vote.', 'he', 0, null],
  // Neither person of the previous sentence is its subject.
  ['The award went to Oliver Grant and Henry Moss. He thanked the jury.', 'He', 0, null],
  // An unnamed man after the named one in that sentence, past its verb, may be meant.
  [
    'Minister Tomas Riel said the suspect, a 34-year-old man from Dorn, was detained. Prosecutors accuse him of theft.',
    'him',
    0,
    null,
  ],
  // A gendered kin word after a possessive, before a name, gives its gender where the given name gives none.
  ['His wife, Jonna Morn, said he could be anyone. He was a spy.', 'He', 0, null],
  ['Veska Morn died on Monday, her son Tarin Morn announced. She had cancer.', 'She', 0, 'Veska Morn'],
  // A possessive opening a name's apposition is someone else's: no one is their own assistant.
  ['Pell United dismissed Tom Hale. Wim van Dorsel, his assistant, will take charge.', 'his', 0, 'Tom Hale'],
  // Not the name's own apposition, nor a description of the name, nor a speaker going on.
  ['Tomas Riel, a 34-year-old man from Dorn, was detained. Prosecutors accuse him of theft.', 'him', 0, 'Tomas Riel'],
  ['Tomas Riel was a major driver of the study. He died in 2014.', 'He', 0, 'Tomas Riel'],
  ['Tomas Riel said police found the attacker acted alone. He also said the risk was low.', 'He', 0, 'Tomas Riel'],
])('%s — "%s" #%i → %s', (text, pronoun, nth, expected) => {
  expect(antecedent(text, pronoun, nth)).toBe(expected);
});

test.each([
  // The subject of an opening subordinate clause is not the sentence's subject.
  [
    'When Henry Moss resigned in 1995, Oliver Grant joined the race. He served for twenty years.',
    'He',
    0,
    'Oliver Grant',
  ],
  ['In 2001, after Henry Moss left the firm, Oliver Grant ran it alone. He sold it later.', 'He', 0, 'Oliver Grant'],
])('%s — "%s" #%i → %s (main clause)', (text, pronoun, nth, expected) => {
  expect(antecedent(text, pronoun, nth)).toBe(expected);
});

test.each([
  // A confirming verb's "him"/"her" is the person just appointed, not the appointing subject.
  ['Ann Cole appointed Tom Hale as treasurer. On Friday, the Harbour Council confirmed him.', 'him', 0, 'Tom Hale'],
  ['Paul Reed nominated Mark Olsen for the court. The Senate did not confirm him.', 'him', 0, 'Mark Olsen'],
  // Two appointees, or none: the pronoun stays unresolved.
  ['Paul Reed named Mark Olsen and Tom Hale as judges. The Senate confirmed him.', 'him', 0, null],
  ['Paul Reed resigned on Friday. The Senate confirmed him.', 'him', 0, null],
])('%s — "%s" #%i → %s (appointee)', (text, pronoun, nth, expected) => {
  expect(antecedent(text, pronoun, nth)).toBe(expected);
});

test.each([
  // A person the article already called "she" is no later "he", though the tagger knows no gender for the name.
  ['Kiri Talou thanked her coach. He later joined Acme Corp.', 'He', 0, null],
  ['Kiri Talou thanked his coach. He later joined Acme Corp.', 'He', 0, 'Kiri Talou'],
  ['Dorsa Varan said the move was good for her. He would want to play in Paris.', 'He', 0, null],
  // A group of people is no "he".
  ['The Iranians lost to Tom Hale. He won the cup.', 'He', 0, 'Tom Hale'],
  // A given name the parse tags only Person in context keeps the gender the lexicon gives it.
  ['After the vote, Karen Hill appointed him as treasurer.', 'him', 0, null],
  ['Karen Hill resigned on Monday. He was ready.', 'He', 0, null],
  ['After the vote, Karen Hill thanked her staff.', 'her', 0, 'Karen Hill'],
])('%s — "%s" #%i → %s (gender and number)', (text, pronoun, nth, expected) => {
  expect(antecedent(text, pronoun, nth)).toBe(expected);
});

test.each([
  // A fitting person left unnamed between the named one and the pronoun may be whom it means.
  ['Judge Tom Hale spoke on Monday. Police said the man was 45. He lived in Dorn.', 'He', 0, null],
  ['Ann Cole led the inquiry. Witnesses saw a woman near the car. She fled north.', 'She', 0, null],
  ['Tom Hale led the inquiry. Witnesses said the suspect fled. He was caught later.', 'He', 0, null],
  ["Tom Hale led the inquiry. Later the suspect's car was found. He was caught.", 'He', 0, null],
  // Describing words between the article and the noun ("a 19-year-old man", "the deceased child").
  ['Tom Hale runs the firm. Police arrested a 19-year-old man but later released him.', 'him', 0, null],
  ['Tom Hale toured the site. The deceased child and his mother were found there.', 'his', 0, null],
  // Not a role word before a name, nor a person of the other gender.
  ['Tom Hale met the prosecutor Ann Cole in Dorn. He praised the work.', 'He', 0, 'Tom Hale'],
  ['Tom Hale spoke first. Police said the woman was 45. He thanked them.', 'He', 0, 'Tom Hale'],
])('%s — "%s" #%i → %s (unnamed person between)', (text, pronoun, nth, expected) => {
  expect(antecedent(text, pronoun, nth)).toBe(expected);
});

test.each([
  // A person named in an opening participle's phrase is whom the subject spoke to or was asked by.
  [
    'Mark Olsen spoke about the crisis. Speaking to Martin Hale of Dorn Radio, he said the plan had failed.',
    'he',
    0,
    'Mark Olsen',
  ],
  ['Asked by Ann Cole about the deal, she declined to comment.', 'she', 0, null],
  ['Speaking to Martin Hale on Friday, he said the plan had failed.', 'he', 0, null],
  // Guard rows: an opening clause's own subject may be the pronoun's; so may a person after the comma.
  ['When Martin Hale arrived, he said the plan had failed.', 'he', 0, 'Martin Hale'],
  ['Speaking on Friday, Martin Hale said he would resign.', 'he', 0, 'Martin Hale'],
])('%s — "%s" #%i → %s (opening participle)', (text, pronoun, nth, expected) => {
  expect(antecedent(text, pronoun, nth)).toBe(expected);
});
