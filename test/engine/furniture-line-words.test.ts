/**
 * The furniture finder counts a line's words (runs between white space) off the document's words
 * and the gaps between them: a run of punctuation alone ("—"), a run that opens with a mark
 * ("(weekly"), a word joined to the next by a slash ("and/or") each count as one, and the count
 * decides the 40-word limit of a sign-up box exactly as a character count would.
 */
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/engine/text/furniture';

const BODY = '\n\nMayor Tessa Grindle said the harbour bridge would reopen in March after repairs.';

/** A sign-up line of exactly `runs` runs between white space, with marks and slashes among them. */
function signUp(runs: number): string {
  const head = ['Sign', 'up', '—', '(weekly', 'and/or', 'daily)', '"briefs"'];
  const filler: string[] = [];
  while (head.length + filler.length + 3 < runs) filler.push(filler.length % 3 === 0 ? '–' : 'harbour');
  return [...head, ...filler, 'in', 'your', 'inbox.'].join(' ');
}

describe('furniture line word count', () => {
  it('takes a sign-up line of 40 runs as a newsletter box', () => {
    const line = signUp(40);
    expect(line.split(' ').length).toBe(40);
    const kinds = findFurniture(line + BODY, null).map((f) => f.kind);
    expect(kinds).toContain('newsletter');
  });

  it('leaves a sign-up line of 41 runs alone', () => {
    const line = signUp(41);
    expect(line.split(' ').length).toBe(41);
    const kinds = findFurniture(line + BODY, null).map((f) => f.kind);
    expect(kinds).not.toContain('newsletter');
  });
});

describe('furniture cue words of a short line', () => {
  it('finds a cue word past the head of a short line, as the whole line was searched before', () => {
    // 13 runs, over 240 characters (a long link): the form's phrase is in the head, glued into a
    // longer word, and the cue word that lets the pattern be tried stands at the far end.
    const line = `Please leave a commentator’s note at https://example.org/${'harbour-bridge-'.repeat(16)}notes for comments.`;
    expect(line.length).toBeGreaterThan(240);
    const kinds = findFurniture(line + BODY, null).map((f) => f.kind);
    expect(kinds).toContain('comment-form');
  });
});
