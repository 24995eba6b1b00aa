import type { z } from "zod";
import { parseEnvelope } from "../connector";
import { fetchRawPage, incrementalSince, ItemBudget } from "../paging";
import type { FetchPagesOptions, RawPage } from "../types";
import { ceilToSecond, floorToSecond, formatHhDate, parseHhDate } from "./dates";
import { hhPageSchema, type HhConfig, type HhCredentials } from "./schema";

export const HH_BASE_URL = "https://api.hh.ru";
/** HeadHunter serves at most this many results of one query, whatever `found` says. */
export const HH_RESULT_CAP = 2000;
/** A full run without `date_from` that finds too much splits here first; older vacancies form one window of their own. */
export const HH_FULL_HORIZON_MS = 60 * 86_400_000;
/** Windows are not split into halves shorter than this; such a window is fetched to the cap with a warning. */
export const HH_MIN_WINDOW_MS = 60_000;

/** Publication dates [from, to), whole seconds; no `from` means since the beginning. */
interface DateWindow {
  from?: number;
  to: number;
}

interface FetchedPage {
  raw: RawPage;
  body: z.infer<typeof hhPageSchema>;
}

/**
 * GET /vacancies: page from 0, per_page up to 100, newest first within a publication-date window.
 *
 * One query yields at most 2,000 results (fewer with a small `max_pages`), so a window whose first
 * page reports more is bisected by date and each half is probed in turn, newer half first, until
 * every window fits. The run's window is [since or `date_from`, now); a full run without
 * `date_from` starts open-ended and, when it has to split, splits at now - 60 days first. A window
 * that cannot be split (under two minutes, or open-ended) is fetched to the cap and its deepest
 * page carries a warning. Each page's params show the window it was fetched with.
 */
export async function* fetchHhPages(options: FetchPagesOptions<HhConfig, HhCredentials>): AsyncGenerator<RawPage> {
  const { config, credentials } = options;
  const budget = new ItemBudget(options.maxItems);
  const perPage = Math.max(1, Math.min(config.per_page, budget.remaining));
  const pagesPerQuery = Math.min(config.max_pages, Math.floor(HH_RESULT_CAP / perPage));
  const capacity = pagesPerQuery * perPage;

  const now = (options.now?.() ?? new Date()).getTime();
  const starts = [incrementalSince(options)?.getTime(), parseHhDate(config.date_from)].filter((time) => time !== undefined);
  const from = starts.length > 0 ? floorToSecond(Math.max(...starts)) : undefined;
  const to = Math.max(ceilToSecond(now), from === undefined ? 0 : from + 1000);
  const horizon = floorToSecond(now - HH_FULL_HORIZON_MS);

  async function fetchPage(window: DateWindow, page: number): Promise<FetchedPage> {
    const raw = await fetchRawPage({
      sourceKey: "hh",
      resource: "jobs",
      baseUrl: options.baseUrl,
      path: "/vacancies",
      params: {
        text: config.text,
        area: config.area,
        per_page: perPage,
        page,
        date_from: window.from === undefined ? undefined : formatHhDate(window.from),
        date_to: formatHhDate(window.to),
        // Newest first: stable paging inside a window, and maxItems keeps the newest.
        order_by: "publication_time",
      },
      headers: { "HH-User-Agent": credentials.userAgent, "User-Agent": credentials.userAgent },
      http: options.http,
    });
    return { raw, body: parseEnvelope("hh", hhPageSchema, raw) };
  }

  function halves(window: DateWindow): [older: DateWindow, newer: DateWindow] | undefined {
    if (window.from === undefined) return window.to > horizon ? [{ to: horizon }, { from: horizon, to: window.to }] : undefined;
    const half = floorToSecond((window.to - window.from) / 2);
    if (half < HH_MIN_WINDOW_MS) return undefined;
    return [
      { from: window.from, to: window.from + half },
      { from: window.from + half, to: window.to },
    ];
  }

  async function* walk(window: DateWindow, first: FetchedPage): AsyncGenerator<RawPage> {
    const { found } = first.body;
    let capWarning: string | undefined;
    // When maxItems runs out within one query anyway, the window's newest results are all it needs.
    if (found > capacity && budget.remaining > capacity) {
      const split = halves(window);
      if (split) {
        const [older, newer] = split;
        const newerFirst = await fetchPage(newer, 0);
        const olderFirst = await fetchPage(older, 0);
        // Two halves hold what the whole holds (plus the odd vacancy on the boundary); twice as
        // much means HeadHunter ignored the dates, and splitting further would only repeat it.
        if (newerFirst.body.found + olderFirst.body.found <= found * 1.5) {
          yield* walk(newer, newerFirst);
          if (!budget.exhausted) yield* walk(older, olderFirst);
          return;
        }
        capWarning = `HeadHunter serves ${capacity} of ${found} results per query and ignored the date window ${describe(window)}; the rest were not fetched`;
      } else {
        capWarning = `HeadHunter serves ${capacity} of ${found} results per query; the window ${describe(window)} is too short to split, the rest were not fetched`;
      }
    }
    yield* pageThrough(window, first, capWarning);
  }

  async function* pageThrough(window: DateWindow, first: FetchedPage, capWarning: string | undefined): AsyncGenerator<RawPage> {
    let current = first;
    for (let page = 0; ; page++) {
      const { raw, body } = current;
      const deepest = page + 1 >= pagesPerQuery;
      const last = deepest || page >= body.pages - 1 || body.items.length === 0;
      const withWarning = deepest && capWarning ? { ...raw, warnings: [capWarning] } : raw;
      yield budget.spend(withWarning, recordsInWindow(raw.params, body.items).length);
      if (last || budget.exhausted) return;
      current = await fetchPage(window, page + 1);
    }
  }

  const root: DateWindow = { from, to };
  yield* walk(root, await fetchPage(root, 0));
}

function describe(window: DateWindow): string {
  return window.from === undefined ? `before ${formatHhDate(window.to)}` : `${formatHhDate(window.from)}..${formatHhDate(window.to)}`;
}

/**
 * The records a page counts. Windows are half-open, [date_from, date_to), and the next window
 * starts at this one's date_to; HeadHunter may treat date_to as inclusive, so a vacancy published
 * in that very second can come back in both. It counts only in the window it starts.
 */
export function recordsInWindow(params: Readonly<Record<string, string>> | undefined, items: unknown[]): unknown[] {
  const end = parseHhDate(params?.date_to);
  if (end === undefined) return items;
  return items.filter((item) => publishedAt(item) !== end);
}

function publishedAt(item: unknown): number | undefined {
  return typeof item === "object" && item !== null ? parseHhDate((item as { published_at?: unknown }).published_at) : undefined;
}
