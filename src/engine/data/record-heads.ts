/**
 * Head nouns of a record or document a claim rests on ("according to court records", "according
 * to the filing", "according to a transcript of the hearing", "court documents show"): the record
 * is the source (type document, or report for a report), not a person and not the body it
 * mentions (attribution/record-phrase.ts, attribution/speaker-source-type.ts).
 *
 * Origin: written for this project (MIT, like the repository): English nouns for written or
 * recorded material that newsrooms cite, singular and plural. Licence: same as this repository.
 */
export const RECORD_HEADS: ReadonlySet<string> = new Set([
  'record',
  'records',
  'document',
  'documents',
  'filing',
  'filings',
  'transcript',
  'transcripts',
  'report',
  'reports',
  'papers',
  'affidavit',
  'affidavits',
  'indictment',
  'complaint',
  'lawsuit',
  'minutes',
  'logs',
  'files',
  'emails',
  'memo',
  'memos',
  'memorandum',
  'recording',
  'recordings',
  'footage',
  'data',
  'figures',
  'statistics',
  'disclosures',
  'receipts',
  'invoices',
  'warrant',
  'audit',
]);

/**
 * Heads that need a modifier to be a record: "according to police reports", "court papers", but
 * bare "according to reports" (or "media reports", an unnamed source) credits nobody in particular,
 * and bare "papers" are newspapers.
 */
export const MODIFIED_RECORD_HEADS: ReadonlySet<string> = new Set(['reports', 'papers']);

/** Heads whose source is typed `report` rather than `document`. */
export const REPORT_RECORD_HEADS: ReadonlySet<string> = new Set(['report', 'reports']);

/**
 * Participles that say who got hold of a record, not who wrote it: "documents obtained by the
 * Harbor Gazette" (the outlet is credited beside the record), unlike "a report by X" (X wrote it).
 */
export const RECORD_OBTAINED: ReadonlySet<string> = new Set([
  'obtained',
  'reviewed',
  'seen',
  'viewed',
  'examined',
  'acquired',
  'provided',
  'shared',
]);

/** The prepositions after a RECORD_OBTAINED participle before the one who got the record. */
export const RECORD_OBTAINED_BY: ReadonlySet<string> = new Set(['by', 'to', 'with']);
