/**
 * Words that type a proper name from the word after it or from its first or last word: "Biden
 * administration" (an organisation), "Washington Treaty" (a thing), "Democrats" (a group), "Cape
 * Town", "Gulf Coast" (places). Read by actors/classify.ts.
 *
 * Origin: compiled by hand for this project from the errors seen on the shared dev sets (CoNLL,
 * PolNeAR, PTC) and the worked examples; common English words, no third-party list copied.
 * Licence: same as this repository.
 */
/** Words after a name that make "<name> <word>" an organisation ("Biden administration"). */
export const ORG_AFTER = new Set([
  'administration',
  'government',
  'campaign',
  'regime',
  'cabinet',
  'presidency',
  'team',
]);
/** Last words of capitalised sequences that name things or events, not actors ("Washington Treaty", "Dunmore Massacre"). */
export const THING_HEADS = new Set(
  `treaty act amendment bill law accord accords agreement deal doctrine plan policy program programme strategy report index war wars cup prize award
awards games olympics open series championship championships tournament festival summit day week month year era use terms conditions
prix champions shield bowl convention trophy classic marathon derby grand receipt loadings range
street avenue road boulevard highway bridge river lake sea ocean bay island islands mountain mountains park square airport station
tower hotel motel resort casino museum stadium arena hall building church mosque temple cathedral palace project operation mission initiative fund
massacre massacres shooting shootings bombing bombings riot riots scandal uprising genocide holocaust crisis killings siege rampage
revolution hoax autopsy rally election elections hearing hearings trial base afb airbase airfield barracks prison penitentiary`.split(
    /\s+/,
  ),
);
/** Plural nouns whose capitalised form names a group ("Democrats", "Republicans", "Senators"). */
export const GROUP_PLURALS = new Set([
  'democrats',
  'republicans',
  'senators',
  'conservatives',
  'liberals',
  'progressives',
  'tories',
  'socialists',
  'communists',
  'muslims',
  'christians',
  'jews',
  'catholics',
  'evangelicals',
  'latinos',
  'latinas',
  'hispanics',
  'asians',
  'africans',
  'arabs',
  'kurds',
  'sikhs',
  'hindus',
  'buddhists',
  'mormons',
  'nazis',
  'islamists',
  'jihadists',
  'zionists',
  'leftists',
  'fascists',
  'marxists',
  'protestants',
]);
/** First words of multi-word place names ("West Indies", "Cape Town", "Port Louis"). */
export const PLACE_FIRST = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'cape',
  'port',
  'lake',
  'mount',
  'mt',
  'gulf',
  'fort',
  'st',
  'st.',
  'saint',
  'kuala',
  'san',
  'los',
  'las',
  'new',
]);
/** Last words of place names ("Gulf Coast", "Bellerive Oval", "Uttar Pradesh" aside). */
export const PLACE_LAST = new Set([
  'coast',
  'indies',
  'oval',
  'ground',
  'valley',
  'county',
  'province',
  'region',
  'district',
  'peninsula',
  'strait',
  'straits',
  'desert',
  'canyon',
  'falls',
  'heights',
  'hills',
  'springs',
  'beach',
  'harbour',
  'harbor',
  'point',
  'rapids',
  'pradesh',
  'area',
  'island',
  'islands',
  'mountains',
  'river',
  'square',
]);

/** First words of a storm's name ("Hurricane Maria", "Tropical Storm Alberto"): a storm is an event, not an actor. */
export const STORM_FIRST = new Set(['hurricane', 'hurricanes', 'typhoon', 'typhoons', 'cyclone', 'tropical', 'storm']);

/** Diseases and viruses that news capitalises ("Ebola", "Zika"): things, not actors. */
export const DISEASE_NAMES = new Set([
  'ebola',
  'zika',
  'coronavirus',
  'covid',
  'covid-19',
  'sars',
  'mers',
  'sars-cov-2',
  'h1n1',
  'h5n1',
  'marburg',
  'lassa',
  'mpox',
]);

