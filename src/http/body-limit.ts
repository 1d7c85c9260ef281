/**
 * Request body limit from the `MAX_BODY_BYTES` var. Hono's bodyLimit checks Content-Length first
 * and also counts the bytes actually streamed, so chunked or lying uploads are cut off too.
 *
 * The body is also read through a guard: if the stream fails (the client aborted mid-upload, the
 * connection dropped), whoever reads it gets a 400 `body-read-failed` problem instead of a raw
 * stream error that would surface as an unhandled 500.
 */
import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env';
import { readConfig } from '../config';
import { ProblemError } from './problem';

export const limitBody = createMiddleware<AppEnv>(async function limitBody(c, next) {
  const maxSize = readConfig(c.env).maxBodyBytes;
  const limiter = bodyLimit({
    maxSize,
    onError: () => {
      throw new ProblemError(413, {
        slug: 'payload-too-large',
        title: 'Request body too large',
        detail: `The body is larger than the limit of ${maxSize} bytes.`,
      });
    },
  });
  const raw = c.req.raw;
  if (raw.body) c.req.raw = new Request(raw, { body: guardedBody(raw.body), duplex: 'half' } as RequestInit);
  return limiter(c, next);
});

export function bodyReadFailed(): ProblemError {
  return new ProblemError(400, {
    slug: 'body-read-failed',
    title: 'Request body could not be read',
    detail:
      'The upload ended before the whole body arrived (the client aborted or the connection dropped); send it again.',
  });
}

/** The same bytes; a failing read becomes the `body-read-failed` problem (a ProblemError passes through). */
function guardedBody(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        controller.error(error instanceof ProblemError ? error : bodyReadFailed());
        return;
      }
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
