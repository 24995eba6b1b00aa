/** Credentials a source account has on a development host. */
export interface DevSourceCredentials {
  adzunaAppId: string;
  adzunaAppKey: string;
  rapidApiKey: string;
  lamodaApiKey: string;
  lamodaApiSecret: string;
  /** Signs the marketplace webhooks the development host sends to Hireflow. */
  lamodaWebhookSecret: string;
}

/**
 * Demo credentials the bundled simulator accepts and sources use while it is enabled; they
 * live here so lib/ never imports the simulator, and they unlock nothing real.
 */
export const devSourceCredentials: Readonly<DevSourceCredentials> = Object.freeze({
  adzunaAppId: "sim-app",
  adzunaAppKey: "sim-key",
  rapidApiKey: "sim-rapidapi-key",
  lamodaApiKey: "sim-lamoda-key",
  lamodaApiSecret: "sim-lamoda-secret",
  lamodaWebhookSecret: "sim-lamoda-webhook-secret",
});
