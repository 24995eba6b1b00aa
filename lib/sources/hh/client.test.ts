import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SIMULATED_NOW, startSimulatorServer, type SimulatorServer } from "@/simulator";
import { readSample } from "../test-fixtures";
import { testHttpOptions } from "../test-http-options";
import { collect, sendJson, startTestServer, type TestServer } from "../test-server";
import type { RawPage } from "../types";
import { hhConnector } from "./index";

const items = readSample("hh/vacancies_items_2024-07_with_duplicates.json") as Record<string, unknown>[];

const NOW = Date.parse("2025-08-15T12:00:00Z");
const DAY = 86_400_000;
const agent = "Hireflow-test/1.0 (qa@hireflow.example)";

let server: TestServer | undefined;
let simulator: SimulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  await simulator?.close();
  server = simulator = undefined;
});

interface Vacancy {
  id: string;
  /** Whole seconds, as HH publishes them. */
  publishedAt: number;
}

/** `count` vacancies spread evenly over [from, to), newest last. */
function spread(count: number, from: number, to: number, idPrefix = "v"): Vacancy[] {
  const step = (to - from) / count;
  return Array.from({ length: count }, (_, i) => ({ id: `${idPrefix}${i}`, publishedAt: Math.floor((from + i * step) / 1000) * 1000 }));
}

