/**
 * A quoted title before a cue ("author of the book “The Long Road,” explained the media badly erred")
 * is no quotation with its speaker after the cue: the words after the cue are a clause (an adverb
 * and a verb), whatever noun stands before the adverb ("media", "press"). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';

describe('claims: a clause after the cue is no inverted speaker', () => {
  it('gives no speaker that holds a verb ("the media badly erred")', () => {
    for (const s of [
      'Ann Lee, author of the book “The Long Road,” explained the media badly erred.',
      'Ann Lee, author of the book “The Long Road,” explained the news sadly failed.',
    ])
      for (const c of claimsOf(s)) expect(c.speaker?.name ?? '').not.toMatch(/erred|failed/);
  });

  it('keeps an adverb inside a name after an article ("said the newly elected mayor")', () => {
    expect(claimsOf('“The plan is dead,” said the newly elected mayor.')[0].speaker?.name).toBe(
      'the newly elected mayor',
    );
    expect(claimsOf('“The plan is dead,” said the news anchor.')[0].speaker?.name).toBe('the news anchor');
  });
});
