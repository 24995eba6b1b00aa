import { config } from "@/lib/config";
import { UnavailableError } from "@/lib/errors";

/** 503 with Retry-After: the server is beyond capacity and sheds the request rather than queue it for long. */
export class OverloadedError extends UnavailableError {
  constructor(retryAfterSeconds = 1, message = "The server is busy; retry shortly.") {
    super(message, retryAfterSeconds);
  }
}

/** A query ran past the statement timeout (or was cancelled): the database is too busy for it now. */
export class QueryTimeoutError extends OverloadedError {
  constructor() {
    super(2, "The query took too long and was stopped; retry shortly or narrow the filters.");
  }
}

export type AdmissionOptions = {
  /** Requests running at once. */
  maxConcurrent: number;
  /** Requests waiting for a slot; one more is refused at once. */
  queueLimit: number;
  /** How long a request may wait for a slot before it is refused. */
  queueTimeoutMs: number;
};

export type Admission = {
  /** Waits for a slot and returns its release, or throws OverloadedError. */
  admit(): Promise<() => void>;
  stats(): { running: number; queued: number; shed: number };
};

/** A concurrency limit with a short FIFO queue whose waiters give up after a deadline. */
export function createAdmission(options: AdmissionOptions): Admission {
  let running = 0;
  let shed = 0;
  const queue: Array<{ grant: () => void }> = [];

  const release = () => {
    const next = queue.shift();
    if (next) next.grant();
    else running--;
  };
  const once = () => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };
  const refuse = () => {
    shed++;
    return new OverloadedError(Math.max(1, Math.ceil(options.queueTimeoutMs / 1000)));
  };

  return {
    admit() {
      if (running < options.maxConcurrent) {
        running++;
        return Promise.resolve(once());
      }
      if (queue.length >= options.queueLimit) return Promise.reject(refuse());
      return new Promise((resolve, reject) => {
        const waiter = {
          // The slot passes straight from the releasing request to this one; `running` stays put.
          grant: () => {
            clearTimeout(timer);
            resolve(once());
          },
        };
        const timer = setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(refuse());
        }, options.queueTimeoutMs);
        queue.push(waiter);
      });
    },
    stats: () => ({ running, queued: queue.length, shed }),
  };
}

const shared = globalThis as unknown as { __hireflowAdmission?: Admission };

/** The process-wide admission of /api/v1 requests, sized by API_MAX_CONCURRENT and API_QUEUE_*. */
export function apiAdmission(): Admission {
  if (!shared.__hireflowAdmission) {
    const { API_MAX_CONCURRENT, API_QUEUE_LIMIT, API_QUEUE_TIMEOUT_MS } = config();
    shared.__hireflowAdmission = createAdmission({ maxConcurrent: API_MAX_CONCURRENT, queueLimit: API_QUEUE_LIMIT, queueTimeoutMs: API_QUEUE_TIMEOUT_MS });
  }
  return shared.__hireflowAdmission;
}

/** Tests size the admission themselves; this forgets the shared one. */
export function resetApiAdmissionForTests(): void {
  shared.__hireflowAdmission = undefined;
}
