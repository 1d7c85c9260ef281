/**
 * The senders `POST /v1/webhooks/{sender}` accepts, each an adapter of one shape (`types.ts`).
 * Adding a CMS is one module here plus its secret in env.ts, .dev.vars.example and README.
 */
import { contentful } from './contentful';
import { ghost } from './ghost';
import { sanity } from './sanity';
import { standard } from './standard';
import { strapi } from './strapi';
import type { WebhookAdapter } from './types';
import { wordpress } from './wordpress';

export const SENDERS = { ghost, contentful, sanity, wordpress, strapi, standard } satisfies Record<
  string,
  WebhookAdapter
>;

export type SenderName = keyof typeof SENDERS;

export const SENDER_NAMES = Object.keys(SENDERS) as SenderName[];

export function adapterFor(sender: string): WebhookAdapter | undefined {
  return Object.hasOwn(SENDERS, sender) ? SENDERS[sender as SenderName] : undefined;
}

export { receiveDelivery, type DeliveryOutcome } from './receive';
