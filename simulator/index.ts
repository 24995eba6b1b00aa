export { createSimulator, type Simulator, type SimulatorState, type SignedLamodaWebhook } from "./simulator";
export { startSimulatorServer, type SimulatorServer, type SimulatorServerOptions } from "./server";
export { defaultVolumes, DEFAULT_SIMULATED_NOW, type SimulatorOptions } from "./options";
export {
  defaultSimulatorCredentials,
  SIM_ADZUNA_APP_ID,
  SIM_ADZUNA_APP_KEY,
  SIM_RAPIDAPI_KEY,
  SIM_LAMODA_API_KEY,
  SIM_LAMODA_API_SECRET,
  SIM_LAMODA_WEBHOOK_SECRET,
  type SimulatorCredentials,
} from "./credentials";
export { faultKinds, type FaultKind, type FaultRule } from "./faults";
export { sourceNames, type SourceName } from "./catalog/channels";
export type { AdvanceRequest } from "./catalog/catalog";
export type { GroundTruthEntry } from "./records";
export {
  LAMODA_SIGNATURE_WINDOW_SECONDS,
  lamodaRequestHeaders,
  lamodaWebhookHeaders,
  signLamodaRequest,
  signLamodaWebhook,
} from "./lamoda-signing";
export type { LamodaJobEventType, LamodaWebhookEvent } from "./sources/lamoda-records";
