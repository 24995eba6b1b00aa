import type { SourceType } from "../etl/canonical";
import { adzunaConnector } from "./adzuna";
import { greenhouseConnector } from "./greenhouse";
import { hhConnector } from "./hh";
import { jsearchConnector } from "./jsearch";
import { lamodaConnector } from "./lamoda";
import { leverConnector } from "./lever";
import type { Connector } from "./types";

/** Every job source Hireflow speaks, by the type stored on a source row. */
export const connectors: Readonly<Record<SourceType, Connector>> = {
  adzuna: adzunaConnector,
  jsearch: jsearchConnector,
  hh: hhConnector,
  greenhouse: greenhouseConnector,
  lever: leverConnector,
  lamoda: lamodaConnector,
};

export type { CandidateTransformResult, Connector, FetchPagesOptions, JobTransformResult, PageCursor, RawPage, ResourceHandlers, ResourceItems, ResourceTransformResult, ResumePoint, SourceEnv, SourceResource, SyncMode } from "./types";
export { CircuitOpenError, MissingCredentialsError, SourceConfigError, SourceFormatError, SourceHttpError } from "./errors";
export { CircuitBreakers, sharedCircuitBreakers } from "./circuit-breaker";
export type { HttpOptions } from "./http";
export { parseLamodaPlacement, type LamodaPlacement } from "./lamoda";
