// Head words that make a proper name an organisation or a place (general English, not article-specific).

/** A company's legal form: the word that ends its name ("Acme Inc.", "Blues Incorporated", "Tata Sons Limited"),
 * so no "of"/"for" complement follows it ("was leaving Blues Incorporated for The Rolling Stones"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'inc inc. corp corp. co co. ltd ltd. llc plc incorporated limited'.split(' '),
);

/** Title words of newspapers that are also ordinary words ("Sun", "Star", "Mail"): a paper's name only after
 * a place's ("The Baltimore Sun", "Toronto Star"); "Times", "Post", "Herald" are in ORG_HEADS. */
export const NEWSPAPER_TITLES: ReadonlySet<string> = new Set(
  `sun star mail globe observer telegraph chronicle mirror inquirer examiner standard courier dispatch bulletin
  sentinel guardian independent express gleaner`.split(/\s+/),
);

export const ORG_HEADS = new Set([
  ...LEGAL_FORMS,
  ...`corporation company companies group holdings department ministry
  agency office bureau council committee commission board authority administration government parliament senate
  congress assembly court tribunal university college school faculty academy institute institution foundation trust
  association federation confederation community consortium syndicate guild caucus union league club team fc party movement front army navy force forces police guard guards
  service services bank fund exchange times post news herald journal tribune press gazette magazine weekly daily
  municipality conference survey observatory
  network networks broadcasting television radio media studios pictures records airlines airways airline
  railways motors technologies systems labs laboratories industries enterprises partners capital international
  organization organisation society church hospital clinic center centre centers centres institutes museum library
  orchestra band brigade battalion regiment command cabinet secretariat commission directorate federation
  chamber chambers reserve treasury coalition alliance initiative project program programme forum council foundation gallery galleries
  aerospace pharmaceuticals pharma therapeutics biosciences biotech diagnostics genomics biologics electronics semiconductor
  semiconductors logistics petroleum insurance embassy consulate rescue tribe unit squad developments properties ventures
  solutions investments brands`
    .split(/\s+/)
    .filter(Boolean),
]);

/** A union's branch, written before its number ("Aerospace Workers District 751", "Teamsters Local 727"); not
 * "Chapter", which is a law's too ("Chapter 11"). */
export const UNION_BRANCHES: ReadonlySet<string> = new Set(['district', 'local', 'lodge']);

export const PLACE_HEADS = new Set(
  `city town village county province state region district territory island islands river lake sea ocean bay gulf
  mountain mountains mount mt valley desert coast peninsula strait canal street st. avenue ave road square park
  airport station bridge harbor harbour port hall stadium arena palace tower castle plaza county borough
  republic kingdom emirates heights hills falls beach forest mosque cathedral temple shrine oblast krai governorate
  prefecture voivodeship canton parish range memorial monument cemetery prison jail penitentiary facility wall gate`
    .split(/\s+/)
    .filter(Boolean),
);

/** Place words written before the place's own name ("Mount Tavu", "Lake Varn", "Fort Dorn", "Cape Orl"). */
export const FRONT_PLACE_HEADS = new Set(['mount', 'lake', 'fort', 'cape', 'port', 'isle']);

/** Organisation words that open a name in French, Spanish, Italian, Portuguese and German ("Institut National
 * de Recherche Biomédicale", "Banco de España"), and in Arabic written in Latin letters ("Jabhat al-Nusra",
 * "Jaysh al-Islam": front, army, movement, party, brigade): these languages put the head first, so the English
 * last-word test never sees it. */
export const FOREIGN_ORG_HEADS = new Set(
  `institut instituto istituto université universidad universidade università universität hochschule banco banque
  banca agence agencia agenzia compagnie compañía compagnia société sociedad società gesellschaft ministère
  ministerio ministero partido parti partito comité comisión commissione conseil consejo consiglio fondation
  fundación fondazione brigada centro musée museo corte cour observatoire observatorio osservatorio laboratoire
  laboratorio école escuela escola scuola asociación associação associazione minera mineração grupo empresa empresas
  industrias corporación constructora naviera financiera aerolíneas petróleos companhia
  jabhat jaysh jaish harakat hizb liwa kataib kataeb saraya`
    .split(/\s+/)
    .filter(Boolean),
);

/** Place words that open a name in Spanish, Portuguese and Italian ("Cordillera del Condor", "Bahía Blanca"). Not
 * "río" ("Rio Tinto" is a firm) nor "costa" (a family name). */
export const FOREIGN_PLACE_HEADS = new Set(
  'cordillera sierra serranía cerro monte laguna lago isla islas bahía bahia playa valle golfo plaza piazza praça avenida calle rua'.split(
    ' ',
  ),
);

/** Romance "of" words between an organisation word and its complement ("Brigade de Recherche"). */
export const ROMANCE_OF = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'des', 'du']);

