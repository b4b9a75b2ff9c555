// "Osama bin Laden", "Ludwig van Beethoven", "Ursula von der Leyen", "Leonardo da Vinci", "Bashar al-Assad":
// a lower-case particle between a given name and a capitalised family name belongs to the person's name;
// a Romance "of" ("Surigao del Sur", "Rio de Janeiro") joins two name words of a place's name as well.
// Without it the run stops at the particle and one person becomes two nodes ("Osama", "Laden"). So does a
// generation after a comma ("Martin Luther King, Jr.").
import type { Token } from '../../tokens.js';
import { isCap } from './capitals.js';
import { isTitle } from './title-token.js';

export const PARTICLES = new Set(
  'bin bint ibn ben van von der den de des da di del della dela delos du dos das al el ter ten'.split(' '),
);
export const PATRONYMICS: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn']);
const ROMANCE = new Set(['de', 'del', 'della', 'dela', 'delos', 'di', 'da', 'do', 'dos', 'das']);
/** Dutch and German particles that open a family name by themselves: "van Nistelrooy", "ten Hag", "von Trapp". */
const DUTCH = new Set(['van', 'von', 'ten', 'ter']);
/** The Spanish article after "de": "de la Cruz", "de los Ángeles", "de las Casas". */
const DE_ARTICLES = new Set(['la', 'los', 'las']);
/** Given-name tags from compromise's lexicon. */
const GIVEN = ['FirstName', 'MaleName', 'FemaleName'];

const glued = (a: Token, b: Token) => a.post === '-' && b.pre === '';
const spaced = (a: Token, b: Token) => /^ $/.test(a.post + b.pre);

/** The name's own words in `run`, after any title before it ("Crown Prince Mohammed bin Salman"). */
const ownWords = (run: Token[]) => run.slice(run.findLastIndex((t) => isTitle(t)) + 1);

/** How many tokens from `j` (particles, then the family name) continue the name in `run`; 0 if none. */
export function particleJoin(run: Token[], row: Token[], j: number, nameAt: (k: number) => boolean): number {
  const prev = run[run.length - 1];
  const words = ownWords(run).length;
  let k = j;
  // Up to two particles: "von der", "van den", "de la", "de los", "bin al".
  while (
    k < j + 2 &&
    row[k] &&
    // ("Rio Grande do Sul", "Foz do Iguaçu": the Portuguese "of the" is a Romance "of" only, no family's particle)
    (PARTICLES.has(row[k].normal) ||
      (k === j && ROMANCE.has(row[k].normal)) ||
      (k === j + 1 && row[j].normal === 'de' && DE_ARTICLES.has(row[k].normal))) &&
    /^\p{Ll}/u.test(row[k].text) &&
    (spaced(row[k - 1], row[k]) || (k > j && glued(row[k - 1], row[k])))
  )
    k++;
  const family = row[k];
  if (k === j || !family || !isCap(family) || !nameAt(k)) return 0;
  if (!spaced(row[k - 1], family) && !glued(row[k - 1], family)) return 0;
  // (a day or a feast after "do", or a plural before it, make it the verb: "Americans do Thanksgiving")
  if (
    !PARTICLES.has(row[j].normal) &&
    (['Date', 'Holiday', 'WeekDay', 'Month'].some((x) => family.tags.has(x)) || prev.tags.has('Plural'))
  )
    return 0;
  // "al-Assad", "el-Sisi": the hyphened Arabic article marks a family name after any name word.
  const arabicArticle = k === j + 1 && (row[j].normal === 'al' || row[j].normal === 'el') && glued(row[j], family);
  const afterGivenName = words <= 2 && GIVEN.some((g) => prev.tags.has(g));
  // "Usama bin Ladin", "Amal bint Qasim": "son/daughter of" between two name words, whatever the given name.
  const patronymic = k === j + 1 && words >= 1 && words <= 2 && PATRONYMICS.has(row[j].normal);
  // "Surigao del Sur", "Rio de Janeiro", "Maria de la Cruz": a Romance "of" between two name words, after any
  // name word (no given name needed: places are named so too).
  // ("Luiz Inácio Lula da Silva": after three words only when each is a person's: given names and a nickname.)
  const personal = words === 3 && ownWords(run).every((t) => t.tags.has('Person'));
  const romance =
    (words <= 2 || personal) && ROMANCE.has(row[j].normal) && (k === j + 1 || DE_ARTICLES.has(row[j + 1].normal));
  // "Anko van der Werff", "Ursula von der Leyen": two Dutch or German particles join a family name after any one
  // name word (the given name may be one the lexicon does not know).
  const germanic = k === j + 2 && words === 1 && (row[j].normal === 'van' || row[j].normal === 'von');
  // "Ruud van Nistelrooy", "Erik ten Hag": one Dutch or German particle likewise, before a family name in the
  // singular ("Adele won ten Grammys" is a count).
  const dutch =
    k === j + 1 && words === 1 && DUTCH.has(row[j].normal) && !family.tags.has('Plural') && !/s$/.test(family.normal);
  // "Elise Van den Broeck", "Van der Poel said": a Belgian family name opens with a capitalised "Van" (the run's
  // last word), then "den" / "der" / "de" and the capitalised rest, after one given name or none.
  const flemish =
    k === j + 1 &&
    words <= 2 &&
    (prev.normal === 'van' || prev.normal === 'von') &&
    isCap(prev) &&
    ['den', 'der', 'de'].includes(row[j].normal);
  return arabicArticle || afterGivenName || patronymic || romance || germanic || dutch || flemish ? k - j + 1 : 0;
}

/** A generation written after a name: "Jr.", "Sr". */
export const GENERATION = /^(?:Jr|Sr)\.?$/;

/** A full name without the generation that closes it: "Ferdinand Marcos Jr." → "Ferdinand Marcos" (whose
 * family name is Marcos; "Jr" names no family), "John Smith III" → "John Smith". */
export function withoutGeneration(name: string): string {
  const words = name.trim().split(/\s+/);
  const generation = (w: string) => GENERATION.test(w) || /^(?:II|III|IV)\.?$/.test(w);
  while (words.length > 2 && generation(words[words.length - 1].replace(/^,/, ''))) words.pop();
  return words.join(' ').replace(/,$/, '');
}

/** The family name of a full name, without a hyphened Arabic article: "Bashar al-Assad" → "Assad". */
export function familyName(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1].replace(/^(?:al|el)[-‐]/i, '');
}

/** "Martin Luther King, Jr.", "Cyrus R. Vance, Jr.": a generation written after a comma belongs to the person's
 * name (the son is not his father); the run at `j` goes on over the comma. */
export function generationAfterComma(run: Token[], row: Token[], j: number): boolean {
  const last = run[run.length - 1];
  // (after any title: "Manhattan District Attorney Cyrus R. Vance, Jr.")
  const words = ownWords(run);
  const person = words.every((t) => t.tags.has('Person') || /^\p{Lu}\.?$/u.test(t.text));
  return person && words.length >= 2 && /^,\s$/.test(last.post) && !row[j]?.pre && GENERATION.test(row[j]?.text ?? '');
}
