/**
 * The writer's own verb of saying ("As I wrote", "we have long argued") does not make the view
 * that follows somebody else's (caveats/author-saying.ts); a third party's verb still does.
 * Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const author = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => `${k.kind}: ${k.text}`);

describe('the writer’s own verb of saying', () => {
  it('keeps the view after "I wrote" or "we have long argued" the author’s', () => {
    expect(author('As I wrote last spring, the toll road is a disgrace.')).not.toEqual([]);
    expect(author('We have long argued that the new depot will probably never open.')).not.toEqual([]);
  });

  it('still reads a third party’s verb of saying as reported speech', () => {
    expect(author('As the mayor wrote last spring, the toll road will probably never open.')).toEqual([]);
    expect(author('The engineers have long argued that the new depot will probably never open.')).toEqual([]);
  });
});
