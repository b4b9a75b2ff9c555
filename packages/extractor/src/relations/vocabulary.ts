// The bounded predicate vocabulary: relationship types (UPPER_SNAKE) with the verb lemmas and nouns that
// express them. Anything outside it becomes RELATED_TO, keeping its own lemma and raw phrase, so the
// graph's relationship types stay a small, queryable set while no fact is dropped.

export interface PredicateKind {
  type: string;
  /** Verb lemmas (infinitives) that express the relation. */
  verbs: string[];
  /** Nouns that express it in nominal form ("sanctions on X", "X's visit to Y"). */
  nouns: string[];
}

export const FALLBACK_TYPE = 'RELATED_TO';

/** Relations a post or office ties its holder to a body by ("leader", "spokesman", "founder", "owner"). */
export const OFFICE_TYPES: ReadonlySet<string> = new Set(['LEADS', 'WORKS_FOR', 'FOUNDED', 'OWNS']);

export const PREDICATE_VOCABULARY: PredicateKind[] = [
  {
    type: 'SAYS',
    verbs: [
      'say',
      'tell',
      'state',
      'add',
      'claim',
      'argue',
      'announce',
      'explain',
      'insist',
      'declare',
      'write',
      'reply',
      'respond',
      'comment',
      'remark',
      'confirm',
      'deny',
      'admit',
      'acknowledge',
      'predict',
      'speak',
      'report',
      'tweet',
      'testify',
    ],
    nouns: ['statement', 'remarks', 'remark', 'speech', 'comment', 'comments', 'announcement', 'claim'],
  },
  {
    type: 'MENTIONS',
    verbs: [
      'mention',
      'discuss',
      'emphasize',
      'emphasise',
      'stress',
      'highlight',
      'cite',
      'address',
      'describe',
      'note',
      'raise',
    ],
    nouns: ['mention', 'discussion'],
  },
  {
    type: 'LEADS',
    verbs: ['lead', 'head', 'chair', 'govern', 'rule', 'command', 'manage', 'run', 'direct', 'coach', 'captain'],
    nouns: [
      'leader',
      'head',
      'president',
      'chairman',
      'chairwoman',
      'chair',
      'ceo',
      'chief',
      'premier',
      'chancellor',
      'governor',
      'mayor',
      'king',
      'queen',
      'emir',
      'sultan',
      'emperor',
      'empress',
      'monarch',
      'commander',
      'director',
      'administrator',
      'boss',
      'general manager',
      'captain',
      'coach',
      'prime minister',
      'first minister',
      'chief executive',
      'general secretary',
      'secretary-general',
      // "Secretary-General" is two words to the parse.
      'secretary general',
      'head coach',
    ],
  },
  {
    type: 'WORKS_FOR',
    verbs: ['work', 'serve', 'represent'],
    nouns: [
      // "a former Newsweek manager" is one of its managers, not its head.
      'manager',
      'spokesman',
      'spokeswoman',
      'spokesperson',
      'minister',
      'secretary',
      'official',
      'employee',
      'executive',
      'analyst',
      'economist',
      'engineer',
      'researcher',
      'scientist',
      'reporter',
      'correspondent',
      'editor',
      'adviser',
      'advisor',
      'lawyer',
      'ambassador',
      'envoy',
      'player',
      'striker',
      'officer',
      'staffer',
      'professor',
      'member',
      'senator',
      'representative',
      'deputy',
      'vice president',
      'mp',
      'prosecutor',
      'judge',
      'anthropologist',
      'epidemiologist',
      'virologist',
      'lecturer',
      'consultant',
      'aide',
      'expert',
    ],
  },
  {
    type: 'FOUNDED',
    verbs: ['found', 'establish', 'co-found', 'cofound', 'set up', 'form'],
    nouns: ['founder', 'co-founder', 'cofounder', 'founding father', 'founding mother'],
  },
  { type: 'OWNS', verbs: ['own', 'control', 'possess'], nouns: ['owner', 'parent'] },
  {
    type: 'MEETS',
    verbs: ['meet', 'host', 'talk', 'negotiate'],
    nouns: ['meeting', 'talks', 'summit', 'negotiations'],
  },
  { type: 'VISITS', verbs: ['visit', 'tour', 'travel', 'fly', 'arrive', 'dock'], nouns: ['visit', 'trip', 'tour'] },
  {
    type: 'SANCTIONS',
    verbs: ['sanction', 'penalize', 'penalise', 'punish', 'blacklist', 'embargo', 'fine'],
    nouns: ['sanction', 'sanctions', 'embargo', 'penalty', 'penalties', 'tariff', 'tariffs', 'fine'],
  },
  {
    type: 'BLOCKS',
    verbs: [
      'block',
      'ban',
      'bar',
      'prohibit',
      'restrict',
      'limit',
      'prevent',
      'halt',
      'stop',
      'suspend',
      'veto',
      'forbid',
      'outlaw',
      'criminalize',
      'criminalise',
    ],
    nouns: ['ban', 'restriction', 'restrictions', 'blockade', 'veto'],
  },
  // ("warned the company about cracks in the tunnel" cautions, it threatens nothing: "warn" is no verb of threat;
  // what was warned of, after "warned that", is a claim.)
  { type: 'THREATENS', verbs: ['threaten'], nouns: ['threat', 'threats'] },
  {
    type: 'ATTACKS',
    // ("murder", "assassinate": verbs only; the possessive of "Ann Cole's murder" is the victim, not the killer)
    verbs: `attack strike bomb invade raid shell shoot kill hit target assault murder assassinate stab
    strangle`.split(/\s+/),
    nouns: `attack strike invasion raid bombing assault airstrike offensive shelling bombardment incursion
    cyberattack ambush`.split(/\s+/),
  },
  {
    type: 'CRITICIZES',
    verbs: [
      'criticize',
      'criticise',
      'condemn',
      'denounce',
      'blame',
      'slam',
      'blast',
      'rebuke',
      'decry',
      'lambaste',
      'berate',
      'castigate',
      'deplore',
      'oppose',
      'reject',
      'protest',
      'challenge',
      'dispute',
      'insult',
      'mock',
      'ridicule',
    ],
    nouns: ['criticism', 'condemnation', 'opposition'],
  },
  {
    type: 'ACCUSES',
    verbs: ['accuse', 'charge', 'indict', 'impeach', 'prosecute', 'sue', 'allege'],
    nouns: ['lawsuit', 'charges', 'accusation', 'indictment'],
  },
  {
    type: 'ARRESTS',
    // A court that convicts or sentences someone arrests no one; those verbs keep their own words.
    verbs: ['arrest', 'detain', 'capture', 'jail', 'imprison'],
    nouns: ['arrest', 'detention'],
  },
  {
    type: 'INVESTIGATES',
    verbs: ['investigate', 'probe', 'examine', 'audit', 'inspect', 'review', 'study'],
    nouns: ['investigation', 'probe', 'inquiry', 'review', 'audit'],
  },
  {
    type: 'SUPPORTS',
    verbs: [
      'support',
      'endorse',
      'back',
      'defend',
      'help',
      'aid',
      'assist',
      'approve',
      'favor',
      'favour',
      'champion',
      'praise',
      'laud',
      'hail',
      'welcome',
    ],
    nouns: ['support', 'endorsement', 'aid', 'backing', 'approval', 'tribute'],
  },
  {
    type: 'URGES',
    verbs: ['urge', 'press', 'push', 'encourage', 'ask', 'demand', 'request', 'pressure'],
    nouns: ['call', 'demand', 'request', 'pressure'],
  },
  {
    type: 'PARTNERS_WITH',
    verbs: ['partner', 'cooperate', 'collaborate', 'ally', 'join', 'merge', 'team'],
    nouns: [
      'partnership',
      'cooperation',
      'collaboration',
      'alliance',
      'deal',
      'agreement',
      'treaty',
      'pact',
      'accord',
      'merger',
      'partner',
    ],
  },
  {
    type: 'COMPETES_WITH',
    verbs: ['compete', 'rival', 'challenge'],
    nouns: ['competition', 'rivalry', 'rival', 'competitor'],
  },
  { type: 'DEFEATS', verbs: ['defeat', 'beat', 'overcome'], nouns: ['victory', 'win', 'defeat'] },
  {
    type: 'ACQUIRES',
    verbs: ['acquire', 'buy', 'purchase', 'take over', 'absorb', 'obtain'],
    nouns: ['acquisition', 'purchase', 'takeover'],
  },
  {
    type: 'SELLS',
    // "provided Wikinews with an image", "provides protections": giving is mostly no sale.
    verbs: ['sell', 'export', 'supply', 'ship'],
    nouns: ['sale', 'sales', 'export', 'exports', 'supply', 'supplies', 'delivery'],
  },
  {
    type: 'INVESTS_IN',
    // ("the debates sponsored by the Commission", "sponsored the bill": who sponsors an event runs it, and who
    // sponsors a bill puts it forward; neither pays for it, so "sponsor" keeps its own verb.)
    verbs: ['invest', 'fund', 'finance'],
    nouns: ['investment', 'funding', 'financing'],
  },
  {
    type: 'CREATES',
    verbs: [
      'create',
      'launch',
      'build',
      'develop',
      'design',
      'produce',
      'invent',
      'release',
      'publish',
      'introduce',
      'draft',
      'manufacture',
    ],
    nouns: ['creator', 'developer', 'maker', 'producer', 'launch', 'release', 'author'],
  },
  {
    type: 'APPOINTS',
    // ("picked Tom Hale as her running mate", "tapped Tom Hale to lead": choosing a person; the gate keeps
    // only a person as the one chosen, and "pick up", "tap into" are phrasal verbs of their own.)
    verbs: ['appoint', 'elect', 'nominate', 'hire', 'promote', 'choose', 'select', 'pick', 'tap'],
    nouns: ['appointment', 'nomination', 'election'],
  },
  {
    type: 'PROPOSES',
    verbs: ['propose', 'suggest', 'recommend', 'plan', 'offer'],
    nouns: ['proposal', 'plan', 'offer', 'recommendation'],
  },
  {
    type: 'LABELS',
    verbs: ['label', 'call', 'designate', 'brand', 'classify', 'dub', 'term', 'list', 'consider', 'deem'],
    nouns: ['designation', 'label'],
  },
  {
    type: 'USES',
    verbs: ['use', 'adopt', 'deploy', 'employ', 'apply', 'rely'],
    nouns: ['use', 'adoption', 'deployment'],
  },
  {
    type: 'AFFECTS',
    verbs: [
      'affect',
      'impact',
      'hurt',
      'damage',
      'harm',
      'influence',
      'benefit',
      'legalize',
      'legalise',
      'decriminalize',
      'decriminalise',
      'delay',
      'postpone',
      'cause',
    ],
    nouns: ['impact', 'effect', 'damage', 'influence'],
  },
  {
    type: 'FOCUSES_ON',
    verbs: ['focus', 'concentrate', 'prioritize', 'prioritise', 'target'],
    nouns: ['focus', 'priority'],
  },
  {
    type: 'LOCATED_IN',
    verbs: ['locate', 'base', 'headquarter', 'situate', 'live', 'reside', 'stay'],
    nouns: ['headquarters', 'resident', 'native', 'citizen'],
  },
  {
    type: 'PART_OF',
    verbs: ['belong', 'comprise', 'include', 'contain'],
    nouns: ['part', 'division', 'unit', 'subsidiary', 'branch', 'province', 'region', 'capital'],
  },
  // Kin: "Tom Hale's wife, Ann Cole", "Ann Cole, the daughter of Tom Hale", "married Ann Cole". The holder of
  // the kin word is the subject ("Ann Cole RELATIVE_OF Tom Hale", its words saying which tie).
  {
    type: 'RELATIVE_OF',
    verbs: ['marry', 'wed'],
    nouns: `wife husband spouse widow widower son daughter father mother brother sister stepson stepdaughter
    stepfather stepmother half-brother half-sister grandson granddaughter grandfather grandmother niece nephew
    cousin uncle aunt fiancée fiancé son-in-law daughter-in-law father-in-law mother-in-law`.split(/\s+/),
  },
  {
    type: 'LINKED_TO',
    verbs: ['link', 'connect', 'associate', 'tie', 'relate', 'affiliate'],
    nouns: ['link', 'links', 'ties', 'connection', 'connections'],
  },
];

