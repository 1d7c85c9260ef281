/**
 * Nouns by which an article's writer names themself in the third person ("this author has written
 * about it before", "as this reporter noted", "the present writer"): read by
 * speakers/writer-voice.ts after "this" or "the present".
 *
 * Origin: written for this project (MIT, like the repository); plain English vocabulary, no
 * third-party list.
 * Licence: same as this repository.
 */
export const WRITER_NOUNS: ReadonlySet<string> = new Set([
  'author',
  'writer',
  'reporter',
  'columnist',
  'correspondent',
  'blogger',
  'journalist',
]);
