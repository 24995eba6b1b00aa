import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { notificationKinds, type User } from "@/db/schema";
import { config } from "@/lib/config";
import { getPreferences, kindLabels } from "@/lib/notifications/preferences";
import { PreferencesForm } from "./preferences-form";

/** The account page's "Notifications" card, loaded on the server with the user's choices. */
export async function NotificationPreferencesCard({ user }: { user: Pick<User, "id" | "role"> }) {
  const preferences = await getPreferences(await getDb(), user.id);
  // Only admins hear of failed syncs, so only they are offered the choice.
  const kinds = notificationKinds.filter((kind) => (kind !== "sync_failed" && kind !== "webhook_disabled") || user.role === "admin").map((kind) => ({ kind, ...kindLabels[kind] }));
  return (
    <Card className="mt-6 p-6">
      <h2 className="text-base font-semibold">Notifications</h2>
      <p className="mb-2 mt-1 text-sm text-slate-500">How you hear of each kind: in the app (the bell), by e-mail as well, or not at all.</p>
      <PreferencesForm initial={{ preferences, email_configured: Boolean(config().SMTP_URL) }} kinds={kinds} />
    </Card>
  );
}
