/**
 * Head nouns a speaker slot may hold besides a name: people by role or kind ("the woman", "the
 * man's lawyer"), bodies that issue words ("the health ministry", "the embassy"), records that
 * say or show something ("records show", "the message says"), and the words
 * that negate a subject ("no envoy reported ..." names nobody who spoke).
 * Origin: written for edge-brief from English grammar (issue 16, speakers). Licence: MIT, part of this project.
 * The anonymous-sourcing heads, official titles, person titles and document nouns (source-terms.ts,
 * titles.ts) are also heads; this list adds only what they lack.
 */
export const PERSON_HEADS: ReadonlySet<string> = new Set(
  `man men woman women boy girl child children mother father wife husband son daughter brother sister
  family families friend friends neighbor neighbors neighbour neighbours witness witnesses resident residents
  lawyer lawyers attorney attorneys counsel prosecutor prosecutors judge judges expert experts analyst analysts
  professor professors teacher teachers student students researcher researchers scientist scientists doctor doctors
  victim victims survivor survivors owner owners customer customers worker workers employee employees
  leader leaders member members chairman chairwoman chair president governor mayor senator senators
  lawmaker lawmakers legislator legislators congressman congresswoman candidate candidates voter voters
  critic critics supporter supporters opponent opponents activist activists protester protesters
  officer officers agent agents investigator investigators detective detectives trooper troopers
  reporter reporters journalist journalists writer writers author authors editor editors columnist host
  citizen citizens user users fan fans player players coach manager executive executives ceo founder
  others someone somebody everyone anyone one all both many most several few republican republicans democrat democrats
  ministry ministries department departments agency agencies embassy embassies government governments
  office police authorities authority administration court courts company companies firm group groups
  campaign committee council commission board party parties union organization organisation
  spokesman spokeswoman spokesperson source sources official officials person people
  record records document documents recording recordings message messages website site page notice alert warning
  estimate estimates figure figures data statistics account filing footage audio transcript`
    .split(/\s+/)
    .filter(Boolean),
);

/** Determiners that negate the subject: "no envoy", "none of the staff", "neither side" said nothing. */
export const NEGATIVE_DETERMINERS: ReadonlySet<string> = new Set(['no', 'none', 'neither', 'nobody', 'nothing']);

/**
 * Singular heads that name one person by role or kin ("the civil lawyer", "his wife"), with the
 * gender the noun itself gives (null: either). A pronoun in the next sentence may stand for one.
 * Origin: written for edge-brief from English grammar (issue 16, speakers). Licence: MIT, part of this project.
 */
export const PERSON_ROLE_HEADS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ...'man boy father husband son brother congressman chairman spokesman'.split(' ').map((w) => [w, 'male'] as const),
  ...'woman girl mother wife daughter sister congresswoman chairwoman spokeswoman'
    .split(' ')
    .map((w) => [w, 'female'] as const),
  ...`friend neighbor neighbour witness resident lawyer attorney counsel prosecutor judge expert analyst professor
  teacher student researcher scientist doctor victim survivor owner worker employee leader chair president
  governor mayor senator lawmaker legislator candidate officer agent investigator detective trooper reporter
  journalist writer author editor columnist coach manager executive founder spokesperson official aide adviser
  advisor strategist consultant`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [w, null] as const),
]);

/**
 * Singular nouns of an office or a post held by one person, which an "of" phrase only specifies
 * ("the mayor of Dover", "the head of the agency", "the chief executive of Acme"): the holder
 * speaks, not the place or body the office is of.
 * Origin: written for edge-brief from English grammar (issue 16, speakers). Licence: MIT, part of this project.
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(
  `mayor governor president premier chancellor minister secretary director chairman chairwoman chair
  chief head leader ambassador commissioner prosecutor founder owner executive ceo manager captain
  dean principal superintendent sheriff mayor-elect governor-elect president-elect`
    .split(/\s+/)
    .filter(Boolean),
);
