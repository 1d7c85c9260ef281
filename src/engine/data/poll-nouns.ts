/**
 * Nouns naming an opinion poll: "In the latest poll, the senator leads by four points" credits the
 * poll with the finding (attribution/poll-finding.ts), as "according to the poll" does.
 *
 * Origin: written for this project (MIT, like the repository): the English nouns for a poll of
 * opinion, singular and plural. Studies and reports are left out: "In a report on the storm, ..."
 * is as often the writer's own news as a finding.
 * Licence: same as this repository.
 */
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);

/** Words that may open the poll's phrase after "In": its determiner ("In a poll", "In this survey", "In one poll"). */
export const POLL_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'its',
  'their',
  'his',
  'her',
  'one',
  'another',
  'each',
  'both',
  'two',
  'three',
  'several',
  'most',
  'all',
]);

/**
 * A headline's label naming a finding before its colon ("Poll: Voters Sour on the Tax Plan",
 * "Study: Rents Rise Faster Than Wages"): the finding is what the poll or study found. Labels of a
 * genre are left out: "Report:", "Special Report:", "Analysis:", "Video:" name what the page is
 * ("Analysis: Why the Vote Split"), or judge a report ("IG Report: A Slap On The Wrist").
 */
export const HEADLINE_FINDING_LABELS: ReadonlySet<string> = new Set([...POLL_NOUNS, 'study', 'studies']);

/**
 * Poll shares as subjects (attribution/poll-share.ts, rule cue/poll-share-stance; plain English
 * grammar, no third-party list): the words that may stand right before a share opening its clause.
 */
export const SHARE_OPENERS: ReadonlySet<string> = new Set([',', ';', ':', 'and', 'while', 'whereas', 'but', 'that']);
/** Words of degree before a share ("Only 52 percent", "just 5 percent"): the clause opens before them. */
export const SHARE_DEGREES: ReadonlySet<string> = new Set([
  'only',
  'another',
  'just',
  'about',
  'nearly',
  'almost',
  'roughly',
]);
/** After the verb, a noun's complement: "5 percent support of the black vote", "support for", "support among". */
export const SHARE_NOUN_NEXT: ReadonlySet<string> = new Set(['of', 'for', 'among', 'from']);

/** Links that start the next share's clause inside a content ("..., while 5 percent ..."). */
export const SHARE_LINKS: ReadonlySet<string> = new Set(['and', 'while', 'whereas', 'but']);

/**
 * Shares of a group written as words (source/poll-share, attribution/speaker-source-type.ts): "A
 * third of voters", "two-thirds of Republicans", "a majority of those polled". Before "of", such a
 * word counts a part of a group, never a person. Plain English, no third-party list.
 */
export const SHARE_FRACTIONS: ReadonlySet<string> = new Set([
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'majority',
  'plurality',
  'minority',
]);
/** The words "percent" and "%" after a number ("12 percent", "Twelve per cent", "12 %"). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'per', '%', 'pct', 'pct.']);
