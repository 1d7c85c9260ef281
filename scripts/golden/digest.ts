/**
 * A brief's digest for the golden check: SHA-256 of the brief without its `id` and `engine`
 * (both change with the engine version, which is not a change of output), first 16 hex digits.
 */
import { createHash } from 'node:crypto';
import type { Brief } from '../../src/schema/brief';

export function comparable(brief: Brief): Omit<Brief, 'id' | 'engine'> {
  const { id: _id, engine: _engine, ...rest } = brief;
  return rest;
}

export function digest(brief: Brief): string {
  return createHash('sha256')
    .update(JSON.stringify(comparable(brief)))
    .digest('hex')
    .slice(0, 16);
}
