import { getDb } from "@/db";
import { config } from "@/lib/config";
import { clientAddress } from "@/lib/http/client-address";
import { appOrigins } from "@/lib/http/origin";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { errorResponse, responseForError } from "@/lib/http/respond";
import { calendarFeedForToken } from "@/lib/interviews/feed";
import { withHttpMetrics } from "@/lib/observability/http";

const limiter = globalThis as unknown as { __hireflowCalendarLimit?: (key: string) => void };

const notFound = () => errorResponse(404, "not_found", "No calendar feed at this address: it may have been revoked or rotated.");

// Anonymous: the token in the path is the credential (calendar apps send no cookies or headers),
// so the route is rate-limited per client address before any lookup, and every miss is a plain 404.
export const GET = withHttpMetrics(async (request: Request, context: { params: Promise<Record<string, string>> }) => {
  try {
    const cfg = config();
    limiter.__hireflowCalendarLimit ??= createRateLimiter(cfg.ANONYMOUS_RATE_LIMIT_PER_MINUTE);
    limiter.__hireflowCalendarLimit(`calendar:${clientAddress(request.headers, cfg)}`);
    const match = /^(.{1,100})\.ics$/.exec((await context.params).file ?? "");
    if (!match) return notFound();
    const body = await calendarFeedForToken(await getDb(), match[1], { appUrl: appOrigins(request, cfg)[0] ?? null });
    if (body === null) return notFound();
    return new Response(body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="hireflow-interviews.ics"',
        "cache-control": "private, max-age=300",
        "x-robots-tag": "noindex",
      },
    });
  } catch (err) {
    return responseForError(err);
  }
});
