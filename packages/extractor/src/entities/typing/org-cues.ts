// Organisation cues for names compromise does not know ("Mahan Air", "Daimler"): a weakly typed name written
// right after a kind of organisation ("Iranian airline Mahan Air", "the carmaker Daimler") or owning what only
// an organisation has ("Mahan's chief executive", "Acme's shareholders") or modifying "member(s)" ("a senior
// al-Qa'ida member": one belongs to a body, not to a person) or before a political body's kind ("the Democratic
// Renewal party") is an Organization, strongly, so that no person
// cue or surname merge takes it for a person later.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { goodsTrade, ORG_KINDS, pluralOrgKind } from '../lexicon/org-words.js';
import { publicService } from './appositive-kind.js';
import { givenName } from '../../lexicon-tags.js';

/** What an organisation has and a person does not: "X's shareholders". */
const ORG_PARTS = new Set(
  `ceo shareholders stockholders headquarters subsidiary subsidiaries employees shares stock board directors director
  chairman chairwoman fleet`
    .split(/\s+/)
    .filter(Boolean),
);

/** "the Democratic Renewal party", "the Five Star movement": a political body named before its kind. */
const POLITICAL_KINDS = new Set(['party', 'movement', 'alliance', 'coalition', 'bloc']);

/** What is traded in a company: "shares of …". */
const SHARES = new Set(['shares', 'stock', 'stocks', 'shareholders', 'stockholders']);

/** Verbs whose object is a thing or body, never a person ("acquired" may be a player's transfer). */
const OWNING = new Set(['own']);

/** "a Hamas member", "two Vell Party members": lower case, the name as the noun's modifier. */
const MEMBER = new Set(['member', 'members']);

/** Kinds of organisation that are people's trades too: "the broadcaster David Attenborough", "publisher Rupert
 * Murdoch" (as "the broadcaster ITV", "publisher Bonnier"). */
const PEOPLE_TRADES = new Set(['broadcaster', 'publisher']);

/** `s` reads as a person's full name: two or more words, none the parse takes for a place or body, opening with
 * a given name the lexicon knows or ending with a word the parse takes for a person's ("Piers Morgan"). */
function fullPersonName(s: NameGroup['spans'][number]): boolean {
  const { tokens } = s;
  const last = tokens[tokens.length - 1];
  return (
    tokens.length >= 2 &&
    !tokens.some((t) => t.tags.has('Organization') || t.tags.has('Place')) &&
    (givenName(tokens[0].text) || last.tags.has('Person') || last.tags.has('LastName'))
  );
}

/** "Tour operators Jet2 and TUI": a plural kind before a list of names, the name first in it or after "and". */
function pluralKindBefore(first: Token, tokens: Token[]): boolean {
  let k = first.i - 1;
  if (tokens[k]?.normal === 'and') {
    k--;
    while (
      k >= 0 &&
      /^[\p{Lu}\d]/u.test(tokens[k].text) &&
      !/\S/.test(tokens[k].post) &&
      tokens[k].sentence === first.sentence
    )
      k--;
  }
  const kind = tokens[k];
  return !!kind && kind.sentence === first.sentence && !/\S/.test(kind.post) && pluralOrgKind(kind.normal);
}

/** People who work at a body: "analysts at Morgan Stanley", "researchers at Karolinska" (not "workers at", who
 * may work at a site: "workers at Chuquicamata"). */
export const STAFF: ReadonlySet<string> = new Set(
  'analysts economists strategists researchers scientists executives traders bankers'.split(' '),
);

/** "Analysts at Morgan Stanley said …": a name after "at" and a plural of people who work somewhere is their
 * workplace; one works at a bank, not at a person (a possessive, "fans at Ann Cole's concert", is no workplace). */
