/**
 * A reported question ("asked the mayor whether ...") is a claim of its asker, whose content is the
 * question, never the person asked (attribution/clause.ts, cue/asked-question-after-addressee); a
 * request ("asked the council for funds") stays no claim. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const cuesOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.cue, c.text]);

describe('attribution: a reported question', () => {
  it('leaves the person asked out of the content', () => {
    expect(cuesOf('Councillor Ruth Amos asked the harbour master whether the pier was safe.')).toEqual([
      ['Ruth Amos', 'asked', 'whether the pier was safe'],
    ]);
    expect(cuesOf("Ruth Amos asked the county's new auditor if the books were balanced.")).toEqual([
      ['Ruth Amos', 'asked', 'if the books were balanced'],
    ]);
  });

  it('keeps a question with no addressee and a request as they were', () => {
    expect(cuesOf('Ruth Amos asked whether the tolls would rise.')).toEqual([
      ['Ruth Amos', 'asked', 'whether the tolls would rise'],
    ]);
    expect(cuesOf('Ruth Amos asked the council for funds.')).toEqual([]);
  });
});
