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
