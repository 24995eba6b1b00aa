import type { LeverPosting } from "./schema";

/** A posting in the shape GET /v0/postings/{site}?mode=json documents (FORMATS.md); no capture exists. */
export function leverPosting(overrides: Partial<LeverPosting> = {}): LeverPosting {
  return {
    id: "5b1b2c3d-1111-2222-3333-444455556666",
    text: "Senior Backend Engineer",
    categories: { location: "San Francisco, CA", commitment: "Full-time", team: "Platform", department: "Engineering", allLocations: ["San Francisco, CA"] },
    country: "US",
    workplaceType: "hybrid",
    description: "<div>We build <b>payments</b> infrastructure.</div>",
    descriptionPlain: "We build payments infrastructure.",
    lists: [{ text: "Requirements", content: "<li>Go or Java</li><li>PostgreSQL &amp; Kafka</li>" }],
    additional: "<div>Equal opportunity employer.</div>",
    additionalPlain: "Equal opportunity employer.",
    hostedUrl: "https://jobs.lever.co/acme/5b1b2c3d-1111-2222-3333-444455556666",
    applyUrl: "https://jobs.lever.co/acme/5b1b2c3d-1111-2222-3333-444455556666/apply",
    salaryRange: { currency: "USD", interval: "per-year-salary", min: 180000, max: 220000 },
    createdAt: 1754000000000,
    ...overrides,
  };
}
