// Sports metonymy (typing/sports-teams.ts): in a match report a country that competes names its team, a weak
// vote only, since the name is the state's in other articles.
import { extract } from '@kg/extractor';

const REPORT = 'A late goal was scored. The league and the tournament praised the penalty.';

test.each<[string, string]>([
  [`In the World Cup match, Belgium defeated Panama. ${REPORT}`, 'Belgium'],
  [`They do not recognise Norway as a country. He played against Norway in May. ${REPORT}`, 'Norway'],
])('"%s": %s is a team, weakly', (text, name) => {
  const e = extract(text).entities.find((x) => x.name === name);
  expect(e?.type).toBe('Organization');
  expect(e?.strong).toBe(false);
});

// A country owning the side beaten is no side: "beating Norway's Tom Hale".
test('a possessive after a verb of beating names the player, not a team', () => {
  const text = `Ann Cole won the final in Oslo, beating Norway's Tom Hale. ${REPORT}`;
  expect(extract(text).entities.find((x) => x.name === 'Norway')?.type).toBe('Place');
});

// A long interview that mentions a tournament now and then is no match report: the country stays the state.
test('a long interview with a few sports words keeps the country a place', () => {
  const talk = 'She said she was proud of her family and of the people who helped her study in Oslo. '.repeat(30);
  const text = `Iran does not recognise Norway. ${talk}She played against Norway in May. ${REPORT} ${talk}`;
  const e = extract(text).entities.find((x) => x.name === 'Norway');
  expect(e?.type).toBe('Place');
});

// A town's name before a player's position (with the player's name after it or none) names the club, in any
// article; a country's stays the state there.
test.each<[string, string, string]>([
  ['Rebels freed the father of Liverpool forward Tomas Revel on Thursday.', 'Liverpool', 'Organization'],
  ['Rebels freed the father of Colombia forward Tomas Revel on Thursday.', 'Colombia', 'Place'],
  ['Tomas Revel moved to Liverpool in May.', 'Liverpool', 'Place'],
  ['Parliament elected Tomas Revel, a former Leeds City striker, as president.', 'Leeds City', 'Organization'],
  ['Parliament elected Tomas Revel, a former Colombia striker, as president.', 'Colombia', 'Place'],
])('"%s": %s is a %s', (text, name, type) => {
  expect(extract(text).entities.find((x) => x.name === name)?.type).toBe(type);
});

// In a match report a town that beats or is beaten, or before a club's staff and a name, is its club; a town
// inside a club's name is no side by itself.
test.each<[string, string, string]>([
  [`Liverpool beat Dorn Rovers 2-0 at home on Wednesday. ${REPORT}`, 'Liverpool', 'Organization'],
  [
    `Dorn Rovers lost at home. Later, Madrid coach Tomas Revel praised his players. ${REPORT}`,
    'Madrid',
    'Organization',
  ],
  [`Dorn Rovers beat Manchester City 1-0 on Sunday. ${REPORT}`, 'Manchester', 'Place'],
  [`Fans in Liverpool celebrated on Sunday. ${REPORT}`, 'Liverpool', 'Place'],
  // A side signs players; a town does not.
  [`Liverpool have signed midfielder Tomas Revel from Dorn Rovers. ${REPORT}`, 'Liverpool', 'Organization'],
  [`Dorn Rovers and Manchester City had also tried to sign him. ${REPORT}`, 'Manchester City', 'Organization'],
  [`Manchester City and Dorn Rovers had also tried to sign him. ${REPORT}`, 'Manchester City', 'Organization'],
  [`Tomas Revel signed a contract in Liverpool on Sunday. ${REPORT}`, 'Liverpool', 'Place'],
])('match report: "%s": %s is a %s', (text, name, type) => {
  expect(extract(text).entities.find((x) => x.name === name)?.type).toBe(type);
});

// In a match report a town read as a side is the one club named before that ends with it (grouping/club-town.ts).
test.each<[string, string, string]>([
  [
    `Borussia Leeds beat Vale Rovers 2-1 on Tuesday. Leeds coach Tomas Revel praised his players. ${REPORT}`,
    'Borussia Leeds',
    'Leeds',
  ],
  [
    `Real Madrid beat Vale Rovers 3-0. Madrid coach Tomas Revel praised his players. ${REPORT}`,
    'Real Madrid',
    'Madrid',
  ],
  [`Vale Leeds signed Tomas Revel. Leeds sporting director Ann Cole praised him. ${REPORT}`, 'Vale Leeds', 'Leeds'],
  [
    `The club Vale Leeds lost the final 2-0. Leeds, coached by Tomas Revel, had the better chances. ${REPORT}`,
    'Vale Leeds',
    'Leeds',
  ],
])('match report: "%s": %s goes by %s', (text, club, town) => {
  const found = extract(text).entities;
  expect(found.find((x) => x.name === club)?.aliases.map((a) => a.text)).toContain(town);
  expect(found.map((x) => x.name)).not.toContain(town);
});

// So is a "<name> City" that no town is called, and its name without "City" used alone (grouping/club-town.ts).
test('match report: a "City" no town is called is the club its first word names', () => {
  const text = `Varnbridge City have agreed a fee for Tomas Revel. Fans said Varnbridge manager Ann Cole praised him. ${REPORT}`;
  const club = extract(text).entities.find((x) => x.name === 'Varnbridge City');
  expect(club?.type).toBe('Organization');
  expect(club?.aliases.map((a) => a.text)).toContain('Varnbridge');
});

test('a town two clubs end with stays apart', () => {
  const text = `Inter Milan beat AC Milan 2-1. Milan coach Tomas Revel praised his players. ${REPORT}`;
  const found = extract(text).entities;
  expect(found.find((x) => x.name === 'Inter Milan')?.aliases.map((a) => a.text) ?? []).not.toContain('Milan');
  expect(found.find((x) => x.name === 'AC Milan')?.aliases.map((a) => a.text) ?? []).not.toContain('Milan');
});
