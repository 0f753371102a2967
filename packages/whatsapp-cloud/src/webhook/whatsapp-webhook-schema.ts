import * as z from 'zod/mini';

// Built on first use: a valid delivery is checked by hand (check-whatsapp-webhook.ts), so most processes never build it.
let built: ReturnType<typeof buildWhatsAppWebhookSchemas> | undefined;

/** The schemas of a delivery and of its items, built on the first call. */
export function whatsappWebhookSchemas() {
  built ??= buildWhatsAppWebhookSchemas();
  return built;
}

// Lenient where Meta adds fields over time (loose objects), strict where cobro relies on a field: a delivery that
// lacks one is refused whole, never half-parsed.
function buildWhatsAppWebhookSchemas() {
  const text = z.looseObject({ body: z.string() });
  const optionalText = () => z.optional(z.string());
  const media = z.looseObject({ id: z.string(), mime_type: optionalText(), caption: optionalText() });
  const nonEmpty = () => z.string().check(z.minLength(1));
  const digits = () => z.string().check(z.regex(/^\d+$/));

  const whatsappInboundMessageSchema = z.looseObject({
    id: nonEmpty(),
    from: optionalText(),
    from_user_id: optionalText(),
    group_id: optionalText(),
    timestamp: digits(),
    type: nonEmpty(),
    text: z.optional(text),
    context: z.optional(z.looseObject({ id: optionalText() })),
    button: z.optional(z.looseObject({ payload: optionalText(), text: z.string() })),
    interactive: z.optional(
      z.looseObject({
        type: z.string(),
        button_reply: z.optional(z.looseObject({ id: z.string(), title: z.string() })),
        list_reply: z.optional(z.looseObject({ id: z.string(), title: z.string() })),
      }),
    ),
    image: z.optional(media),
    document: z.optional(media),
    audio: z.optional(media),
    video: z.optional(media),
    sticker: z.optional(media),
  });

  const whatsappPaymentStatusSchema = z.looseObject({
    id: nonEmpty(),
    type: z.literal('payment'),
    status: z.enum(['pending', 'captured', 'failed']),
    timestamp: digits(),
    payment: z.looseObject({
      reference_id: z.string(),
      amount: z.optional(z.looseObject({ value: z.number().check(z.int()), offset: z.number().check(z.int()) })),
      currency: optionalText(),
      transaction: z.optional(z.looseObject({ id: optionalText() })),
    }),
  });

  const whatsappStatusSchema = z.looseObject({
    id: nonEmpty(),
    status: z.enum(['sent', 'delivered', 'read', 'played', 'failed', 'deleted', 'warning']),
    timestamp: digits(),
    recipient_id: optionalText(),
    recipient_user_id: optionalText(),
    biz_opaque_callback_data: optionalText(),
    pricing: z.optional(z.looseObject({ billable: z.optional(z.boolean()), category: optionalText() })),
    errors: z.optional(
      z.array(
        z.looseObject({
          code: z.union([z.number(), z.string()]),
          title: optionalText(),
          message: optionalText(),
        }),
      ),
    ),
  });

  const whatsappWebhookSchema = z.looseObject({
    object: z.literal('whatsapp_business_account'),
    entry: z.array(
      z.looseObject({
        id: z.string(),
        changes: z.array(
          z.looseObject({
            field: z.string(),
            value: z.looseObject({
              contacts: z.optional(
                z.array(
                  z.looseObject({
                    wa_id: optionalText(),
                    user_id: optionalText(),
                    profile: z.optional(z.looseObject({ name: optionalText() })),
                  }),
                ),
              ),
              messages: z.optional(z.array(whatsappInboundMessageSchema)),
              statuses: z.optional(z.array(z.union([whatsappPaymentStatusSchema, whatsappStatusSchema]))),
            }),
          }),
        ),
      }),
    ),
  });

  return {
    webhook: whatsappWebhookSchema,
    inboundMessage: whatsappInboundMessageSchema,
    paymentStatus: whatsappPaymentStatusSchema,
    status: whatsappStatusSchema,
  };
}

type Schemas = ReturnType<typeof whatsappWebhookSchemas>;
export type WhatsAppWebhookPayload = z.infer<Schemas['webhook']>;
export type WhatsAppPaymentStatus = z.infer<Schemas['paymentStatus']>;
export type WhatsAppMessageStatus = z.infer<Schemas['status']>;
