import { createHmac } from 'node:crypto';
import { createSeededRandom } from '../lib/seeded-random';

/** The app secret deliveries are signed with (a benchmark value, not a real secret). */
export const benchAppSecret = 'bench_app_secret_0123456789abcdef';

/** One webhook delivery as Meta POSTs it: the exact bytes and the headers. */
export interface SignedDelivery {
  /** The body, exactly as signed. */
  readonly rawBody: string;
  /** `content-type` and `x-hub-signature-256`. */
  readonly headers: Readonly<Record<string, string>>;
}

// Meta sends non-ASCII as \uXXXX and escapes "/" (and signs those bytes), so the benchmark does too.
function metaJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function envelope(value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '419561257915477',
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
  };
}

const names = ['José Ñandú 🎉', 'Giulia Rossi', 'Ana Souza', 'María Pérez', 'João Gonçalves', 'Chiara Bianchi'];
const texts = [
  'Ya pagué, gracias',
  'Posso pagar sexta?',
  'Pago el viernes',
  'Ok 👍',
  'Quanto devo?',
  'Grazie, pago domani',
];

type Item =
  | { status: Record<string, unknown> }
  | { contact: Record<string, unknown>; message: Record<string, unknown> };

// One status (60%: sent, delivered, read with pricing and cobro's reference; some failed with 131047) or one inbound
// message (40%: text, template quick reply, interactive button reply) from a customer with a non-ASCII name.
function item(random: ReturnType<typeof createSeededRandom>, index: number): Item {
  const waId = `52155${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
  const timestamp = String(1_773_144_000 + index);
  const wamid = `wamid.HBgNNTIxNTU${index.toString(36).toUpperCase().padStart(8, '0')}FQIAERgSQjc`;
  if (random.next() < 0.6) {
    const failed = random.next() < 0.05;
    const status = failed ? 'failed' : random.pick(['sent', 'delivered', 'read']);
    return {
      status: {
        id: wamid,
        status,
        timestamp,
        recipient_id: waId,
        biz_opaque_callback_data: `inv_${random.int(0, 99_999)}:1:${random.pick(['due', 'after-3', 'after-7'])}`,
        ...(failed
          ? {
              errors: [
                {
                  code: 131047,
                  title: 'Re-engagement message',
                  message: 'Re-engagement message',
                  error_data: { details: 'More than 24 hours have passed since the customer last replied.' },
                },
              ],
            }
          : {
              conversation: { id: `c${index}`, origin: { type: 'utility' } },
              pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' },
            }),
      },
    };
  }
  const kind = random.next();
  const base = { from: waId, id: wamid, timestamp };
  const message =
    kind < 0.6
      ? { ...base, type: 'text', text: { body: random.pick(texts) } }
      : kind < 0.8
        ? {
            ...base,
            type: 'button',
            context: { from: '15550783881', id: 'wamid.reminder' },
            button: { payload: 'pay-on-date', text: 'Pagar em uma data' },
          }
        : {
            ...base,
            type: 'interactive',
            context: { from: '15550783881', id: 'wamid.reminder' },
            interactive: { type: 'button_reply', button_reply: { id: 'already-paid', title: 'Ya pagué' } },
          };
  return { contact: { profile: { name: random.pick(names) }, wa_id: waId }, message };
}

function sign(payload: unknown): SignedDelivery {
  const rawBody = metaJson(payload);
  const signature = createHmac('sha256', benchAppSecret).update(rawBody).digest('hex');
  return { rawBody, headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signature}` } };
}

/**
 * `count` signed deliveries of `items` items each (one by default, as Meta usually sends them; Meta batches
 * statuses and messages when traffic is high), seeded: see {@link item}. A batch carries its statuses in `statuses`
 * and its messages in `messages` (with their `contacts`), ordered so its first item is a status or a message as drawn.
 */
export function generateWhatsAppDeliveries(count: number, seed = 11, items = 1): SignedDelivery[] {
  const random = createSeededRandom(seed);
  const deliveries: SignedDelivery[] = [];
  let index = 0;
  for (let delivery = 0; delivery < count; delivery++) {
    const drawn = Array.from({ length: items }, () => item(random, index++));
    const statuses = drawn.flatMap((entry) => ('status' in entry ? [entry.status] : []));
    const messages = drawn.flatMap((entry) => ('message' in entry ? [entry.message] : []));
    const contacts = drawn.flatMap((entry) => ('contact' in entry ? [entry.contact] : []));
    // Meta sends either kind in a change; a mixed batch puts the first item's kind first, as an app would see it.
    const value =
      'status' in (drawn[0] as Item)
        ? { statuses, ...(messages.length > 0 ? { contacts, messages } : {}) }
        : { contacts, messages, ...(statuses.length > 0 ? { statuses } : {}) };
    deliveries.push(sign(envelope(value)));
  }
  return deliveries;
}
