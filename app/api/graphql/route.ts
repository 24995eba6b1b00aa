import { config } from "@/lib/config";
import { graphqlHandler } from "@/server/graphql";
import { withHttpMetrics } from "@/lib/observability/http";

export const dynamic = "force-dynamic";

const handler = withHttpMetrics(graphqlHandler({ production: () => config().NODE_ENV === "production" }));

export const GET = handler;
export const POST = handler;
