/**
 * Word sets of the caveat scan (caveats/author-voice.ts and its rules): the glue between a vague
 * head and its verb, clause-initial stance words, function words, reporting verbs and tags,
 * determiners, number words, first-person glue, factual superlatives and generic modals.
 *
 * Origin: compiled by hand for this project, each set from the false alarms and misses seen on
 * PolNeAR dev, PTC train and the CheckThat! 2025 dev split (see the comments at each set); common
 * English words, no third-party list copied. Licence: same as this repository.
 */

/** Words that may stand between a vague head and its verb ("some who saw", "many have argued"). */
export const VAGUE_GLUE = new Set([
  'who',
  'have',
  'has',
  'had',
  'would',
  'will',
  'may',
  'might',
  'could',
  'also',
  'still',
  'now',
  'of',
  'them',
  'those',
  'us',
  'in',
  'the',
  'public',
]);

/** Stance markers that are ordinary words anywhere but the start of a clause ("Yes, ...", "Worse, ..."). */
export const CLAUSE_INITIAL_ONLY = new Set([
  'imagine',
  'keep in mind',
  'yes',
  'worse',
  'naturally',
  'logically',
  'in short',
  'in reality',
  'in truth',
  'funny thing',
  'mind you',
  // "rightly" grades the act wherever it stands ("the council rightly rejected it"); "wrongly" only
  // opens a clause: "was wrongly convicted" is report.
  'wrongly',
  'deliberately',
  'indeed',
  'certainly',
]);

/** Function words: never "the noun a loaded adjective qualifies". */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those his her its their our my your of in on at to for from by with about as into onto over under ' +
    'and or but nor so yet if than then when while because since though although is are was were be been being has have had do does did ' +
    'not no he she it they we you i me him them us who whom whose which what where how why there here all any some each every both ' +
    'more most less least very too also just only even still again up down out off now can could will would shall should may might must ' +
    'during after before against among between through without within across around behind beyond despite toward towards upon amid ' +
    'via like unlike near until per'
  ).split(' '),
);

/** Verbs of saying or thinking: what follows them in their sentence is somebody's reported words. */
export const REPORTED_VERBS = new Set(
  (
    'decided decides agreed agree agrees said says say argued argues urged urges believe believes believed ' +
    'think thinks thought suggested suggests recommended recommends demanded demands insisted insists asked asks told ' +
    'wrote writes warned warns added noted stated announced ruled ' +
    // -ing forms ("recorded agreeing that Trump should resign", CheckThat dev; not those that are
    // nouns as often: "the writing on the wall", "a warning", PTC) and verbs the first
    // list lacked ("contended that ... she should not have to", "admitted ... needs to", PolNeAR).
    'saying arguing agreeing urging suggesting insisting demanding asking noting stating ' +
    'contended contends admitted admits acknowledged acknowledges conceded concedes concluded concludes predicted predicts predicting ' +
    'expects expected estimated estimates maintained maintains explained explains testified stressed ' +
    // Attitudes whose content is the holder's: "an investigator, who expressed alarm that it may be
    // linked to ...", "some analysts are concerned about an escalation, perhaps during exercises" (PolNeAR).
    'expressed alarm concerned concern concerns worried worries ' +
    // A guess reported as one: "analysts speculated the bank would probably cut rates" (issue 16).
    // ("heard" and "confirmed" count only before "that": see CONTENT_NOUNS.)
    'speculated'
  ).split(' '),
);

/**
 * Nouns of saying or thinking whose "that" clause is the holder's content: "an acknowledgment that
 * he may be the only one who can ..." (PolNeAR dev news), "the hope that talks could resume".
 */
