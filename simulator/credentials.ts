import { devSourceCredentials, type DevSourceCredentials } from "@/lib/sources/dev-credentials";

export type SimulatorCredentials = DevSourceCredentials;

/** Demo credentials the simulator accepts unless told otherwise (defined in lib/ so the app never imports the simulator). */
export const defaultSimulatorCredentials: Readonly<SimulatorCredentials> = devSourceCredentials;

export const SIM_ADZUNA_APP_ID = defaultSimulatorCredentials.adzunaAppId;
export const SIM_ADZUNA_APP_KEY = defaultSimulatorCredentials.adzunaAppKey;
export const SIM_RAPIDAPI_KEY = defaultSimulatorCredentials.rapidApiKey;
export const SIM_LAMODA_API_KEY = defaultSimulatorCredentials.lamodaApiKey;
export const SIM_LAMODA_API_SECRET = defaultSimulatorCredentials.lamodaApiSecret;
export const SIM_LAMODA_WEBHOOK_SECRET = defaultSimulatorCredentials.lamodaWebhookSecret;
