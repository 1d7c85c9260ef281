/**
 * Capitalised words that are not names: function words (never names, wherever they stand) and
 * common words that open sentences and headings ("However", "Former", "Email"). A capitalised
 * word at the start of a sentence must show other evidence before it is read as a name; these
 * lists settle the frequent cases without it.
 * Origin: written for edge-brief: English closed-class words, plus sentence openers and web
 * boilerplate seen in the worked examples, PolNeAR dev and PTC train. Licence: MIT, part of this project.
 */

/** Closed-class words: pronouns, determiners, prepositions, conjunctions, auxiliaries. Never names. */
export const FUNCTION_WORDS: ReadonlySet<string> = withCurlyApostrophes(
  `a an the this that these those there here it its it's he him his she her hers they them their theirs we us our ours you your yours i i'm i've i'd i'll me my mine
who whom whose which what whatever whoever when where why how whether if unless because since as so than then though although while whilst
and or nor but yet for of in on at by to from with without within into onto upon about above below over under after before during
through throughout between among amongst against across along around behind beyond despite except inside outside near toward towards
until till via per is are was were be been being am do does did done have has had having will would shall should can could may might must
not no yes all any some each every both either neither few many much more most other another such own same several
one ones none nobody nothing everyone everything someone something anyone anything let let's just only also even still too very thus hence
`
    .split(/\s+/)
    .filter(Boolean),
);

/** The set of the words, each also written with a curly apostrophe ("I’ll" as well as "I'll"). */
function withCurlyApostrophes(words: string[]): ReadonlySet<string> {
  return new Set(words.flatMap((w) => (w.includes("'") ? [w, w.replace(/'/g, '\u2019')] : [w])));
}

/**
 * Words that open sentences, headings and page furniture, lower-cased: adverbs and discourse
 * markers, common verbs, adjectives and nouns. A capitalised word in an opening position that is in
 * this list is not a name unless the article also capitalises it mid-sentence.
 */
export const COMMON_OPENERS: ReadonlySet<string> = new Set(
  `however meanwhile moreover furthermore nevertheless nonetheless instead indeed still thus hence therefore otherwise besides
also again already always never often sometimes perhaps maybe now today yesterday tomorrow tonight later earlier once finally first
second third last next then there here well oh ah yes no please thanks thank sorry okay ok like unlike including according
former retired current late new old young big small great good bad best worst top major minor local national federal
early recent previous many most more some several few other others another both such certain various
critics officials experts analysts sources supporters opponents residents lawmakers police people democrats republicans
news report reports breaking update updated watch read related share print email comments comment subscribe advertisement
sign click follow contact photo video image source editor note copyright reporting additional story stories take poll
says said say asked told added called warned claimed stated noted explained argued insisted denied confirmed announced
is are was were will would could should can may might must do does did has have had get got make made see seen
what when where who why how which while after before during since until because although though if unless as
in on at by for from with about into over under between against without through among across
boy man woman men women child children family friend friends mother father son daughter brother sister
everyone everybody anyone anybody someone somebody nobody
congratulations welcome hello dear sir madam
one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million billion half
total result results standings attendance halftime extras choice select date week year ago fall trade demand
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Adjectives of religion, region, ethnicity and party that are capitalised but name no actor
 * (CoNLL marks them MISC): "Kurdish", "Jewish", "European", "Republican nominee" (PolNeAR dev). Country demonyms live in data/countries.ts.
 */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Set(
  `european asian african arab arabic western eastern northern southern kurdish jewish muslim moslem islamic hindu christian catholic
protestant orthodox sunni shia shiite shi'ite buddhist sikh latino hispanic caucasian slavic nordic scandinavian baltic balkan
latin anglo persian pashtun tamil basque catalan flemish walloon cossack chechen tatar palestinian soviet nazi
democratic republican democrat jew`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Calendar and clock words: capitalised, but dates and times, not entities. The time zones and
 * "A.M."/"PM" are from CoNLL-2003 test failures ("1213 GMT", "1:30 A.M. EST" read as organisations).
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter gmt utc est edt cst cdt mst mdt pst pdt bst cet a.m p.m pm`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The shapes (length, first and last letter) of the lower-cased words of a set, one byte each:
 * a word whose shape no member has is ruled out without hashing it for a set lookup. Words
 * longer than `maxLength` are never ruled out.
 */
export class WordShapes {
  private readonly table: Uint8Array;
  private readonly maxLength: number;

  constructor(words: Iterable<string>, maxLength: number) {
    this.maxLength = maxLength;
    this.table = new Uint8Array((maxLength + 1) * 27 * 27);
    for (const w of words) if (w.length <= maxLength) this.table[this.shape(w)] = 1;
  }

  /** Might the set hold this (lower-cased) word? */
  mayHold(lower: string): boolean {
    return lower.length > this.maxLength || this.table[this.shape(lower)] === 1;
  }

  /** `mayHold` of a word of this length, first and last code. */
  mayHoldCodes(length: number, first: number, last: number): boolean {
    return length > this.maxLength || this.table[length === 0 ? 0 : this.shapeOf(length, first, last)] === 1;
  }

  /** `mayHold(text.slice(from, to))`, without the slice. */
  mayHoldRange(text: string, from: number, to: number): boolean {
    const n = to - from;
    return (
      n > this.maxLength ||
      this.table[n === 0 ? 0 : this.shapeOf(n, text.charCodeAt(from), text.charCodeAt(to - 1))] === 1
    );
  }

  /** Length, first and last letter (a-z, or 26 for anything else). */
  private shape(lower: string): number {
    const n = lower.length;
    if (n === 0) return 0;
    return this.shapeOf(n, lower.charCodeAt(0), lower.charCodeAt(n - 1));
  }

  private shapeOf(n: number, first: number, last: number): number {
    const f = first - 97;
    const l = last - 97;
    return (n * 27 + (f >= 0 && f < 26 ? f : 26)) * 27 + (l >= 0 && l < 26 ? l : 26);
  }
}
