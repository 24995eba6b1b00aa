import type { AppConfig } from "@/lib/config";

/**
 * Who may call /api/inngest. Embedded mode runs functions in process, so the endpoint is closed;
 * INNGEST_DEV opts into the Dev Server's unsigned calls; anything else is a real Inngest whose
 * calls the SDK verifies with the signing key, and without one the endpoint refuses to serve.
 */
export type InngestEndpointMode = "closed" | "dev" | "signed" | "missing_signing_key";

export function inngestEndpointMode(cfg: Pick<AppConfig, "inngestExternal" | "INNGEST_DEV" | "INNGEST_SIGNING_KEY">): InngestEndpointMode {
  if (!cfg.inngestExternal) return "closed";
  const dev = cfg.INNGEST_DEV?.trim();
  if (dev && dev !== "0" && dev !== "false") return "dev";
  return cfg.INNGEST_SIGNING_KEY ? "signed" : "missing_signing_key";
}
