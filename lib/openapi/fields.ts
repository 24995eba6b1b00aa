// Reads the JSON Schemas of the OpenAPI document as rows of fields for the API reference page:
// one row per property, nested objects and arrays of objects flattened under dotted paths.

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};

export type FieldRow = { path: string; type: string; required: boolean; nullable: boolean; description: string | null; depth: number };

const isNull = (s: JsonSchema) => s.type === "null";

/** The schema without its `| null` branch, and whether it had one. */
export function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.some(isNull)) {
    const rest = branches.filter((b) => !isNull(b));
    return { schema: rest.length === 1 ? { ...rest[0], description: rest[0].description ?? schema.description } : { ...schema, anyOf: rest, oneOf: undefined }, nullable: true };
  }
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const rest = schema.type.filter((t) => t !== "null");
    return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  return { schema, nullable: false };
}

/** A short type for people: `string (uuid)`, `array of object`, `one of: open, closed`, `map of number`. */
export function typeLabel(input: JsonSchema): string {
  const { schema } = unwrapNullable(input);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return `one of: ${schema.enum.map((v) => String(v)).join(", ")}`;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return branches.map(typeLabel).join(" or ");
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : schema.type;
  if (type === "array") return `array of ${schema.items ? typeLabel(schema.items) : "any"}`;
  if (type === "object" && !schema.properties && typeof schema.additionalProperties === "object") return `map of ${typeLabel(schema.additionalProperties)}`;
  if (!type) return "any";
  return schema.format ? `${type} (${schema.format})` : type;
}

/** The object whose fields a schema has, looking through `| null` and arrays. */
function objectInside(input: JsonSchema): JsonSchema | null {
  const { schema } = unwrapNullable(input);
  if (schema.properties) return schema;
  if (schema.type === "array" && schema.items) return objectInside(schema.items);
  return null;
}

/** Every field of an object schema, nested ones under `parent.child` (arrays as `parent[].child`), to `maxDepth`. */
export function fieldRows(schema: JsonSchema, maxDepth = 4, prefix = "", depth = 0): FieldRow[] {
  const object = objectInside(schema);
  if (!object?.properties || depth >= maxDepth) return [];
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties).flatMap(([name, property]) => {
    const { schema: inner, nullable } = unwrapNullable(property);
    const path = `${prefix}${name}`;
    const row: FieldRow = { path, type: typeLabel(property), required: required.has(name), nullable, description: property.description ?? inner.description ?? null, depth };
    const childPrefix = `${path}${inner.type === "array" ? "[]" : ""}.`;
    return [row, ...fieldRows(inner, maxDepth, childPrefix, depth + 1)];
  });
}
