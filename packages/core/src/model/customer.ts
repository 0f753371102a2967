import type { Instant, TimeZone } from './time';

/** How the customer agreed to receive WhatsApp messages from the business. */
export type OptInSource =
  | 'whatsapp'
  | 'web-form'
  | 'checkout'
  | 'in-person'
  | 'paper'
  | 'phone-call'
  | 'import'
  | 'other';

/** Proof that the customer opted in to WhatsApp messages: Meta and several jurisdictions require it. */
export interface OptInRecord {
  /** When the customer opted in. */
  readonly at: Instant;
  /** Where the opt-in happened. */
  readonly source: OptInSource;
  /** Evidence a person could check later: a form submission id, a message id, the consent wording shown. */
  readonly evidence: string;
}

/** The customer asked to stop receiving messages. Reminders stop at once; only the confirmation is sent. */
export interface OptOutRecord {
  /** When the customer opted out. */
  readonly at: Instant;
  /** How: a reply in the chat (`STOP`, `BAJA`, `SAIR`…), the app, or support. */
  readonly source: 'whatsapp-reply' | 'app' | 'support' | 'other';
  /** The reply text or message id, when there is one. */
  readonly evidence?: string;
}

/** Whether the customer is a consumer (consumer-protection rules apply) or a business (B2B rules). */
export type CustomerKind = 'consumer' | 'business';

/** Someone who owes the business money and talks to it on WhatsApp. */
export interface Customer {
  /** The app's id for this customer. */
  readonly id: string;
  /** Display name, used in greetings. */
  readonly name: string;
  /** Phone number in E.164 form, e.g. `+393471234567`. Never logged in full. */
  readonly phone: string;
  /** WhatsApp business-scoped user id (BSUID), when WhatsApp has given one. */
  readonly whatsappUserId?: string;
  /** BCP 47 locale for messages and formatting, e.g. `it-IT`, `es-MX`, `pt-BR`, `en-US`. */
  readonly locale: string;
  /** The customer's IANA time zone: reminders go out in *their* waking hours. */
  readonly timeZone: TimeZone;
  /** ISO 3166-1 alpha-2 country code, e.g. `IT`, `MX`, `BR`, `US`. */
  readonly country: string;
  /** ISO 3166-2 subdivision code without the country prefix, e.g. `MA` (Massachusetts), `SP` (São Paulo). */
  readonly subdivision?: string;
  /** Consumer or business; consumer-protection presets apply to consumers. Defaults to `consumer`. */
  readonly kind?: CustomerKind;
  /** Opt-in evidence; without it the contact gate refuses business-initiated messages. */
  readonly optIn?: OptInRecord;
  /** Present once the customer opted out. */
  readonly optOut?: OptOutRecord;
}
