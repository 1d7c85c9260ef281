/**
 * Rules actor-passes/described-body, /described-place and /described-work: a description set
 * beside a name says what it is. A body or a town of two plain capitalised words was typed a
 * person by its shape ("Voto Latino is a non-partisan entity", "Georgetown Prep, a private Catholic
 * all-boys school"), and the words of a book's title in Title Case made actors ("Debating The
 * Donald, a book analyzing ..."). Issue 16, seen reading PTC train and PolNeAR dev articles;
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const typesOf = (text: string) => Object.fromEntries(brief({ text }).actors.map((a) => [a.name, a.type]));
const rulesOf = (text: string) => brief({ text }, { trace: true }).trace?.flatMap((e) => e.rules) ?? [];

describe('actors: a name described beside it', () => {
  it('is a body when described as one, by apposition or predicate', () => {
    const text =
      'Harbor\n\nThe grant went to Vela Norte. Officially Vela Norte is a non-partisan group. ' +
      'Ines Varga attended Orwin Prep, a private all-girls school in Dover.';
    expect(typesOf(text)).toMatchObject({ 'Vela Norte': 'organization', 'Orwin Prep': 'organization' });
    expect(rulesOf(text)).toContain('actor-passes/described-body');
  });

  it('is a place when described as a town', () => {
    const text = 'Harbor\n\nThe ferry stops at Tarrow Dunes. Tarrow Dunes, a fishing town of 900, voted no.';
    expect(typesOf(text)).toMatchObject({ 'Tarrow Dunes': 'place' });
    expect(rulesOf(text)).toContain('actor-passes/described-place');
  });

  it('leaves a person whose description has another head', () => {
    const text =
      'Harbor\n\nDara Moss, a school teacher, said the plan failed. Tam Rook, a lawyer at the firm, agreed. ' +
      'Ivo Penn, a book editor, said nothing.';
    expect(typesOf(text)).toMatchObject({ 'Dara Moss': 'person', 'Tam Rook': 'person', 'Ivo Penn': 'person' });
  });

  it('reads the capitalised words before ", a book" as a title naming no one', () => {
    const text =
      'Harbor\n\nLena Ferris, co-author of Sailing With Marlow Kent, a book examining the ferry strike, said the ' +
      'strike was long. Marlow Kent did not reply.';
    const b = brief({ text }, { trace: true });
    const kent = b.actors.find((a) => a.name === 'Marlow Kent');
    expect(kent?.mentions).toHaveLength(1);
    expect(b.actors.map((a) => a.name)).not.toContain('Sailing');
    expect(b.trace?.flatMap((e) => e.rules)).toContain('actor-passes/described-work');
  });
});
