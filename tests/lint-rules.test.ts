import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The architecture rules in eslint.config.mjs, checked against snippets as if they were repository files.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe("lint rules", () => {
  it.each([
    ['import { redirect } from "next/navigation";', "lib/jobs/x.ts"],
    ['import { inngest } from "@/inngest/client";', "lib/jobs/x.ts"],
    ['import { Button } from "@/components/ui/button";', "lib/jobs/x.ts"],
    ['import { createSimulator } from "@/simulator";', "lib/sync/x.ts"],
    ['import { createSimulator } from "@/simulator";', "app/api/x/route.ts"],
    ['import { getServerSession } from "next-auth";', "lib/sync/x.ts"],
    ['import type { NextRequest } from "next/server";', "lib/http/x.ts"],
    ['import { getServerSession } from "next-auth";', "lib/auth/x.ts"],
    ['import { Button } from "@/components/ui/button";', "server/x.ts"],
    ['import { inngest } from "@/inngest/client";', "server/x.ts"],
  ])("refuse %s in %s", async (code, file) => {
    expect(await ruleIds(`${code}\nexport const used = [${code.match(/\{ (\w+) \}/)![1]}];\n`, file)).toContain("no-restricted-imports");
  });

  it("let server/ (the adapters to Next) use Next, tests use the simulator, and app/ use inngest/", async () => {
    expect(await ruleIds('import { redirect } from "next/navigation";\nexport const r = redirect;\n', "server/x.ts")).not.toContain("no-restricted-imports");
    expect(await ruleIds('import { createSimulator } from "@/simulator";\nexport const s = createSimulator;\n', "lib/sync/x.test.ts")).not.toContain("no-restricted-imports");
    expect(await ruleIds('import { inngest } from "@/inngest/client";\nexport const i = inngest;\n', "app/api/x/route.ts")).not.toContain("no-restricted-imports");
  });

  it("refuse a drizzle update or delete without where", async () => {
    const head = 'import { eq } from "drizzle-orm";\nimport type { Db } from "@/db";\nimport { jobs } from "@/db/schema";\n';
    expect(await ruleIds(`${head}export const f = (db: Db) => db.delete(jobs);\n`, "lib/jobs/x.ts")).toContain("drizzle/enforce-delete-with-where");
    expect(await ruleIds(`${head}export const f = (db: Db) => db.update(jobs).set({ title: "x" }).returning();\n`, "lib/jobs/x.ts")).toContain("drizzle/enforce-update-with-where");
    const scoped = `${head}export const f = (db: Db) => db.delete(jobs).where(eq(jobs.id, "1")).returning();\n`;
    expect(await ruleIds(scoped, "lib/jobs/x.ts")).toEqual([]);
  });
});