export const CONTENT_NOUNS = new Set(
  (
    'acknowledgment acknowledgement admission recognition warning warnings alert alerts assertion assertions suggestion ' +
    'suggestions belief beliefs fear fears hope hopes expectation expectations speculation prediction predictions ' +
    'assurance assurances insistence claim claims allegation allegations argument arguments conviction sense ' +
    'impression notion rumor rumors rumour rumours report reports signal signals message ' +
    // Not nouns, but read the same way before "that": what a hearing heard or a record confirmed
    // ("the inquest heard that the driver was probably distracted", "the airline confirmed that the
    // flight was likely delayed by fog"), never "we have all heard of ..." or "if Kavanaugh is not
    // confirmed" (issue 16).
    'heard confirmed confirms'
  ).split(' '),
);

/** Nouns of a stated position: what a colon after them introduces is the holder's ("the same position on it: ..."). */
export const POSITION_NOUNS = new Set(
  (
    'position positions view views stance message pitch argument arguments case promise pledge platform ' +
    'answer response reply conclusion reasoning logic thinking belief beliefs premise'
  ).split(' '),
);

/** Words before a "should" that make it an indirect question or somebody's reported view. */
export const REPORTED_OUGHT = new Set([
  ...REPORTED_VERBS,
  ...'whether agreement reasons conclusion argument view belief position ruling opinion claim insistence demand suggestion recommendation'.split(
    ' ',
  ),
  // An indirect question: "forcing states to deal with how to clean up the mines and who should pay
  // for it" (PolNeAR dev, NYT); "debated what should be released".
  ...'how debate debated debating decide decided deciding determine determining'.split(' '),
  // The content of a named idea: "rests on the idea that landlords should register", "the notion
  // that the city must pay" (CheckThat train): the doctrine described, not the author's advice.
  ...'idea ideas notion notions premise theory proposal proposals expectation expectations'.split(' '),
]);

/**
 * Verbs of a sentence-final attribution tag: "It is increasingly unlikely that the review will be
 * complete by Election Day, F.B.I. officials said." (PolNeAR dev, NYT), "I just find it a ridiculous
 * argument,” said Steven Levitsky" (CheckThat dev, its opening quote mark cut off with the sentence).
 */
export const TAG_VERBS = new Set(
  (
    'said says told added wrote argued warned noted explained acknowledged conceded concluded predicted insisted contended ' +
    'cautioned estimated reported believes think thinks suspect suspects according ' +
    // A hearing's record: "..., the court heard." (issue 16, a finding reported).
    'heard'
  ).split(' '),
);
/** What may follow a tag verb inside the tag ("officials said on Tuesday", "told reporters"). */
export const TAG_TAIL = new Set([
  'on',
  'in',
  'at',
  'last',
  'this',
  'during',
  'after',
  'earlier',
  'later',
  'recently',
  'reporters',
  'me',
  'us',
  'him',
  'her',
  'them',
]);
/** After "should", the subject of an inverted condition ("should the court deadlock", "should it fail"). */
export const INVERSION_SUBJECTS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'this',
  'that',
  'these',
  'those',
  'any',
  'there',
  'anyone',
  'anything',
]);

/** Words before "likely" that make it a predicate: a guess ("is likely", "will likely", "most likely"). */
export const PREDICATE_BEFORE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  "it's",
  "'s",
  'seems',
  'seem',
  'seemed',
  'appears',
  'looks',
  'will',
  'would',
  'could',
  'may',
  'might',
  'very',
  'highly',
  'quite',
  'most',
  'increasingly',
  'all',
  'remains',
  'remain',
  'became',
  'becomes',
  'now',
  'also',
  'still',
]);

/** Verbs of saying after "appeared to": "appeared to suggest", "appeared to acknowledge". */
export const SAYING_AFTER_APPEAR = new Set(
  'suggest acknowledge blame refer reference say endorse confirm deny mock contradict criticize criticise question dismiss concede admit threaten praise call accuse reject defend signal back support'.split(
    ' ',
  ),
);

/** Words before "kind of"/"sort of" that make it a noun ("a kind of radar", "what kind of travel"). */
export const KIND_DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'some',
  'any',
  'every',
  'each',
  'no',
  'one',
  'same',
  'different',
  'other',
  'another',
  'whatever',
  'precisely',
  'exactly',
  'right',
  'wrong',
  'new',
  'first',
  'only',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);

