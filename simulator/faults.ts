import { z } from "zod";
import { sourceNames, type SourceName } from "./catalog/channels";

export const faultKinds = [
  "rate_limit",
  "server_error",
  /** Lamoda's 502 SYNC_FAILED; other sources answer 502 in their own error shape. */
  "upstream_error",
  "delay",
  "malformed",
  "html_in_text",
  "hourly_salary",
  "missing_fields",
  "duplicate_items",
] as const;

export type FaultKind = (typeof faultKinds)[number];

export const faultRuleSchema = z.object({
  kind: z.enum(faultKinds),
  /** Apply to the next N requests only; omitted means every request until reset. */
  times: z.number().int().positive().optional(),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
  delayMs: z.number().int().nonnegative().optional(),
  /** For malformed: one record in every K is broken. */
  every: z.number().int().positive().optional(),
});

export type FaultRule = z.infer<typeof faultRuleSchema>;

export const faultsRequestSchema = z.object({
  source: z.enum(sourceNames),
  faults: z.array(faultRuleSchema),
  /** Add to the source's current rules instead of replacing them. */
  append: z.boolean().optional(),
});

export type ErrorFault = { kind: "rate_limit" | "server_error" | "upstream_error"; retryAfterSeconds: number };

/** What one request suffers, after consuming the rules that apply to it. */
export interface ActiveFaults {
  error?: ErrorFault;
  delayMs: number;
  malformedEvery?: number;
  htmlInText: boolean;
  hourlySalary: boolean;
  missingFields: boolean;
  duplicateItems: boolean;
}

export const noFaults: ActiveFaults = { delayMs: 0, htmlInText: false, hourlySalary: false, missingFields: false, duplicateItems: false };

export class FaultBook {
  private readonly rules = new Map<SourceName, FaultRule[]>();

  set(source: SourceName, rules: readonly FaultRule[], append = false): void {
    const kept = append ? (this.rules.get(source) ?? []) : [];
    this.rules.set(source, [...kept, ...rules.map((rule) => ({ ...rule }))]);
  }

  clear(): void {
    this.rules.clear();
  }

  snapshot(): Partial<Record<SourceName, FaultRule[]>> {
    return Object.fromEntries([...this.rules.entries()].filter(([, rules]) => rules.length > 0));
  }

  /** Consumes one use of every counted rule for this source and returns the combined effect. */
  take(source: SourceName, extra: readonly FaultRule[] = []): ActiveFaults {
    const stored = this.rules.get(source) ?? [];
    const active = [...stored, ...extra];
    this.rules.set(source, stored.flatMap((rule) => (rule.times === undefined ? [rule] : rule.times > 1 ? [{ ...rule, times: rule.times - 1 }] : [])));
    return combine(active);
  }
}

function combine(rules: readonly FaultRule[]): ActiveFaults {
  const result: ActiveFaults = { ...noFaults };
  for (const rule of rules) {
    switch (rule.kind) {
      case "rate_limit":
      case "server_error":
      case "upstream_error":
        result.error ??= { kind: rule.kind, retryAfterSeconds: rule.retryAfterSeconds ?? 1 };
        break;
      case "delay":
        result.delayMs = Math.max(result.delayMs, rule.delayMs ?? 1000);
        break;
      case "malformed":
        result.malformedEvery = rule.every ?? 10;
        break;
      case "html_in_text":
        result.htmlInText = true;
        break;
      case "hourly_salary":
        result.hourlySalary = true;
        break;
      case "missing_fields":
        result.missingFields = true;
        break;
      case "duplicate_items":
        result.duplicateItems = true;
        break;
    }
  }
  return result;
}

/** `?_fault=rate_limit,delay&_delay_ms=500&_every=3&_retry_after=2` applies to that one request. */
export function faultsFromQuery(params: URLSearchParams): FaultRule[] {
  const kinds = (params.get("_fault") ?? "").split(",").filter((kind): kind is FaultKind => (faultKinds as readonly string[]).includes(kind));
  const number = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);
  return kinds.map((kind) => ({ kind, delayMs: number("_delay_ms"), every: number("_every"), retryAfterSeconds: number("_retry_after") }));
}

/** Marks which records of a page the malformed fault breaks: one in every K, by position on the page. */
export function isMalformedPosition(faults: ActiveFaults, position: number): boolean {
  return faults.malformedEvery !== undefined && position % faults.malformedEvery === faults.malformedEvery - 1;
}
