import type { SourceName } from "@/simulator";

/** Simulator volumes for a bench of about `jobs` records, most of them from the high-volume APIs. */
export function benchVolumes(jobs: number): Record<SourceName, number> {
  const share = (f: number) => Math.round(jobs * f);
  return { lamoda: share(0.47), adzuna: share(0.45), jsearch: share(0.016), hh: Math.min(2000, share(0.02)), greenhouse: share(0.03), lever: share(0.015) };
}

/** One Hireflow source per simulator partition, configured to fetch all of it. */
export function benchSourceConfig(source: SourceName, partition: string, total: number): Record<string, unknown> {
  switch (source) {
    case "adzuna":
      return { country: partition, results_per_page: 50, max_pages: Math.min(2000, Math.ceil(total / 50) + 1) };
    case "jsearch":
      return { query: "developer", country: partition, num_pages: 20, max_pages: 100 };
    case "hh":
      return { per_page: 100, max_pages: 20 };
    case "greenhouse":
      return { board_token: partition };
    case "lever":
      return { site: partition, limit: 500, max_pages: 1000 };
    case "lamoda":
      return { resources: ["jobs"], per_page: 500, max_pages: 10_000 };
  }
}
