import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { analyse } from '../../src/engine/document';

// Made-up articles: an embedded post whose text runs straight into a poll box ("... take our poll -
// story continues below Should ...?"), the box's options and form, and only then the post's credit.
// The post's text is the poster's, not the author's: no caveat may come from it.

const HEAD =
  'Harbour Bridge Repairs Near Completion\n\n' +
  'Mayor Tessa Grindle said the harbour bridge would reopen in March after repairs.\n' +
  'Councillor Ada Pinsk reacted on Thursday.\n';
const POLL_BOX =
  'Should the bridge toll be scrapped?\n' +
  '* Yes, scrap it.\n' +
  'No, keep it.\n' +
  'Email *\n' +
  'Comments This field is for validation purposes and should be left unchanged.\n' +
  'Completing this poll grants you access to Harbour Daily updates free of charge.\n' +
  'You may opt out at anytime.\n';
const CREDIT = '— Ada Pinsk (@adapinsk) May 2, 2024\n';
const TAIL = 'Work on the bridge resumes on Monday.';

function caveatsIn(text: string, part: string): string[] {
  const start = text.indexOf(part);
  const end = start + part.length;
  return brief({ text })
    .caveats.filter((c) => c.start >= start && c.end <= end)
    .map((c) => c.text);
}

function embeds(text: string): string[] {
  return analyse(text)
    .furniture.filter((f) => f.kind === 'embed')
    .map((f) => text.slice(f.start, f.end));
}

describe('an embedded post cut off from its credit by a poll box', () => {
  it('takes the text before an inline poll call as the post when the credit follows the box', () => {
    const post =
      'This closure is a disgrace and the contractors are clearly incompetent, they have wasted a whole year of our money on it https://t.co/Xy12AbCd';
    const text = `${HEAD}${post} take our poll - story continues below Should the bridge toll be scrapped?\n${POLL_BOX}${CREDIT}${TAIL}`;
    expect(embeds(text)).toContain(post);
    expect(caveatsIn(text, post)).toEqual([]);
  });

  it('takes the line above a poll line that opens with the post picture link', () => {
    const post = 'Nobody at city hall cares about the ferry riders, which is shameful.';
    const text = `${HEAD}${post}\npic.twitter.com/Qw34Er take our poll - story continues below Should the bridge toll be scrapped?\n${POLL_BOX}${CREDIT}${TAIL}`;
    expect(embeds(text)).toContain(post);
    expect(caveatsIn(text, post)).toEqual([]);
  });

  it('leaves prose before a poll box alone when no post credit follows it', () => {
    const prose = 'This closure is a disgrace and the contractors are clearly incompetent.';
    const text = `${HEAD}${prose}\ntake our poll - story continues below Should the bridge toll be scrapped?\n${POLL_BOX}${TAIL}`;
    expect(embeds(text)).toEqual([]);
    expect(caveatsIn(text, prose).length).toBeGreaterThan(0);
  });
});
