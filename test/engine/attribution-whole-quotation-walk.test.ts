import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/document';
import { findDrafts } from '../../src/engine/attribution/drafts';
import { quotesOf } from '../../src/engine/attribution/claims';

// A cue clause's content that opens a quotation runs to the quotation's end; the quotations are
// found by one index walking forward with the drafts, each draft still getting its own quotation.
describe('cue content extended to its quotation, drafts in order', () => {
  it('extends each of several cue claims to the end of its own quotation', () => {
    const text = [
      'The hearing ran late.',
      'Judge Mara Lent asked "Since when does a permit expire twice?',
      'Who signed the second one?',
      'Why was nobody told?"',
      'The clerk Tomas Reyes then told reporters "The office made an error.',
      'We fixed the record.',
      'It will not happen again."',
      'The session closed.',
    ].join('\n');
    const doc = analyse(text);
    const drafts = findDrafts(doc, quotesOf(doc)).drafts;
    expect(drafts.map((d) => [d.rule, text.slice(d.start, d.end)])).toEqual([
      [
        'cue/subject-before-cue',
        '"Since when does a permit expire twice?\nWho signed the second one?\nWhy was nobody told?"',
      ],
      ['cue/subject-before-cue', '"The office made an error.\nWe fixed the record.\nIt will not happen again."'],
    ]);
  });
});
