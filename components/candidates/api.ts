// The dashboard's fetch wrapper, kept with a field-error map for forms.
export class FormError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(message);
  }
}

/** JSON to the API; a 4xx becomes a FormError whose fields name each bad path. */
export async function sendJson<T>(path: string, method: string, body?: unknown): Promise<T> {
  const res = await fetch(path, { method, headers: body === undefined ? undefined : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json().catch(() => null);
  if (!res.ok) {
    const details = Array.isArray(json?.error?.details) ? (json.error.details as Array<{ path: string; message: string }>) : [];
    throw new FormError(json?.error?.message ?? `Request failed (${res.status}).`, Object.fromEntries(details.map((d) => [d.path, d.message])));
  }
  return json as T;
}
