/**
 * /v1/webhooks/{sender}: signed deliveries from a CMS. The route reads the raw bytes (every scheme
 * signs them) and hands them to the receiver in src/webhooks/; the body is deliberately not
 * declared as a zod schema, since a validator would parse JSON before the signature is checked.
 * The adapters (and the CMS libraries they use) are loaded on the first delivery, not at startup.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { limitBody } from '../http/body-limit';
import { ProblemError } from '../http/problem';
import { validationHook } from '../http/validation';
import { SENDER_NAMES } from '../webhooks/senders';
import { problem } from '../http/openapi';

const Stored = z.object({ sender: z.string(), articleId: z.string(), briefId: z.string() }).openapi('WebhookStored', {
  description: 'The article was briefed and its brief stored; `GET /v1/articles/{sender}/{articleId}` serves it.',
});

const Acknowledged = z
  .object({
    sender: z.string(),
    articleId: z.string().nullable(),
    result: z.enum(['deleted', 'ignored']),
    detail: z.string(),
  })
  .openapi('WebhookAcknowledged', {
    description: 'A delete (index entry removed) or an event that changes nothing (draft, unpublish, media).',
  });

const replayHeader = z.object({
  'webhook-replayed': z
    .literal('true')
    .optional()
    .openapi({ description: 'Present when this is the recorded answer to an earlier copy of the delivery.' }),
});

export const webhooks = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'post',
    path: '/{sender}',
    summary: 'Receive a CMS webhook',
    description: `A signed delivery from ${SENDER_NAMES.join(', ')}. Published articles are briefed and indexed by the CMS's own id; deletes remove the index entry; other events are acknowledged and ignored. Replays get the first answer again. See README, "CMS webhooks", for each sender's setup.`,
    middleware: [limitBody] as const,
    request: {
      params: z.object({
        sender: z.string().openapi({
          param: { name: 'sender', in: 'path' },
          example: 'ghost',
          description: `One of ${SENDER_NAMES.join(', ')}.`,
        }),
      }),
      body: {
        required: false,
        content: {
          'application/json': {
            schema: { type: 'object', description: "The sender's own payload, signed the sender's way." },
          },
        },
      },
    },
    responses: {
      200: {
        description: 'Briefed and stored',
        headers: replayHeader,
        content: { 'application/json': { schema: Stored } },
      },
      202: {
        description: 'Deleted or ignored',
        headers: replayHeader,
        content: { 'application/json': { schema: Acknowledged } },
      },
      400: problem('Signed, but the body is not JSON; or the upload was cut off'),
      401: problem('Signature (or Strapi token) missing, wrong or outside its time window; nothing was stored'),
      404: problem('Unknown sender'),
      413: problem('Body over the size limit'),
      422: problem(
        'Signed, but not an article, no article text, an id over 256 bytes of UTF-8, or a record the store refuses as too large (permanent: do not retry)',
      ),
      503: problem("The sender's secret is not configured, or KV failed: nothing acknowledged, the sender retries"),
    },
  }),
  async (c) => {
    const { sender } = c.req.valid('param');
    const { adapterFor, receiveDelivery } = await import('../webhooks');
    const adapter = adapterFor(sender);
    if (!adapter) {
      throw new ProblemError(404, {
        slug: 'unknown-sender',
        title: 'Unknown webhook sender',
        detail: `No webhook sender "${sender}"; known senders: ${SENDER_NAMES.join(', ')}.`,
      });
    }
    const body = new Uint8Array(await c.req.arrayBuffer());
    const delivery = {
      method: c.req.method,
      url: new URL(c.req.url),
      headers: c.req.raw.headers,
      body,
      text: new TextDecoder().decode(body),
    };
    const outcome = await receiveDelivery(sender, adapter, delivery, c.env, Date.now());
    if (outcome.replayed) c.header('Webhook-Replayed', 'true');
    return outcome.status === 200
      ? c.json(outcome.body as z.infer<typeof Stored>, 200)
      : c.json(outcome.body as z.infer<typeof Acknowledged>, 202);
  },
);
