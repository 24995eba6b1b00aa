import type { Metadata } from "next";
import { ApiReference, type ReferenceDocument } from "@/components/api-reference/api-reference";
import { AppShell } from "@/components/nav/app-shell";
import { navFor } from "@/components/nav/nav-items";
import { PageHeader } from "@/components/ui/card";
import { requirePageRight } from "@/server/session";
import { apiDocument } from "../api/v1/openapi.json/document";

export const metadata: Metadata = { title: "API reference" };
export const dynamic = "force-dynamic";

/** Every /api/v1 operation, from the same OpenAPI document clients fetch; for anyone who may hold an API key. */
export default async function ApiReferencePage() {
  const user = await requirePageRight("apikeys:own");
  const document = apiDocument() as unknown as ReferenceDocument;
  return (
    <AppShell user={user} nav={navFor(user)}>
      <PageHeader
        title="API reference"
        description="Call /api/v1 with an API key from your Account page (Authorization: Bearer <key>). Errors are always {error: {code, message, details}}."
        actions={
          <a href="/api/v1/openapi.json" className="text-sm font-medium text-brand-700 hover:underline">
            OpenAPI 3.1 document (JSON)
          </a>
        }
      />
      <ApiReference document={document} />
    </AppShell>
  );
}
