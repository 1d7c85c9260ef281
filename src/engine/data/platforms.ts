/**
 * Platforms that carry statements ("he said on Telegram", "in a tweet", "posted to X").
 * Origin: written for edge-brief from the platforms named in the worked examples and PolNeAR dev.
 * Licence: MIT, part of this project.
 */
const PLATFORMS = new Set(
  `telegram twitter x facebook instagram youtube tiktok truth social truth_social gab parler rumble reddit linkedin threads
bluesky mastodon snapchat whatsapp wechat weibo vk vkontakte substack medium discord signal spotify podcast`
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.replace(/_/g, ' ')),
);
// "Truth" and "Social" alone are words, not platforms.
PLATFORMS.delete('truth');
PLATFORMS.delete('social');
PLATFORMS.delete('signal');
PLATFORMS.delete('medium');
PLATFORMS.delete('podcast');

/** A social or messaging platform. "X" counts only as the whole name. */
export function isPlatform(name: string): boolean {
  return PLATFORMS.has(name.trim().toLowerCase());
}

/** `isPlatform` for a name already lower-cased. */
export function isPlatformLower(lower: string): boolean {
  return PLATFORMS.has(lower.trim());
}

/** Every lower-cased name `isPlatform` knows. */
export function platformKeys(): string[] {
  return [...PLATFORMS];
}
