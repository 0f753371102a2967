import type { MessageCatalog } from '../message-catalog';

/** Brazilian Portuguese (also used for every other pt-*). */
export const brazilianPortugueseCatalog: MessageCatalog = {
  locale: 'pt-BR',
  whatsappLanguage: 'pt_BR',
  payNowLabel: 'Pagar agora',
  quickReplyLabels: {
    'already-paid': 'Já paguei',
    'pay-on-date': 'Pagar em uma data',
    'talk-to-someone': 'Falar com alguém',
  },
  optOutLine: 'Responda SAIR para não receber mais estes lembretes no WhatsApp.',
  supplierIdentityLine: '{{supplierName}}, CNPJ {{supplierTaxId}}, {{supplierAddress}}.',
  messages: {
    'invoice-sent': {
      body: 'Olá, {{name}}! Segue a fatura {{invoiceNumber}} de {{business}} no valor de {{amount}} ({{description}}), com vencimento em {{dueDate}}. Obrigado!',
      action: 'Pague pelo link: {{paymentUrl}}',
    },
    'order-sent': {
      body: 'Olá, {{name}}! Obrigado pelo seu pedido {{orderNumber}} com {{business}}: {{description}}, {{amount}} no total.',
      action: 'Pague pelo link: {{paymentUrl}}',
    },
    'reminder-upcoming': {
      body: 'Olá, {{name}}! A fatura {{invoiceNumber}} de {{amount}} ({{description}}) vence em {{dueDate}}. Obrigado!',
      action: 'Pague pelo link ou Pix: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'reminder-due-today': {
      body: 'Olá, {{name}}! A fatura {{invoiceNumber}} de {{amount}} ({{description}}) vence hoje. Se já pagou, obrigado!',
      action: 'Pague pelo link ou Pix: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-gentle': {
      body: 'Olá, {{name}}. A fatura {{invoiceNumber}} de {{amount}} venceu em {{dueDate}}. Se já pagou, obrigado! Precisa de outra data? É só responder.',
      action: 'Caso contrário, segue o link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-firm': {
      body: 'Olá, {{name}}. A fatura {{invoiceNumber}} de {{amount}} está em aberto há {{daysOverdue}} dias (venceu em {{dueDate}}). Consegue quitá-la ou nos dizer uma data que funcione para você?',
      action: 'Pague pelo link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-final-notice': {
      body: 'Olá, {{name}}. Este é nosso último lembrete sobre a fatura {{invoiceNumber}} de {{amount}}, em aberto há {{daysOverdue}} dias. Consegue quitá-la até {{deadline}} ou nos dizer quando pode? Podemos combinar um parcelamento.',
      action: 'Pague pelo link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-several-invoices': {
      body: 'Olá, {{name}}! Um lembrete das suas {{invoiceCount}} faturas em aberto, {{total}} no total: {{invoiceList}}. Se já pagou, obrigado!',
      action: 'A mais antiga você paga por aqui: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'installment-due': {
      body: 'Olá, {{name}}! A parcela {{installmentNumber}} de {{installmentCount}} da fatura {{invoiceNumber}}, de {{amount}}, vence em {{dueDate}}. Obrigado!',
      action: 'Pague pelo link ou Pix: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'payment-received': {
      body: 'Obrigado, {{name}}! Recebemos {{amount}} da fatura {{invoiceNumber}} em {{paymentDate}}. Ela está quitada.',
    },
    'payment-partial-received': {
      body: 'Obrigado, {{name}}! Recebemos {{amount}} da fatura {{invoiceNumber}}. O saldo restante é de {{balance}}.',
      action: 'Pague o restante pelo link: {{paymentUrl}}',
    },
    'promise-confirmed': {
      body: 'Obrigado, {{name}}. Anotamos que você vai pagar a fatura {{invoiceNumber}} ({{amount}}) até {{promiseDate}}. Não enviaremos lembretes até lá.',
    },
    'opt-out-confirmed': {
      body: 'Pronto, {{name}}: {{business}} não vai mais enviar lembretes pelo WhatsApp. Você pode nos escrever aqui quando quiser.',
    },
    statement: {
      body: 'Olá, {{name}}. Este é o seu saldo com {{business}}: {{invoiceCount}} faturas em aberto, {{total}} no total: {{invoiceList}}. Se algo estiver errado, é só responder.',
    },
    'promise-date-requested': {
      body: 'Claro, {{name}}. Em que data você vai pagar a fatura {{invoiceNumber}} ({{amount}})? Responda com a data, por exemplo {{exampleDate}}.',
    },
    'reply-acknowledged': {
      body: 'Obrigado, {{name}}. Passamos sua mensagem para {{business}}; alguém vai responder aqui em breve.',
    },
  },
};
