/**
 * Issue 12.9: a client that aborts mid-upload (the body stream errors while it is read) is the
 * client's fault: a 400 problem, never an unhandled error logged and answered 500.
 */
import { describe, expect, it, vi } from 'vitest';
import { call } from './helpers';

/** A body that sends a few bytes, then fails as a dropped connection does. */
function abortingBody(): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new TextEncoder().encode('A storm hit the coast on Monday, officials said. '));
      } else controller.error(new Error('Network connection lost.'));
    },
  });
}

const ROUTES: [string, string][] = [
  ['/v1/briefs', 'text/plain'],
  ['/v1/briefs', 'text/html'],
  ['/v1/briefs', 'application/json'],
  ['/v1/batches', 'application/json'],
  ['/v1/webhooks/ghost', 'application/json'],
];

describe('a client abort mid-upload', () => {
  for (const [path, type] of ROUTES) {
    for (const withLength of [false, true]) {
      it(`${path} (${type}${withLength ? ', with Content-Length' : ', chunked'}) answers 400 problem+json, logs no unhandled error`, async () => {
        const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
        try {
          const headers: Record<string, string> = { 'content-type': type };
          if (withLength) headers['content-length'] = '5000';
          const res = await call(
            path,
            { method: 'POST', headers, body: abortingBody(), duplex: 'half' } as RequestInit,
            { GHOST_WEBHOOK_SECRET: 'x' },
          );
          expect(res.status).toBe(400);
          expect(res.headers.get('content-type')).toContain('application/problem+json');
          expect(errors.mock.calls.map((c) => String(c[0]))).not.toContain('unhandled error:');
        } finally {
          errors.mockRestore();
        }
      });
    }
  }

  it('the form page answers 400 with the page, not a 500', async () => {
    const res = await call('/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: abortingBody(),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(400);
  });
});
