import type { RunEvent } from "./registry";

// Inngest's keys are CEL expressions. The runner supports only dotted paths into the event
// (`event.data.sourceId`, `event.name`), which is what this app uses; anything else is refused
// rather than guessed. A full CEL evaluator (@bufbuild/cel, @marcbachmann/cel-js) could replace this.
const DOTTED_PATH = /^event(\.[A-Za-z_$][\w$]*)+$/;

export class UnsupportedKeyExpressionError extends Error {
  constructor(expression: string) {
    super(`Key expression "${expression}" is not supported by the in-process runner: use a path like event.data.id`);
    this.name = "UnsupportedKeyExpressionError";
  }
}

/** Evaluates a dotted key expression on an event; a missing value keys as "". */
export function readKey(expression: string, event: RunEvent): string {
  const trimmed = expression.trim();
  if (!DOTTED_PATH.test(trimmed)) throw new UnsupportedKeyExpressionError(expression);
  let value: unknown = event;
  for (const part of trimmed.split(".").slice(1)) {
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