const byVerb = new Map<string, string>();
const byNoun = new Map<string, string>();
for (const kind of PREDICATE_VOCABULARY) {
  for (const v of kind.verbs) if (!byVerb.has(v)) byVerb.set(v, kind.type);
  for (const n of kind.nouns) if (!byNoun.has(n)) byNoun.set(n, kind.type);
}

/** The relationship type a verb lemma expresses, if it is in the vocabulary. */
export function verbType(lemma: string): string | undefined {
  return byVerb.get(lemma.toLowerCase());
}

/** "toxicologist", "biologist", "geneticist", "oceanographer", "statistician": a scientist of a field, named by
 * the field's suffix, works where the text says ("a toxicologist at Rutgers University"). */
export const scientistNoun = (noun: string): boolean =>
  /^(?:\p{Ll}{2,}ologist|\p{Ll}{2,}onomist|(?!publ)\p{Ll}{3,}icist|\p{Ll}*chemist|\p{Ll}{3,}ographer|statistician|mathematician|physician)s?$/u.test(
    noun,
  );

/** The relationship type a noun (as written, or its singular) expresses, if any. */
export function nounType(noun: string): string | undefined {
  const n = noun.toLowerCase();
  return byNoun.get(n) ?? byNoun.get(n.replace(/s$/, '')) ?? (scientistNoun(n) ? 'WORKS_FOR' : undefined);
}

