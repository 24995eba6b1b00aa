import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import type { webhookEndpointDisabled } from "@/lib/events";
import type { NotificationDraft } from "../drafts";

type EndpointDisabled = z.infer<typeof webhookEndpointDisabled.schema>;

/** A webhook endpoint kept failing and was disabled: every admin is told which and why. */
export async function webhookDisabledDrafts(db: Db, data: EndpointDisabled): Promise<NotificationDraft[]> {
  const admins = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
  return admins.map((admin) => ({
    userId: admin.id,
    kind: "webhook_disabled" as const,
    title: `Webhook disabled: ${data.url.slice(0, 120)}`,
    body: data.reason.slice(0, 500),
    link: "/settings#webhooks",
    data: { endpoint_id: data.endpointId },
  }));
}
