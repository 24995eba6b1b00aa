import type { Metadata } from "next";
import { AppShell } from "@/components/nav/app-shell";
import { navFor } from "@/components/nav/nav-items";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { pageResponse } from "@/lib/http/pagination";
import { listNotifications } from "@/lib/notifications/list";
import { notificationForApi } from "@/lib/notifications/serialize";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  const user = await requirePageRight("notifications:own");
  const { page, unread } = await listNotifications(await getDb(), user.id, { page: 1, limit: 20 });
  return (
    <AppShell user={user} nav={navFor(user)}>
      <PageHeader title="Notifications" description="What happened while you were away; new ones appear here as they arrive." />
      <NotificationList initial={{ ...pageResponse(page, notificationForApi), unread }} />
    </AppShell>
  );
}
