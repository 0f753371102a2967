import type { MessageCatalog } from '../message-catalog';

/**
 * Italian (formal "Lei", as customary in billing). Messages that ask for money open with a neutral first line that
 * reveals nothing of the debt on a lock screen, as the Italian preset promises (Garante, 30 November 2005). Dates
 * follow "il giorno" or "scadenza", never a bare article, which would need elision ("l'8").
 */
export const italianCatalog: MessageCatalog = {
  locale: 'it',
  whatsappLanguage: 'it',
  payNowLabel: 'Paga ora',
  quickReplyLabels: {
    'already-paid': 'Ho già pagato',
    'pay-on-date': 'Proporre una data',
    'talk-to-someone': 'Parlare con noi',
  },
  optOutLine: 'Risponda STOP per non ricevere più promemoria.',
  supplierIdentity: { label: 'Emittente', taxIdLabel: 'P.IVA' },
  offlineAction: 'Modalità di pagamento: {{paymentOptions}}. Le confermeremo il pagamento appena ricevuto.',
  paymentOptionsOnRequest: 'ci risponda e le invieremo i dati',
  invoiceListItem: '{{invoiceNumber}} di {{amount}} (scadenza {{dueDate}})',
  references: { invoice: 'la fattura {{number}}', order: 'l’ordine {{number}}' },
  counts: {
    days: { one: '# giorno', other: '# giorni' },
    openInvoices: { zero: 'nessuna fattura aperta', one: '# fattura aperta', other: '# fatture aperte' },
  },
  examples: {
    locale: 'it-IT',
    currency: 'EUR',
    name: 'Giulia',
    description: 'torta di compleanno',
    orderNumber: 'ORD-1187',
    paymentOptions: 'IBAN IT60X0542811101000000123456 (Pasticceria Rossi)',
  },
  messages: {
    'invoice-sent': {
      body: 'Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLe inviamo la fattura {{invoiceNumber}} relativa a {{description}}, per un importo di {{amount}} con scadenza {{dueDate}}. Per qualsiasi domanda può rispondere a questo messaggio. Grazie!',
      action: 'Può pagare qui: {{paymentUrl}}',
    },
    'order-sent': {
      body: 'Buongiorno {{name}}, grazie per il suo ordine presso {{business}}.\n\nL’ordine {{orderNumber}} comprende {{description}}, per un totale di {{amount}}. Per qualsiasi domanda può rispondere a questo messaggio.',
      action: 'Può pagare qui: {{paymentUrl}}',
    },
    'reminder-upcoming': {
      body: 'Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLe ricordiamo che la fattura {{invoiceNumber}} relativa a {{description}}, per un importo di {{amount}}, ha scadenza {{dueDate}}. Se ha già provveduto al pagamento, la ringraziamo. Per qualsiasi domanda può rispondere a questo messaggio.',
      action: 'Può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'reminder-due-today': {
      body: 'Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLe ricordiamo che la fattura {{invoiceNumber}} relativa a {{description}}, per un importo di {{amount}}, scade oggi. Se ha già provveduto al pagamento, la ringraziamo. Se le serve più tempo o ha domande, può rispondere a questo messaggio.',
      action: 'Può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-gentle': {
      body: 'Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLa fattura {{invoiceNumber}}, per un importo di {{amount}}, è scaduta il giorno {{dueDate}} e risulta ancora da saldare. Se il pagamento è già in corso, la ringraziamo. Se le è più comoda un’altra data, ci risponda pure.',
      action: 'Altrimenti può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-firm': {
      body: 'Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLa fattura {{invoiceNumber}}, per un importo di {{amount}}, risulta scaduta da {{overdueDays}} (scadenza originaria {{dueDate}}). Può saldarla o indicarci una data che le sia comoda? Se qualcosa non torna, siamo a sua disposizione.',
      action: 'Può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-final-notice': {
      body: 'Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nQuesto è il nostro ultimo promemoria per la fattura {{invoiceNumber}}, per un importo di {{amount}}, scaduta da {{overdueDays}}. Le chiediamo di saldarla entro il giorno {{deadline}} o di indicarci quando le è possibile. Siamo disponibili a concordare una rateizzazione.',
      action: 'Può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-several-invoices': {
      body: 'Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nEcco il riepilogo delle sue fatture aperte: {{invoiceList}}. Il totale da saldare è di {{total}}. Se ha già provveduto al pagamento, la ringraziamo. Per qualsiasi domanda può rispondere a questo messaggio.',
      action: 'Può pagare la più vecchia qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'installment-due': {
      body: 'Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLe ricordiamo che la rata {{installmentNumber}} di {{installmentCount}} della fattura {{invoiceNumber}}, per un importo di {{amount}}, ha scadenza {{dueDate}}. Se ha già provveduto al pagamento, la ringraziamo. Per qualsiasi domanda può rispondere a questo messaggio.',
      action: 'Può pagare qui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'payment-received': {
      body: 'Grazie {{name}}! Abbiamo ricevuto il suo pagamento di {{amount}} per {{paidFor}} in data {{paymentDate}}: non resta nulla da saldare. Per qualsiasi domanda può rispondere a questo messaggio.',
    },
    'payment-partial-received': {
      body: 'Grazie {{name}}! Abbiamo ricevuto il suo pagamento di {{amount}} per {{paidFor}} in data {{paymentDate}}. Resta da saldare un importo di {{balance}}. Per qualsiasi domanda può rispondere a questo messaggio.',
      action: 'Può pagare il resto qui: {{paymentUrl}}',
    },
    'promise-confirmed': {
      body: 'Grazie {{name}}, abbiamo preso nota che salderà la fattura {{invoiceNumber}}, per un importo di {{amount}}, entro il giorno {{promiseDate}}. Fino ad allora non le invieremo promemoria. Se qualcosa cambia, ci risponda pure.',
    },
    'opt-out-confirmed': {
      body: 'Fatto, {{name}}. Non riceverà più promemoria di pagamento da parte di {{business}} su WhatsApp. Può comunque scriverci qui quando vuole.',
    },
    statement: {
      body: 'Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nEcco il riepilogo delle sue fatture aperte: {{invoiceList}}. Il totale da saldare è di {{total}}. Se qualcosa non torna, ci risponda pure.',
    },
    'promise-date-requested': {
      body: 'Certo, {{name}}. In che data pensa di saldare la fattura {{invoiceNumber}}, per un importo di {{amount}}? Ci risponda con la data, per esempio {{exampleDate}}, e ne prenderemo nota.',
    },
    'reply-acknowledged': {
      body: 'Grazie per il suo messaggio, {{name}}. Una persona del team di {{business}} le risponderà qui a breve.',
    },
  },
};
