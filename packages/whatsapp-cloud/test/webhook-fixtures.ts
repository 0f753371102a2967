import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The app secret the tests sign with. */
export const appSecret = 'test_app_secret_0123456789';

/** `sha256=<hex>` of the bytes, as Meta sends it. */
export function signature(body: string | Buffer, secret = appSecret): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Every example of `POST /whatsapp/webhooks` in Meta's OpenAPI file (shared/specs, beside the repository). */
export function specWebhookExamples(): { name: string; payload: unknown }[] {
  const specPath = fileURLToPath(
    new URL('../../../../shared/specs/whatsapp/business-messaging-api_v23.0.yaml', import.meta.url),
  );
  const spec = parse(readFileSync(specPath, 'utf8'), { maxAliasCount: -1 }) as {
    paths: Record<
      string,
      { post?: { requestBody?: { content?: Record<string, { examples?: Record<string, { value: unknown }> }> } } }
    >;
  };
  const examples = spec.paths['/whatsapp/webhooks']?.post?.requestBody?.content?.['application/json']?.examples ?? {};
  return Object.entries(examples).map(([name, example]) => ({ name, payload: example.value }));
}

// The Cloud API's webhook envelope around one `messages` change.
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

/** Status and reply payloads from the research notes (statuses with pricing and errors, template quick replies, BSUIDs). */
export const researchPayloads: { name: string; payload: unknown }[] = [
  {
    name: 'failed status 131047 with biz_opaque_callback_data',
    payload: envelope({
      statuses: [
        {
          id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3NTQ0',
          status: 'failed',
          timestamp: '1750263773',
          recipient_id: '16505551234',
          biz_opaque_callback_data: 'inv-42:1:after-3',
          errors: [
            {
              code: 131047,
              title: 'Re-engagement message',
              message: 'Re-engagement message',
              error_data: {
                details:
                  'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
              },
              href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
            },
          ],
        },
      ],
    }),
  },
  {
    name: 'delivered and read statuses with pricing, out of order and repeated',
    payload: envelope({
      statuses: ['read', 'delivered', 'read', 'sent'].map((status, index) => ({
        id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0000',
        status,
        timestamp: String(1750263773 + index),
        recipient_id: '16505551234',
        recipient_user_id: 'US.13491208655302741918',
        pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' },
      })),
    }),
  },
  {
    name: 'template quick reply and interactive button reply from a BSUID user',
    payload: envelope({
      contacts: [{ profile: { name: 'José Ñandú 🎉' }, wa_id: '5511987654321', user_id: 'BR.1234567890' }],
      messages: [
        {
          from: '5511987654321',
          from_user_id: 'BR.1234567890',
          id: 'wamid.quick',
          timestamp: '1750263800',
          type: 'button',
          context: { from: '15550783881', id: 'wamid.reminder' },
          button: { payload: 'pay-on-date', text: 'Pagar em uma data' },
        },
        {
          from: '5511987654321',
          id: 'wamid.interactive',
          timestamp: '1750263801',
          type: 'interactive',
          context: { from: '15550783881', id: 'wamid.reminder' },
          interactive: { type: 'button_reply', button_reply: { id: 'already-paid', title: 'Já paguei' } },
        },
      ],
    }),
  },
  {
    name: 'payment status (WhatsApp Payments India): captured',
    payload: envelope({
      statuses: [
        {
          id: 'wamid.payment',
          recipient_id: '919999999999',
          type: 'payment',
          status: 'captured',
          timestamp: '1750263900',
          payment: {
            reference_id: 'inv-77',
            amount: { value: 1100, offset: 100 },
            currency: 'INR',
            transaction: { id: 'pay_Mz0W1', type: 'razorpay', status: 'success', method: { type: 'upi' } },
          },
        },
      ],
    }),
  },
];
