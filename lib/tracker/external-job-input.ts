import { z } from "zod";
import { optionalText } from "@/lib/input/fields";
import { safeHttpUrl } from "@/lib/links/safe-http-url";

/** A job found outside the catalogue as the seeker enters it (or the bookmarklet prefills it). */
export const externalJobInput = z.object({
  url: optionalText(2000).refine((v) => v === null || safeHttpUrl(v) !== null, "Enter a full link starting with http:// or https://"),
  title: z.string().trim().min(1, "Give the job a title").max(300),
  company: optionalText(200),
  location: optionalText(200),
  description: optionalText(20_000),
});
export type ExternalJobInput = z.infer<typeof externalJobInput>;

const queryText = (max: number) => z.string().max(20_000).catch("").transform((v) => v.trim().slice(0, max));

/** The bookmarklet's query string (?title=&company=&location=&url=&description=), read leniently: a bad value prefills nothing. */
export const externalJobPrefill = z.object({
  title: queryText(300).default(""),
  company: queryText(200).default(""),
  location: queryText(200).default(""),
  url: queryText(2000)
    .default("")
    .transform((v) => safeHttpUrl(v) ?? ""),
  description: queryText(20_000).default(""),
});
export type ExternalJobPrefill = z.infer<typeof externalJobPrefill>;
