import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { detectTextLanguage } from '../../src/engine/language';
import { example, noExamples } from './examples';
import { growthRatio } from './growth';

describe('detectTextLanguage()', () => {
  it.each([
    [
      'de',
      'Der Sturm traf am Montag die Küste. Die Behörden sagten, dass die Stromversorgung für mehr als 4.000 Haushalte unterbrochen wurde und die Reparaturen eine Woche dauern werden.',
    ],
    [
      'fr',
      'La tempête a frappé la côte lundi, selon les autorités. Le maire a déclaré que la ville était prête et que les réparations dureront une semaine.',
    ],
    [
      'es',
      'La tormenta golpeó la costa el lunes, según las autoridades. El alcalde dijo que la ciudad está preparada y que las reparaciones durarán una semana.',
    ],
    [
      'it',
      'La tempesta ha colpito la costa lunedì, secondo le autorità. Il sindaco ha detto che la città è pronta e che i lavori dureranno una settimana.',
    ],
    [
      'pt',
      'A tempestade atingiu a costa na segunda-feira, segundo as autoridades. O prefeito disse que a cidade está preparada e que os reparos vão durar uma semana.',
    ],
    [
      'nl',
      'De storm trof maandag de kust, volgens de autoriteiten. De burgemeester zei dat de stad voorbereid is en dat de reparaties een week zullen duren.',
    ],
    [
      'pl',
      'Burza uderzyła w wybrzeże w poniedziałek, według władz. Burmistrz powiedział, że miasto jest przygotowane i że naprawy potrwają tydzień.',
    ],
    ['ru', 'Шторм обрушился на побережье в понедельник, сообщили власти. Мэр заявил, что город готов.'],
    [
      'uk',
      'Шторм обрушився на узбережжя в понеділок, повідомили влада. Мер заявив, що місто готове і ремонт триватиме тиждень.',
    ],
    ['ar', 'ضربت العاصفة الساحل يوم الاثنين، وقال المسؤولون إن الكهرباء انقطعت عن أربعة آلاف منزل.'],
    ['he', 'הסערה פגעה בחוף ביום שני, אמרו גורמים רשמיים. ראש העיר אמר שהעיר מוכנה.'],
    ['el', 'Η καταιγίδα χτύπησε την ακτή τη Δευτέρα, δήλωσαν οι αρχές.'],
    ['zh', '周一，暴风雨袭击了海岸，官员说四千户家庭停电。'],
    ['ja', '月曜日、嵐が海岸を襲い、当局によると四千世帯が停電した。'],
    ['ko', '월요일 폭풍이 해안을 강타했으며 당국은 4천 가구가 정전되었다고 밝혔다.'],
    ['hi', 'सोमवार को तूफान ने तट पर दस्तक दी, अधिकारियों ने कहा।'],
  ])('names %s', (code, text) => {
    expect(detectTextLanguage(text)).toBe(code);
  });

  it.skipIf(noExamples)(
    'keeps English for English news, the shared examples, and English quoting other languages',
    () => {
      for (const name of ['seed-article.txt', 'graham-hearing.txt', 'politico-flynn.txt'])
        expect(detectTextLanguage(example(name))).toBe('en');
      expect(
        detectTextLanguage(
          '"Wir sind bereit", said the mayor of Berlin, Kai Wegner, as the storm hit the coast on Monday and the city prepared.',
        ),
      ).toBe('en');
      expect(
        detectTextLanguage(
          'Mr Zelensky told «Радио Свобода» that the front was holding, and that the talks in Istanbul would go on.',
        ),
      ).toBe('en');
    },
  );

  it('answers en when the evidence is too thin: a headline of names, no letters at all', () => {
    expect(detectTextLanguage('Macron Scholz Meloni Sánchez')).toBe('en');
    expect(detectTextLanguage('1234 5678 — 🌊🌊 !!!')).toBe('en');
    expect(detectTextLanguage('')).toBe('en');
  });

  it('reads past a short English headline and standfirst into the language of the article itself', () => {
    const english = 'Storm hits the coast: what we know so far about the damage, the power cuts and the repairs.\n\n';
    const german =
      'Der Sturm traf am Montag die Küste. Die Behörden sagten, dass die Stromversorgung für mehr als 4.000 Haushalte unterbrochen wurde und die Reparaturen eine Woche dauern werden. ';
    expect(detectTextLanguage(english + german.repeat(10))).toBe('de');
  });

  it('is bounded: a long text costs no more than its first part', () => {
    const german =
      'Die Behörden sagten, dass die Stadt vorbereitet ist und dass die Reparaturen eine Woche dauern werden. ';
    expect(detectTextLanguage(german.repeat(20_000))).toBe('de');
    // 20,000 and 40,000 sentences: bounded work takes the same time for both (ratio about 1, linear 2).
    expect(growthRatio((n) => german.repeat(n), detectTextLanguage, 20_000, 5)).toBeLessThan(1.5);
  });
});

describe('brief() for text that is not English', () => {
  it('reports the language, with stats and no extraction', () => {
    const b = brief({
      text: 'Der Bürgermeister sagte am Montag, dass die Stadt auf den Sturm vorbereitet sei. „Wir sind bereit", sagte er.',
    });
    expect(b.language).toBe('de');
    expect(b.stats.words).toBeGreaterThan(10);
    expect([b.actors, b.claims, b.sources, b.caveats, b.summary]).toEqual([[], [], [], [], []]);
  });
});
