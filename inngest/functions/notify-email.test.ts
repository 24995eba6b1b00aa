import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { notificationPreferences, notifications } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { applicationStageChanged, emit } from "@/lib/events";
import { smtpNotConfigured } from "@/lib/notifications/email";
import { openTestDatabase } from "@/tests/db";
import { notificationCast, notificationsOf } from "@/tests/notifications";
import { decodedBody, header, startSmtpTestServer, type SmtpTestServer } from "@/tests/smtp";

const testDb = vi.hoisted(() => ({ handle: undefined as DatabaseHandle | undefined }));
vi.mock("@/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db")>()),
  getDb: async () => testDb.handle!.db,
  getDatabase: async () => testDb.handle!,
}));

const { drainRunner } = await import("../runner");

let cast: Awaited<ReturnType<typeof notificationCast>>;
let open: SmtpTestServer;
let guarded: SmtpTestServer;
const credentials = { user: "hireflow", pass: "s3cret:pass@word" };
const db = () => testDb.handle!.db;
const quiet = { warn() {}, error() {} };

beforeAll(async () => {
  testDb.handle = await openTestDatabase();
  cast = await notificationCast(db());
  open = await startSmtpTestServer();
  guarded = await startSmtpTestServer({ auth: credentials });
  await db().insert(notificationPreferences).values({ userId: cast.seeker.id, kind: "stage_changed", channel: "email" });
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  resetConfigForTests();
  await open.close();
  await guarded.close();
  await testDb.handle?.close();
});
beforeEach(() => {
  delete process.env.SMTP_URL;
  process.env.MAIL_FROM = "Hireflow Test <notify@hireflow.test>";
  process.env.NEXTAUTH_URL = "https://hireflow.test";
  resetConfigForTests();
});

/** A colleague moves the seeker's application: the seeker, who chose e-mail, is told. */
async function moveSeekersApplication(): Promise<string> {
  const id = await emit(db(), applicationStageChanged.create({ applicationId: cast.seekerApplication.id, eventId: crypto.randomUUID(), fromStage: "applied", toStage: "screening", actorId: cast.colleague.id }));
  await drainRunner({ db: db(), log: quiet });
  return id;
}

describe("notification e-mail", () => {
  it("without SMTP_URL the e-mail is only recorded, and the in-app notification exists", async () => {
    const byUser = await notificationsOf(db(), await moveSeekersApplication());
    expect(byUser.get(cast.seeker.id)).toMatchObject({ channel: "email", emailedAt: null, emailError: smtpNotConfigured, readAt: null });
    // The recruiter kept the default: in the app only, nothing to e-mail.
    expect(byUser.get(cast.recruiter.id)).toMatchObject({ channel: "in_app", emailedAt: null, emailError: null });
  });

  it("sends through an SMTP server without authentication: right sender, recipient, subject and body", async () => {
    process.env.SMTP_URL = open.url();
    resetConfigForTests();
    const before = open.received.length;
    const byUser = await notificationsOf(db(), await moveSeekersApplication());
    const row = byUser.get(cast.seeker.id)!;
    expect(row.emailedAt).toBeInstanceOf(Date);
    expect(row.emailError).toBeNull();
    const mails = open.received.slice(before);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.to).toEqual([cast.seeker.email]);
    expect(mail.from).toBe("notify@hireflow.test");
    expect(header(mail.raw, "Subject")).toBe("Your application for Data engineer at Acme: Screening");
    const body = decodedBody(mail.raw);
    expect(body).toContain("Your application for Data engineer at Acme moved from Applied to Screening by Carl Colleague.");
    expect(body).toContain(`Open in Hireflow: https://hireflow.test/portal/applications/${cast.seekerApplication.id}`);
  });

  it("signs in to an SMTP server that requires it, and records the error when the password is wrong", async () => {
    process.env.SMTP_URL = guarded.url(credentials);
    resetConfigForTests();
    const sent = await notificationsOf(db(), await moveSeekersApplication());
    expect(sent.get(cast.seeker.id)?.emailedAt).toBeInstanceOf(Date);
    expect(guarded.received).toHaveLength(1);
    expect(guarded.received[0]).toMatchObject({ to: [cast.seeker.email], user: credentials.user });
    expect(header(guarded.received[0].raw, "Subject")).toBe("Your application for Data engineer at Acme: Screening");

    process.env.SMTP_URL = guarded.url({ user: credentials.user, pass: "wrong" });
    resetConfigForTests();
    const refused = await notificationsOf(db(), await moveSeekersApplication());
    const row = refused.get(cast.seeker.id)!;
    // The step failed and waits for its retry; the row says why meanwhile.
    expect(row.emailedAt).toBeNull();
    expect(row.emailError).toMatch(/Invalid username or password|auth/i);
    expect(guarded.received).toHaveLength(1);
    const [stored] = await db().select().from(notifications).where(eq(notifications.id, row.id));
    expect(stored.readAt).toBeNull();
  });
});
