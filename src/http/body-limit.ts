/**
 * Request body limit from the `MAX_BODY_BYTES` var. Hono's bodyLimit checks Content-Length first
 * and also counts the bytes actually streamed, so chunked or lying uploads are cut off too.
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
  return limiter(c, next);
});
