import { registerStageHook } from "@/lib/applications/stage-hooks";
import { cancelInterviewsOnClose } from "./close";

// Imported for its effect (instrumentation.ts, tests): closing an application cancels its
// upcoming interviews in the same transaction. A dev reload removes the earlier registration first.
const shared = globalThis as unknown as { __hireflowInterviewHook?: () => void };
shared.__hireflowInterviewHook?.();
shared.__hireflowInterviewHook = registerStageHook(cancelInterviewsOnClose);