/** Relations of stance: their object follows "for", "of" or "to", never "on" ("support for X"). */
const STANCE_TYPES = new Set(['SUPPORTS', 'CRITICIZES']);

/** "Warren's endorsement on Twitter", "praised the endorsement on Twitter": backing or blame "on" a phrase is
 * given there (a platform, a programme), not to it. */
const stanceMedium = (prep: string, type: string): boolean => prep === 'on' && STANCE_TYPES.has(type);

/** Nouns whose relation reaches its object only through some prepositions: "calls on X", "calls for X" urge;
 * "made calls to X", "calls from X" are telephone calls. */
const NOUN_PREPS = new Map([
  ['call', new Set(['on', 'for'])],
  // "moved its headquarters from Dorn to Kesh": a seat is where it is "in" or "at", not where it left.
  ['headquarter', new Set(['in', 'at', 'on', 'near'])],
]);

/** "sold to Beta Ltd", "exports to Norway", "bought from Beta Ltd": after a selling act "to" names the buyer
 * and after a buying act "from" the seller: the other party, not the thing that changed hands, which is what
 * SELLS and ACQUIRES reach. */
export const tradePartner = (type: string, prep: string | undefined): boolean =>
  (type === 'SELLS' && prep === 'to') || (type === 'ACQUIRES' && prep === 'from');

