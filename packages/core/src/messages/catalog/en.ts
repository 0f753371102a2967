import type { MessageCatalog } from '../message-catalog';

/** English (US spelling and date order). */
export const englishCatalog: MessageCatalog = {
  locale: 'en',
  whatsappLanguage: 'en',
  payNowLabel: 'Pay now',
  quickReplyLabels: {
    'already-paid': 'I already paid',
    'pay-on-date': 'Suggest a date',
    'talk-to-someone': 'Talk to someone',
  },
  optOutLine: 'Reply STOP to stop these reminders on WhatsApp.',
  supplierIdentity: { label: 'Billed by', taxIdLabel: 'tax ID' },
  offlineAction: 'You can pay as follows: {{paymentOptions}}. We will confirm as soon as we receive it.',
  paymentOptionsOnRequest: 'reply to this message and we will send you the details',
  invoiceListItem: '{{invoiceNumber}} for {{amount}} (due date {{dueDate}})',
  references: { invoice: 'invoice {{number}}', order: 'order {{number}}' },
  counts: {
    days: { one: '# day', other: '# days' },
    openInvoices: { zero: 'no open invoices', one: '# open invoice', other: '# open invoices' },
  },
  examples: {
    locale: 'en-US',
    currency: 'USD',
    name: 'Emma',
    description: 'birthday cake',
    orderNumber: 'ORD-1187',
    paymentOptions: 'Zelle to pay@rossibakery.com',
  },
  messages: {
    'invoice-sent': {
      body: 'Hi {{name}}, here is invoice {{invoiceNumber}} from {{business}} for {{description}}. The amount is {{amount}}, due on {{dueDate}}. If you have any questions, just reply to this message. Thank you!',
      action: 'You can pay here: {{paymentUrl}}',
    },
    'order-sent': {
      body: 'Hi {{name}}, thank you for your order {{orderNumber}} with {{business}}. It includes {{description}}, and the total comes to {{amount}}. If you have any questions, just reply to this message.',
      action: 'You can pay here: {{paymentUrl}}',
    },
    'reminder-upcoming': {
      body: 'Hi {{name}}, a friendly reminder from {{business}}: invoice {{invoiceNumber}} for {{description}} is due on {{dueDate}}. The amount is {{amount}}. If you have already paid, thank you! Any questions? Just reply to this message.',
      action: 'You can pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'reminder-due-today': {
      body: 'Hi {{name}}, invoice {{invoiceNumber}} from {{business}} for {{description}} is due today. The amount is {{amount}}. If you have already paid, thank you! If you need more time or have a question, just reply to this message.',
      action: 'You can pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-gentle': {
      body: 'Hi {{name}}, invoice {{invoiceNumber}} from {{business}} for {{amount}} was due on {{dueDate}} and still shows as open. If your payment is already on its way, thank you! If another date would work better, just reply to this message.',
      action: 'Otherwise, you can pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-firm': {
      body: 'Hi {{name}}, invoice {{invoiceNumber}} from {{business}} for {{amount}} is now {{overdueDays}} past its due date of {{dueDate}}. Could you settle it, or reply with a date that works for you? If something is not right, we are happy to look into it.',
      action: 'You can pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-final-notice': {
      body: 'Hi {{name}}, this is our last reminder about invoice {{invoiceNumber}} from {{business}} for {{amount}}, which is now {{overdueDays}} overdue. Please settle it by {{deadline}}, or let us know when you can pay. We are happy to work out a payment plan with you.',
      action: 'You can pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-several-invoices': {
      body: 'Hi {{name}}, a friendly reminder from {{business}}: you have {{openInvoices}}, with a total of {{total}}. Details: {{invoiceList}}. If you have already paid, thank you! Any questions? Just reply to this message.',
      action: 'You can pay the oldest one here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'installment-due': {
      body: 'Hi {{name}}, installment {{installmentNumber}} of {{installmentCount}} of invoice {{invoiceNumber}} from {{business}} is due on {{dueDate}}. The amount of this installment is {{amount}}. If you have already paid, thank you! Any questions? Just reply to this message.',
      action: 'You can pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'payment-received': {
      body: 'Thank you, {{name}}! We received your payment of {{amount}} for {{paidFor}} on {{paymentDate}}, and it is now fully paid. If you have any questions, just reply to this message.',
    },
    'payment-partial-received': {
      body: 'Thank you, {{name}}! We received your payment of {{amount}} for {{paidFor}} on {{paymentDate}}. A balance of {{balance}} remains open. If you have any questions, just reply to this message.',
      action: 'You can pay the rest here: {{paymentUrl}}',
    },
    'promise-confirmed': {
      body: 'Thanks, {{name}}. We have noted that you will pay invoice {{invoiceNumber}} for {{amount}} by {{promiseDate}}, and we will not send you reminders about it until then. If anything changes, just reply to this message.',
    },
    'opt-out-confirmed': {
      body: 'Done, {{name}}. You will not receive any more payment reminders from {{business}} on WhatsApp. You can still write to us here whenever you like.',
    },
    statement: {
      body: 'Hi {{name}}, here is your balance with {{business}}: you have {{openInvoices}}, with a total of {{total}}. Details: {{invoiceList}}. If anything looks wrong, just reply to this message.',
    },
    'promise-date-requested': {
      body: 'Of course, {{name}}. On what date will you pay invoice {{invoiceNumber}} for {{amount}}? Just reply with the date, for example {{exampleDate}}, and we will make a note of it.',
    },
    'reply-acknowledged': {
      body: 'Thanks for your message, {{name}}. Someone from the {{business}} team will get back to you here soon.',
    },
  },
};
