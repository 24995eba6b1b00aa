import { config } from "@/lib/config";
import { graphqlHandler } from "@/lib/http/graphql";

const handler = graphqlHandler({ production: () => config().NODE_ENV === "production" });

export const GET = handler;
export const POST = handler;
