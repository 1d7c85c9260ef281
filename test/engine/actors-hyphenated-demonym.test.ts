/**
 * Rule classify/hyphenated-demonym: "African-Americans", "Mexican-Americans", "a Korean-American
 * lawyer" name a people or describe someone, as "Americans" does: no actor (before, one was typed a
 * place and the rest organisations). Issue 16, seen reading a PolNeAR dev article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('actors: a hyphenated demonym', () => {
  it('is no actor, as a people or as an adjective', () => {
    const b = brief({
      text:
        'Harbor\n\nThe mayor said the plan is an insult to African-Americans and Mexican-Americans.\n\n' +
        'Many Asian-American families oppose it. Ann Lee, a Korean-American lawyer, said the plan would fail.',
    });
    expect(b.actors.map((a) => a.name)).toEqual(['Ann Lee']);
  });

  it('leaves a hyphenated name that is no demonym alone', () => {
    const b = brief({ text: 'Harbor\n\nCoca-Cola said the plan would fail.' });
    expect(b.actors.map((a) => a.name)).toEqual(['Coca-Cola']);
  });
});
