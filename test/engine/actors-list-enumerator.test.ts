/**
 * A list item's enumerator opening its line ("b) Besides the number ...", "(3) Rooms adapted to ...")
 * opens a sentence as a footnote's "[5]" does: the capital of the word after it says nothing about a
 * name. Issue 16 (a headline or list word listed as an organisation), seen in a PTC train article;
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('actors: the word after a list enumerator', () => {
  it('is no actor for its capital alone', () => {
    const b = brief({
      text:
        'Harbor rules\n\nThe council lists three needs:\na) Besides money, the port needs staff.\nb) Rooms for the pilots.\n' +
        '(3) Boats that float.\nDan Ruiz said the list was long.',
    });
    expect(b.actors.map((a) => a.name)).toEqual(['Dan Ruiz']);
  });

  it('keeps a name after an enumerator', () => {
    const b = brief({ text: 'Harbor rules\n\nThe speakers were:\na) Dan Ruiz, the mayor.\nb) Ann Moss, a pilot.' });
    expect(b.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Dan Ruiz', 'Ann Moss']));
  });
});
