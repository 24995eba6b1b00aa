/**
 * The URL when it is an absolute http(s) URL, else null: what a source or a user sent may say
 * `javascript:` or `data:`, and such a value must never reach an href.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 2048 || /[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname) return null;
  // The value as the source wrote it: dedupe keys and links stay byte-for-byte the same.
  return trimmed;
}
