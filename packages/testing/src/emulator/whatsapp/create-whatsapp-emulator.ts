import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookDelivery } from '../../in-memory-payment-provider';
import { validateWhatsAppMessageRequest } from './validate-whatsapp-request';

/** One request the emulator received. */
export interface WhatsAppEmulatorRequest {
  /** When it arrived (the emulator's clock). */
  readonly at: Date;
  /** HTTP method. */
  readonly method: string;
  /** Path, e.g. `/v25.0/106540352242922/messages`. */
  readonly path: string;
  /** Headers, lower-case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed JSON body. */
  readonly body: Record<string, unknown>;
  /** The `wamid` it answered with, when it accepted a message. */
  readonly messageId?: string;
  /** Why the body failed validation against Meta's spec and the overlay, when it did. */
  readonly validationErrors?: readonly string[];
}

/** A failure to serve instead of the next answer. */
export type WhatsAppEmulatorFault =
  | {
      /** A Graph error: the WhatsApp code (130429, 131047, 131056, 131026, 132001…) and its HTTP status. */
      readonly code: number;
      /** HTTP status. Default 400 (429 for 130429, 500 for 131000). */
      readonly status?: number;
    }
  | {
      /**
       * Read the request, then never answer: the client times out after sending. With `accepted`, the message is
       * taken first (it gets a `wamid`, is recorded and gets statuses) and only the answer is lost: the ambiguous case
       * a sender must never resolve by sending again.
       */
      readonly timeout: true;
      /** The message went through before the answer was lost. Default false. */
      readonly accepted?: boolean;
    };

/** Options of {@link createWhatsAppEmulator}. */
export interface WhatsAppEmulatorOptions {
  /** The Meta app secret webhooks are signed with. */
  readonly appSecret: string;
  /** The access token it accepts. Default `emulator-access-token`. */
  readonly accessToken?: string;
  /** Answer free-form messages with 131047 unless the recipient wrote in the last 24 hours. Default true. */
  readonly enforceServiceWindow?: boolean;
  /** The emulator's clock. Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Refuse message bodies that do not validate against Meta's spec plus the overlay (error 100). Default true. */
  readonly validateRequests?: boolean;
}

/** A running WhatsApp Cloud API emulator on 127.0.0.1. */
export interface WhatsAppEmulator {
  /** `http://127.0.0.1:<port>`: the client's `baseURL`. */
  readonly baseURL: string;
  /** The token it accepts. */
  readonly accessToken: string;
  /** Every request, oldest first. */
  readonly requests: WhatsAppEmulatorRequest[];
  /** Serves these faults, in order, before answering normally again. */
  failNext(...faults: WhatsAppEmulatorFault[]): void;
  /** A signed inbound text from `from` (E.164); it also opens that recipient's service window. */
  inboundText(
    from: string,
    text: string,
    options?: {
      /** Written in this group (Meta's `group_id`), not in the one-to-one chat. */
      readonly groupId?: string;
    },
  ): WebhookDelivery;
  /** A signed quick-reply tap on a reminder. */
  buttonReply(from: string, options: { id: string; title: string; inReplyTo?: string }): WebhookDelivery;
  /** A signed status webhook for a message the emulator accepted. */
  status(
    messageId: string,
    status: 'sent' | 'delivered' | 'read' | 'failed',
    options?: { errorCode?: number },
  ): WebhookDelivery;
  /** POSTs a signed delivery to your webhook endpoint, as Meta would; resolves with your HTTP status. */
  deliver(url: string, delivery: WebhookDelivery): Promise<number>;
  /** Stops the server. */
  close(): Promise<void>;
}

const titles: Record<number, string> = {
  130429: 'Rate limit hit',
  131047: 'Re-engagement message',
  131056: '(Business Account, Consumer Account) pair rate limit hit',
  131026: 'Message undeliverable',
  131000: 'Something went wrong',
  132001: 'Template name does not exist in the translation',
  190: 'Invalid OAuth access token',
};

// The fields of a multipart body; a file part becomes { filename, type, size }. Enough for Meta's media upload.
function parseMultipart(contentType: string, bytes: Buffer): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) throw new Error('no boundary');
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  const fields: Record<string, unknown> = {};
  for (const part of bytes.toString('latin1').split(delimiter).slice(1, -1)) {
    const [head = '', ...rest] = part.split('\r\n\r\n');
    const content = rest.join('\r\n\r\n').replace(/\r\n$/, '');
    const name = /name="([^"]+)"/.exec(head)?.[1];
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (!name) continue;
    fields[name] = filename
      ? { filename, type: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1], size: Buffer.byteLength(content, 'latin1') }
      : content;
  }
  return fields;
}

