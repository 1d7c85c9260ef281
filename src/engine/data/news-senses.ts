/**
 * Words for the straight-news filters of caveats/criticism-acts.ts, caused-reactions.ts and
 * event-nouns.ts (issue 16, precision on objective sentences): the charged verbs that name a
 * speech act of criticism, the prepositions of their physical sense, the nouns of works that
 * criticise, the verbs that cause an emotion in their object, and the nouns that name violent
 * events of record.
 *
 * Origin: compiled by hand for this project from English grammar and the false-alarm classes read
 * in PolNeAR dev's news reports, PTC train and CheckThat! dev OBJ sentences; common English words,
 * no third-party list copied. Licence: same as this repository.
 */

/** Charged verbs of criticism ("slammed", "blasted", "lashed out"): speech acts, like "criticised". */
export const CRITICISM_VERBS: readonly string[] = (
  'slam slams slammed slamming blast blasts blasted blasting rip rips ripped ripping lash lashes lashed lashing ' +
  'berate berates berated berating excoriate excoriates excoriated excoriating lambaste lambastes lambasted lambasting'
).split(' ');

/** A verb of striking followed by one of these moves a body ("the car slammed into a tree", "blasted through rock"). */
export const MOTION_PREPOSITIONS: readonly string[] =
  'into through against onto across past off over down up open shut apart out'.split(' ');

/** Nouns of works and records that criticise in print ("the report slams", "a new study blasts"). */
export const WORK_NOUNS: readonly string[] = (
  'report reports study studies book books memoir film documentary review audit editorial letter statement ruling ' +
  'lawsuit complaint article column essay paper survey inquiry probe investigation verdict judgment judgement'
).split(' ');

/** Verbs that cause an emotion in their object ("the ruling enraged farmers"): the object's reaction, reported. */
export const EMOTION_CAUSING: readonly string[] = (
  'enraged enrages enrage outraged outrages outrage infuriated infuriates infuriate incensed incenses ' +
  'horrified horrifies appalled appals appalls angered angers shocked shocks stunned stuns'
).split(' ');

/** Nouns of mass killings of record ("the massacre", "the 1995 genocide", "survivors of the pogrom"). */
export const KILLING_EVENTS: readonly string[] =
  'massacre massacres genocide genocides slaughter pogrom pogroms atrocity atrocities bloodbath carnage holocaust'.split(
    ' ',
  );

/**
 * Nouns of a military event that need their place or invader named ("the invasion of Ukraine",
 * "Russia's invasion"): without it the same noun is the metaphor of immigration, a charge.
 */
export const INVASION_EVENTS: readonly string[] = ['invasion', 'invasions'];

/** Nouns of a viewpoint or an account after "In <holder>'s ..." ("In Brown's view", "in the eyes of voters"). */
export const VIEW_NOUNS: readonly string[] = (
  'view views opinion eyes estimation judgment judgement assessment account telling reading mind words ' +
  'analysis interpretation recollection memory version understanding'
).split(' ');

/**
 * Kinds of a named term: a quotation just before one of these names the term ("the “carried
 * interest” loophole", "a “pay as you go” model"), and "<kind> of" just before one introduces it
 * ("a strategy of “massive resistance”").
 */
export const TERM_KINDS: readonly string[] = (
  'loophole loopholes provision provisions clause clauses exemption exemptions exception exceptions deduction ' +
  'deductions credit credits tax taxes account accounts fund funds model models doctrine doctrines principle ' +
  'principles tactic tactics practice practices strategy strategies approach approaches option options label ' +
  'labels category categories designation designations classification classifications slogan slogans motto ' +
  'theory theories era movement movements reference references system systems rule rules policy policies ' +
  'programme programmes program programs plan plans scheme schemes campaign campaigns ' +
  // A legal or technical yardstick ("the “probable cause” standard", "a “means” test").
  'standard standards test tests threshold thresholds'
).split(' ');

/**
 * Nouns of words themselves, right before words in quotation marks or with "of" between ("the term
 * “X”", "the slogan “X”", "the concept of “X”"): the marks mention the words (caveats/quoted-terms.ts).
 * PTC train scare-quote caveats on no labelled span.
 */
