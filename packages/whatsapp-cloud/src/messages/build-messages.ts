import type { MessagingChannelV1Content, MessagingChannelV1Recipient, MessagingChannelV1Template } from '@cobro/core';
import { buildOrderStatusMessage } from './build-order-details';

/** A Cloud API message body as `POST /{phone-number-id}/messages` takes it, without the recipient. */
export type WhatsAppMessagePayload = {
  /** The message type: `text`, `template`, `interactive`, `document`… with an object of the same name. */
  readonly type: string;
} & Readonly<Record<string, unknown>>;

/** The recipient fields: `to` (digits of an E.164 number) or `recipient` (a business-scoped user id). */
export function recipientFields(to: MessagingChannelV1Recipient): Record<string, string> {
  if (to.userId) return { recipient: to.userId };
  if (to.phone) return { to: to.phone.replace(/^\+/, '') };
  throw new RangeError('A WhatsApp recipient needs a phone number or a business-scoped user id.');
}

/** Free-form content as a Cloud API message: text, a "Pay now" CTA URL button, reply buttons, a list, an image or a document. */
export function buildContentMessage(content: MessagingChannelV1Content): WhatsAppMessagePayload {
  switch (content.kind) {
    case 'text':
      return { type: 'text', text: { body: content.text, preview_url: content.previewUrl ?? false } };
    case 'cta-url':
      return {
        type: 'interactive',
        interactive: {
          type: 'cta_url',
          body: { text: content.text },
          action: { name: 'cta_url', parameters: { display_text: content.buttonLabel, url: content.url } },
        },
      };
    case 'reply-buttons':
      return {
        type: 'interactive',
        interactive: {
          type: 'button',
          ...frame(content),
          action: {
            buttons: content.buttons.map((button) => ({
              type: 'reply',
              reply: { id: button.id, title: button.label },
            })),
          },
        },
      };
    case 'list':
      return {
        type: 'interactive',
        interactive: {
          type: 'list',
          ...frame(content),
          action: {
            button: content.buttonLabel,
            sections: content.sections.map((section) => ({
              title: section.title,
              rows: section.rows.map((row) => ({
                id: row.id,
                title: row.title,
                ...(row.description ? { description: row.description } : {}),
              })),
            })),
          },
        },
      };
    case 'image':
      return {
        type: 'image',
        image: {
          ...(content.mediaId ? { id: content.mediaId } : { link: content.link }),
          ...(content.caption ? { caption: content.caption } : {}),
        },
      };
    case 'order-status': {
      const message = buildOrderStatusMessage({
        referenceId: content.referenceId,
        status: content.status,
        ...(content.payment ? { payment: content.payment } : {}),
      });
      // The text goes in the body; the order card's own note (120 characters) is left to the status.
      const interactive = message.interactive as Record<string, unknown>;
      return { ...message, interactive: { ...interactive, body: { text: content.text } } };
    }
    case 'document':
      return {
        type: 'document',
        document: {
          ...(content.mediaId ? { id: content.mediaId } : { link: content.link }),
          filename: content.filename,
          ...(content.caption ? { caption: content.caption } : {}),
        },
      };
  }
}

// Header, body and footer of an interactive message, in the order WhatsApp documents them.
function frame(content: { text: string; header?: string; footer?: string }) {
  return {
    ...(content.header ? { header: { type: 'text', text: content.header } } : {}),
    body: { text: content.text },
    ...(content.footer ? { footer: { text: content.footer } } : {}),
  };
}

/** A utility template with named body parameters and, when given, the suffix of its URL button. */
export function buildTemplateMessage(template: MessagingChannelV1Template): WhatsAppMessagePayload {
  const parameters = Object.entries(template.parameters).map(([name, text]) => ({
    type: 'text',
    parameter_name: name,
    text,
  }));
  return {
    type: 'template',
    template: {
      name: template.name,
      language: { code: template.language, policy: 'deterministic' },
      components: [
        ...(parameters.length > 0 ? [{ type: 'body', parameters }] : []),
        ...(template.urlButtonSuffix !== undefined
          ? [
              {
                type: 'button',
                sub_type: 'url',
                index: '0',
                parameters: [{ type: 'text', text: template.urlButtonSuffix }],
              },
            ]
          : []),
      ],
    },
  };
}
