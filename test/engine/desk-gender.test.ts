/** The desk's inferred gender: evidence or `unknown`, never a guess (src/desk/gender.ts). */
import { describe, expect, it } from 'vitest';
import { inferGender } from '../../src/desk/gender';

const person = (name: string, roles: string[] = []) => ({ name, type: 'person', anonymous: false, roles });

describe('inferGender', () => {
  it('reads honorifics and gendered roles first', () => {
    expect(inferGender(person('Mr. Tanaka'))).toBe('male');
    expect(inferGender(person('Ms Okafor'))).toBe('female');
    expect(inferGender(person('Alex Morgan', ['spokeswoman']))).toBe('female');
  });

  it('falls back to a first name on only one list', () => {
    expect(inferGender(person('Jane Smith'))).toBe('female');
    expect(inferGender(person('John Carter'))).toBe('male');
  });

  it('says unknown when unsure: conflicting evidence, a one-word name, an unlisted name', () => {
    expect(inferGender(person('Mr. Smith', ['spokeswoman']))).toBe('unknown');
    expect(inferGender(person('Smith'))).toBe('unknown');
    expect(inferGender(person('Xiomkar Tlalli'))).toBe('unknown');
  });

  it('gives no gender to organisations, unresolved or anonymous speakers', () => {
    expect(inferGender({ name: 'Georgia Power', type: 'organization', anonymous: false })).toBe('unknown');
    expect(inferGender({ name: 'Jane Smith', type: null, anonymous: false })).toBe('unknown');
    expect(inferGender({ name: 'a senior official', type: 'person', anonymous: true })).toBe('unknown');
  });
});
