import { startSimulatorServer, type SimulatorServer, type SimulatorServerOptions } from "./server";

export { readSample, sourceSamplesDir } from "@/tests/fixtures/source-samples";

export const testVolumes = { adzuna: 260, jsearch: 120, hh: 340, greenhouse: 90, lever: 60, lamoda: 150 } as const;

export function startTestServer(options: SimulatorServerOptions = {}): Promise<SimulatorServer> {
  return startSimulatorServer({ port: 0, volumes: testVolumes, ...options });
}

export const adzunaKeys = "app_id=sim-app&app_key=sim-key";
export const hhHeaders = { "HH-User-Agent": "HireflowTest/1.0 (tests@hireflow.example)" };
export const rapidApiHeaders = { "X-RapidAPI-Key": "sim-rapidapi-key", "X-RapidAPI-Host": "jsearch.p.rapidapi.com" };

export async function getJson<T = unknown>(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as T, headers: response.headers };
}

type JsonType = "string" | "number" | "boolean" | "null" | "array" | "object";

function jsonType(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as JsonType;
}

/** The key sets and value types seen across captured records, nested objects and arrays included. */
export interface Shape {
  types: Set<JsonType>;
  required?: Set<string>;
  keys?: Map<string, Shape>;
  items?: Shape;
}

export function learnShape(samples: readonly unknown[]): Shape {
  const shape: Shape = { types: new Set() };
  const objects = samples.filter((sample) => jsonType(sample) === "object") as Array<Record<string, unknown>>;
  for (const sample of samples) shape.types.add(jsonType(sample));
  if (objects.length > 0) {
    const allKeys = new Set(objects.flatMap((object) => Object.keys(object)));
    shape.required = new Set([...allKeys].filter((key) => objects.every((object) => key in object)));
    shape.keys = new Map([...allKeys].map((key) => [key, learnShape(objects.filter((o) => key in o).map((o) => o[key]))]));
  }
  const arrayItems = samples.filter(Array.isArray).flat();
  if (arrayItems.length > 0) shape.items = learnShape(arrayItems);
  return shape;
}

/** Differences between a generated value and a learned shape, as readable paths. */
export function shapeMismatches(value: unknown, shape: Shape, at = "$"): string[] {
  const type = jsonType(value);
  // A field captured only as null may carry a value in other responses, so null-only is not a type constraint.
  const nullOnly = shape.types.size === 1 && shape.types.has("null");
  if (!shape.types.has(type) && !nullOnly) return [`${at}: ${type} where captures have ${[...shape.types].join("|")}`];
  const problems: string[] = [];
  if (type === "object" && shape.keys) {
    const object = value as Record<string, unknown>;
    for (const key of shape.required ?? []) if (!(key in object)) problems.push(`${at}.${key}: missing`);
    for (const [key, child] of Object.entries(object)) {
      const childShape = shape.keys.get(key);
      if (!childShape) problems.push(`${at}.${key}: not in captures`);
      else problems.push(...shapeMismatches(child, childShape, `${at}.${key}`));
    }
  }
  if (type === "array" && shape.items) (value as unknown[]).forEach((item, i) => problems.push(...shapeMismatches(item, shape.items as Shape, `${at}[${i}]`)));
  return problems;
}
