// The GraphQL query `npm run bench:api` times: "50 jobs with company and top matches". POST it
// to /api/graphql as `{"query": graphqlBenchQuery}` with a recruiter's or an admin's API key
// (a job's matches need candidates:read; a seeker gets forbidden errors in place of them).
// It costs 7 statements whatever the page size: auth, the page's count, keys and rows, one
// for the companies, one for the matches (app/api/graphql/graphql.contract.test.ts).
export const graphqlBenchQuery = /* GraphQL */ `
  query BenchJobsWithCompanyAndTopMatches {
    jobs(limit: 50) {
      total
      next_cursor
      data {
        id
        title
        location
        remote
        posted_at
        salary { min max currency }
        company { id name website open_jobs_count }
        matches(limit: 3) {
          id
          score
          reasons
          candidate { id full_name title }
        }
      }
    }
  }
`;

/** Who runs the query: the role whose API key the bench sends. */
export const graphqlBenchRole = "recruiter" as const;

export default graphqlBenchQuery;
