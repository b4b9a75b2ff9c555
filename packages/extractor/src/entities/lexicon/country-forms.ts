// One key for the ways news names a country's body: "U.S. Senate", "US Senate" and "United States Senate";
// "Supreme Court of the United States" and "US Supreme Court"; "UK Parliament", "British Parliament" and
// "Parliament of the United Kingdom". Stores also look a name up by it (graph-level resolution), so one
// article's "US Senate" finds another's "United States Senate". Read from world-country-data.ts alone: a store
// verb computing keys loads no parser.
import type { Country } from 'world-countries';
import { STATE_BODY_HEADS } from './state-body-heads.js';
import { storeNameKey } from '../../store-name-key.js';
import {
  countryData,
  countryForms,
  englishDemonyms,
  newsName,
  SHORT_FORMS,
  writtenAsName,
} from './world-country-data.js';

const MAX_FORM_WORDS = 4;
interface Forms {
  /** A country's name, other English name or short form, as a key → its news name, as a key. */
  names: Map<string, string>;
  /** A demonym, lower case → its country's news name, as a key. */
  demonyms: Map<string, string>;
}
let forms: Forms | undefined;

function load(): Forms {
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  // Independent states first, then by area: a form two entries share goes to the first.
  const order = (a: Country, b: Country) => Number(b.independent) - Number(a.independent) || b.area - a.area;
  for (const c of [...countryData()].sort(order)) {
    const name = storeNameKey(newsName(c));
    const first = (map: Map<string, string>, form: string) => {
      const k = storeNameKey(form);
      if (!map.has(k)) map.set(k, name);
    };
    for (const f of [newsName(c), ...countryForms(c).filter((f) => writtenAsName(f) && f.includes(' '))])
      first(names, f);
    for (const d of englishDemonyms(c)) first(demonyms, d);
  }
  for (const [form, country] of SHORT_FORMS) names.set(form, storeNameKey(country));
  return { names, demonyms };
}

/** The country a run of key words names, as its news name's key; undefined if none. */
function country(words: string[]): string | undefined {
  forms ??= load();
  return forms.names.get(words.join(' '));
}

const stateBody = (words: string[]) => STATE_BODY_HEADS.has(words[0]) || STATE_BODY_HEADS.has(words.at(-1)!);

/**
 * A name key with its country named as news names it and put first: "us senate" → "united states senate",
 * "supreme court of the united states" → "united states supreme court", "british parliament" → "united kingdom
 * parliament"; undefined when that is the key itself. Only a state body is turned around or named by a demonym
 * ("bank of america", "french open" keep theirs).
 */
export function countryFirstKey(key: string): string | undefined {
  forms ??= load();
  let words = key.split(' ');
  const of = words.lastIndexOf('of');
  if (of > 0 && stateBody(words.slice(0, of))) {
    const owner = country(words.slice(words[of + 1] === 'the' ? of + 2 : of + 1));
    if (owner) words = [owner, ...words.slice(0, of)];
  } else if (words.length > 1 && STATE_BODY_HEADS.has(words.at(-1)!) && forms.demonyms.has(words[0])) {
    words = [forms.demonyms.get(words[0])!, ...words.slice(1)];
  }
  for (let n = Math.min(MAX_FORM_WORDS, words.length - 1); n >= 1; n--) {
    const owner = country(words.slice(0, n));
    if (owner) {
      words = [owner, ...words.slice(n)];
      break;
    }
  }
  const out = words.join(' ');
  return out === key ? undefined : out;
}
