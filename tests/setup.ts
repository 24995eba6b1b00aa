import { randomBytes } from "node:crypto";

// Sessions in tests are signed with a secret made for this run, never a constant or a file in the repo.
process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");
