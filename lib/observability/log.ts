import { config } from "@/lib/config";
import { currentRequestId } from "./context";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

/** Where lines go; tests swap it to read what was logged. */
export type LogSink = (level: LogLevel, line: string) => void;

const consoleSink: LogSink = (level, line) => {
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
};

const state = globalThis as unknown as { __hireflowLogSink?: LogSink };

/** Replaces where log lines are written; returns a function that puts the previous sink back. */
export function setLogSink(sink: LogSink): () => void {
  const previous = state.__hireflowLogSink;
  state.__hireflowLogSink = sink;
  return () => {
    state.__hireflowLogSink = previous;
  };
}

const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

function settings(): { json: boolean; level: LogLevel } {
  try {
    const { LOG_FORMAT, LOG_LEVEL, NODE_ENV } = config();
    // Tests start many runs; their info lines would bury the failures.
    return { json: LOG_FORMAT ? LOG_FORMAT === "json" : NODE_ENV === "production", level: LOG_LEVEL ?? (NODE_ENV === "test" ? "warn" : "info") };
  } catch {
    // A broken environment is reported by whoever reads config; logging must still work.
    return { json: false, level: "info" };
  }
}

// An Error's own fields: JSON.stringify would turn it into {}.
function plain(value: unknown): unknown {
  if (value instanceof Error) {
    const cause = value.cause === undefined ? undefined : plain(value.cause);
    return { name: value.name, message: value.message, stack: value.stack, ...(cause === undefined ? {} : { cause }) };
  }
  return value;
}

export function formatLine(level: LogLevel, msg: string, fields: LogFields, json: boolean, time = new Date()): string {
  const requestId = currentRequestId();
  const entries = Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)] as const);
  if (json) {
    return JSON.stringify({ time: time.toISOString(), level, msg, ...(requestId ? { requestId } : {}), ...Object.fromEntries(entries) });
  }
  const isError = (v: unknown): v is { message: string; stack?: string } => Boolean(v) && typeof v === "object" && "stack" in (v as object);
  // An error reads as its message here; its stack follows on the next lines.
  const rest = entries.map(([k, v]) => `${k}=${typeof v === "string" ? v : isError(v) ? v.message : JSON.stringify(v)}`);
  const error = entries.find(([, v]) => isError(v));
  const head = [time.toISOString(), level.toUpperCase().padEnd(5), requestId ? `[${requestId}]` : null, msg, ...rest].filter(Boolean).join(" ");
  return error ? `${head}\n${(error[1] as { stack?: string }).stack ?? ""}` : head;
}

function write(level: LogLevel, msg: string, fields: LogFields = {}) {
  const { json, level: least } = settings();
  const sink = state.__hireflowLogSink;
  // A sink set by a test hears every level; the console only LOG_LEVEL and above.
  if (sink) return sink(level, formatLine(level, msg, fields, json));
  if (rank[level] >= rank[least]) consoleSink(level, formatLine(level, msg, fields, json));
}

/**
 * The app's logger for operational events: JSON lines (time, level, msg, requestId, fields) in
 * production or with LOG_FORMAT=json, readable lines otherwise. The request id comes from the
 * work context, so a background run logs the id of the request that started it.
 */
export const log = {
  debug: (msg: string, fields?: LogFields) => write("debug", msg, fields),
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};

export type Logger = typeof log;
