import { describe, expect, it } from "vitest";
import { authCookies, cookiesSecureFor, sessionCookieName } from "./auth-cookies";

const headers = (h: Record<string, string> = {}) => new Headers(h);

describe("session cookies", () => {
  it("are Secure when NEXTAUTH_URL is https, or the request came over TLS through a proxy", () => {
    expect(cookiesSecureFor(headers(), "http://app/x", { NEXTAUTH_URL: "https://app.example" })).toBe(true);
    expect(cookiesSecureFor(headers({ "x-forwarded-proto": "https" }), "http://app/x", { NEXTAUTH_URL: "http://app.example" })).toBe(true);
    expect(cookiesSecureFor(headers(), "https://app/x", {})).toBe(true);
    expect(cookiesSecureFor(headers({ "x-forwarded-proto": "http" }), "http://app/x", { NEXTAUTH_URL: "http://app.example" })).toBe(false);
  });

  it("keep next-auth's names, so every reader finds them, and carry Secure per request", () => {
    const behindProxy = authCookies({ NEXTAUTH_URL: "http://app.example" }, true);
    expect(behindProxy.sessionToken).toEqual({ name: "next-auth.session-token", options: expect.objectContaining({ secure: true, httpOnly: true, sameSite: "lax" }) });
    expect(behindProxy.csrfToken?.options.secure).toBe(true);
    expect(sessionCookieName({ NEXTAUTH_URL: "https://app.example" })).toBe("__Secure-next-auth.session-token");
  });
});
