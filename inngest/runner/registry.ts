import type { InngestFunction } from "inngest";
import { readKey } from "./keys";

export type AnyFunction = InngestFunction.Any;
export type RunEvent = { name: string; data: Record<string, unknown>; id?: string; ts?: number } & Record<string, unknown>;

/** The parts of a function's options the runner reads; `fn.opts` is typed per function. */
type RunnerOptions = {
  id: string;
  retries?: number;
  triggers?: Array<{ event?: string | { name: string }; cron?: string; if?: string }>;
  concurrency?: number | ConcurrencyLimit | ConcurrencyLimit[];
  singleton?: { key?: string; mode: "skip" | "cancel" };
  onFailure?: unknown;
};
type ConcurrencyLimit = { limit: number; key?: string; scope?: string };

export const SCHEDULED_EVENT = "inngest/scheduled.timer";
export const INVOKED_EVENT = "inngest/function.invoked";
export const FAILED_EVENT = "inngest/function.failed";

const optionsOf = (fn: AnyFunction) => fn.opts as unknown as RunnerOptions;

export const functionIdOf = (fn: AnyFunction): string => optionsOf(fn).id;

/** `opts.retries` (default 3) retries after the first attempt. */
export const maxAttemptsOf = (fn: AnyFunction): number => (optionsOf(fn).retries ?? 3) + 1;

export const hasFailureHandler = (fn: AnyFunction): boolean => Boolean(optionsOf(fn).onFailure);

export function findFunction(functions: readonly AnyFunction[], id: string): AnyFunction | undefined {
  // `step.invoke` names its target with the app id prefix ("hireflow-recount-company-jobs").
  return functions.find((fn) => functionIdOf(fn) === id || fn.id(fn["client"].id) === id);
}

export function cronTriggersOf(fn: AnyFunction): string[] {
  return (optionsOf(fn).triggers ?? []).flatMap((t) => (t.cron ? [t.cron] : []));
}

/** The functions an event starts: exact names, or a trailing `*` wildcard ("company/*"). */
export function functionsTriggeredBy(functions: readonly AnyFunction[], eventName: string): AnyFunction[] {
  return functions.filter((fn) =>
    (optionsOf(fn).triggers ?? []).some((trigger) => {
      if (!trigger.event) return false;
      const pattern = typeof trigger.event === "string" ? trigger.event : trigger.event.name;
      if (trigger.if) {
        throw new Error(
          `Function "${functionIdOf(fn)}": trigger expressions ("if") are not supported by the in-process runner`,
        );
      }
      return pattern.endsWith("*") ? eventName.startsWith(pattern.slice(0, -1)) : pattern === eventName;
    }),
  );
}

export type ConcurrencyRule = { key: string; limit: number };

/**
 * The concurrency rule that applies to a run of `fn` for `event`. Only the first limit is
 * enforced, per function (scope "fn"); its key, when given, is evaluated on the event.
 */
export function concurrencyRuleFor(fn: AnyFunction, event: RunEvent): ConcurrencyRule | null {
  const option = optionsOf(fn).concurrency;
  if (option === undefined) return null;
  const first = Array.isArray(option) ? option[0] : option;
  if (first === undefined) return null;
  const limit = typeof first === "number" ? first : first.limit;
  if (!limit || limit <= 0) return null;
  const expression = typeof first === "number" ? undefined : first.key;
  const suffix = expression ? `:${readKey(expression, event)}` : "";
  return { key: `${functionIdOf(fn)}${suffix}`, limit };
}

export function concurrencyLimitOf(fn: AnyFunction): number {
  const option = optionsOf(fn).concurrency;
  const first = Array.isArray(option) ? option[0] : option;
  if (first === undefined) return Number.POSITIVE_INFINITY;
  return typeof first === "number" ? first : first.limit;
}

export type SingletonRule = { key: string; mode: "skip" | "cancel" };

export function singletonRuleFor(fn: AnyFunction, event: RunEvent): SingletonRule | null {
  const option = optionsOf(fn).singleton;
  if (!option) return null;
  const suffix = option.key ? `:${readKey(option.key, event)}` : "";
  return { key: `${functionIdOf(fn)}${suffix}`, mode: option.mode };
}
