/** The parts of Node's `IncomingMessage` (or Express's request) the adapter reads. */
export interface NodeRequestLike extends AsyncIterable<unknown> {
  /** HTTP method. */
  readonly method?: string;
  /** Path and query. */
  readonly url?: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body, when a middleware such as `express.raw()` already buffered it. */
  readonly body?: unknown;
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  /** Writes the status and headers. */
  writeHead(status: number, headers: Record<string, string>): unknown;
  /** Writes the body and ends the response. */
  end(body?: Uint8Array | string): unknown;
}

/**
 * Adapts a web-standard handler to Node's `(req, res)` (plain `node:http`, Express, Fastify's raw request). The raw
 * body is read from the stream, or taken from `req.body` when a middleware such as `express.raw()` already buffered
 * it; a body already parsed as JSON is refused, because its signature can no longer be checked.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    let body: Uint8Array | undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      if (req.body instanceof Uint8Array) body = req.body;
      else if (typeof req.body === 'string') body = new TextEncoder().encode(req.body);
      else if (req.body !== undefined && !isEmptyObject(req.body)) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('the body was parsed before the signature check: use express.raw()');
        return;
      } else {
        const chunks: Uint8Array[] = [];
        for await (const chunk of req)
          chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
        body = concat(chunks);
      }
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) headers.set(name, value.join(', '));
    }
    const host = typeof req.headers.host === 'string' ? req.headers.host : 'localhost';
    const response = await handler(
      new Request(`http://${host}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers,
        ...(body ? { body: body as Uint8Array<ArrayBuffer> } : {}),
      }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(new Uint8Array(await response.arrayBuffer()));
  };
}

// express.json() leaves `{}` on requests it did not parse: their stream is intact.
function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
