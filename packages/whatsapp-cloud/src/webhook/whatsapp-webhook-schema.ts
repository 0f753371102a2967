import { z } from 'zod';

// Lenient where Meta adds fields over time (loose objects), strict where cobro relies on a field: a delivery that
// lacks one is refused whole, never half-parsed.
const text = z.looseObject({ body: z.string() });
const media = z.looseObject({ id: z.string(), mime_type: z.string().optional(), caption: z.string().optional() });

export const whatsappInboundMessageSchema = z.looseObject({
  id: z.string().min(1),
  from: z.string().optional(),
  from_user_id: z.string().optional(),
  group_id: z.string().optional(),
  timestamp: z.string().regex(/^\d+$/),
  type: z.string().min(1),
  text: text.optional(),
  context: z.looseObject({ id: z.string().optional() }).optional(),
  button: z.looseObject({ payload: z.string().optional(), text: z.string() }).optional(),
  interactive: z
    .looseObject({
      type: z.string(),
      button_reply: z.looseObject({ id: z.string(), title: z.string() }).optional(),
      list_reply: z.looseObject({ id: z.string(), title: z.string() }).optional(),
    })
    .optional(),
  image: media.optional(),
  document: media.optional(),
  audio: media.optional(),
  video: media.optional(),
  sticker: media.optional(),
});

export const whatsappPaymentStatusSchema = z.looseObject({
  id: z.string().min(1),
  type: z.literal('payment'),
  status: z.enum(['pending', 'captured', 'failed']),
  timestamp: z.string().regex(/^\d+$/),
  payment: z.looseObject({
    reference_id: z.string(),
    amount: z.looseObject({ value: z.number().int(), offset: z.number().int() }).optional(),
    currency: z.string().optional(),
    transaction: z.looseObject({ id: z.string().optional() }).optional(),
  }),
});

export const whatsappStatusSchema = z.looseObject({
  id: z.string().min(1),
  status: z.enum(['sent', 'delivered', 'read', 'played', 'failed', 'deleted', 'warning']),
  timestamp: z.string().regex(/^\d+$/),
  recipient_id: z.string().optional(),
  recipient_user_id: z.string().optional(),
  biz_opaque_callback_data: z.string().optional(),
  pricing: z.looseObject({ billable: z.boolean().optional(), category: z.string().optional() }).optional(),
  errors: z
    .array(
      z.looseObject({
        code: z.union([z.number(), z.string()]),
        title: z.string().optional(),
        message: z.string().optional(),
      }),
    )
    .optional(),
});

export const whatsappWebhookSchema = z.looseObject({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.looseObject({
      id: z.string(),
      changes: z.array(
        z.looseObject({
          field: z.string(),
          value: z.looseObject({
            contacts: z
              .array(
                z.looseObject({
                  wa_id: z.string().optional(),
                  user_id: z.string().optional(),
                  profile: z.looseObject({ name: z.string().optional() }).optional(),
                }),
              )
              .optional(),
            messages: z.array(whatsappInboundMessageSchema).optional(),
            statuses: z.array(z.union([whatsappPaymentStatusSchema, whatsappStatusSchema])).optional(),
          }),
        }),
      ),
    }),
  ),
});

export type WhatsAppWebhookPayload = z.infer<typeof whatsappWebhookSchema>;
export type WhatsAppPaymentStatus = z.infer<typeof whatsappPaymentStatusSchema>;
export type WhatsAppMessageStatus = z.infer<typeof whatsappStatusSchema>;