export const MENTION_NOUNS: readonly string[] = (
  'term terms word words phrase phrases expression expressions concept concepts notion notions slogan slogans ' +
  'motto mottos catchphrase buzzword buzzwords euphemism euphemisms tag tags label labels'
).split(' ');

/**
 * Verbs that give what words mean, before the words they give in quotation marks ("means
 * “peace”", "meaning ‘turning the bones’", "translates as “...”", "stands for “...”"), and the words
 * that may stand between (caveats/quoted-terms.ts, a gloss). PTC train scare-quote caveats on no
 * labelled span: a translation taken for irony.
 */
export const GLOSS_VERBS: readonly string[] =
  'means meaning meant translates translated translating translation stands stood abbreviation short'.split(' ');
export const GLOSS_GLUE_WORDS: readonly string[] = 'as to for literally roughly simply loosely'.split(' ');

/** Verbs of judging something whose short quotation after them is the judge's word ("condemned the “reckless” cuts"). */
export const JUDGING_VERBS: readonly string[] = (
  'condemn condemns condemned condemning criticise criticises criticised criticize criticizes criticized ' +
  'denounce denounces denounced attack attacks attacked reject rejects rejected welcome welcomes welcomed ' +
  'praise praises praised hail hails hailed defend defends defended laud lauds lauded applaud applauds applauded ' +
  'question questions questioned challenge challenges challenged dispute disputes disputed'
).split(' ');

/** Nouns of an amount or a change that a figure measures ("a staggering loss of $5 billion", "a sharp rise of 40 percent"). */
export const MEASURE_NOUNS: readonly string[] = (
  'loss losses rise rises increase increases jump jumps drop drops fall falls decline declines surge surges spike ' +
  'spikes gain gains profit profits deficit deficits debt debts cost costs sum sums total number growth hike hikes ' +
  'cut cuts shortfall payout payouts fine fines bill price prices turnout margin majority lead'
).split(' ');

/** Capitalised names of historical movements whose word is also a slur ("the Nazis", "Nazi Germany", "the Fascist regime"). */
export const HISTORICAL_MOVEMENTS: readonly string[] = ['nazi', 'nazis', 'fascist', 'fascists'];

/** What the historical movement held or did ("Nazi rule", "Nazi officers", "the Fascist regime"). */
export const REGIME_HEADS: readonly string[] = (
  'germany italy regime regimes party rule era state occupation occupiers officer officers official officials ' +
  'leader leaders leadership camp camps forces troops soldiers army invasion invaders holocaust propaganda period ' +
  'dictatorship dictator dictators government years past war'
).split(' ');

/** The wire's noun for armed fighters ("Palestinian militants", "the militants fled"): a plural noun, never an adjective. */
export const ARMED_FIGHTER_NOUNS: readonly string[] = ['militants'];

/** Nouns after "militant" that make it the wire's name of an armed body ("the militant group Hamas"). */
export const ARMED_BODY_HEADS: readonly string[] = (
  'group groups organization organizations organisation organisations faction factions wing cell cells network ' +
  'networks commander commanders fighters'
).split(' ');

/** A noun of an explosion that is also a verb of criticism ("a bomb blast", "blasts rocked the city"). */
export const EXPLOSION_NOUNS: readonly string[] = ['blast', 'blasts'];

/** What goes off in an explosion, before its noun ("a car bomb blast", "a gas blast"). */
export const EXPLOSIVE_SOURCES: readonly string[] =
  'bomb bombs car truck gas suicide mortar rocket grenade mine roadside pipeline boiler factory'.split(' ');

/** What an explosion does or leaves, after its noun ("the blast killed", "blast victims", "blast site"). */
export const EXPLOSION_AFTER: readonly string[] = (
  'killed kills injured injures wounded wounds hit hits rocked rocks tore tears ripped rips destroyed destroys ' +
  'damaged damages shook shakes struck strikes left leaves occurred happened went victim victims site sites wave ' +
  'radius zone survivor survivors'
).split(' ');
