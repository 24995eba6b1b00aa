const placeholderOrigin = "http://callback.invalid";

function decodeFully(value: string): string | null {
  let current = value;
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * A path on this site to go to after signing in, or `fallback`. Only same-origin paths pass:
 * `//host`, `/\host`, `http://...`, control characters and their percent-encoded forms are
 * refused. A full URL on `appOrigin` (as next-auth sends) is reduced to its path.
 */
export function safeCallbackPath(raw: unknown, fallback: string, appOrigin?: string): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return fallback;
  let candidate = raw.trim();
  if (appOrigin && candidate.startsWith(appOrigin + "/")) candidate = candidate.slice(appOrigin.length);
  const decoded = decodeFully(candidate);
  if (decoded === null) return fallback;
  for (const form of [candidate, decoded]) {
    if (!form.startsWith("/") || form.startsWith("//") || form.includes("\\")) return fallback;
    if (/[\u0000-\u001f\u007f]/.test(form)) return fallback;
  }
  const url = new URL(candidate, placeholderOrigin);
  if (url.origin !== placeholderOrigin) return fallback;
  return url.pathname + url.search + url.hash;
}
