/**
 * A source named by a plural document noun ("reports", "the latest polls") is documents, not a
 * person: a reader filtering the sources by kind should find it with the reports. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const typesOf = (text: string) => brief({ text }).sources.map((s) => [s.name, s.type]);

describe('sources: plural document nouns ("according to reports", "Polls show")', () => {
  it('types "reports" as a report and "polls" as a document', () => {
    expect(typesOf('The mayor will resign, according to reports.')).toEqual([['reports', 'report']]);
    expect(typesOf('The latest polls show that the race is tied.')).toEqual([['The latest polls', 'document']]);
  });

  it('keeps people named by a plural head people, not a document ("Critics say": unnamed, source/vague-group)', () => {
    expect(typesOf('Critics say the plan will fail.')).toEqual([['Critics', 'anonymous']]);
  });
});
