import { type MessagingChannelV1Recipient, ValidationError } from '@cobro/core';

// E.164 without the plus: a country code that never starts with 0, at most 15 digits in all.
const phoneDigits = /^[1-9]\d{6,14}$/;
// A business-scoped user id (`US.13491208655302741918`) or a parent one (`US.ENT.11815799212886844830`).
const businessScopedUserId = /^[A-Z]{2}(?:\.ENT)?\.[A-Za-z0-9]{1,128}$/;

/**
 * The recipient as the Cloud API wants it: a BSUID in `recipient`, else the phone's digits in `to` (a leading `+`,
 * spaces, dashes, dots and parentheses removed). Anything else is refused before a request is made, because Meta
 * answers a malformed `to` with an error only after the send has been paced and counted.
 *
 * @throws ValidationError naming `to.userId` or `to.phone`; the message never repeats the number.
 */
export function normalizeRecipient(to: MessagingChannelV1Recipient): { to: string } | { recipient: string } {
  if (to.userId !== undefined) {
    if (businessScopedUserId.test(to.userId)) return { recipient: to.userId };
    throw refuse('to.userId', 'is not a WhatsApp business-scoped user id (like US.13491208655302741918)');
  }
  if (to.phone !== undefined) {
    const digits = to.phone
      .trim()
      .replace(/^\+/, '')
      .replace(/[\s\-.()]/g, '');
    if (phoneDigits.test(digits)) return { to: digits };
    throw refuse('to.phone', 'is not a phone number in international format (7 to 15 digits after an optional +)');
  }
  throw refuse('to', 'needs a phone number or a business-scoped user id');
}

function refuse(path: string, message: string): ValidationError {
  return new ValidationError({ subject: 'WhatsApp recipient', issues: [{ path, message }] });
}
