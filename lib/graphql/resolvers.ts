import { valueFromASTUntyped, type ValueNode } from "graphql";
import { z } from "zod";
import { applicationIdSchema, listApplicationsSchema } from "@/lib/applications/input";
import { getApplication } from "@/lib/applications/get";
import { listApplications } from "@/lib/applications/list";
import { applicationEventForApi, applicationForApi, applicationListItemForApi } from "@/lib/applications/serialize";
import { candidateListSchema } from "@/lib/candidates/input";
import { listCandidates } from "@/lib/candidates/list";
import { candidateListItemForApi } from "@/lib/candidates/serialize";
import { companyForApi, companyListSchema, listCompanies } from "@/lib/companies/list";
import { pageResponse } from "@/lib/http/pagination";
import { listInterviewsQuery } from "@/lib/interviews/input";
import { listInterviews } from "@/lib/interviews/queries";
import { interviewView } from "@/lib/interviews/serialize";
import { jobFiltersSchema } from "@/lib/jobs/filters";
import { jobIdSchema } from "@/lib/jobs/own/input";
import { listJobsCached } from "@/lib/jobs/page-cache";
import { getJob } from "@/lib/jobs/queries";
import { jobDetailForApi, jobForApi, jobSourceForApi } from "@/lib/jobs/serialize";
import { explainPair, listCandidateMatches, listJobMatches, listNewMatches, matchListQuery } from "@/lib/matching/queries";
import { explanationForApi, matchForApi } from "@/lib/matching/serialize";
import { listRunsSchema, listSyncRuns } from "@/lib/sync/runs";
import { findSource, listSourceViews } from "@/lib/sync/sources";
import { parseArgs, requireRight, type GraphQLContext as Ctx } from "./context";
import { defaultTopMatches } from "./type-defs";

type Args = Record<string, unknown>;
type JobView = ReturnType<typeof jobForApi> & Partial<ReturnType<typeof jobDetailForApi>>;
type DetailField = Exclude<keyof ReturnType<typeof jobDetailForApi>, keyof ReturnType<typeof jobForApi> | "sources">;
type ApplicationView = ReturnType<typeof applicationListItemForApi> & { history?: unknown[] };

const uuid = (name: string) => z.uuid(`${name} must be a UUID`);
const topMatchesArgs = matchListQuery.pick({ min_score: true, status: true }).extend({ limit: z.coerce.number().int().min(1).max(100).default(defaultTopMatches) });
const matchesArgs = matchListQuery.extend({ job_id: uuid("job_id").optional(), candidate_id: uuid("candidate_id").optional() });
const explainArgs = z.object({ job_id: uuid("job_id"), candidate_id: uuid("candidate_id") });

/** A detail field of a job: from the parent when it was loaded whole, else through the batched loader. */
function jobDetailField(field: DetailField) {
  return async (job: JobView, _args: Args, ctx: Ctx) => {
    if (field in job) return job[field];
    const row = await ctx.loaders.jobDetail.load(job.id);
    return row ? jobDetailForApi(row, [])[field] : null;
  };
}

const detailFields: DetailField[] = ["description", "city", "region", "apply_url", "origin", "editable", "skill_requirements", "experience_years_min", "occupation_code", "last_seen_at", "created_at", "updated_at"];

