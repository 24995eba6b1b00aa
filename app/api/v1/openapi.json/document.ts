import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/openapi/document";
import { apiRouteModules } from "./route-modules";

const cache = globalThis as unknown as { __hireflowOpenApi?: OpenApiDocument };

/** The document, built once per process from the route modules (it only changes with the code). */
export function apiDocument(): OpenApiDocument {
  cache.__hireflowOpenApi ??= buildOpenApiDocument(apiRouteModules, { version: "1.0.0" });
  return cache.__hireflowOpenApi;
}
