import { Middleware } from "inngest";

/**
 * Client middleware for the embedded mode: `inngest.send()` and `step.sendEvent` hand their
 * events to the in-process runner instead of Inngest's event API, and return ids the same way.
 */
export class EmbeddedSendMiddleware extends Middleware.BaseMiddleware {
  readonly id = "hireflow-embedded-send";

  async wrapSendEvent({ events }: Middleware.WrapSendEventArgs) {
    // Imported lazily: the runner imports the functions, which import the client that imports this.
    const { dispatchEvents } = await import("./index");
    const ids = await dispatchEvents(events as never);
    return { ids };
  }
}

export const embeddedSendMiddleware = EmbeddedSendMiddleware;