export const resolvers = {
  // A plain object, not a GraphQLScalarType: it is merged into the schema's own JSON scalar whatever copy of graphql built it.
  JSON: { serialize: (value: unknown) => value, parseValue: (value: unknown) => value, parseLiteral: (node: ValueNode) => valueFromASTUntyped(node) },

  Query: {
    jobs: async (_: unknown, args: Args, ctx: Ctx) => {
      requireRight(ctx, "jobs:read");
      return pageResponse(await listJobsCached(ctx.db, parseArgs(jobFiltersSchema, args), { signal: ctx.signal }), jobForApi);
    },
    job: async (_: unknown, args: Args, ctx: Ctx) => {
      requireRight(ctx, "jobs:read");
      const { id } = parseArgs(jobIdSchema, args);
      return jobDetailForApi(await getJob(ctx.db, id), []);
    },
    companies: async (_: unknown, args: Args, ctx: Ctx) => {
      requireRight(ctx, "jobs:read");
      return pageResponse(await listCompanies(ctx.db, parseArgs(companyListSchema, args)), companyForApi);
    },
    candidates: async (_: unknown, args: Args, ctx: Ctx) => {
      requireRight(ctx, "candidates:read");
      // `duplicates` is a flag in the query string: present means only possible duplicates.
      const { duplicates, ...rest } = args;
      return pageResponse(await listCandidates(ctx.db, ctx.user, parseArgs(candidateListSchema, { ...rest, duplicates: duplicates ? "true" : undefined })), candidateListItemForApi);
    },
    matches: async (_: unknown, args: Args, ctx: Ctx) => {
      const query = parseArgs(matchesArgs, args);
      if (query.candidate_id) {
        requireRight(ctx, "matches:read");
        return pageResponse(await listCandidateMatches(ctx.db, ctx.user, query.candidate_id, query), matchForApi);
      }
      requireRight(ctx, "candidates:read");
      const page = query.job_id ? await listJobMatches(ctx.db, query.job_id, query) : await listNewMatches(ctx.db, query);
      return pageResponse(page, matchForApi);
    },
    match_explanation: async (_: unknown, args: Args, ctx: Ctx) => {
      requireRight(ctx, "matches:read");
      const input = parseArgs(explainArgs, args);
      return explanationForApi(await explainPair(ctx.db, ctx.user, { jobId: input.job_id, candidateId: input.candidate_id }));
    },
    applications: async (_: unknown, args: Args, ctx: Ctx) => {
      requireRight(ctx, "applications:use");
      return pageResponse(await listApplications(ctx.db, ctx.user, parseArgs(listApplicationsSchema, args)), applicationListItemForApi);
    },
    application: async (_: unknown, args: Args, ctx: Ctx) => {
      requireRight(ctx, "applications:use");
      return applicationForApi(await getApplication(ctx.db, ctx.user, parseArgs(applicationIdSchema, args).id));
    },
    interviews: async (_: unknown, args: Args, ctx: Ctx) => {
      requireRight(ctx, "interviews:read");
      const query = parseArgs(listInterviewsQuery, args);
      const filters = { applicationId: query.application_id, from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined, status: query.status };
      return pageResponse(await listInterviews(ctx.db, ctx.user, filters, query), interviewView);
    },
    sync_runs: async (_: unknown, args: Args, ctx: Ctx) => {
      requireRight(ctx, "sources:read");
      const query = parseArgs(listRunsSchema, args);
      const sourceId = query.source ? (await findSource(ctx.db, query.source)).id : null;
      return listSyncRuns(ctx.db, sourceId, query.page, query.limit);
    },
    sources: async (_: unknown, _args: Args, ctx: Ctx) => {
      requireRight(ctx, "sources:read");
      return listSourceViews(ctx.db);
    },
  },

  Job: {
    company: async (job: JobView, _args: Args, ctx: Ctx) => {
      if (!job.company) return null;
      const company = await ctx.loaders.company.load(job.company.id);
      return company ? companyForApi(company) : null;
    },
    ...Object.fromEntries(detailFields.map((field) => [field, jobDetailField(field)])),
    sources: async (job: JobView, _args: Args, ctx: Ctx) => (await ctx.loaders.jobSources.load(job.id)).map(jobSourceForApi),
    matches: async (job: JobView, args: Args, ctx: Ctx) => {
      requireRight(ctx, "candidates:read");
      return (await ctx.loaders.jobMatches.load({ id: job.id, options: parseArgs(topMatchesArgs, args) })).map(matchForApi);
    },
  },

  Candidate: {
    matches: async (candidate: { id: string }, args: Args, ctx: Ctx) => {
      requireRight(ctx, "candidates:read");
      return (await ctx.loaders.candidateMatches.load({ id: candidate.id, options: parseArgs(topMatchesArgs, args) })).map(matchForApi);
    },
  },

  Application: {
    history: async (application: ApplicationView, _args: Args, ctx: Ctx) => application.history ?? (await ctx.loaders.applicationHistory.load(application.id)).map(applicationEventForApi),
  },
};
