import type { MessageCatalog } from '../message-catalog';

/** Italian (formal "Lei", as customary in billing). Dates go without an article, which would need elision ("l'8"). */
export const italianCatalog: MessageCatalog = {
  locale: 'it',
  whatsappLanguage: 'it',
  payNowLabel: 'Paga ora',
  quickReplyLabels: {
    'already-paid': 'Ho già pagato',
    'pay-on-date': 'Pago in una data',
    'talk-to-someone': 'Parlare con qualcuno',
  },
  optOutLine: 'Risponda STOP per non ricevere più questi promemoria su WhatsApp.',
  supplierIdentityLine: '{{supplierName}}, P.IVA {{supplierTaxId}}, {{supplierAddress}}.',
  messages: {
    'invoice-sent': {
      body: 'Buongiorno {{name}}, le inviamo la fattura {{invoiceNumber}} di {{business}} di {{amount}} ({{description}}), con scadenza {{dueDate}}. Grazie!',
      action: 'Può pagare qui: {{paymentUrl}}',
    },
    'order-sent': {
      body: 'Buongiorno {{name}}, grazie per il suo ordine {{orderNumber}} presso {{business}}: {{description}}, {{amount}} in totale.',
      action: 'Può pagare qui: {{paymentUrl}}',
    },
    'reminder-upcoming': {
      body: 'Buongiorno {{name}}, le ricordiamo che la fattura {{invoiceNumber}} di {{amount}} ({{description}}) scade in data {{dueDate}}. Grazie!',
      action: 'Può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'reminder-due-today': {
      body: 'Buongiorno {{name}}, la fattura {{invoiceNumber}} di {{amount}} ({{description}}) scade oggi. Se ha già provveduto, grazie!',
      action: 'Può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-gentle': {
      body: 'Buongiorno {{name}}, la fattura {{invoiceNumber}} di {{amount}} era in scadenza in data {{dueDate}}. Se ha già provveduto, grazie! Serve un’altra data? Ci risponda pure.',
      action: 'Altrimenti ecco il link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-firm': {
      body: 'Buongiorno {{name}}, la fattura {{invoiceNumber}} di {{amount}} risulta scaduta da {{daysOverdue}} giorni (scadenza {{dueDate}}). Può saldarla o indicarci una data che le sia comoda?',
      action: 'Può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-final-notice': {
      body: 'Buongiorno {{name}}, questo è il nostro ultimo promemoria per la fattura {{invoiceNumber}} di {{amount}}, scaduta da {{daysOverdue}} giorni. Può saldarla entro il giorno {{deadline}} o dirci quando le è possibile? Possiamo concordare una rateizzazione.',
      action: 'Può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-several-invoices': {
      body: 'Buongiorno {{name}}, le ricordiamo le sue {{invoiceCount}} fatture aperte, {{total}} in totale: {{invoiceList}}. Se ha già provveduto, grazie!',
      action: 'La più vecchia può pagarla qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'installment-due': {
      body: 'Buongiorno {{name}}, la rata {{installmentNumber}} di {{installmentCount}} della fattura {{invoiceNumber}}, di {{amount}}, scade in data {{dueDate}}. Grazie!',
      action: 'Può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'payment-received': {
      body: 'Grazie {{name}}! Abbiamo ricevuto {{amount}} per la fattura {{invoiceNumber}} in data {{paymentDate}}. La fattura è saldata.',
    },
    'payment-partial-received': {
      body: 'Grazie {{name}}! Abbiamo ricevuto {{amount}} per la fattura {{invoiceNumber}}. Il saldo residuo è di {{balance}}.',
      action: 'Può pagare il resto qui: {{paymentUrl}}',
    },
    'promise-confirmed': {
      body: 'Grazie {{name}}, abbiamo preso nota che salderà la fattura {{invoiceNumber}} ({{amount}}) entro il giorno {{promiseDate}}. Fino ad allora non le invieremo promemoria.',
    },
    'opt-out-confirmed': {
      body: 'Fatto, {{name}}: {{business}} non le invierà più promemoria su WhatsApp. Può comunque scriverci qui quando vuole.',
    },
    statement: {
      body: 'Buongiorno {{name}}, ecco il suo saldo con {{business}}: {{invoiceCount}} fatture aperte, {{total}} in totale: {{invoiceList}}. Se qualcosa non torna, ci risponda pure.',
    },
    'promise-date-requested': {
      body: 'Certo, {{name}}. In che data salderà la fattura {{invoiceNumber}} ({{amount}})? Ci risponda con la data, per esempio {{exampleDate}}.',
    },
    'reply-acknowledged': {
      body: 'Grazie {{name}}, abbiamo inoltrato il suo messaggio a {{business}}; qualcuno le risponderà qui a breve.',
    },
  },
};
