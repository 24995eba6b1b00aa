import { asc, and, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { realtimeEvents } from "@/db/schema";

export type LiveEvent = { id: number; topic: string; data: Record<string, unknown> };

type Subscriber = { topics: ReadonlySet<string>; push(event: LiveEvent): void };

export type HubOptions = {
  /** How often to look for new rows when nothing woke the hub (PGlite relies on this alone). */
  pollMs: number;
  /** PostgreSQL: LISTEN for the publish NOTIFY and call wake(); returns the function that stops listening. */
  listen?: (wake: () => void) => Promise<() => Promise<void>>;
};

const BATCH = 500;

/**
 * One per process: reads new realtime_events rows in id order and hands each to the subscribers
 * of its topic. It runs only while someone is subscribed; a NOTIFY (PostgreSQL) or the poll
 * timer (both databases) wakes it.
 */
export class RealtimeHub {
  private subscribers = new Set<Subscriber>();
  private lastId = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private starting: Promise<void> | undefined;
  private polling: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly db: Db,
    private readonly options: HubOptions,
  ) {}

  /** Starts delivering events of `topics` to `push`; resolves once the hub is running, with the function that stops it. */
  async subscribe(topics: Iterable<string>, push: (event: LiveEvent) => void): Promise<() => void> {
    const subscriber: Subscriber = { topics: new Set(topics), push };
    this.subscribers.add(subscriber);
    this.starting ??= this.start();
    await this.starting;
    return () => {
      this.subscribers.delete(subscriber);
      if (this.subscribers.size === 0) void this.stop();
    };
  }

  /** Events of `topics` after `afterId` (a reconnecting page's Last-Event-ID), oldest first. */
  async since(afterId: number, topics: string[]): Promise<LiveEvent[]> {
    if (topics.length === 0) return [];
    return this.db
      .select({ id: realtimeEvents.id, topic: realtimeEvents.topic, data: realtimeEvents.data })
      .from(realtimeEvents)
      .where(and(gt(realtimeEvents.id, afterId), inArray(realtimeEvents.topic, topics)))
      .orderBy(asc(realtimeEvents.id))
      .limit(BATCH);
  }

  private async start(): Promise<void> {
    const [row] = await this.db.select({ max: sql<number | null>`max(${realtimeEvents.id})` }).from(realtimeEvents);
    this.lastId = Number(row?.max ?? 0);
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.timer.unref?.();
    if (this.options.listen) {
      try {
        this.unlisten = await this.options.listen(() => this.wake());
      } catch {
        // Without LISTEN the poll timer still delivers, only later.
      }
    }
  }

  private async stop(): Promise<void> {
    const starting = this.starting;
    if (!starting) return;
    await starting.catch(() => undefined);
    if (this.subscribers.size > 0) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.starting = undefined;
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    await unlisten?.().catch(() => undefined);
  }

  /** Reads and delivers new rows; a wake during a read runs one more read after it. */
  wake(): void {
    if (this.polling) {
      this.again = true;
      return;
    }
    this.polling = this.poll()
      .catch(() => undefined)
      .finally(() => {
        this.polling = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Waits for the read in progress, if any (tests). */
  async settled(): Promise<void> {
    while (this.polling) await this.polling;
  }

  private async poll(): Promise<void> {
    for (;;) {
      const rows = await this.db
        .select({ id: realtimeEvents.id, topic: realtimeEvents.topic, data: realtimeEvents.data })
        .from(realtimeEvents)
        .where(gt(realtimeEvents.id, this.lastId))
        .orderBy(asc(realtimeEvents.id))
        .limit(BATCH);
      for (const row of rows) {
        this.lastId = row.id;
        for (const subscriber of this.subscribers) {
          if (!subscriber.topics.has(row.topic)) continue;
          try {
            subscriber.push(row);
          } catch {
            // One broken connection must not stop the others' delivery.
          }
        }
      }
      if (rows.length < BATCH) return;
    }
  }
}
