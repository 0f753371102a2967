import type { MessagingChannelV1Recipient } from './messaging-channel-v1-recipient';

/** Free-form content, allowed only inside the customer service window. */
export type MessagingChannelV1Content =
  | {
      /** Plain text. */
      readonly kind: 'text';
      /** The text, at most 4,096 characters. */
      readonly text: string;
      /** Show a preview of the first URL. */
      readonly previewUrl?: boolean;
    }
  | {
      /** Text with one link button ("Pay now"). */
      readonly kind: 'cta-url';
      /** The text, at most 1,024 characters. */
      readonly text: string;
      /** The button's label, at most 20 characters. */
      readonly buttonLabel: string;
      /** The https URL it opens. */
      readonly url: string;
    }
  | {
      /** Text with up to three quick-reply buttons. */
      readonly kind: 'reply-buttons';
      /** The text, at most 1,024 characters. */
      readonly text: string;
      /** A text header, at most 60 characters. */
      readonly header?: string;
      /** A footer, at most 60 characters. */
      readonly footer?: string;
      /** The buttons. */
      readonly buttons: readonly {
        /** Returned in the reply webhook. */
        readonly id: string;
        /** The label, at most 20 characters. */
        readonly label: string;
      }[];
    }
  | {
      /** A list of choices behind one button (e.g. which invoice to pay). */
      readonly kind: 'list';
      /** The text, at most 1,024 characters. */
      readonly text: string;
      /** A text header, at most 60 characters. */
      readonly header?: string;
      /** A footer, at most 60 characters. */
      readonly footer?: string;
      /** The button that opens the list, at most 20 characters. */
      readonly buttonLabel: string;
      /** Sections of rows (at most 10 rows in all). */
      readonly sections: readonly {
        /** Section title, at most 24 characters. */
        readonly title: string;
        /** Its rows. */
        readonly rows: readonly {
          /** Returned in the reply webhook. */
          readonly id: string;
          /** Row title, at most 24 characters. */
          readonly title: string;
          /** Row description, at most 72 characters. */
          readonly description?: string;
        }[];
      }[];
    }
  | {
      /** An image, e.g. a Pix QR code or a receipt. */
      readonly kind: 'image';
      /** An uploaded media id, or … */
      readonly mediaId?: string;
      /** … an https link to fetch it from. */
      readonly link?: string;
      /** Caption under it. */
      readonly caption?: string;
    }
  | {
      /**
       * An update to an order sent as WhatsApp `order_details` (Brazil, India): after the payment is confirmed the
       * customer sees it captured on the order card. Channels without in-chat orders send `text` instead.
       */
      readonly kind: 'order-status';
      /** The order's `reference_id`. */
      readonly referenceId: string;
      /** The order's new status. */
      readonly status: 'pending' | 'processing' | 'partially-shipped' | 'shipped' | 'completed' | 'canceled';
      /** The payment's status, when it changed. */
      readonly payment?: 'pending' | 'captured' | 'failed';
      /** The text shown with it, at most 1,024 characters. */
      readonly text: string;
    }
  | {
      /** A document, e.g. the invoice PDF. */
      readonly kind: 'document';
      /** An uploaded media id, or … */
      readonly mediaId?: string;
      /** … an https link to fetch it from. */
      readonly link?: string;
      /** The file name the customer sees (never "Untitled"). */
      readonly filename: string;
      /** Caption under it. */
      readonly caption?: string;
    };

/** The approved template to send instead when the window is closed. */
export interface MessagingChannelV1Template {
  /** Template name, e.g. `cobro_reminder_overdue_gentle`. */
  readonly name: string;
  /** Template language code, e.g. `pt_BR`. */
  readonly language: string;
  /** Named body parameters, already formatted for the customer. */
  readonly parameters: Readonly<Record<string, string>>;
  /** The per-message suffix of the template's URL button (`{{1}}`), when it has one. */
  readonly urlButtonSuffix?: string;
}

/** A message cobro asks a channel to send. */
export interface MessagingChannelV1OutboundMessage {
  /** The recipient. */
  readonly to: MessagingChannelV1Recipient;
  /** cobro's reference (outbox key), echoed in status webhooks so they map back to the invoice and stage. */
  readonly reference?: string;
  /** What to send inside the customer service window. */
  readonly content: MessagingChannelV1Content;
  /** What to send outside it; without one, a closed window is an error. */
  readonly template?: MessagingChannelV1Template;
  /**
   * The customer service window as cobro's store records it (the last inbound message, shared by every process).
   * When given, the channel decides free-form or template by it rather than by what this process saw; the channel
   * may still close it early on the provider's word (WhatsApp 131047).
   */
  readonly serviceWindow?: {
    /** True inside the window. */
    readonly open: boolean;
    /** When it closes, if open. */
    readonly closesAt?: string;
  };
}

/** What the channel did with a message. */
export interface MessagingChannelV1SendResult {
  /** The channel's message id (WhatsApp `wamid`), to match status webhooks. */
  readonly messageId: string;
  /** Whether the free-form content or the template went out. */
  readonly deliveredAs: 'free-form' | 'template';
}