/** Moscow time with a "+0300" offset, written independently of the client's own helper. */
function moscow(time: number): string {
  const local = new Date(time + 3 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}+0300`;
}

/** "2025-08-15T15:00:00+0300" to milliseconds. */
const parseHh = (text: string) => Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));

const hhDateParam = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2})(\d{2})$/;

function agentError(request: TestServer["requests"][number]) {
  const value = String(request.headers["hh-user-agent"] ?? "");
  return !value || value.startsWith("python-requests");
}

function hhPage(found: number, page: number, perPage: number, pageItems: unknown[]) {
  return { items: pageItems, found, pages: Math.min(Math.ceil(found / perPage), Math.floor(2000 / perPage)), page, per_page: perPage, clusters: null, arguments: null, alternate_url: "https://hh.ru/search/vacancy" };
}

/**
 * api.hh.ru's search over `vacancies`: the agent header, page from 0, no deeper than 2,000
 * results, date_from inclusive, date_to inclusive or exclusive, to the second, newest first.
 */
async function startHh(vacancies: Vacancy[], dateTo: "inclusive" | "exclusive" = "inclusive") {
  const newestFirst = [...vacancies].sort((a, b) => b.publishedAt - a.publishedAt || a.id.localeCompare(b.id));
  server = await startTestServer((request, response) => {
    if (agentError(request)) return sendJson(response, 400, { errors: [{ type: "bad_user_agent", value: "blacklisted" }], request_id: "x" });
    const params = request.url.searchParams;
    const page = Number(params.get("page") ?? 0);
    const perPage = Number(params.get("per_page") ?? 20);
    if ((page + 1) * perPage > 2000) return sendJson(response, 400, { errors: [{ type: "bad_argument", value: "page" }] });
    const bounds: Record<string, number> = {};
    for (const name of ["date_from", "date_to"]) {
      const value = params.get(name);
      if (value === null) continue;
      const match = hhDateParam.exec(value);
      if (!match) return sendJson(response, 400, { errors: [{ type: "bad_argument", value: name }] });
      bounds[name] = Date.parse(`${match[1]}${match[2]}:${match[3]}`);
    }
    const matched = newestFirst.filter(
      ({ publishedAt }) =>
        (bounds.date_from === undefined || publishedAt >= bounds.date_from) &&
        (bounds.date_to === undefined || (dateTo === "inclusive" ? publishedAt <= bounds.date_to : publishedAt < bounds.date_to)),
    );
    const pageItems = matched.slice(page * perPage, (page + 1) * perPage).map((vacancy, i) => ({ ...items[i % items.length], id: vacancy.id, published_at: moscow(vacancy.publishedAt) }));
    sendJson(response, 200, hhPage(matched.length, page, perPage, pageItems));
  });
  return server;
}

/** A search that ignores dates altogether: `found` results whatever the window. */
async function startDatelessHh(found: number) {
  server = await startTestServer((request, response) => {
    if (agentError(request)) return sendJson(response, 400, { errors: [{ type: "bad_user_agent", value: "blacklisted" }], request_id: "x" });
    const page = Number(request.url.searchParams.get("page") ?? 0);
    const perPage = Number(request.url.searchParams.get("per_page") ?? 20);
    if ((page + 1) * perPage > 2000) return sendJson(response, 400, { errors: [{ type: "bad_argument", value: "page" }] });
    const start = page * perPage;
    const count = Math.max(0, Math.min(perPage, found - start));
    sendJson(response, 200, hhPage(found, page, perPage, Array.from({ length: count }, (_, i) => items[(start + i) % items.length])));
  });
  return server;
}

const fetchFrom = (baseUrl: string, overrides: Record<string, unknown> = {}) =>
  collect(
    hhConnector.fetchPages({
      baseUrl,
      config: { text: "python", area: 1 },
      credentials: { userAgent: agent },
      mode: "full",
      http: testHttpOptions(),
      now: () => new Date(NOW),
      ...overrides,
    }),
  );

const fetchAll = (overrides: Record<string, unknown> = {}) => fetchFrom(server!.baseUrl, overrides);

const idsOf = (pages: RawPage[]) => pages.flatMap((page) => hhConnector.recordsOf(page).map((record) => String((record as { id: unknown }).id)));

function expectEachOnce(ids: string[], expected: Iterable<string>) {
  expect(ids.length).toBe(new Set(ids).size);
  expect([...ids].sort()).toEqual([...expected].sort());
}

describe("HeadHunter client", () => {
  it("pages from 0 with per_page, the HH-User-Agent header and a window ending now", async () => {
    await startHh(spread(250, NOW - 10 * DAY, NOW));
    const pages = await fetchAll();
    const requests = server!.requests;
    expect(requests.map((request) => request.url.searchParams.get("page"))).toEqual(["0", "1", "2"]);
    expect(requests[0].url.searchParams.get("per_page")).toBe("100");
    expect(requests[0].url.searchParams.get("area")).toBe("1");
    expect(requests[0].url.searchParams.get("date_from")).toBeNull();
    expect(requests[0].url.searchParams.get("date_to")).toBe("2025-08-15T15:00:00+0300");
    expect(requests[0].url.searchParams.get("order_by")).toBe("publication_time");
    expect(requests[0].headers["hh-user-agent"]).toBe(agent);
    expect(pages.map((page) => hhConnector.recordsOf(page).length)).toEqual([100, 100, 50]);
    expect(pages[0].params).toMatchObject({ date_to: "2025-08-15T15:00:00+0300", page: "0" });
  });

  it("splits a search of more than 2,000 by publication date and fetches every vacancy once", async () => {
    const vacancies = spread(3500, NOW - 40 * DAY, NOW);
    await startHh(vacancies);
    const pages = await fetchAll();
    expectEachOnce(idsOf(pages), vacancies.map((vacancy) => vacancy.id));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((page) => page.warnings === undefined)).toBe(true);
    // Every page names its window, and the windows the pages came from do not overlap.
    const windows = new Map(pages.map((page) => [`${page.params.date_from}|${page.params.date_to}`, [page.params.date_from, page.params.date_to]]));
    expect(windows.size).toBeGreaterThan(2);
    const bounds = [...windows.values()].map(([from, to]) => [from === undefined ? -Infinity : parseHh(from), parseHh(to)]).sort((a, b) => a[0] - b[0]);
    expect(bounds[0]).toEqual([-Infinity, NOW - 60 * DAY]);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i][0]).toBe(bounds[i - 1][1]);
    expect(bounds.at(-1)?.[1]).toBe(NOW);
    // Newest first overall.
    const published = pages.flatMap((page) => hhConnector.recordsOf(page).map((record) => String((record as { published_at: unknown }).published_at)));
    expect(published).toEqual([...published].sort().reverse());
  });

  it.each(["inclusive", "exclusive"] as const)("neither repeats nor skips vacancies published on a window boundary (date_to %s)", async (dateTo) => {
    // Full runs split at now - 60 days, then halve [now - 60 days, now): the first halving is now - 30 days.
    const boundary = NOW - 30 * DAY;
    const vacancies = [
      ...spread(2400, NOW - 50 * DAY, NOW),
      ...Array.from({ length: 7 }, (_, i) => ({ id: `edge${i}`, publishedAt: boundary })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `horizon${i}`, publishedAt: NOW - 60 * DAY })),
      ...Array.from({ length: 2 }, (_, i) => ({ id: `old${i}`, publishedAt: NOW - 90 * DAY })),
    ];
    await startHh(vacancies, dateTo);
    const pages = await fetchAll();
    expect(pages.some((page) => page.params.date_to === moscow(boundary))).toBe(true);
    expectEachOnce(idsOf(pages), vacancies.map((vacancy) => vacancy.id));
  });

  it("fetches a window too short to split to the cap and says so", async () => {
    const sameSecond = Array.from({ length: 2500 }, (_, i) => ({ id: `s${i}`, publishedAt: NOW - 3 * DAY }));
    await startHh([...sameSecond, ...spread(300, NOW - 20 * DAY, NOW - 10 * DAY, "r")]);
    const pages = await fetchAll();
    const ids = idsOf(pages);
    expect(ids.length).toBe(new Set(ids).size);
    expect(ids.filter((id) => id.startsWith("r"))).toHaveLength(300);
    expect(ids.filter((id) => id.startsWith("s"))).toHaveLength(2000);
    const warned = pages.filter((page) => page.warnings);
    expect(warned).toHaveLength(1);
    expect(warned[0].warnings?.[0]).toMatch(/2000 of 2500 .*too short to split/);
    const [from, to] = [warned[0].params.date_from, warned[0].params.date_to].map(parseHh);
    expect(to - from).toBeLessThan(2 * 60_000);
  });

  it("stops at the 2,000-result cap and says so when HeadHunter ignores the dates", async () => {
    await startDatelessHh(1_170_210);
    const pages = await fetchAll({ config: { text: "python", max_pages: 100 } });
    // The probe of the whole search, one of each half, then the rest of the whole search's 20 pages.
    expect(server!.requests).toHaveLength(3 + 19);
    expect(pages).toHaveLength(20);
    expect(pages.at(-1)?.warnings?.[0]).toMatch(/2000 of 1170210/);
    expect(pages.slice(0, -1).every((page) => page.warnings === undefined)).toBe(true);
  });

  it("asks for vacancies published since the last run in incremental mode, in HH's date format", async () => {
    const vacancies = spread(3300, NOW - 30 * DAY, NOW);
    await startHh(vacancies);
    const since = new Date(NOW - 20 * DAY + 123);
    const pages = await fetchAll({ mode: "incremental", since });
    expect(server!.requests[0].url.searchParams.get("date_from")).toBe("2025-07-26T15:00:00+0300");
    expect(server!.requests[0].url.searchParams.get("date_to")).toBe("2025-08-15T15:00:00+0300");
    const newer = vacancies.filter((vacancy) => vacancy.publishedAt >= Math.floor(since.getTime() / 1000) * 1000);
    expect(newer.length).toBeGreaterThan(2000);
    expectEachOnce(idsOf(pages), newer.map((vacancy) => vacancy.id));
  });

  it("starts a full run at the config's date_from", async () => {
    const vacancies = spread(3000, NOW - 30 * DAY, NOW);
    await startHh(vacancies);
    const pages = await fetchAll({ config: { text: "python", date_from: "2025-08-01" } });
    expect(server!.requests[0].url.searchParams.get("date_from")).toBe("2025-08-01T00:00:00+0300");
    const start = Date.parse("2025-08-01T00:00:00+03:00");
    expectEachOnce(idsOf(pages), vacancies.filter((vacancy) => vacancy.publishedAt >= start).map((vacancy) => vacancy.id));
    await expect(fetchAll({ config: { text: "python", date_from: "last week" } })).rejects.toThrow(/invalid config/);
  });

  it("keeps maxItems across windows, newest first", async () => {
    const vacancies = spread(3500, NOW - 40 * DAY, NOW);
    await startHh(vacancies);
    const pages = await fetchAll({ maxItems: 2500 });
    const newest = [...vacancies].sort((a, b) => b.publishedAt - a.publishedAt).slice(0, 2500);
    expectEachOnce(idsOf(pages), newest.map((vacancy) => vacancy.id));
  });

  it("uses a smaller page for a small maxItems and does not split for it", async () => {
    await startHh(spread(3500, NOW - 40 * DAY, NOW));
    const pages = await fetchAll({ maxItems: 30 });
    expect(server!.requests).toHaveLength(1);
    expect(server!.requests[0].url.searchParams.get("per_page")).toBe("30");
    expect(idsOf(pages)).toHaveLength(30);
  });

  it("surfaces bad_user_agent as a typed, non-retriable error", async () => {
    await startHh(spread(5, NOW - DAY, NOW));
    await expect(fetchAll({ credentials: { userAgent: "python-requests/2.31" } })).rejects.toMatchObject({
      status: 400, code: "bad_user_agent", retriable: false,
    });
    expect(server!.requests).toHaveLength(1);
  });

  it("refuses empty credentials before calling the API", async () => {
    await startHh(spread(5, NOW - DAY, NOW));
    await expect(fetchAll({ credentials: { userAgent: "" } })).rejects.toThrow(/invalid credentials/);
    expect(server!.requests).toHaveLength(0);
  });

  it("uses a default agent when HH_USER_AGENT is unset", () => {
    expect(hhConnector.credentialsFromEnv({})).toEqual({ userAgent: expect.stringContaining("Hireflow") });
    expect(hhConnector.credentialsFromEnv({ HH_USER_AGENT: "Mine/2.0" })).toEqual({ userAgent: "Mine/2.0" });
  });
});

describe("HeadHunter client against the simulator", () => {
  const simulatedNow = new Date(DEFAULT_SIMULATED_NOW);
  const fetchSimulated = (overrides: Record<string, unknown> = {}) =>
    fetchFrom(`${simulator!.url}/hh`, { now: () => simulatedNow, ...overrides });

  async function startSimulator() {
    simulator = await startSimulatorServer({ port: 0, volumes: { hh: 3500 } });
  }

  it("fetches all 3,500 vacancies exactly once across date windows", async () => {
    await startSimulator();
    const pages = await fetchSimulated();
    const ids = idsOf(pages);
    expect(ids).toHaveLength(3500);
    expect(new Set(ids).size).toBe(3500);
    expect(pages.every((page) => page.status === 200 && page.warnings === undefined)).toBe(true);
    expect(new Set(pages.map((page) => page.params.date_to)).size).toBeGreaterThan(1);
  });

  it("fetches only the newer vacancies in incremental mode", async () => {
    await startSimulator();
    const all = pages2records(await fetchSimulated());
    const since = new Date(simulatedNow.getTime() - 40 * DAY);
    const newer = [...all].filter(([, published]) => published >= since.getTime()).map(([id]) => id);
    expect(newer.length).toBeGreaterThan(2000);
    expect(newer.length).toBeLessThan(3500);
    const ids = idsOf(await fetchSimulated({ mode: "incremental", since }));
    expectEachOnce(ids, newer);
  });

  it("respects maxItems across windows", async () => {
    await startSimulator();
    const ids = idsOf(await fetchSimulated({ maxItems: 2345 }));
    expect(ids).toHaveLength(2345);
    expect(new Set(ids).size).toBe(2345);
  });
});

function pages2records(pages: RawPage[]): Map<string, number> {
  const records = new Map<string, number>();
  for (const record of pages.flatMap((page) => hhConnector.recordsOf(page)) as { id: string; published_at: string }[]) {
    records.set(String(record.id), parseHh(record.published_at));
  }
  return records;
}
