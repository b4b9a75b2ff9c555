// A name in brackets after another name (grouping/acronym-in-brackets.ts): an acronym, or a short form that
// keeps a word of the name or spells itself out of its letters, or a body's name in words English does not
// have, joins the name; a state, a label, a one-word gloss or a longer name in brackets stays its own thing. Sentences written for this test.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

const aliasesOf = (text: string, name: string) => find(extract(text).entities, name)?.aliases.map((a) => a.text) ?? [];

test.each([
  ['an acronym', 'The Northern Grain Board (NGB) met on Monday. The NGB cut prices.', 'Northern Grain Board', 'NGB'],
  [
    "a body's capitals in its own language",
    'The Centre for Volcano Hazard Studies (PVMBG) raised the alert. The PVMBG said ash fell.',
    'Centre for Volcano Hazard Studies',
    'PVMBG',
  ],
  [
    'a short form keeping a word of the name',
    'Students at the Lakeshore Institute of Technology (Lakeshore Tech) protested. Lakeshore Tech closed.',
    'Lakeshore Institute of Technology',
    'Lakeshore Tech',
  ],
  [
    'a short form spelt out of the name',
    'The Valdorian Institute of Volcanology (Valvolc) said on Monday that Valvolc raised the alert.',
    'Valdorian Institute of Volcanology',
    'Valvolc',
  ],
  [
    "a body's name in words English does not have: its own language's",
    'The Supreme Court of Justice (Vorster Grichtshof) of Norland referred the case. The Vorster Grichtshof waited.',
    'Supreme Court of Justice',
    'Vorster Grichtshof',
  ],
  [
    'a thin space before the closing bracket',
    'Students at the Lakeshore Institute of Technology (Lakeshore Tech\u2009) protested.',
    'Lakeshore Institute of Technology',
    'Lakeshore Tech',
  ],
])('joins: %s', (_name, text, full, short) => {
  expect(aliasesOf(text, full)).toContain(short);
});

test.each([
  [
    'a state after a senator',
    'Senator Maria Ostrander (Vermont) voted no. Vermont farmers agreed.',
    'Maria Ostrander',
    'Vermont',
  ],
  [
    'a state after a town',
    'He served as a trustee of Oakdale Township (Nebraska) for years.',
    'Oakdale Township',
    'Nebraska',
  ],
  [
    'a full name after the short name it is known by',
    'Fans of Zed (Marcus Okonkwo) cheered. Marcus Okonkwo thanked them.',
    'Zed',
    'Marcus Okonkwo',
  ],
  [
    'a statistics label in brackets',
    'Of people in Harbourton (Inner Suburbs) aged 15 years and over, half work.',
    'Harbourton',
    'Inner Suburbs',
  ],
  [
    'one such word, a gloss',
    'Elders of the Tarvik Council (Indigenous) people met in Dorn. The Indigenous elders agreed.',
    'Tarvik Council',
    'Indigenous',
  ],
  [
    'capitals the lexicon knows as another name, after a name cut at its comma',
    'The United Nations Educational, Scientific and Cultural Organization (UNESCO) listed the site. UNESCO said so.',
    'Scientific and Cultural Organization',
    'UNESCO',
  ],
])('stays apart: %s', (_name, text, name, other) => {
  expect(aliasesOf(text, name)).not.toContain(other);
});
