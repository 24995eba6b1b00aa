import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * What a log line or an emitted event needs to know about the work it belongs to: the id of the
 * HTTP request (or of the background run) that caused it. Set by apiRoute for requests and by the
 * runner for background runs (from the outbox row's request_id), read by the logger and emit().
 */
export type WorkContext = { requestId: string };

const cache = globalThis as unknown as { __hireflowWorkContext?: AsyncLocalStorage<WorkContext> };
const storage = (cache.__hireflowWorkContext ??= new AsyncLocalStorage<WorkContext>());

export function runWithContext<T>(context: WorkContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): WorkContext | undefined {
  return storage.getStore();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

const validRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** A caller's `x-request-id` when it is a sane token, else a new one. */
export function requestIdFrom(header: string | null | undefined): string {
  return header && validRequestId.test(header) ? header : randomUUID();
}
