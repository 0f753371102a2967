/** Who a message goes to: a phone number, a WhatsApp business-scoped user id, or both (the user id wins). */
export interface MessagingChannelV1Recipient {
  /** E.164 phone number. */
  readonly phone?: string;
  /** Business-scoped user id (BSUID), for customers who hide their number. */
  readonly userId?: string;
}
