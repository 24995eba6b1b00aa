import { CircuitBreakers } from "./circuit-breaker";
import type { HttpOptions } from "./http";

/** Retries that never wait and a breaker of their own, so client tests are fast and independent. */
export function testHttpOptions(overrides: HttpOptions = {}): HttpOptions {
  return { sleep: async () => {}, breakers: new CircuitBreakers(), timeoutMs: 2000, ...overrides };
}