export const DETERMINERS = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);

/** Spelled-out counts: "perhaps two fact checkers" approximates a number as "perhaps 2" does. */
export const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens'.split(
    ' ',
  ),
);
/** Parts and round amounts after "a" or "one": "about a third of", "nearly a dozen". */
export const FRACTION_WORDS: ReadonlySet<string> = new Set(
  'half third quarter fifth tenth dozen hundred thousand million billion'.split(' '),
);
/** What may stand between "I"/"we" and the verb of opinion ("I'm not a fan", "I have to tell"). */
export const STANCE_GLUE = new Set([
  'not',
  'a',
  'an',
  'really',
  'just',
  'do',
  "don't",
  'did',
  "didn't",
  'am',
  'have',
  'to',
  'would',
  'will',
  'can',
  'still',
  'also',
  'big',
  'huge',
  'never',
  'always',
  'may',
  'might',
  'must',
  'truly',
  'strongly',
  'firmly',
  'so',
  'too',
  'very',
  'quite',
  'all',
  'both',
  'certainly',
  'only',
]);

/** Superlatives that are facts of record, not verdicts ("the most recent", "the most populous"). */
export const FACTUAL_SUPERLATIVES = new Set([
  'recent',
  'populous',
  'common',
  'likely',
  'senior',
  'part',
  'votes',
  'seats',
  'money',
  'people',
  'time',
  // Rankings a count can settle (PolNeAR news: "the most widely seen record", "the most visible
  // examples", "one of the most prominent political figures").
  'widely',
  'visible',
  'prominent',
  'famous',
  'watched',
  'viewed',
  'expensive',
  'frequent',
  'frequently',
  'cited',
  'visited',
  'used',
  'read',
  'downloaded',
  // Polls and races rank these: "the most popular she had ever been", "the most vulnerable Republicans".
  'popular',
  'vulnerable',
]);

/**
 * Modals after a generic "you": the author generalises to the reader ("you can't review him
 * without ..."). Only the negative and deontic ones: "you can enroll", "you'll probably get" are
 * advice or narration (a personal-finance column on PolNeAR dev), not a verdict.
 */
export const GENERIC_MODALS = new Set([
  "can't",
  'cannot',
  "couldn't",
  "wouldn't",
  'should',
  "shouldn't",
  'must',
  'therefore',
]);

/** Who something can seem to, after the determiners: "seemed remote to many", "seemed odd to them". */
export const SEEM_EXPERIENCERS = new Set([
  'many',
  'some',
  'most',
  'few',
  'him',
  'them',
  'us',
  'me',
  'voters',
  'people',
  'observers',
  'outsiders',
]);

/**
 * Verbs that hold "no doubt" as their object ("there is no doubt", "there can be no doubt", "we have
 * no doubt", "it leaves no doubt"): certainty claimed, not the guess of "will no doubt come" (PTC
 * train opinion pieces). A contracted "there's" / "we've" is matched by its ending.
 */
export const DOUBT_HOLDERS = new Set([
  'is',
  'was',
  'be',
  'been',
  'are',
  'were',
  'have',
  'has',
  'had',
  'leaves',
  'left',
]);

/**
 * Stance adverbs with a manner sense ("spoke frankly", "see clearly"): after the verb they say how
 * it is done (caveats/manner-adverbs.ts). PTC train opinion pieces.
 */
export const MANNER_SENSE = new Set(['clearly', 'frankly', 'plainly', 'candidly', 'bluntly']);

/**
 * Verbs of seeing, saying and thinking a manner adverb follows ("say frankly", "think clearly", "see
 * clearly"); forms that are also common nouns ("states", "shows", "thought", "set") are left out.
 */
export const MANNER_VERBS = new Set(
  (
    'see saw seen sees say said says speak speaks spoke spoken think thinks hear hears heard write writes wrote ' +
    'written express explain understand understood shown lay laid define defines remember know knew known tell told'
  ).split(' '),
);
