/**
 * Verbs of praise, blame, reward and punishment whose object did what the "for" phrase after it
 * names ("criticized Mary Evans for saying ...", "thanked the treasurer for noting ...", "held Dan
 * Ruiz in contempt for claiming ..."): read by attribution/object-control.ts, so the participle's
 * speaker is the object, not the sentence's subject.
 * Origin: written for this project from the English grammar of the "VERB + object + for + -ing"
 * frame (the object is the gerund's agent); every inflected form listed, no third-party list.
 * Licence: same as this repository (MIT).
 */

const STEMS = [
  'criticize criticizes criticized criticizing criticise criticises criticised criticising',
  'praise praises praised praising',
  'blame blames blamed blaming',
  'fault faults faulted faulting',
  'thank thanks thanked thanking',
  'slam slams slammed slamming',
  'blast blasts blasted blasting',
  'attack attacks attacked attacking',
  'condemn condemns condemned condemning',
  'rebuke rebukes rebuked rebuking',
  'chide chides chided chiding',
  'scold scolds scolded scolding',
  'mock mocks mocked mocking',
  'ridicule ridicules ridiculed ridiculing',
  'applaud applauds applauded applauding',
  'commend commends commended commending',
  'hail hails hailed hailing',
  'congratulate congratulates congratulated congratulating',
  'credit credits credited crediting',
  'fire fires fired firing',
  'sue sues sued suing',
  'punish punishes punished punishing',
  'censure censures censured censuring',
  'reprimand reprimands reprimanded reprimanding',
  'suspend suspends suspended suspending',
  'sanction sanctions sanctioned sanctioning',
  'hold holds held holding',
  'lambaste lambastes lambasted lambasting',
  'berate berates berated berating',
  'denounce denounces denounced denouncing',
  'honor honors honored honoring honour honours honoured honouring',
];

/** Every form of a verb whose object is the agent of a following "for" + participle. */
export const JUDGING_VERBS: ReadonlySet<string> = new Set(STEMS.flatMap((forms) => forms.split(' ')));
