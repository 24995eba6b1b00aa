/** The bytes a response was made from, so the server sends them without reading its body stream back. */
const bodies = new WeakMap<Response, Buffer<ArrayBuffer>>();

/** A JSON response. The body goes in as UTF-8 bytes: a string body costs a well-formedness scan per response (a fifth of the simulator's time at 100k jobs). */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return bytesResponse(Buffer.from(JSON.stringify(body)), status, { "content-type": "application/json; charset=utf-8", ...headers });
}

/** A response made of bytes the server sends as they are. */
export function bytesResponse(bytes: Buffer<ArrayBuffer>, status: number, headers: HeadersInit): Response {
  const response = new Response(bytes, { status, headers });
  bodies.set(response, bytes);
  return response;
}

/** A response's body as bytes: those it was made from when known (reading the stream back copies them twice). */
export async function bodyBytes(response: Response): Promise<Buffer<ArrayBuffer>> {
  return bodies.get(response) ?? Buffer.from(await response.arrayBuffer());
}

export function htmlResponse(html: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", ...headers } });
}

/** Parses a query parameter as a whole number in range; undefined when absent, NaN when not valid. */
export function integerParam(params: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === "") return undefined;
  const value = Number(raw);
  return Number.isInteger(value) && value >= min && value <= max ? value : Number.NaN;
}

export function isoSeconds(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** HeadHunter's "2024-07-01T07:48:25+0300": Moscow time, no colon in the offset. */
export function moscowTimestamp(time: Date): string {
  const moscow = new Date(time.getTime() + 3 * 3_600_000);
  return `${moscow.toISOString().slice(0, 19)}+0300`;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/** Slices a virtual list of `total` items without materialising it. */
export function pageRange(total: number, page: number, perPage: number): { from: number; to: number } {
  const from = Math.min(total, page * perPage);
  return { from, to: Math.min(total, from + perPage) };
}
