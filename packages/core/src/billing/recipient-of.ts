import type { Customer } from '../model/customer';
import type { MessagingChannelV1Recipient } from '../spec/messaging-channel/v1/messaging-channel-v1-recipient';

/**
 * Where a customer's messages go: their own number or business-scoped user id, never a group. A customer record
 * only ever holds a person's E.164 number (validated when created), so no send can reach a group chat.
 */
export function recipientOf(customer: Customer): MessagingChannelV1Recipient {
  return { phone: customer.phone, ...(customer.whatsappUserId ? { userId: customer.whatsappUserId } : {}) };
}