/** Head words that name no one on their own: "University exhibits" is not an organisation called University. */
export const GENERIC_HEADS = new Set(
  `university college school academy institute hospital clinic museum library company corporation department ministry
  agency bureau office committee commission foundation association community club team band center centre station street
  road avenue square park bridge airport hall tower program programme project collection collections gallery
  galleries exhibit exhibition police state city republic presidency province region county government bank games`
    .split(/\s+/)
    .filter(Boolean),
);

// Names of recurring or one-off happenings end in these words: "Lantern Festival", "World Cup", "Fan Expo Canada",
// "Super Bowl" (a bowl is a season's final game), "Spring Break", "Summer Recess" (a school's or a parliament's pause).
// ("Games" is left out: "Commonwealth Games" but "EB Games", "Epic Games".)
export const EVENT_HEADS = new Set(
  'festival festivals olympics olympiad cup championship championships tournament open expo exposition fair summit marathon carnival parade war bowl break recess convention tour'.split(
    ' ',
  ),
);

/** Event heads only in a dated edition ("the 2038 Asian Games"; "EB Games" is a shop). */
export const DATED_EVENT_HEADS: ReadonlySet<string> = new Set(['games']);

/** Votes named as events: "California Primary", "US Presidential Election", "Brexit Referendum" (event-head only:
 * elsewhere these words are no name's kind, "Texas Election Law"). */
export const VOTE_HEADS: ReadonlySet<string> = new Set(['primary', 'primaries', 'election', 'elections', 'referendum']);

/** Last words of an occasion named by a possessive before them: "International Women's Day", "New Year's Eve". */
export const OCCASION_HEADS: ReadonlySet<string> = new Set(['day', 'eve']);

/** Words for a political division ("state", "province", "county"): alone they classify a place the article
 * names ("the state of Wisconsin", "the state") or speak of any ("a state"), never one thing of their own. */
export const DIVISION_WORDS: ReadonlySet<string> = new Set(
  `state province city town village county district territory island commonwealth country nation republic kingdom
  emirate borough municipality prefecture`.split(/\s+/),
);

/** Kinds of organisation a writer puts right before a name ("Iranian airline Mahan Air", "the carmaker Daimler"). */
export const ORG_KINDS = new Set(
  `airline carrier company firm bank lender insurer broadcaster newspaper publisher automaker carmaker retailer
  manufacturer supplier contractor maker chipmaker drugmaker planemaker steelmaker toymaker truckmaker startup conglomerate operator brewer chain supermarket charity union party group agency
  regulator watchdog club network lobby`
    .split(/\s+/)
    .filter(Boolean),
);

/** Trades that people and firms share ("film producer Ann Cole", "the oil producer Zentra"), and the goods or
 * ownership words before one that make it a firm's: "copper producer", "arms supplier", "state-owned miner". */
const TRADES = new Set('producer exporter importer supplier provider miner refiner distributor trader'.split(' '));
const GOODS = new Set(
  `oil gas coal gold copper diamond iron uranium lithium nickel cobalt zinc silver platinum steel aluminium aluminum
  timber coffee cocoa grain wheat sugar arms weapons energy power electricity fuel fertiliser fertilizer chip`.split(
    /\s+/,
  ),
);
const STATE_HELD = new Set(['owned', 'run', 'controlled', 'backed']);
/** `word` is a trade and the words before it (`before`, nearest first; a hyphened word is two) name goods or
 * state ownership ("state-owned"): an organisation's kind. */
export const goodsTrade = (before: string[], word: string) =>
  TRADES.has(word) && (GOODS.has(before[0]) || (STATE_HELD.has(before[0]) && before[1] === 'state'));

/** A kind of organisation in the plural ("operators", "airlines", "companies"): the kinds of a list's names. */
export const pluralOrgKind = (word: string) =>
  /s$/.test(word) && ORG_KINDS.has(word.replace(/ies$/, 'y').replace(/s$/, ''));

/** What a utility or an industrial firm sells, as the last word of its name ("Thames Water", "Scottish Power",
 * "Pacific Gas and Electric", "Nippon Steel"): a firm, not a place nor a person. */
export const UTILITY_WORDS: ReadonlySet<string> = new Set(
  'water power gas electric electricity energy light telephone telegraph telecom telecoms steel petroleum'.split(' '),
);

/** Words that open a sports club's name before its town ("Sporting Lisbon", "Dynamo Kyiv", "FC Porto"); no town
 * of the cities data is named so. */
export const CLUB_OPENERS: ReadonlySet<string> = new Set(
  'fc afc ac sc cf real sporting dynamo dinamo olympique athletic atletico atlético borussia eintracht racing lokomotiv spartak inter'.split(
    ' ',
  ),
);
/** Of those, the words that open nothing but a club's name, whatever follows ("Olympique Vallmont", "Borussia
 * Dortmund"); "Real", "Sporting", "Racing", "Athletic" and "Inter" open other names too. */
export const CLUB_ONLY_OPENERS: ReadonlySet<string> = new Set(
  'fc afc olympique dynamo dinamo borussia eintracht lokomotiv spartak'.split(' '),
);
