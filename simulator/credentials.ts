export interface SimulatorCredentials {
  adzunaAppId: string;
  adzunaAppKey: string;
  rapidApiKey: string;
  lamodaApiKey: string;
  lamodaApiSecret: string;
  /** Used to sign webhooks the simulator sends to Hireflow. */
  lamodaWebhookSecret: string;
}

/** Demo credentials the simulator accepts unless told otherwise; safe to show, they unlock nothing real. */
export const defaultSimulatorCredentials: Readonly<SimulatorCredentials> = Object.freeze({
  adzunaAppId: "sim-app",
  adzunaAppKey: "sim-key",
  rapidApiKey: "sim-rapidapi-key",
  lamodaApiKey: "sim-lamoda-key",
  lamodaApiSecret: "sim-lamoda-secret",
  lamodaWebhookSecret: "sim-lamoda-webhook-secret",
});

export const SIM_ADZUNA_APP_ID = defaultSimulatorCredentials.adzunaAppId;
export const SIM_ADZUNA_APP_KEY = defaultSimulatorCredentials.adzunaAppKey;
export const SIM_RAPIDAPI_KEY = defaultSimulatorCredentials.rapidApiKey;
export const SIM_LAMODA_API_KEY = defaultSimulatorCredentials.lamodaApiKey;
export const SIM_LAMODA_API_SECRET = defaultSimulatorCredentials.lamodaApiSecret;
export const SIM_LAMODA_WEBHOOK_SECRET = defaultSimulatorCredentials.lamodaWebhookSecret;
