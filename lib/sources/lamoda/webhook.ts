import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const webhookWindowSeconds = 300;

export const lamodaWebhookEventSchema = z.object({
  id: z.string().min(1),
  type: z.enum(["job.created", "job.updated", "job.closed", "candidate.created", "candidate.updated", "placement.updated"]),
  created_at: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export type LamodaWebhookEvent = z.infer<typeof lamodaWebhookEventSchema>;

export type WebhookVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Checks `X-Lamoda-Signature: sha256=<hex HMAC(secret, timestamp + "." + body)>` in constant
 * time, and that `X-Lamoda-Timestamp` is within the replay window of `nowMs`.
 */
export function verifyLamodaWebhook(secret: string, rawBody: string, timestamp: string | null, signature: string | null, nowMs = Date.now()): WebhookVerdict {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "X-Lamoda-Timestamp is missing or not a number." };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > webhookWindowSeconds) return { ok: false, reason: "X-Lamoda-Timestamp is outside the 300 s replay window." };
  if (!signature) return { ok: false, reason: "X-Lamoda-Signature is missing." };
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")}`);
  const given = Buffer.from(signature);
  const same = given.length === expected.length && timingSafeEqual(given, expected);
  return same ? { ok: true } : { ok: false, reason: "X-Lamoda-Signature does not match the body." };
}
