// Next calls register() once per server start: with no Inngest server configured, this is
// where the in-process runner starts its loop, and outside production the source simulator.
export async function register() {
  // Read directly, as Next documents, so the Edge bundle drops the Node-only imports below.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("@/lib/config");
  const { NEXT_PHASE, inngestExternal, RUNNER_DISABLED, simulatorEnabled, SIMULATOR_PORT, SIMULATOR_SEED } = config();
  if (NEXT_PHASE === "phase-production-build") return;
  // Stage hooks register on import: follow-ups are planned and cancelled with every stage change,
  // and closing an application cancels its upcoming interviews.
  await import("@/lib/follow-ups/stage-hook");
  await import("@/lib/interviews/stage-hook");
  // Throws with a clear message when production has no NEXTAUTH_SECRET: refuse to start.
  void config().authSecret;
  if (simulatorEnabled) {
    const { startEmbeddedSimulator } = await import("@/simulator/embedded");
    await startEmbeddedSimulator(SIMULATOR_PORT, SIMULATOR_SEED);
  }
  if (RUNNER_DISABLED) return;
  if (inngestExternal) {
    const { startExternalOutboxDispatcher } = await import("@/inngest/outbox-external");
    startExternalOutboxDispatcher();
    return;
  }
  const { startRunner } = await import("@/inngest/runner");
  await startRunner();
}
