/**
 * The names of the senders `POST /v1/webhooks/{sender}` accepts, without their adapters: the routes
 * that only need the names (the OpenAPI text, the article namespaces, the batch sources a batch may
 * not take) import this and leave the adapters to load on the first delivery.
 */
export const SENDER_NAMES = ['ghost', 'contentful', 'sanity', 'wordpress', 'strapi', 'standard'] as const;

export type SenderName = (typeof SENDER_NAMES)[number];

export function isSenderName(name: string): name is SenderName {
  return (SENDER_NAMES as readonly string[]).includes(name);
}
