/**
 * The engine's name and version. Bump the version whenever the brief for the same input can
 * change: it is part of every brief id, so a new version never serves a cached old brief.
 */
export const ENGINE_NAME = 'edge-brief';
export const ENGINE_VERSION = '1.33.0';
export const ENGINE = `${ENGINE_NAME}@${ENGINE_VERSION}`;
