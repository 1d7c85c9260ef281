/**
 * Function words (articles, pronouns, prepositions, conjunctions, auxiliaries) of the languages the
 * language detector tells apart by words, all written in Latin script. A text's language is the one
 * whose function words it uses most; they are a small closed class, frequent in any news text.
 *
 * Origin: compiled for edge-brief from the most frequent function words of each language (basic
 * grammar facts, no third-party list copied); released under the project's own licence. Lower case,
 * with diacritics. Words that are also common English words ("in", "a", "also", "over", "die") are
 * left out of the other languages so that English text never scores for them.
 */
export const STOPWORDS = {
  en: [
    'the', 'of', 'and', 'to', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'she', 'by', 'at',
    'from', 'his', 'her', 'be', 'have', 'has', 'had', 'are', 'were', 'been', 'which', 'this', 'not', 'but',
    'or', 'they', 'their', 'who', 'will', 'would', 'an', 'its', 'after', 'more', 'than', 'about', 'we', 'you',
    'there', 'when', 'what', 'said', 'says', 'into', 'could', 'should', 'these', 'those', 'our', 'because',
    'while', 'before', 'between', 'during', 'against', 'told', 'also', 'over', 'them', 'if', 'can',
  ],
  de: [
    'der', 'und', 'das', 'ist', 'nicht', 'ein', 'eine', 'einen', 'einem', 'einer', 'zu', 'den', 'dem', 'des',
    'mit', 'sich', 'auf', 'für', 'von', 'auch', 'dass', 'werden', 'wurde', 'wird', 'sind', 'sie', 'er', 'wir',
    'ich', 'nach', 'bei', 'aus', 'noch', 'wie', 'aber', 'oder', 'nur', 'vor', 'zum', 'zur', 'über', 'hat',
    'haben', 'sagte', 'durch', 'gegen', 'seine', 'ihre', 'diese', 'dieser', 'mehr', 'schon', 'wenn', 'weil',
    'im', 'ins', 'vom', 'als', 'kein', 'keine', 'sein', 'waren', 'sollen', 'müssen', 'können',
  ],
  fr: [
    'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'que', 'qui', 'pour', 'pas', 'au', 'aux',
    'sur', 'avec', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'sont', 'été', 'être',
    'avait', 'était', 'mais', 'ou', 'leur', 'leurs', 'selon', 'aussi', 'très', 'sans', 'sous', 'entre',
    'après', 'avant', 'depuis', 'déclaré', 'dit', 'lors', 'où', 'ont', 'qu', 'sa', 'ses',
  ],
  es: [
    'el', 'los', 'las', 'del', 'y', 'que', 'en', 'por', 'con', 'una', 'para', 'es', 'se', 'lo', 'como', 'pero',
    'más', 'fue', 'ha', 'sus', 'su', 'está', 'están', 'entre', 'sobre', 'también', 'según',
    'dijo', 'desde', 'cuando', 'muy', 'hasta', 'este', 'esta', 'estos', 'ese', 'eso', 'porque', 'ya', 'sido',
    'tiene', 'había', 'hay', 'ni', 'nos', 'les', 'ellos', 'ella', 'él', 'yo',
  ],
  pt: [
    'os', 'da', 'dos', 'das', 'e', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'se',
    'mais', 'foi', 'ao', 'aos', 'pelo', 'pela', 'são', 'está', 'também', 'como', 'mas', 'seu', 'sua', 'seus',
    'ele', 'ela', 'eles', 'disse', 'segundo', 'já', 'quando', 'muito', 'entre', 'sobre', 'até', 'isso', 'este',
    'esta', 'nos', 'nas', 'na', 'tem', 'foram', 'ser', 'havia', 'porque',
  ],
  it: [
    'il', 'di', 'che', 'e', 'la', 'le', 'gli', 'del', 'della', 'dei', 'delle', 'nel', 'nella', 'una',
    'per', 'non', 'con', 'sono', 'è', 'da', 'si', 'ha', 'hanno', 'anche', 'più', 'ma', 'questo',
    'questa', 'lo', 'al', 'alla', 'ai', 'suo', 'sua', 'loro', 'stato', 'stata', 'essere', 'secondo', 'detto',
    'dopo', 'tra', 'fra', 'quando', 'perché', 'già', 'ancora', 'molto', 'dal', 'dalla',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'van', 'dat', 'niet', 'zijn', 'op', 'te', 'met', 'voor', 'er', 'maar', 'ook',
    'als', 'bij', 'nog', 'naar', 'wordt', 'werd', 'heeft', 'hebben', 'hij', 'zij', 'ze', 'wij', 'dit',
    'deze', 'aan', 'uit', 'tot', 'om', 'zei', 'volgens', 'wel', 'geen', 'worden', 'kan', 'zou', 'hun',
    'haar', 'meer', 'omdat', 'tegen', 'tussen', 'na',
  ],
  sv: [
    'och', 'att', 'det', 'som', 'en', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'inte', 'om', 'ett', 'på',
    'var', 'jag', 'hon', 'de', 'vi', 'sig', 'från', 'eller', 'när', 'kan', 'ska', 'skulle',
    'också', 'efter', 'enligt', 'sade', 'säger', 'hade', 'blev', 'mot', 'mellan', 'detta', 'deras',
  ],
  pl: [
    'w', 'nie', 'na', 'się', 'z', 'że', 'jest', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od',
    'przez', 'dla', 'czy', 'jego', 'jej', 'ich', 'był', 'była', 'było', 'są', 'oraz', 'który', 'która',
    'które', 'także', 'również', 'powiedział', 'według', 'przed', 'już', 'tylko', 'może', 'jednak', 'bardzo',
  ],
  tr: [
    've', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'ama', 'ancak', 'olan',
    'kadar', 'sonra', 'ise', 'değil', 'şu', 'o', 'ki', 'mi', 'ne', 'en', 'veya', 'göre', 'dedi',
    'açıkladı', 'oldu', 'olduğunu', 'yapılan', 'tarafından', 'karşı', 'arasında', 'şekilde',
  ],
  id: [
    'yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga',
    'ke', 'karena', 'ada', 'oleh', 'mereka', 'kami', 'kita', 'saya', 'telah', 'sudah', 'atau', 'seperti',
    'bahwa', 'kata', 'menurut', 'hanya', 'lebih', 'bisa', 'dapat', 'setelah', 'antara', 'sebagai', 'namun',
  ],
} as const satisfies Record<string, readonly string[]>;

export type WordLanguage = keyof typeof STOPWORDS;
