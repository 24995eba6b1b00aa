export { readSample, sourceSamplesDir } from "@/tests/fixtures/source-samples";
