/**
 * Words for caveats/schedule-forecasts.ts: the forecast words whose clause may be a schedule
 * ("unlikely before the end of the year", "will likely be published next month"), the prepositions
 * of a deadline, the words of the calendar after them, and the periods after "this"/"next".
 *
 * Origin: Written for edge-brief; MIT. From general English usage (news register of forecasts,
 * PolNeAR dev's news reports read for the class), not copied from any list or corpus.
 */

/** Forecast words whose clause is read for a time of the calendar. */
export const SCHEDULE_CUES: readonly string[] = ['likely', 'unlikely', 'probably', 'possibly'];

/** Prepositions of a deadline: "before the end of the year", "until after Easter", "by Friday". */
export const DEADLINE_PREPOSITIONS: readonly string[] = ['before', 'by', 'until', 'till'];

/**
 * Words of the calendar within three words after a deadline preposition. Not "may" and "march"
 * (a modal, a verb as often as a month).
 */
export const CALENDAR_WORDS: readonly string[] = [
  'january',
  'february',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'end',
  'next',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'easter',
  'christmas',
  'midnight',
  'noon',
  'tomorrow',
];

/** Periods after "this" or "next": "next month", "this week". */
export const CALENDAR_PERIODS: readonly string[] = [
  'week',
  'weekend',
  'month',
  'year',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'session',
  'term',
  'quarter',
];
