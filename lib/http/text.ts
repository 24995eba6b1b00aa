import { ValidationError } from "@/lib/errors";

// NUL cannot be stored in PostgreSQL text and a lone surrogate is not Unicode: both are a
// caller's mistake (400), never a database error (500).
const badText = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isBadText(value: string): boolean {
  return badText.test(value);
}

function findBadText(value: unknown, path: string[], depth = 0): string[] | null {
  if (typeof value === "string") return isBadText(value) ? path : null;
  if (depth > 64 || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    if (isBadText(key)) return [...path, key];
    const found = findBadText(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Throws a 400 naming the first string (or key) holding a NUL byte or a lone surrogate. */
export function rejectBadText(value: unknown, what: string): void {
  const path = findBadText(value, []);
  if (!path) return;
  const where = path.join(".") || "(root)";
  throw new ValidationError(`${what} is invalid: ${where}: contains a NUL byte or an unpaired surrogate.`, [
    { path: path.join("."), message: "Contains a NUL byte or an unpaired surrogate." },
  ]);
}
