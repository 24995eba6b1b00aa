import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/tests/db";
import type { DatabaseHandle } from "./client";
import { jsonRows } from "./json-rows";
import { queryRows } from "./rows";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe("jsonRows", () => {
  it("unpacks every value with its column's type, in row order, whatever the text holds", async () => {
    const id = "0195f1a2-7c3e-7a10-9b2c-1d2e3f405162";
    const awkward = 'quote " backslash \\ comma, brace {x} tab\tnewline\nNULL ünï кириллица 😀';
    const rows = jsonRows(
      [
        ["id", "uuid"],
        ["label", "text"],
        ["flag", "boolean"],
        ["amount", "integer"],
        ["tags", "text[]"],
        ["extra", "jsonb"],
        ["at", "timestamptz"],
        ["level", "seniority_level"],
      ],
      [
        [id, awkward, true, 42, ["C++", 'say "hi"', "a,b", "{}", "NULL", "back\\slash"], { name: "SQL", required: true }, "2026-12-03T10:00:00.000Z", "senior"],
        [null, null, null, null, [], [], null, null],
      ],
    );
    const result = await queryRows<Record<string, unknown>>(
      handle.db,
      sql`select r.id, r.label, r.flag, r.amount, r.tags, r.extra, r.at = '2026-12-03T10:00:00Z'::timestamptz as at_matches, r.level::text as level from ${rows}`,
    );
    expect(result).toEqual([
      { id, label: awkward, flag: true, amount: 42, tags: ["C++", 'say "hi"', "a,b", "{}", "NULL", "back\\slash"], extra: { name: "SQL", required: true }, at_matches: true, level: "senior" },
      { id: null, label: null, flag: null, amount: null, tags: [], extra: [], at_matches: null, level: null },
    ]);
  });

  it("serves as the source of an update joined by key", async () => {
    await handle.db.execute(sql`create table json_rows_probe (id integer primary key, name text)`);
    await handle.db.execute(sql`insert into json_rows_probe values (1, 'one'), (2, 'two'), (3, 'three')`);
    await handle.db.execute(sql`update json_rows_probe p set name = r.name from ${jsonRows([["id", "integer"], ["name", "text"]], [[3, "drei"], [1, "eins"]])} where p.id = r.id`);
    const names = await queryRows<{ id: number; name: string }>(handle.db, sql`select id, name from json_rows_probe order by id`);
    expect(names).toEqual([
      { id: 1, name: "eins" },
      { id: 2, name: "two" },
      { id: 3, name: "drei" },
    ]);
  });
});
