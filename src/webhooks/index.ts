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
import { isSenderName, type SenderName } from './senders';

export { SENDER_NAMES, isSenderName, type SenderName } from './senders';

/** One adapter per name in senders.ts: the type fails the build if one is missing or unknown. */
export const SENDERS: Record<SenderName, WebhookAdapter> = { ghost, contentful, sanity, wordpress, strapi, standard };

export function adapterFor(sender: string): WebhookAdapter | undefined {
  return isSenderName(sender) ? SENDERS[sender] : undefined;
}

export { receiveDelivery, type DeliveryOutcome } from './receive';