function staffAt(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const first = s.tokens[0];
  const last = s.tokens[s.tokens.length - 1];
  const [at, staff] = [tokens[first.i - 1], tokens[first.i - 2]];
  return (
    at?.normal === 'at' &&
    !!staff &&
    staff.sentence === first.sentence &&
    STAFF.has(staff.normal) &&
    !/\S/.test(staff.post + at.post) &&
    !/['’]s?$/.test(last.text) &&
    // ("economists at Lagos-based Cowry Asset Management": the town the workplace is based in)
    last.post !== '-'
  );
}

/** What a body has that the next sentence gives it by "Its": "Its president, Sebastian Coe, said …". */
const ITS_ROLES = new Set([...ORG_PARTS, 'president', 'chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson']);

/** "World Athletics said the record would stand. Its president, …": the name opens its sentence (after "The" at
 * most), and the next sentence opens with "Its" and a role or part only a body has; the sentence's subject is
 * what that "Its" stands for. */
function itsRoleNext(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const first = s.tokens[0];
  const before = tokens[first.i - 1];
  const opens =
    !before ||
    before.sentence !== first.sentence ||
    (before.normal === 'the' && tokens[before.i - 1]?.sentence !== first.sentence);
  if (!opens) return false;
  let k = s.tokens[s.tokens.length - 1].i + 1;
  while (tokens[k] && tokens[k].sentence === first.sentence) k++;
  const [its, role] = [tokens[k], tokens[k + 1]];
  return its?.text === 'Its' && its.sentence === first.sentence + 1 && !!role && ITS_ROLES.has(role.normal);
}

/** "worked at Cartier", "works at Harry Winston": "at" after a verb of working, at token `i`. */
const WORKING = new Set(['work', 'works', 'worked', 'working']);
const workedAt = (tokens: Token[], i: number) =>
  tokens[i]?.normal === 'at' &&
  WORKING.has(tokens[i - 1]?.normal ?? '') &&
  tokens[i - 1].sentence === tokens[i].sentence;

/** The name is where someone works: right after "worked at", or the second of two names joined after it
 * ("previously worked at Cartier and Harry Winston"): no one works at a person. */
function workplace(first: Token, tokens: Token[]): boolean {
  if (workedAt(tokens, first.i - 1)) return true;
  if (tokens[first.i - 1]?.normal !== 'and') return false;
  let k = first.i - 2;
  while (
    k > 0 &&
    tokens[k].sentence === first.sentence &&
    /^\p{Lu}/u.test(tokens[k].text) &&
    !/\S/.test(tokens[k].post)
  )
    k--;
  return k < first.i - 2 && workedAt(tokens, k);
}

function orgCue(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const first = s.tokens[0];
  const last = s.tokens[s.tokens.length - 1];
  const before = tokens[first.i - 1];
  if (workplace(first, tokens)) return true;
  // ("whose party Hale belonged to": the kind is a relative clause's fronted object, the name its subject.)
  const relative = ['whose', 'which', 'what'].includes(tokens[first.i - 2]?.normal ?? '');
  // ("the start-up Kestrel Launch": the kind is written hyphened, one word of two tokens.)
  const hyphened = (t: Token) => tokens[t.i - 1]?.post === '-' && ORG_KINDS.has(tokens[t.i - 1].normal + t.normal);
  // ("the state-owned copper producer Codelco": a trade in goods is a firm's.)
  const goods = (t: Token) =>
    goodsTrade(
      [2, 3].map((n) => tokens[first.i - n]?.normal ?? ''),
      t.normal,
    );
  // ("the French weather service Météo-France": a public service named by its field is a body.)
  const kind =
    before &&
    (ORG_KINDS.has(before.normal) ||
      hyphened(before) ||
      goods(before) ||
      pluralKindBefore(first, tokens) ||
      publicService(before, tokens[before.i - 1]));
  if (kind && before.sentence === first.sentence && /^\s*$/.test(before.post))
    return !relative && !(PEOPLE_TRADES.has(before.normal) && fullPersonName(s));
  // "Shares of Novo Nordisk fell": what has shares traded is a company. (A full name only: "shares in Novo"
  // is left to join the firm's name it shortens, "shares in Norland's largest lender" to the lender.)
  const held = tokens[first.i - 2];
  if (
    s.tokens.length > 1 &&
    !/['’]s?$/.test(last.text) &&
    before?.sentence === first.sentence &&
    ['of', 'in'].includes(before.normal) &&
    held?.sentence === first.sentence &&
    SHARES.has(held.normal) &&
    !/\S/.test(held.post + before.post)
  )
    return true;
  // "Hyundai, which also owns Kia": what is owned is no person.
  if (before?.sentence === first.sentence && before.tags.has('Verb') && OWNING.has(before.root ?? before.normal))
    return /^\s*$/.test(before.post);
  const next = tokens[last.i + 1];
  if (next?.sentence === last.sentence && /^\s*$/.test(last.post) && MEMBER.has(next.text)) return true;
  if (itsRoleNext(s, tokens)) return true;
  // "the opposition Democratic Renewal party won": a political body's kind in lower case after its name.
  // ("Rutte's coalition wants …": a possessor of the body is no name of it)
  const owner = /['’]s$/.test(last.text);
  if (next?.sentence === last.sentence && /^\s*$/.test(last.post) && POLITICAL_KINDS.has(next.text) && !owner)
    return true;
  // "the chief executive of Hess", "shareholders of Acme": the same parts, with "of" (not a place the body is
  // said to be based in: "chief executive of Copenhagen-based consultancy Nordlane").
  const based = /^[-–]$/.test(last.post) && next?.normal === 'based';
  if (before?.normal === 'of' && before.sentence === first.sentence && /^\s*$/.test(before.post) && !based) {
    const part = tokens[before.i - 1];
    const chief = part?.normal === 'executive' && tokens[before.i - 2]?.normal === 'chief';
    if (part?.sentence === first.sentence && (ORG_PARTS.has(part.normal) || chief)) return true;
  }
  // "Mahan's director", "Acme's chief executive".
  if (!/['’]s$/.test(last.text) || /\S/.test(last.post)) return false;
  const after = tokens[last.i + 1];
  if (!after || after.sentence !== last.sentence) return false;
  if (ORG_PARTS.has(after.normal)) return true;
  return after.normal === 'chief' && tokens[after.i + 1]?.normal === 'executive';
}

export const orgCues: EntityStep = {
  name: 'org-cues',
  description:
    'a weakly typed name after a kind of organisation ("airline Mahan Air") or with "\'s shareholders/CEO/director", or any name after "analysts at" (a workplace), is an Organization',
  apply(groups, ctx) {
    for (const g of groups) {
      // (a person typed only by a given name the lexicon knows may be a firm named after one: "Morgan Stanley",
      // "aerospace supplier Rockwell Collins")
      const givenOnly = g.type === 'Person' && g.spans.every((s) => s.typeRule === 'first-name');
      if ((g.strong && !givenOnly) || g.type === 'Concept') continue;
      if (!g.spans.some((s) => orgCue(s, ctx.tokens) || staffAt(s, ctx.tokens))) continue;
      g.type = 'Organization';
      g.strong = true;
    }
    return groups;
  },
};
