import { z } from "zod";
import { pagingSchema } from "@/lib/http/pagination";
import { optionalText } from "@/lib/input/fields";

export const recordPlacementSchema = z.object({
  application_id: z.string().uuid("Must be an id (UUID)"),
  start_date: z.iso.date().nullish(),
  salary: z.number().int().min(0).max(100_000_000).nullish(),
  salary_currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, "Must be an ISO 4217 code like EUR")
    .nullish(),
  source: optionalText(200).optional(),
});

export const listPlacementsSchema = z.object({ page: pagingSchema.shape.page, limit: pagingSchema.shape.limit });