/** Religions and creeds ("Islam", "Christianity"): a faith is not an actor (its believers and bodies are). */
export const RELIGION_NAMES = new Set([
  'islam',
  'christianity',
  'judaism',
  'hinduism',
  'buddhism',
  'sikhism',
  'catholicism',
  'protestantism',
  'mormonism',
  'shintoism',
  'taoism',
  'zoroastrianism',
  'atheism',
  'sharia',
]);

/**
 * Planets and other bodies of the sky ("Earth", "Jupiter"): places, never a person or a body that speaks.
 * "Mars", "Venus", "Moon" and "Mercury" are left out: each is also a person's, a company's or a
 * paper's name ("President Moon", "Mars Inc.", "Venus Williams", "the Mercury"), and "Sun" is a paper.
 */
export const CELESTIAL_BODIES = new Set(['earth', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto', 'milky way']);

/**
 * A faith's rites, sacraments and doctrines, capitalised by religious writing ("the Eucharist",
 * "the Faith"): things believed or done, not actors. One-word names only ("Trinity College" is a
 * body). Scriptures and catechisms are left out (a text can be cited as saying something: "the Bible
 * says"), and so is the Magisterium (a teaching body). "Mass" is left out too: it is also
 * Massachusetts ("Boston, Mass.").
 */
export const RELIGIOUS_NOUNS = new Set([
  'eucharist',
  'faith',
  'sacrament',
  'sacraments',
  'baptism',
  'liturgy',
  'rosary',
  'resurrection',
  'crucifixion',
  'incarnation',
  'trinity',
  'sabbath',
  'creed',
  'communion',
  'heaven',
  'hell',
  'paradise',
  'shariah',
  'sunnah',
  // Deities and the devil, capitalised by every writer, are believed in, not reported as actors.
  'god',
  'allah',
  'satan',
  'lucifer',
]);

/**
 * Clipped, informal forms of party names and what they stand for: the plural names the party's
 * members (a group, as "Democrats" is), the singular is an adjective or one member.
 */
export const CLIPPED_PARTIES = new Map<string, { plural: string; singular: boolean }>([
  ['dems', { plural: 'Democrats', singular: false }],
  ['dem', { plural: 'Democrats', singular: true }],
  ['repubs', { plural: 'Republicans', singular: false }],
  ['repub', { plural: 'Republicans', singular: true }],
  ['libdems', { plural: 'Liberal Democrats', singular: false }],
]);

/**
 * Party labels written before a person's name as a role ("Republican Trump", "Tory MP"), lower-cased.
 * Origin: written for edge-brief (issue 16, actors). Licence: MIT, part of this project.
 */
export const PARTY_LABELS: ReadonlySet<string> = new Set([
  'democrat',
  'democratic',
  'republican',
  'gop',
  'tory',
  'libertarian',
]);

/** Nouns numbered like kings that name no one ("Phase II", "Type I", "Schedule I", "Act III"): with a Roman numeral, a thing. */
export const NUMBERED_THINGS: ReadonlySet<string> = new Set(
  'phase stage class type category schedule level grade tier round act scene council generation'.split(' '),
);

/**
 * Parts of a document cited by number ("Chapter 8", "Article 19", "Section 1226", "Book II"):
 * with a number after it, such a word names a passage, never an actor.
 * Origin: written for edge-brief (issue 16, actors). Licence: MIT, part of this project.
 */
export const DOCUMENT_PARTS: ReadonlySet<string> = new Set(
  'chapter chapters section sections article articles part parts paragraph clause title book verse verses page pages volume annex appendix canon rule'.split(
    ' ',
  ),
);

/**
 * Words before "to" that make it name a person spoken to or cited, not a place gone to: "according
 * to Hale", "spoke to Hale", "wrote to Hale", "a spokesman to Hale" (actors/place-context.ts).
 */
export const TO_OF_PERSONS: ReadonlySet<string> = new Set([
  'according',
  'spoke',
  'speaks',
  'speaking',
  'talked',
  'talks',
  'talking',
  'wrote',
  'writes',
  'writing',
  'replied',
  'responded',
  'listened',
  'married',
  'adviser',
  'advisor',
  'aide',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'close',
  'loyal',
  'letter',
  'message',
]);
