import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the captured API responses live; they are shared, never copied into the repo. */
export function sourceSamplesDir(): string {
  const dir = process.env.SOURCE_SAMPLES_DIR ?? path.resolve(repoRoot, "../shared/fixtures/source-samples");
  if (!existsSync(dir)) {
    throw new Error(`Source samples not found at ${dir}: set SOURCE_SAMPLES_DIR to the source-samples folder`);
  }
  return dir;
}

export function readSample(relativePath: string): unknown {
  return JSON.parse(readFileSync(path.join(sourceSamplesDir(), relativePath), "utf8"));
}
