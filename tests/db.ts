import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/db/client";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or with
 * DATABASE_URL set (CI) a new PostgreSQL database on that server, dropped on close.
 */
export async function openTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  // Tests choose their database themselves; this is the one place they read it.
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ memory: true });
  const name = `hireflow_test_${randomUUID().replaceAll("-", "")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ url: target.toString() });
  return {
    ...handle,
    url: target.toString(),
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
