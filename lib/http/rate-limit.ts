import { RateLimitedError } from "@/lib/errors";

// A fixed-window counter per caller, in memory: enough to stop a runaway script hitting one
// app process; a multi-process deployment would move it to the database or a proxy.
export function createRateLimiter(limitPerWindow: number, windowMs = 60_000, now = () => Date.now()) {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return function take(callerKey: string): void {
    const t = now();
    let w = windows.get(callerKey);
    if (!w || t - w.startedAt >= windowMs) {
      w = { startedAt: t, count: 0 };
      windows.set(callerKey, w);
      if (windows.size > 10_000) windows.clear();
    }
    w.count += 1;
    if (w.count > limitPerWindow) {
      throw new RateLimitedError(Math.max(1, Math.ceil((w.startedAt + windowMs - t) / 1000)));
    }
  };
}
