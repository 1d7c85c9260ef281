/**
 * The language sample is read in two stretches (the first 800 characters, then the rest when they
 * are not plainly English): a word cut at the seam is read whole, wherever the seam falls in it.
 */
import { describe, expect, it } from 'vitest';
import { detectTextLanguage } from '../../src/engine/language';

// Written for this test: Spanish prose with many function words, and English names among them.
const SPANISH =
  'El alcalde de la ciudad dijo que el puente del puerto se abrirá en marzo, pero los vecinos ' +
  'no creen que las obras terminen antes del verano porque todavía faltan muchas piezas para el ' +
  'tablero y la empresa que las fabrica está en otra provincia. ';

describe('language sample stretches', () => {
  it('reads Spanish as Spanish wherever the seam cuts a word', () => {
    for (let pad = 0; pad < 12; pad++) {
      const text = 'x'.repeat(pad) + ' ' + SPANISH.repeat(8);
      expect(detectTextLanguage(text)).toBe('es');
    }
  });

  it('reads English padded the same way as English', () => {
    const english = 'The mayor said the harbour bridge would reopen in March, and the council agreed with her. ';
    for (let pad = 0; pad < 12; pad++)
      expect(detectTextLanguage('x'.repeat(pad) + ' ' + english.repeat(20))).toBe('en');
  });
});
