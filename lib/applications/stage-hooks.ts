import type { Db } from "@/db";
import type { ApplicationRow, ApplicationStage } from "@/db/schema";

/**
 * Work that must happen in the same transaction as a stage change (planning follow-ups on
 * entering applied, cancelling what is left of a sequence on any move). Features register here
 * at import time, so lib/applications never imports them and no import loop forms.
 *
 * A hook gets the application as it is after the change, the stage it left (null when the
 * application was just created) and the stage it entered; `now` is the change's time. A hook
 * that throws rolls the whole change back.
 */
export type StageHook = (tx: Db, application: ApplicationRow, from: ApplicationStage | null, to: ApplicationStage, now: Date) => Promise<void>;

// On globalThis so Next dev reloads, which re-evaluate modules, keep one registry.
const shared = globalThis as unknown as { __hireflowStageHooks?: Set<StageHook> };
const hooks = (shared.__hireflowStageHooks ??= new Set());

/** Adds a hook (once, however often it is registered); returns the function that removes it. */
export function registerStageHook(hook: StageHook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/** Runs every registered hook in order, inside the caller's transaction. */
export async function onStageEntered(tx: Db, application: ApplicationRow, from: ApplicationStage | null, to: ApplicationStage, now: Date): Promise<void> {
  for (const hook of hooks) await hook(tx, application, from, to, now);
}
