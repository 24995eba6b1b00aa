import { z } from "zod";

/**
 * `schema` with every object in it strict, however deep (in arrays, nullable or optional), so a
 * parse fails on a field the schema does not describe: an answer cannot drift from its schema.
 */
export function deepStrict<T extends z.ZodType>(schema: T): T {
  return strictened(schema) as T;
}

function strictened(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) return z.strictObject(Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => [key, strictened(field)])));
  if (schema instanceof z.ZodArray) return z.array(strictened(schema.element as z.ZodType));
  if (schema instanceof z.ZodNullable) return strictened(schema.unwrap() as z.ZodType).nullable();
  if (schema instanceof z.ZodOptional) return strictened(schema.unwrap() as z.ZodType).optional();
  return schema;
}
