/**
 * A forecast of when something will happen is the news register's schedule, not the author's
 * opinion (precision on unseen news, PolNeAR dev): "A ruling is unlikely before the end of the
 * year", "the report will likely be published next month", "will probably not finish until after
 * Easter". This filter drops an author-voice speculation draft of the lexical scan whose cue is
 * "likely", "unlikely", "probably" or "possibly" when its clause names a time of the calendar after a
 * deadline preposition ("before", "by", "until"), an event after "until after", or a period after "this"/"next". A guess with no
 * such time ("will probably drive the bakers out of town") stays speculation.
 *
 * Linear: per speculation draft, one pass over the words of its clause.
 */
import type { Doc } from '../document';
import { CALENDAR_PERIODS, CALENDAR_WORDS, DEADLINE_PREPOSITIONS, SCHEDULE_CUES } from '../data/schedule-forecasts';
import type { Draft } from './author-voice';

const CUES = new Set(SCHEDULE_CUES);
const DEADLINES = new Set(DEADLINE_PREPOSITIONS);
const CALENDAR = new Set(CALENDAR_WORDS);
const PERIODS = new Set(CALENDAR_PERIODS);
const SPECULATION_RULE = 'author-voice/speculation';
/** Words after a deadline preposition its time may take to come ("until after the Easter"). */
const CALENDAR_REACH = 3;

export function quietScheduleForecasts(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && d.kind === 'speculation' && d.rules?.includes(SPECULATION_RULE) && isSchedule(doc, d)) {
      doc.trace?.add('caveat', d.start, d.end, 'schedule-forecasts/dated-forecast');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function isSchedule(doc: Doc, d: Draft): boolean {
  const toks = doc.words.range(d.start, d.end);
  if (!toks.length || !CUES.has(toks[0].norm)) return false;
  for (let k = 1; k < toks.length; k++) {
    const w = toks[k].norm;
    if ((w === 'this' || w === 'next') && PERIODS.has(toks[k + 1]?.norm ?? '')) return true;
    if (!DEADLINES.has(w)) continue;
    // "not until after Obama leaves office": a deadline set by an event.
    if (w === 'until' && toks[k + 1]?.norm === 'after') return true;
    for (let m = k + 1; m < toks.length && m <= k + CALENDAR_REACH; m++)
      if (CALENDAR.has(toks[m].norm.replace(/\.$/, ''))) return true;
  }
  return false;
}
