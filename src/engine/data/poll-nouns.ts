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
