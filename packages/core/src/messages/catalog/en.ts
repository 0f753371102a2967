import type { MessageCatalog } from '../message-catalog';

/** English. */
export const englishCatalog: MessageCatalog = {
  locale: 'en',
  whatsappLanguage: 'en',
  payNowLabel: 'Pay now',
  quickReplyLabels: {
    'already-paid': 'I already paid',
    'pay-on-date': 'Pay on a date',
    'talk-to-someone': 'Talk to someone',
  },
  optOutLine: 'Reply STOP to stop these reminders on WhatsApp.',
  supplierIdentityLine: '{{supplierName}}, tax id {{supplierTaxId}}, {{supplierAddress}}.',
  messages: {
    'invoice-sent': {
      body: 'Hi {{name}}, here is invoice {{invoiceNumber}} from {{business}} for {{amount}} ({{description}}), due on {{dueDate}}. Thank you!',
      action: 'You can pay here: {{paymentUrl}}',
    },
    'order-sent': {
      body: 'Hi {{name}}, thank you for your order {{orderNumber}} with {{business}}: {{description}}, {{amount}} in total.',
      action: 'You can pay here: {{paymentUrl}}',
    },
    'reminder-upcoming': {
      body: 'Hi {{name}}, a quick heads-up: invoice {{invoiceNumber}} for {{amount}} ({{description}}) is due on {{dueDate}}. Thanks!',
      action: 'Pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'reminder-due-today': {
      body: 'Hi {{name}}, invoice {{invoiceNumber}} for {{amount}} ({{description}}) is due today. If you have already paid, thank you!',
      action: 'Pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-gentle': {
      body: 'Hi {{name}}, invoice {{invoiceNumber}} for {{amount}} was due on {{dueDate}}. If it is already on its way, thank you! Need another date? Just reply.',
      action: 'Otherwise you can pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-firm': {
      body: 'Hi {{name}}, invoice {{invoiceNumber}} for {{amount}} is now {{daysOverdue}} days past its due date ({{dueDate}}). Could you settle it, or reply with a date that works for you?',
      action: 'Pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-final-notice': {
      body: 'Hi {{name}}, this is our last reminder about invoice {{invoiceNumber}} for {{amount}}, now {{daysOverdue}} days overdue. Please settle it by {{deadline}} or tell us when you can; we are happy to agree a plan.',
      action: 'Pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-several-invoices': {
      body: 'Hi {{name}}, a friendly reminder about your {{invoiceCount}} open invoices, {{total}} in total: {{invoiceList}}. If you have already paid, thank you!',
      action: 'The oldest one can be paid here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'installment-due': {
      body: 'Hi {{name}}, installment {{installmentNumber}} of {{installmentCount}} of invoice {{invoiceNumber}}, {{amount}}, is due on {{dueDate}}. Thanks!',
      action: 'Pay here: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'payment-received': {
      body: 'Thank you, {{name}}! We received {{amount}} for invoice {{invoiceNumber}} on {{paymentDate}}. It is fully paid.',
    },
    'payment-partial-received': {
      body: 'Thank you, {{name}}! We received {{amount}} for invoice {{invoiceNumber}}. The remaining balance is {{balance}}.',
      action: 'You can pay the rest here: {{paymentUrl}}',
    },
    'promise-confirmed': {
      body: 'Thanks, {{name}}. We have noted that you will pay invoice {{invoiceNumber}} ({{amount}}) by {{promiseDate}}. We will not send reminders until then.',
    },
    'opt-out-confirmed': {
      body: 'Done, {{name}}: {{business}} will not send you any more reminders on WhatsApp. You can still write to us here whenever you like.',
    },
    statement: {
      body: 'Hi {{name}}, here is your balance with {{business}}: {{invoiceCount}} open invoices, {{total}} in total: {{invoiceList}}. If anything looks wrong, just reply.',
    },
    'promise-date-requested': {
      body: 'Of course, {{name}}. On what date will you pay invoice {{invoiceNumber}} ({{amount}})? Reply with the date, for example {{exampleDate}}.',
    },
    'reply-acknowledged': {
      body: 'Thanks, {{name}}. We have passed your message to {{business}}; someone will get back to you here soon.',
    },
  },
};
