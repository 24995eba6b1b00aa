import { Inngest } from "inngest";
import { config } from "@/lib/config";
import { RequestContextMiddleware } from "./request-context";
import { embeddedSendMiddleware } from "./runner/send-middleware";

const { inngestExternal } = config();

/**
 * The app's one Inngest client. With no Inngest server configured (the default), events are
 * handed to the in-process runner (inngest/runner/) instead of Inngest's event API.
 */
export const inngest = new Inngest({
  id: "hireflow",
  // Embedded mode never talks to Inngest Cloud, so it runs as "dev" to need no event key.
  isDev: inngestExternal ? undefined : true,
  middleware: inngestExternal ? [RequestContextMiddleware] : [embeddedSendMiddleware],
});
