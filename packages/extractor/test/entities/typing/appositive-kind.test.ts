// A name followed by ", a/the … <place or body word>" is what its apposition says (typing/appositive-kind.ts),
// over the shape of the name; the word must end the phrase ("a museum director" is a person's role). So is a
// name after "a <kind> called/named", and one after "the <place word>," set off by commas.
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a kind that agrees with the guess makes it sure, so the first word alone joins the firm',
    text: 'Sales fell, according to Varn Threat Watch, a security firm. "It is bad," said Ann Cole, Varn\'s head of research.',
    name: 'Varn Threat Watch',
    type: 'Organization',
    alias: ['Varn', 'firm-first-word'],
  },
  {
    rule: 'a public service set off before the name is a body',
    text: 'It was the worst storm in years, according to the national weather service, Vento-Norland.',
    name: 'Vento-Norland',
    type: 'Organization',
  },
  {
    rule: 'a kind of firm before "of" and what it makes, set off after the name',
    text: 'Tom Hale once ran Morgan Wexley, a maker of aircraft parts that was sold in 2018.',
    name: 'Morgan Wexley',
    type: 'Organization',
  },
  {
    rule: 'a kind of firm ends the apposition set off after the name',
    text: 'Vellor Bahn, the national rail operator, said trains resumed.',
    name: 'Vellor Bahn',
    type: 'Organization',
  },
  {
    rule: "a kind of firm after a name opening with a given name is a person's trade (guard)",
    text: 'Tom Hale, the camera operator, said the film was done.',
    name: 'Tom Hale',
    type: 'Person',
  },
  {
    rule: 'a public service set off after the name is a body',
    text: 'Heavy rain hit Dorn on Monday. Meteo-Karsby, the national weather service, issued a warning.',
    name: 'Meteo-Karsby',
    type: 'Organization',
  },
  {
    rule: 'a work brought in with "a" and named with "the", set off by commas',
    text: 'Ann Cole found a medieval Christian manuscript, the Codex Dorn, in Karsby.',
    name: 'Codex Dorn',
    type: 'Product',
  },
  {
    rule: 'a kind of work ends the apposition before "about"',
    text: 'Ann Cole wrote Blown Away, a novel about Karsby, in May.',
    name: 'Blown Away',
    type: 'Product',
  },
  {
    rule: 'a kind of made thing ends the apposition before "made by"',
    text: 'Doctors hoped it would outperform Zeltavo, a rival drug made by Pell Pharma.',
    name: 'Zeltavo',
    type: 'Product',
  },
  {
    rule: 'a kind of made thing before a comma',
    text: 'Protesters organised on Velvet, a messaging app, in May.',
    name: 'Velvet',
    type: 'Product',
  },
  {
    rule: 'a party called …',
    text: 'She will form a new party called Harbour Norway before the election.',
    name: 'Harbour Norway',
    type: 'Organization',
  },
  {
    rule: 'a company named … over a place word in the name',
    text: 'In 2004 he founded a small company named Blue Harbour in Leeds.',
    name: 'Blue Harbour',
    type: 'Organization',
  },
  {
    rule: 'a town called …',
    text: 'They moved to a tiny town called Kestrel Ford in 1990.',
    name: 'Kestrel Ford',
    type: 'Place',
  },
  {
    rule: 'a former church, now a museum',
    text: 'Crowds gathered at Santa Lucia, formerly a Catholic church and now a museum, on Friday.',
    name: 'Santa Lucia',
    type: 'Organization',
  },
  {
    rule: 'a city',
    text: 'Rescuers reached Orsk Vale, a city in the Urals, on Monday.',
    name: 'Orsk Vale',
    type: 'Place',
  },
  {
    rule: 'a bank',
    text: 'Regulators fined Harper Lowell, a bank in Boston, on Monday.',
    name: 'Harper Lowell',
    type: 'Organization',
  },
  {
    rule: 'only modifiers come between the article and the kind word',
    text: 'According to Tom Hale, the participation of this team in the contest shows progress.',
    name: 'Tom Hale',
    type: 'Person',
  },
  {
    rule: 'a vaccine called …, set off by commas',
    text: 'The vaccine, called Tarvex, was given to 450 children in Dorn.',
    name: 'Tarvex',
    type: 'Product',
  },
  {
    rule: 'a drug called …',
    text: 'Doctors warned of a drug called Velmora that is sold online.',
    name: 'Velmora',
    type: 'Product',
  },
  {
    rule: 'the capital',
    text: 'Thousands marched through Karsk, the capital, on Friday.',
    name: 'Karsk',
    type: 'Place',
  },
  {
    rule: 'a place word set off before the name',
    text: 'Thousands marched through the capital, Karsk, on Friday.',
    name: 'Karsk',
    type: 'Place',
  },
  {
    rule: "a body's kind set off before the name, after an owner",
    text: "Shares in Norland's largest lender, Fjord Savings, fell 3 percent.",
    name: 'Fjord Savings',
    type: 'Organization',
  },
  {
    rule: 'a vehicle set off before the name, after "its"',
    text: 'The lander touched down in May. Its rover, Tamsin, measured the soil.',
    name: 'Tamsin',
    type: 'Product',
  },
  {
    rule: 'also after "its"',
    text: 'Acme Corp said its parent company, Fjord Holdings, would pay.',
    name: 'Fjord Holdings',
    type: 'Organization',
  },
  {
    rule: "a place's kind stays the place's",
    text: "Acme Corp moved to the company's home city, Karsk, in May.",
    name: 'Karsk',
    type: 'Place',
  },
  {
    rule: 'a place word opening the clause before a person speaking is no apposition',
    text: 'In the city, Ann Cole, the mayor, said it was calm.',
    name: 'Ann Cole',
    type: 'Person',
  },
  {
    rule: 'a role, not a kind, ends the phrase',
    text: 'Grace Hale, a museum director, praised the plan.',
    name: 'Grace Hale',
    type: 'Person',
  },
];

describe('appositive kind', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));
});
