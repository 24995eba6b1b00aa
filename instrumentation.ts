// Next calls register() once per server start: with no Inngest server configured, this is
// where the in-process runner starts its loop.
export async function register() {
  // Read directly, as Next documents, so the Edge bundle drops the Node-only import below.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("@/lib/config");
  const { NEXT_PHASE, inngestExternal, RUNNER_DISABLED } = config();
  if (NEXT_PHASE === "phase-production-build" || inngestExternal || RUNNER_DISABLED) return;
  const { startRunner } = await import("@/inngest/runner");
  await startRunner();
}
