import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

// The endpoint a real Inngest (Dev Server, self-hosted or Cloud) calls to run our functions.
export const { GET, POST, PUT } = serve({ client: inngest, functions });
