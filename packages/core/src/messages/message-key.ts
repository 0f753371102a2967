/** Every message in the catalogue. Each exists in `en`, `es`, `pt-BR` and `it`, and as a WhatsApp utility template. */
export const messageKeys = [
  'invoice-sent',
  'order-sent',
  'reminder-upcoming',
  'reminder-due-today',
  'reminder-overdue-gentle',
  'reminder-overdue-firm',
  'reminder-final-notice',
  'reminder-several-invoices',
  'installment-due',
  'payment-received',
  'payment-partial-received',
  'promise-confirmed',
  'opt-out-confirmed',
  'statement',
  'promise-date-requested',
  'reply-acknowledged',
] as const;

/** A catalogue message key. */
export type MessageKey = (typeof messageKeys)[number];

/**
 * The messages that ask for money (invoice, order, reminders, statement): their templates carry the opt-out footer
 * and, where the business registers it, the supplier's identity. Confirmations and replies carry neither.
 */
export const collectionMessageKeys: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'invoice-sent',
  'order-sent',
  'reminder-upcoming',
  'reminder-due-today',
  'reminder-overdue-gentle',
  'reminder-overdue-firm',
  'reminder-final-notice',
  'reminder-several-invoices',
  'installment-due',
  'statement',
]);
