import type { User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { ForbiddenError } from "@/lib/errors";
import { pipelineTopic, userTopic } from "./index";

/** What a page may ask to follow: the recruiters' pipeline, or "me" (the caller's own topic). */
export const liveTopicNames = ["pipeline", "me"] as const;
export type LiveTopicName = (typeof liveTopicNames)[number];

/** The stored topics behind the names a page asked for; following the pipeline takes a recruiter's right. */
export function resolveTopics(user: Pick<User, "id" | "role">, names: readonly LiveTopicName[]): string[] {
  return [...new Set(names)].map((name) => {
    if (name === "me") return userTopic(user.id);
    if (!can(user.role, "candidates:read")) throw new ForbiddenError("Only recruiters and admins can follow the pipeline.");
    return pipelineTopic;
  });
}
