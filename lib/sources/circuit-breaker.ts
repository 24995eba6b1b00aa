import { CircuitOpenError } from "./errors";

export interface CircuitBreakerSettings {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit refuses calls before letting one trial through. */
  cooldownMs: number;
  now: () => number;
}

type CircuitState = { kind: "closed"; failures: number } | { kind: "open"; until: number } | { kind: "half-open" };

export class CircuitBreaker {
  private state: CircuitState = { kind: "closed", failures: 0 };

  constructor(
    readonly key: string,
    private readonly settings: CircuitBreakerSettings,
  ) {}

  get status(): "closed" | "open" | "half-open" {
    return this.state.kind;
  }

  /** Throws CircuitOpenError unless a request may go out now. */
  assertCanRequest(): void {
    const state = this.state;
    if (state.kind === "closed") return;
    if (state.kind === "open" && this.settings.now() >= state.until) {
      this.state = { kind: "half-open" };
      return;
    }
    // Half-open lets exactly one trial through; the others wait for its outcome.
    const retryAt = state.kind === "open" ? state.until : this.settings.now() + this.settings.cooldownMs;
    throw new CircuitOpenError(this.key, new Date(retryAt));
  }

  recordSuccess(): void {
    this.state = { kind: "closed", failures: 0 };
  }

  recordFailure(): void {
    const failures = this.state.kind === "closed" ? this.state.failures + 1 : this.settings.failureThreshold;
    this.state =
      failures >= this.settings.failureThreshold
        ? { kind: "open", until: this.settings.now() + this.settings.cooldownMs }
        : { kind: "closed", failures };
  }
}

/** One breaker per source key, created on first use. */
export class CircuitBreakers {
  private readonly byKey = new Map<string, CircuitBreaker>();
  private readonly settings: CircuitBreakerSettings;

  constructor(settings: Partial<CircuitBreakerSettings> = {}) {
    this.settings = { failureThreshold: 5, cooldownMs: 30_000, now: Date.now, ...settings };
  }

  forKey(key: string): CircuitBreaker {
    let breaker = this.byKey.get(key);
    if (!breaker) {
      breaker = new CircuitBreaker(key, this.settings);
      this.byKey.set(key, breaker);
    }
    return breaker;
  }
}

/** Process-wide breakers, so every sync of a source shares its failure count. */
export const sharedCircuitBreakers = new CircuitBreakers();