/** Whether a relation noun's phrase after `prep` is not what the relation reaches (see stanceMedium). */
export const offRelation = (prep: string, type: string, noun: string): boolean => {
  const preps = NOUN_PREPS.get(noun.toLowerCase().replace(/s$/, ''));
  return stanceMedium(prep, type) || (!!preps && !preps.has(prep));
};

/** The types of entity that act and speak: persons and bodies. */
export const ACTOR_TYPES: ReadonlySet<string> = new Set(['Person', 'Organization']);

/**
 * Phrasal verbs, read before the bare verb: the particle or preposition changes the relation ("call on" is
 * urging, not labelling; "run for" is no leading; "lead to" is an effect). RELATED_TO entries stop the bare
 * verb's type without claiming another.
 */
const PHRASAL_VERBS = new Map<string, string>(
  Object.entries({
    'call on': 'URGES',
    'pick up': FALLBACK_TYPE,
    'pick out': FALLBACK_TYPE,
    'tap into': FALLBACK_TYPE,
    'call for': 'URGES',
    'push for': 'URGES',
    'take over': 'ACQUIRES',
    'buy out': 'ACQUIRES',
    'set up': 'FOUNDED',
    'look into': 'INVESTIGATES',
    'meet with': 'MEETS',
    'side with': 'SUPPORTS',
    'stand by': 'SUPPORTS',
    'stand behind': 'SUPPORTS',
    'vote for': 'SUPPORTS',
    'vote against': 'CRITICIZES',
    'speak out against': 'CRITICIZES',
    'lash out at': 'CRITICIZES',
    'crack down on': 'BLOCKS',
    'rule against': 'BLOCKS',
    'comment on': 'MENTIONS',
    // "said of the outbreak, …", "spoke about Tom Hale": what a statement is about, not a thing told.
    'say of': 'MENTIONS',
    'say about': 'MENTIONS',
    'speak of': 'MENTIONS',
    'speak about': 'MENTIONS',
    'write of': 'MENTIONS',
    'write about': 'MENTIONS',
    'remark of': 'MENTIONS',
    'remark on': 'MENTIONS',
    'comment about': 'MENTIONS',
    'tweet about': 'MENTIONS',
    'talk about': 'MENTIONS',
    'work with': 'PARTNERS_WITH',
    'work for': 'WORKS_FOR',
    'play for': 'WORKS_FOR',
    'compete against': 'COMPETES_WITH',
    'compete with': 'COMPETES_WITH',
    'run against': 'COMPETES_WITH',
    'play against': 'COMPETES_WITH',
    'win against': 'DEFEATS',
    'lead to': 'AFFECTS',
    // "Spotify benefited from the App Store", "suffered from the ban": the one after "from" acts on the subject.
    'benefit from': FALLBACK_TYPE,
    'suffer from': FALLBACK_TYPE,
    // "hails from Arizona": where someone comes from, not praise.
    'hail from': 'LOCATED_IN',
    // "the warning applied to County Galway", "applied for a visa": no use of anything.
    'apply to': FALLBACK_TYPE,
    'apply for': FALLBACK_TYPE,
    'result in': 'AFFECTS',
    // "died of COVID-19": the cause of a death is tied to the one who died, not met or visited.
    'die of': 'LINKED_TO',
    'die from': 'LINKED_TO',
    'run for': FALLBACK_TYPE,
    'run from': FALLBACK_TYPE,
    'rule out': FALLBACK_TYPE,
    'pull out': FALLBACK_TYPE,
    'step down': FALLBACK_TYPE,
    'back down': FALLBACK_TYPE,
    'turn down': FALLBACK_TYPE,
    'give up': FALLBACK_TYPE,
    // "the SDF, which Trump served up to Turkey", "served out his sentence": handing over or finishing, no work.
    'serve up': FALLBACK_TYPE,
    'serve out': FALLBACK_TYPE,
    'withdraw from': FALLBACK_TYPE,
    'fly over': FALLBACK_TYPE,
    // "studied at MIT", "studied in Paris": a student's school or city, not what was investigated.
    'study at': FALLBACK_TYPE,
    'study in': FALLBACK_TYPE,
    'study under': FALLBACK_TYPE,
  }),
);

/** The type of a phrasal verb: the verb group's lemma ("set up", "crack down") and the word after it. */
export function phrasalType(lemma: string, next: string | undefined): string | undefined {
  const l = lemma.toLowerCase();
  return (next ? PHRASAL_VERBS.get(`${l} ${next}`) : undefined) ?? PHRASAL_VERBS.get(l);
}
