import { eq } from "drizzle-orm";
import { createTransport } from "nodemailer";
import type { Db } from "@/db";
import { notifications, users } from "@/db/schema";
import { config, type AppConfig } from "@/lib/config";
import { log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";

export type MailMessage = { to: string; subject: string; text: string };
export type Mailer = { send(message: MailMessage): Promise<void> };

export const smtpNotConfigured = "SMTP not configured (SMTP_URL is unset): recorded, not sent.";

// One transport per SMTP_URL for the life of the process: building it parses the URL and options.
const transports = new Map<string, ReturnType<typeof createTransport>>();

/** Sends through SMTP_URL from MAIL_FROM; null when SMTP_URL is unset. */
export function mailerFromConfig(c: Pick<AppConfig, "SMTP_URL" | "MAIL_FROM"> = config()): Mailer | null {
  const url = c.SMTP_URL;
  if (!url) return null;
  let transport = transports.get(url);
  if (!transport) {
    transport = createTransport(url);
    transports.set(url, transport);
  }
  const smtp = transport;
  return {
    async send(message) {
      await smtp.sendMail({ from: c.MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/** The plain-text mail for one notification: its body and the absolute link into the app. */
export function mailFor(row: { title: string; body: string; link: string | null }, to: string, baseUrl: string): MailMessage {
  const link = row.link ? new URL(row.link, baseUrl).toString() : null;
  const text = [row.body, link ? `Open in Hireflow: ${link}` : null, "You get this e-mail because you chose e-mail for this kind of notification in your Hireflow account."]
    .filter(Boolean)
    .join("\n\n");
  return { to, subject: row.title, text };
}

// The last send error this process saw, for the detailed health report (cleared by a success).
const lastMailError = ((globalThis as unknown as { __hireflowLastMailError?: { value: { message: string; at: string } | null } }).__hireflowLastMailError ??= { value: null });

/** The last SMTP send error this process saw since its last successful send, if any. */
export function lastMailSendError(): { message: string; at: string } | null {
  return lastMailError.value;
}

export type EmailOutcome = "sent" | "already_sent" | "not_configured" | "gone";

/**
 * E-mails one notification once: a sent one is never sent again; without a mailer the reason
 * is recorded instead. A failed send records its error and throws, so the caller's step retries.
 */
export async function emailNotification(db: Db, id: string, mailer: Mailer | null, options: { now?: Date; baseUrl?: string } = {}): Promise<EmailOutcome> {
  const [row] = await db
    .select({ title: notifications.title, body: notifications.body, link: notifications.link, emailedAt: notifications.emailedAt, to: users.email })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.id, id));
  if (!row) return "gone";
  if (row.emailedAt) return "already_sent";
  if (!mailer) {
    await db.update(notifications).set({ emailError: smtpNotConfigured }).where(eq(notifications.id, id));
    return "not_configured";
  }
  try {
    await mailer.send(mailFor(row, row.to, options.baseUrl ?? config().NEXTAUTH_URL ?? "http://localhost:3000"));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db.update(notifications).set({ emailError: message.slice(0, 1000) }).where(eq(notifications.id, id));
    lastMailError.value = { message: message.slice(0, 300), at: new Date().toISOString() };
    log.warn("notification e-mail failed", { notificationId: id, error: message });
    throw err;
  }
  lastMailError.value = null;
  metrics().notificationsSent.inc({ channel: "email" });
  await db.update(notifications).set({ emailedAt: options.now ?? new Date(), emailError: null }).where(eq(notifications.id, id));
  return "sent";
}
