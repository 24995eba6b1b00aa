import { registerStageHook } from "@/lib/applications/stage-hooks";
import { followUpsOnStageEntered } from "./plan";

// Imported for its effect (instrumentation.ts, tests): every stage change then plans or cancels
// follow-ups in its own transaction. A dev reload re-runs this module; the previous registration
// is removed first so a change never plans twice.
const shared = globalThis as unknown as { __hireflowFollowUpHook?: () => void };
shared.__hireflowFollowUpHook?.();
shared.__hireflowFollowUpHook = registerStageHook(followUpsOnStageEntered);
