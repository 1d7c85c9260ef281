/**
 * Rule speakers/age-epithet: "“I am ready,” the 34-year-old mother of three said", "the 71-year-old
 * said": a wire report's age epithet points back to a person it named, the last one before the
 * claim (of the epithet's gender when its noun has one: "mother", "man"). Issue 16 (an epithet
 * listed as a source of its own, or the claim lost), seen reading a PolNeAR dev article.
 */
import type { Actor } from '../../schema/brief';
import { genderOf } from '../actors/gender';
import { PERSON_ROLE_HEADS } from '../data/speaker-heads';
import { firstStartingAt } from '../text/partition';
import { quoteAt, type Quote } from '../text/quotes';

/** An age as one word: "71-year-old", "18-month-old" (attribution/speaker-phrase.ts reads it as a noun after "the"). */
export const AGE_WORD = /^\d{1,3}-(?:year|month)-old$/;
/** "the 34-year-old", "The 71-year-old retired teacher", "the 34-year-old mother of three". */
const EPITHET = /^the\s+(\S+)(?:\s+([a-z]+(?:\s+[a-z]+){0,4}))?$/i;
/** How far back (characters) the person the epithet points to may have been named. */
const REACH = 1500;

/** The gender an age epithet asks for ('any' when its words give none), or null when the name is no epithet. */
export function ageEpithet(name: string): 'male' | 'female' | 'any' | null {
  const m = EPITHET.exec(name.trim());
  if (!m || !AGE_WORD.test(m[1])) return null;
  // ("the 28-year-old Muslim man", "the 34-year-old mother of three": any word of the tail may say it.)
  for (const w of m[2]?.toLowerCase().split(/\s+/) ?? []) {
    const g = PERSON_ROLE_HEADS.get(w);
    if (g) return g;
  }
  return 'any';
}

/**
 * The people's mentions outside quotations, sorted by start, made once per brief: an epithet
 * looks back from its claim through those within REACH only, not through every actor's mentions
 * (text dense with epithets would otherwise scan all mentions per claim).
 */
export class PersonMentions {
  private readonly list: { start: number; end: number; actor: Actor }[] = [];

  constructor(actors: readonly Actor[], quotes: readonly Quote[]) {
    for (const a of actors)
      if (a.type === 'person')
        for (const m of a.mentions)
          // (A name inside a quotation is someone's words, not the person the report is about.)
          if (quoteAt(quotes, m.start) === null) this.list.push({ start: m.start, end: m.end, actor: a });
    this.list.sort((x, y) => x.start - y.start);
  }

  /** The person named last before `at` (within REACH) whose gender fits. */
  lastBefore(at: number, want: 'male' | 'female' | 'any'): Actor | null {
    const list = this.list;
    for (let k = firstStartingAt(list, at) - 1; k >= 0 && list[k].start > at - REACH; k--) {
      const { end, actor } = list[k];
      // ("the 28-year-old man": a man the article named as one; a name of no known gender is no match.)
      if (end <= at && (want === 'any' || genderOf(actor) === want)) return actor;
    }
    return null;
  }
}
