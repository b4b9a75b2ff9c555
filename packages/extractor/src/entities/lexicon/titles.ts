// Honorifics and office titles: kept off names, and evidence that the name after them is a person.

/** Titles' abbreviations whose period compromise's splitter takes for a sentence end ("said Coun. Amrit Sandhu"):
 * title-abbreviation-joins.ts rejoins the sentence; they are titles with and without the period. */
export const SPLIT_TITLE_ABBREVIATIONS: readonly string[] = [
  'Coun',
  'Cllr',
  'Insp',
  'Const',
  'Msgr',
  'Pres',
  'Amb',
  'Ald',
];

export const TITLES = new Set(
  `president vice-president president-elect premier minister secretary senator sen sen. representative rep rep.
  governor gov gov. mayor judge justice king queen prince princess pope chancellor general gen gen. colonel col col.
  captain capt capt. lieutenant lt lt. sergeant sgt sgt. admiral commander ambassador spokesman spokeswoman
  spokesperson chairman chairwoman chairperson chair ceo cfo coo cto cio vp svp evp director dr dr. mr mr. mrs mrs. ms ms. miss sir dame
  lord lady professor prof prof. grandmaster master reverend rev rev. father sheikh imam rabbi bishop archbishop cardinal coach
  officer detective constable inspector superintendent commissioner deputy speaker congressman congresswoman councillor
  det det. supt supt.
  assemblyman assemblywoman assemblymember alderman alderwoman selectman selectwoman
  councilman councilwoman emperor empress sultan emir ayatollah chief founder manager major maj maj. corporal
  private sheriff attorney prosecutor adviser advisor whip taoiseach tánaiste honorable honourable dean chancellor-elect head leader lawmaker president-designate mp mep mla msp member administrator secretary-general undersecretary comrade cde`
    .split(/\s+/)
    .filter(Boolean)
    .concat(SPLIT_TITLE_ABBREVIATIONS.flatMap((a) => [a.toLowerCase(), `${a.toLowerCase()}.`])),
);

/** Titles written as capital abbreviations, a title only in that spelling: the chess titles ("IM Ann Cole",
 * "WGM Lea Marr") and Chief Minister ("CM Ravi Nair"). "GM" and "FM" are left out: a company and a radio band
 * precede capitalised names more often than the title does. */
export const CAPITAL_TITLES = new Set(['IM', 'WGM', 'WIM', 'WFM', 'WCM', 'CM']);

/** Words that modify a following title ("Prime Minister", "Foreign Minister", "Vice President"). */
export const TITLE_MODIFIERS = new Set(
  'prime vice crown cabinet deputy foreign finance defence defense interior home shadow justice health education trade transport energy environment culture first chief acting former assistant associate executive general secretary attorney supreme senior junior state interim emeritus majority minority presidential grand international woman women female fide candidate staff'.split(
    ' ',
  ),
);

/** Suffixes of a title its holder does not hold now ("president-elect", "minister-designate", "bishop
 * emeritus"). */
export const UNHELD_TITLE_SUFFIXES: ReadonlySet<string> = new Set(
  'emeritus elect designate designee candidate nominee hopeful'.split(' '),
);

/** Words written after a title that still belong to it ("Bishop Emeritus X", "Lord Mayor Candidate X",
 * "Governor Elect X"): a holder's status, never the first word of the person's name. */
export const TITLE_SUFFIXES = new Set([
  ...UNHELD_TITLE_SUFFIXES,
  // "Chief Executive Dana Pike": the second word of the title.
  'executive',
]);

/** Titles whose portfolio may be written as a word of its own, before the title or after "of" ("Information
 * Minister", "Minister of Health"): that word names the office, not a body or a place. */
export const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner']);

/** Nouns that name a minister's or secretary's portfolio and that the lexicon does not list as ordinary words
 * ("Home Affairs Minister", "Emergency Situations Minister", "Natural Resources Secretary"): without them the last
 * word became a body of its own ("Affairs", "Situations"). "National" opens a portfolio of two words ("National
 * Security Adviser", which made a body "National Security"). */
export const PORTFOLIO_NOUNS = new Set(
  `affairs situations emergency emergencies resources security infrastructure tourism fisheries immigration commerce
  development communications housing welfare employment industry planning mines sport sports youth heritage
  innovation science technology agriculture relations services national business trade competition enlargement
  cohesion climate migration taxation customs petroleum aviation transportation equality digital`.split(/\s+/),
);

/** An adviser's field may be written before the title as common words ("National Security Adviser"), while one
 * name before it is whom the adviser serves ("Trump adviser"). */
export const ADVISER_TITLES = new Set(['adviser', 'advisor']);
