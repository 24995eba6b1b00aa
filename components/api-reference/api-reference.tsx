import { Badge } from "@/components/ui/card";
import { fieldRows, typeLabel, type JsonSchema } from "@/lib/openapi/fields";

// The API reference, rendered on the server from the OpenAPI document: operations grouped by tag,
// each a <details> (Enter or Space opens it), with its parameters, body, response fields and errors.

type Parameter = { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema };
type Response = { description: string; content?: Record<string, { schema: JsonSchema }> };
export type ReferenceOperation = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, Response>;
  security?: unknown[];
};
export type ReferenceDocument = { info: { title: string; version: string; description?: string }; tags: { name: string }[]; paths: Record<string, Record<string, ReferenceOperation>> };

const methodTone = { get: "blue", post: "green", put: "amber", patch: "amber", delete: "red" } as const;

function FieldTable({ schema, caption }: { schema: JsonSchema; caption: string }) {
  const rows = fieldRows(schema);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{caption}: {typeLabel(schema)}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">{caption}</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-4 font-medium">Field</th>
            <th scope="col" className="py-1 pr-4 font-medium">Type</th>
            <th scope="col" className="py-1 font-medium">Notes</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.path}>
              <td className="py-1 pr-4 align-top font-mono text-xs text-slate-900" style={{ paddingLeft: `${row.depth * 0.75}rem` }}>
                {row.path}
              </td>
              <td className="py-1 pr-4 align-top text-xs text-slate-700">
                {row.type}
                {row.nullable && <span className="text-slate-500"> or null</span>}
              </td>
              <td className="py-1 align-top text-xs text-slate-600">
                {[row.required ? "required" : null, row.description].filter(Boolean).join(" · ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Parameters({ parameters }: { parameters: Parameter[] }) {
  if (parameters.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">Parameters</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-4 font-medium">Name</th>
            <th scope="col" className="py-1 pr-4 font-medium">In</th>
            <th scope="col" className="py-1 pr-4 font-medium">Type</th>
            <th scope="col" className="py-1 font-medium">Notes</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {parameters.map((p) => (
            <tr key={`${p.in}:${p.name}`}>
              <td className="py-1 pr-4 font-mono text-xs text-slate-900">{p.name}</td>
              <td className="py-1 pr-4 text-xs text-slate-600">{p.in}</td>
              <td className="py-1 pr-4 text-xs text-slate-700">{typeLabel(p.schema)}</td>
              <td className="py-1 text-xs text-slate-600">{[p.required ? "required" : null, p.schema.default !== undefined ? `default ${JSON.stringify(p.schema.default)}` : null, p.description].filter(Boolean).join(" · ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Operation({ method, path, op }: { method: string; path: string; op: ReferenceOperation }) {
  const responses = Object.entries(op.responses);
  const success = responses.filter(([status]) => status.startsWith("2"));
  const errors = responses.filter(([status]) => !status.startsWith("2"));
  return (
    <details id={op.operationId} className="group rounded-lg border border-slate-200 bg-white">
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 rounded-lg px-4 py-3">
        <Badge tone={methodTone[method as keyof typeof methodTone] ?? "slate"}>{method.toUpperCase()}</Badge>
        <code className="text-sm font-medium text-slate-900">{path}</code>
        <span className="text-sm text-slate-600">{op.summary}</span>
        {op.security?.length === 0 && <Badge>public</Badge>}
      </summary>
      <div className="space-y-4 border-t border-slate-100 px-4 py-4">
        {op.description && (
          <div className="space-y-1 text-sm text-slate-700">
            {op.description.split("\n\n").map((para) => (
              <p key={para}>{para}</p>
            ))}
          </div>
        )}
        <Parameters parameters={op.parameters} />
        {op.requestBody &&
          Object.entries(op.requestBody.content).map(([type, { schema }]) => <FieldTable key={type} schema={schema} caption={`Request body (${type}${op.requestBody!.required ? "" : ", optional"})`} />)}
        {success.map(([status, response]) =>
          Object.entries(response.content ?? {}).map(([type, { schema }]) =>
            type === "application/json" ? (
              <FieldTable key={`${status}:${type}`} schema={schema} caption={`${status} response (${type})`} />
            ) : (
              <p key={`${status}:${type}`} className="text-sm text-slate-600">
                {status} response: <code>{type}</code>
              </p>
            ),
          ),
        )}
        <div>
          <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Errors</h4>
          <p className="mb-1 text-xs text-slate-600">
            Each as <code>{"{error: {code, message, details}}"}</code>.
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
            {errors.map(([status, response]) => (
              <div key={status} className="contents">
                <dt className="font-mono text-slate-900">{status}</dt>
                <dd className="text-slate-600">{response.description}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </details>
  );
}

/** The reference for a whole document. */
export function ApiReference({ document }: { document: ReferenceDocument }) {
  const byTag = new Map<string, { method: string; path: string; op: ReferenceOperation }[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const tag = op.tags[0] ?? "api";
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  const tags = document.tags.map((t) => t.name).filter((name) => byTag.has(name));
  return (
    <div className="grid gap-6 lg:grid-cols-[12rem_1fr]">
      <nav aria-label="API sections" className="lg:sticky lg:top-4 lg:self-start">
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm lg:block lg:space-y-1">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#tag-${tag}`} className="rounded text-slate-700 hover:text-brand-700">
                {tag} <span className="text-slate-500">({byTag.get(tag)!.length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 space-y-8">
        {tags.map((tag) => (
          <section key={tag} id={`tag-${tag}`} aria-labelledby={`tag-${tag}-title`}>
            <h2 id={`tag-${tag}-title`} className="mb-3 text-lg font-semibold text-slate-900">
              {tag}
            </h2>
            <div className="space-y-2">
              {byTag.get(tag)!.map(({ method, path, op }) => (
                <Operation key={op.operationId} method={method} path={path} op={op} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
