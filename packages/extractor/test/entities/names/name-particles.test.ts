// Particles inside personal names ("bin", "van", "von der", "de", "da", hyphened "al-"): the person stays one
// entity, and a later surname-only mention ("Assad", "bin Laden") joins it.
import { extract } from '@kg/extractor';

const names = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

test.each([
  ['Omar bin Rashid founded the charity in 1990.', ['Omar bin Rashid']],
  ['Critics compared Pieter van Dijk with his rivals.', ['Pieter van Dijk']],
  ['Ursula von der Leyen met the ministers.', ['Ursula von der Leyen']],
  // A title word before a generation is a family name.
  ['Crowds cheered Martin Luther King Jr. in Dorn.', ['Martin Luther King Jr']],
  ['Maria da Silva won the race.', ['Maria da Silva']],
  // Two Dutch or German particles after a given name the lexicon does not know.
  ['Chief executive Anko van der Werff said the strike was costly.', ['Anko van der Werff']],
  // One Dutch or German particle after a given name the lexicon does not know.
  ['The club dismissed manager Joost ten Vaart on Monday.', ['Joost ten Vaart']],
  ['Wim van Dorsel, the assistant, will take charge.', ['Wim van Dorsel']],
  // Filipino "dela" / "delos", as the Romance "de la" / "de los".
  ["The army's spokesman Arnel dela Cruz said the group did it.", ['Arnel dela Cruz']],
  ['Police said Ramon delos Reyes had fled.', ['Ramon delos Reyes']],
  // The Spanish "de los" / "de las" as "de la".
  ['Judge María de los Ángeles Ruiz said Tom Hale had lied.', ['María de los Ángeles Ruiz', 'Tom Hale']],
  ['Reporters met Ana de las Heras in Lima.', ['Ana de las Heras']],
  // A Belgian family name opens with a capitalised "Van" before "den" / "der": one person, whose later
  // family-name mention joins her.
  [
    'Transport Minister Elise Van den Dorpe defended the plan. Van den Dorpe told reporters it was fair.',
    ['Elise Van den Dorpe'],
  ],
  ['Police said Marten Van der Kestel had fled to Lima.', ['Marten Van der Kestel']],
  // The French "des".
  ['Museum director Laurence des Vallons had warned the minister.', ['Laurence des Vallons']],
  // Three personal words before the particle: given names and a nickname.
  ['Voters elected Paulo Roberto Lindo da Costa on Sunday.', ['Paulo Roberto Lindo da Costa']],
  ['The minister, Karim al-Hassan, resigned.', ['Karim al-Hassan']],
  // "bin" / "bint" / "ibn" ("son / daughter of") after any name word, known as a given name or not.
  ['Police said Usama bin Qadir had fled to Basra.', ['Usama bin Qadir']],
  // After a title of two words, the name's own words still count from its first ("Crown Prince").
  ['Crown Prince Omar bin Rashid met Tom Hale in Lima.', ['Omar bin Rashid', 'Tom Hale']],
  ['Police said Deputy Minister Maria da Silva had resigned.', ['Maria da Silva']],
  // A generation after a comma is the name's: the son is not his father.
  ['Reporters met Tom R. Hale, Jr. in Lima.', ['Tom R. Hale, Jr']],
  ['District Attorney Tom Hale, Sr. sued Acme Corp.', ['Tom Hale, Sr']],
])('%s → %j', (text, expected) => {
  expect(names(text)).toEqual(expected);
});

test.each([
  // A particle never joins what is not a given name before it, nor a lower-case word after it.
  ['Talks between Paris and Bonn de facto ended.', 'de'],
  ['The Bank of the West closed two branches.', 'of'],
  // A count is no particle: "ten" before a plural.
  ['The singer Adele won ten Grammys in all.', 'ten'],
])('%s keeps "%s" out of any person name', (text, particle) => {
  for (const n of names(text)) expect(n.split(' ')).not.toContain(particle);
});

test.each([
  // The family name before a generation, itself a given name too ("Marcos").
  [
    'President Ferdinand Marcos Jr. spoke first. Marcos and Ana Ruiz were once allies.',
    'Ferdinand Marcos Jr',
    'Marcos',
  ],
  ['Karim al-Hassan spoke first. Later Hassan left the room.', 'Karim al-Hassan', 'Hassan'],
  ['Omar bin Rashid spoke first. Later Rashid left the room.', 'Omar bin Rashid', 'Rashid'],
])('%s → "%s" has the alias "%s"', (text, name, alias) => {
  const e = extract(text).entities.find((x) => x.name === name);
  expect(e?.aliases.map((a) => a.text)).toContain(alias);
});

test.each([
  ['Omar bin Rashid spoke first. Later bin Rashid left the room.', 'Omar bin Rashid', 'bin'],
  ['Critics praised Pieter van Dijk. Then van Dijk thanked them.', 'Pieter van Dijk', 'van'],
])('%s → the family name written with its particle joins "%s", no entity "%s"', (text, name, particle) => {
  const { entities } = extract(text);
  expect(entities.map((e) => e.name)).not.toContain(particle);
  expect(entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([name]);
});

// A Romance "of" between two name words joins them whatever the first word is: places are named so too.
test.each([
  ['The storm reached Coralba del Norte on Monday night.', 'Coralba del Norte'],
  ['Flights to Vila de Lumeira were cancelled.', 'Vila de Lumeira'],
  ['Rescuers reached Maribel de la Fuente at noon.', 'Maribel de la Fuente'],
  // The Portuguese "do" ("of the"), which the parse reads as the verb.
  ['Heavy rain flooded Serra Alta do Sul on Sunday.', 'Serra Alta do Sul'],
  ['Tourists left Lagoa do Itapé after the storm.', 'Lagoa do Itapé'],
])('%s → one name "%s"', (text, name) => {
  const r = extract(text).entities.map((e) => e.name);
  expect(r).toContain(name);
  for (const part of name.split(/ (?:de la|del|de|do) /)) expect(r).not.toContain(part);
});

// "do" before an English word or a day, or after a plural, is the verb.
test.each([
  ['Many Americans do Thanksgiving at home.', 'Americans do Thanksgiving'],
  ['The Harbour Club will do Pilates classes.', 'Harbour Club do Pilates'],
])('%s → no name "%s"', (text, name) => {
  expect(extract(text).entities.map((e) => e.name)).not.toContain(name);
});

test("a generation after a body's name and a comma stays out of it", () => {
  expect(extract('Acme Corp, Sr. managers said, would close.').entities.map((e) => e.name)).not.toContain(
    'Acme Corp, Sr',
  );
});
