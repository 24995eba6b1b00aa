/** How many top matches a job or candidate shows unless `limit` says otherwise. */
export const defaultTopMatches = 5;

/** A list query's page of `item`: REST's page envelope (lib/http/pagination). */
const pageType = (item: string) => /* GraphQL */ `type ${item}Page {
    data: [${item}!]!
    page: Int
    limit: Int!
    total: Int!
    total_is_estimate: Boolean!
    total_pages: Int!
    next_cursor: String
  }`;

// The GraphQL schema. Field and argument names are REST's (snake_case), and every argument is
// checked by the same zod schema as the REST query string, so both APIs answer alike.
export const typeDefs = /* GraphQL */ `
  "Any JSON value (counts, errors, settings): the same object REST returns."
  scalar JSON

  type Query {
    "Jobs with REST's filters (GET /api/v1/jobs). Newest first, or ranked with q; page or cursor."
    jobs(
      q: String
      location: String
      remote: Boolean
      min_salary: Int
      max_salary: Int
      employment_type: String
      level: String
      internship: Boolean
      source: String
      posted_since: String
      status: String
      page: Int
      limit: Int = 20
      cursor: String
    ): JobPage
    job(id: ID!): Job
    "Companies, most open jobs first; q matches part of the name."
    companies(q: String, page: Int, limit: Int = 20): CompanyPage
    "Candidate profiles (recruiters and admins)."
    candidates(q: String, skills: String, min_experience: Float, location: String, duplicates: Boolean, page: Int, limit: Int = 20): CandidatePage
    "Stored matches, best first: of one job, of one candidate (a seeker: their own), or the new ones across open jobs."
    matches(job_id: ID, candidate_id: ID, min_score: Float, status: String, page: Int, limit: Int = 20): MatchPage
    "Scores one job and candidate now, with the reasons."
    match_explanation(job_id: ID!, candidate_id: ID!): MatchExplanation
    "Applications; a seeker sees only their own."
    applications(job_id: ID, candidate_id: ID, stage: String, page: Int, limit: Int = 20): ApplicationPage
    application(id: ID!): Application
    "Interviews, soonest first; a seeker sees only those of their own applications."
    interviews(application_id: ID, from: String, to: String, status: String, page: Int, limit: Int = 20): InterviewPage
    "Sync runs, newest first (recruiters and admins)."
    sync_runs(source: String, page: Int, limit: Int = 20): SyncRunPage
    "Job sources with their health and latest run (recruiters and admins)."
    sources: [Source!]
  }

  type Salary {
    min: Int
    max: Int
    currency: String!
    period: String!
    predicted: Boolean!
  }

  type JobSourceLink {
    source: String!
    source_id: ID!
    type: String!
    external_id: String!
    url: String
    first_seen_at: String
    last_seen_at: String
  }

  type Job {
    id: ID!
    title: String!
    company: Company
    location: String
    country_code: String
    remote: Boolean!
    employment_type: String
    level: String
    internship: Boolean!
    salary: Salary
    skills: [String!]!
    status: String!
    posted_at: String
    description: String
    city: String
    region: String
    apply_url: String
    origin: String
    editable: Boolean
    skill_requirements: JSON
    experience_years_min: Float
    occupation_code: String
    last_seen_at: String
    created_at: String
    updated_at: String
    "Where the job was seen."
    sources: [JobSourceLink!]!
    "The job's best stored matches (recruiters and admins)."
    matches(limit: Int = ${defaultTopMatches}, min_score: Float, status: String): [Match!]
  }

  ${pageType("Job")}

  type Company {
    id: ID!
    name: String!
    website: String
    open_jobs_count: Int!
    updated_at: String!
  }

  ${pageType("Company")}

  type CandidateSkill {
    name: String!
    level: String
  }

  type Candidate {
    id: ID!
    first_name: String!
    last_name: String!
    full_name: String!
    email: String
    title: String
    location: String
    country_code: String
    skills: [CandidateSkill!]!
    experience_years: Float
    possible_duplicate: Boolean!
    updated_at: String
    "The candidate's best matched open jobs."
    matches(limit: Int = ${defaultTopMatches}, min_score: Float, status: String): [Match!]
  }

  ${pageType("Candidate")}

  type MatchParts {
    skills: Float!
    experience: Float!
    salary: Float!
    location: Float!
  }

  type MatchJob {
    id: ID!
    title: String!
    company: String
    location: String
    remote: Boolean!
  }

  type MatchCandidate {
    id: ID!
    full_name: String!
    title: String
    location: String
  }

  type Match {
    id: ID!
    score: Float!
    parts: MatchParts!
    "matching, partial, transferable and missing skills."
    skills: JSON!
    reasons: [String!]!
    status: String!
    status_by: ID
    status_at: String
    scored_at: String!
    job: MatchJob!
    candidate: MatchCandidate!
  }

  ${pageType("Match")}

  type MatchExplanation {
    score: Float!
    parts: MatchParts!
    skills: JSON!
    reasons: [String!]!
  }

  type ApplicationEvent {
    id: ID!
    from_stage: String
    to_stage: String!
    note: String
    actor_id: ID
    actor_name: String
    at: String
  }

  type Application {
    id: ID!
    job_id: ID
    job_title: String
    company_name: String
    external_job: JSON
    candidate_id: ID!
    candidate_name: String!
    stage: String!
    stage_changed_at: String
    stale_since: String
    notes: String
    contacts: JSON
    created_at: String
    updated_at: String
    "Every stage change, oldest first."
    history: [ApplicationEvent!]!
  }

  ${pageType("Application")}

  type Interviewer {
    user_id: ID
    email: String
    name: String
  }

  type InterviewCandidate {
    id: ID!
    full_name: String!
  }

  type InterviewJob {
    id: ID
    title: String
    company: String
  }

  type Organizer {
    name: String
    email: String!
  }

  type Interview {
    id: ID!
    application_id: ID!
    type: String!
    status: String!
    starts_at: String!
    ends_at: String!
    duration_minutes: Int!
    time_zone: String!
    location: String
    video_url: String
    interviewers: [Interviewer!]!
    uid: String!
    sequence: Int!
    candidate: InterviewCandidate!
    job: InterviewJob!
    organizer: Organizer
    ics_url: String!
    created_at: String!
    updated_at: String!
  }

  ${pageType("Interview")}

  type SyncRun {
    id: ID!
    source: ID!
    source_name: String!
    source_type: String!
    mode: String!
    trigger: String!
    parent_run_id: ID
    reprocess_scope: String
    status: String!
    stage: String
    counts: JSON!
    errors: JSON!
    timings_ms: JSON
    created_at: String
    started_at: String
    finished_at: String
  }

  ${pageType("SyncRun")}

  type Source {
    id: ID!
    type: String!
    name: String!
    config: JSON
    schedule: String
    enabled: Boolean!
    health: String!
    last_run: SyncRun
    created_at: String!
  }
`;
