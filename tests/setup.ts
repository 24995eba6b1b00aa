import { randomBytes } from "node:crypto";

// Sessions in tests are signed with a secret made for this run, never a constant or a file in the repo.
process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");
// scrypt at OWASP's cost takes ~128 MiB and a few hundred ms per hash; tests choose a lower one.
process.env.PASSWORD_SCRYPT_LOG_N ||= "12";