/**
 * Starts a local WhatsApp Cloud API emulator: `POST /{version}/{phone-number-id}/messages` answered as the Graph
 * API does, media upload (multipart), get and delete, and template list, create and delete (a `wamid`, or the error envelope for an injected or window fault), every request recorded, and signed
 * webhooks (`X-Hub-Signature-256` over the exact bytes) for inbound messages, button replies and statuses.
 * Request bodies are checked for the fields the Cloud API requires; full validation against Meta's OpenAPI file
 * is not done yet.
 */
export async function createWhatsAppEmulator(options: WhatsAppEmulatorOptions): Promise<WhatsAppEmulator> {
  const now = options.now ?? (() => new Date());
  const accessToken = options.accessToken ?? 'emulator-access-token';
  const requests: WhatsAppEmulatorRequest[] = [];
  const faults: WhatsAppEmulatorFault[] = [];
  const lastInbound = new Map<string, number>();
  const recipients = new Map<string, string>();
  const media = new Map<string, { mimeType: string; size: number; filename: string }>();
  const templateStore = new Map<string, Record<string, unknown>>();
  let sequence = 0;

  const sign = (payload: unknown): WebhookDelivery => {
    const rawBody = JSON.stringify(payload);
    const signature = createHmac('sha256', options.appSecret).update(rawBody).digest('hex');
    return { rawBody, headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signature}` } };
  };
  const envelope = (value: Record<string, unknown>) => ({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
              ...value,
            },
          },
        ],
      },
    ],
  });
  const seconds = () => String(Math.floor(now().getTime() / 1000));

  const graphError = (response: ServerResponse, code: number, status?: number) => {
    const httpStatus = status ?? (code === 130429 ? 429 : code === 131000 ? 500 : code === 190 ? 401 : 400);
    response.writeHead(httpStatus, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        error: {
          message: `(#${code}) ${titles[code] ?? 'Error'}`,
          type: 'OAuthException',
          code,
          error_data: { messaging_product: 'whatsapp', details: titles[code] ?? 'Error' },
          fbtrace_id: `Aemu${++sequence}`,
        },
      }),
    );
  };

  const handle = (request: IncomingMessage, response: ServerResponse, bytes: Buffer) => {
    const raw = bytes.toString('utf8');
    const multipart = /^multipart\/form-data/.test(request.headers['content-type'] ?? '');
    let body: Record<string, unknown>;
    try {
      body = multipart
        ? parseMultipart(request.headers['content-type'] ?? '', bytes)
        : (JSON.parse(raw || '{}') as Record<string, unknown>);
    } catch {
      return graphError(response, 100);
    }
    const record = { at: now(), method: request.method ?? '', path: request.url ?? '', headers: request.headers, body };
    const fault = faults.shift();
    if (fault && 'timeout' in fault && !fault.accepted) {
      requests.push(record);
      return; // read, never answered
    }
    const answerLost = fault !== undefined && 'timeout' in fault;
    if (request.headers.authorization !== `Bearer ${accessToken}`) {
      requests.push(record);
      return graphError(response, 190);
    }
    if (fault && 'code' in fault) {
      requests.push(record);
      return graphError(response, fault.code, fault.status);
    }
    const json = (status: number, payload: unknown) => {
      requests.push(record);
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    };
    const url = new URL(request.url ?? '/', 'http://emulator');
    const mediaUpload = /^\/v\d+\.\d+\/[^/]+\/media$/.test(url.pathname);
    const templates = /^\/v\d+\.\d+\/([^/]+)\/message_templates$/.exec(url.pathname);
    const objectPath = /^\/v\d+\.\d+\/([^/]+)$/.exec(url.pathname);
    if (request.method === 'POST' && mediaUpload) {
      const file = body.file as { filename?: string; size?: number; type?: string } | undefined;
      if (body.messaging_product !== 'whatsapp' || !file?.filename || !file.size) return graphError(response, 100);
      const id = String(4_000_000_000_000_000 + ++sequence);
      media.set(id, { mimeType: String(body.type ?? file.type), size: file.size, filename: file.filename });
      return json(200, { id });
    }
    if (templates && request.method === 'GET') {
      return json(200, { data: [...templateStore.values()], paging: { cursors: { before: 'b', after: 'a' } } });
    }
    if (templates && request.method === 'POST') {
      const valid =
        typeof body.name === 'string' &&
        /^[a-z0-9_]{1,512}$/.test(body.name) &&
        typeof body.language === 'string' &&
        ['UTILITY', 'MARKETING', 'AUTHENTICATION'].includes(String(body.category)) &&
        Array.isArray(body.components);
      if (!valid) return graphError(response, 100);
      const id = String(1_000_000_000 + ++sequence);
      templateStore.set(`${body.name}:${body.language}`, {
        id,
        name: body.name,
        language: body.language,
        status: 'PENDING',
        category: body.category,
        components: body.components,
      });
      return json(200, { id, status: 'PENDING', category: body.category });
    }
    if (templates && request.method === 'DELETE') {
      const name = url.searchParams.get('name');
      const keys = [...templateStore.keys()].filter((key) => key.startsWith(`${name}:`));
      if (!name || keys.length === 0) return graphError(response, 100);
      for (const key of keys) templateStore.delete(key);
      return json(200, { success: true });
    }
    if (objectPath && media.has(objectPath[1] as string)) {
      const id = objectPath[1] as string;
      const stored = media.get(id)!;
      if (request.method === 'DELETE') {
        media.delete(id);
        return json(200, { success: true });
      }
      return json(200, {
        messaging_product: 'whatsapp',
        url: `http://127.0.0.1/media/${id}`,
        mime_type: stored.mimeType,
        sha256: 'emulated',
        file_size: stored.size,
        id,
      });
    }
    if (request.method !== 'POST' || !/^\/v\d+\.\d+\/[^/]+\/messages$/.test(request.url ?? '')) {
      requests.push(record);
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"error":{"message":"Unknown path","code":100}}');
      return;
    }
    // Every message body is checked against Meta's OpenAPI schemas plus the overlay for the spec's defects.
    const problems = validateWhatsAppMessageRequest(body);
    if (problems.length > 0 && (options.validateRequests ?? true)) {
      requests.push({ ...record, validationErrors: problems });
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          error: {
            message: `(#100) Invalid parameter: ${problems.join('; ')}`,
            type: 'OAuthException',
            code: 100,
            error_data: { messaging_product: 'whatsapp', details: problems.join('; ') },
            fbtrace_id: `Aemu${++sequence}`,
          },
        }),
      );
      return;
    }
    if (body.status === 'read') {
      requests.push(record);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}');
      return;
    }
    const to = typeof body.to === 'string' ? body.to : typeof body.recipient === 'string' ? body.recipient : undefined;
    const type = typeof body.type === 'string' ? body.type : undefined;
    if (body.messaging_product !== 'whatsapp' || !to || !type || body[type] === undefined) {
      requests.push(record);
      return graphError(response, 100);
    }
    const windowOpen = now().getTime() - (lastInbound.get(to) ?? Number.NEGATIVE_INFINITY) < 24 * 3_600_000;
    if (type !== 'template' && (options.enforceServiceWindow ?? true) && !windowOpen) {
      requests.push(record);
      return graphError(response, 131047);
    }
    const messageId = `wamid.EMU${String(++sequence).padStart(8, '0')}`;
    recipients.set(messageId, to);
    requests.push({ ...record, messageId });
    if (answerLost) return; // taken, but the answer never leaves
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        messaging_product: 'whatsapp',
        contacts: [{ input: to, wa_id: to }],
        messages: [{ id: messageId }],
      }),
    );
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}`,
    accessToken,
    requests,
    failNext: (...more) => void faults.push(...more),
    inboundText(from, text, inboundOptions = {}) {
      const waId = from.replace(/^\+/, '');
      if (!inboundOptions.groupId) lastInbound.set(waId, now().getTime());
      return sign(
        envelope({
          contacts: [{ profile: { name: 'Customer' }, wa_id: waId }],
          messages: [
            {
              from: waId,
              ...(inboundOptions.groupId ? { group_id: inboundOptions.groupId } : {}),
              id: `wamid.IN${++sequence}`,
              timestamp: seconds(),
              type: 'text',
              text: { body: text },
            },
          ],
        }),
      );
    },
    buttonReply(from, reply) {
      const waId = from.replace(/^\+/, '');
      lastInbound.set(waId, now().getTime());
      return sign(
        envelope({
          contacts: [{ profile: { name: 'Customer' }, wa_id: waId }],
          messages: [
            {
              from: waId,
              id: `wamid.IN${++sequence}`,
              timestamp: seconds(),
              type: 'interactive',
              ...(reply.inReplyTo ? { context: { from: '15550783881', id: reply.inReplyTo } } : {}),
              interactive: { type: 'button_reply', button_reply: { id: reply.id, title: reply.title } },
            },
          ],
        }),
      );
    },
    status(messageId, status, statusOptions = {}) {
      const request = requests.find((candidate) => candidate.messageId === messageId);
      const reference = request?.body.biz_opaque_callback_data;
      return sign(
        envelope({
          statuses: [
            {
              id: messageId,
              status,
              timestamp: seconds(),
              recipient_id: recipients.get(messageId) ?? '0',
              ...(typeof reference === 'string' ? { biz_opaque_callback_data: reference } : {}),
              ...(statusOptions.errorCode
                ? { errors: [{ code: statusOptions.errorCode, title: titles[statusOptions.errorCode] ?? 'Error' }] }
                : {}),
            },
          ],
        }),
      );
    },
    async deliver(url, delivery) {
      const response = await fetch(url, { method: 'POST', body: delivery.rawBody, headers: delivery.headers });
      await response.arrayBuffer();
      return response.status;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
