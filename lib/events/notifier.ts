// A tiny in-process signal: domain code says "events were committed", the dispatcher (which
// lives in inngest/ and registers itself) wakes up. lib/ never imports the dispatcher.

type Listener = () => void;

// On globalThis so Next dev reloads, which re-evaluate modules, share one set of listeners.
const shared = globalThis as unknown as { __hireflowOutboxListeners?: Set<Listener> };
const listeners = (shared.__hireflowOutboxListeners ??= new Set());

/** Registers a listener for committed events; returns the function that removes it. */
export function onEventsCommitted(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Call after the transaction that emitted events has committed. Never throws. */
export function notifyEventsCommitted(): void {
  for (const listener of listeners) {
    setImmediate(() => {
      try {
        listener();
      } catch {
        // A listener's failure must not fail the request that committed the events.
      }
    });
  }
}
