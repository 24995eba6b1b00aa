// Every route handler's path, in OpenAPI's `{param}` form: the label HTTP metrics use (never the
// raw path, whose ids would make a series per row) and the list the OpenAPI document walks.
// route-templates.test.ts keeps it equal to the route.ts files under app/: add a route, add it here.
export const routeTemplates = [
  "/api/auth/{nextauth*}",
  "/api/calendar/{file}",
  "/api/graphql",
  "/api/health",
  "/api/health/detailed",
  "/api/inngest",
  "/api/v1/applications",
  "/api/v1/applications/export",
  "/api/v1/applications/{id}",
  "/api/v1/applications/{id}/status",
  "/api/v1/calendar-feed",
  "/api/v1/candidates",
  "/api/v1/candidates/export",
  "/api/v1/candidates/{id}",
  "/api/v1/candidates/{id}/duplicates",
  "/api/v1/candidates/{id}/duplicates/{duplicateId}/dismiss",
  "/api/v1/candidates/{id}/learn-next",
  "/api/v1/candidates/{id}/matches",
  "/api/v1/candidates/{id}/merge",
  "/api/v1/companies/{id}/insight",
  "/api/v1/follow-ups",
  "/api/v1/follow-ups/{id}",
  "/api/v1/integrations/health",
  "/api/v1/interviews",
  "/api/v1/interviews/{id}",
  "/api/v1/jobs",
  "/api/v1/jobs/export",
  "/api/v1/jobs/{id}",
  "/api/v1/jobs/{id}/close",
  "/api/v1/jobs/{id}/funnel",
  "/api/v1/jobs/{id}/matches",
  "/api/v1/live",
  "/api/v1/match",
  "/api/v1/match/jd",
  "/api/v1/match/resume",
  "/api/v1/matches",
  "/api/v1/matches/export",
  "/api/v1/matches/{id}/dismiss",
  "/api/v1/matches/{id}/shortlist",
  "/api/v1/metrics/dashboard",
  "/api/v1/notifications",
  "/api/v1/notifications/preferences",
  "/api/v1/notifications/read",
  "/api/v1/openapi.json",
  "/api/v1/placements",
  "/api/v1/recommendations",
  "/api/v1/recommendations/dismiss",
  "/api/v1/resumes/parse",
  "/api/v1/resumes/{id}",
  "/api/v1/resumes/{id}/file",
  "/api/v1/sources",
  "/api/v1/sync",
  "/api/v1/sync/runs",
  "/api/v1/sync/runs/{id}",
  "/api/v1/sync/runs/{id}/reprocess",
  "/api/v1/users",
  "/api/v1/webhooks/deliveries/{id}/redeliver",
  "/api/v1/webhooks/endpoints",
  "/api/v1/webhooks/endpoints/{id}",
  "/api/v1/webhooks/endpoints/{id}/deliveries",
  "/api/v1/webhooks/endpoints/{id}/rotate-secret",
  "/api/v1/webhooks/endpoints/{id}/test",
  "/api/v1/webhooks/lamoda",
  "/metrics",
] as const;

export type RouteTemplate = (typeof routeTemplates)[number];

const matchers = routeTemplates.map((template) => {
  const pattern = template
    .split("/")
    .map((part) => (part.endsWith("*}") ? ".+" : part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  // Literal segments first: /api/v1/match/jd is not /api/v1/match/{anything}.
  const literals = template.split("/").filter((part) => !part.startsWith("{")).length;
  return { template, literals, regex: new RegExp(`^${pattern}/?$`) };
});
matchers.sort((a, b) => b.literals - a.literals);

/** The template a request path belongs to, or "other" (an unknown path must not create a series). */
export function templateFor(pathname: string): RouteTemplate | "other" {
  return matchers.find((m) => m.regex.test(pathname))?.template ?? "other";
}
