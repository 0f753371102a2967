import type { MessageCatalog } from '../message-catalog';

/** Brazilian Portuguese (also used for every other pt-*). Business names go without an article, whose gender is unknown. */
export const brazilianPortugueseCatalog: MessageCatalog = {
  locale: 'pt-BR',
  whatsappLanguage: 'pt_BR',
  payNowLabel: 'Pagar agora',
  quickReplyLabels: {
    'already-paid': 'Já paguei',
    'pay-on-date': 'Sugerir uma data',
    'talk-to-someone': 'Falar com alguém',
  },
  optOutLine: 'Responda SAIR para não receber mais lembretes.',
  supplierIdentity: { label: 'Fornecedor', taxIdLabel: 'CNPJ' },
  offlineAction: 'Formas de pagamento: {{paymentOptions}}. Avisaremos assim que o pagamento for recebido.',
  paymentOptionsOnRequest: 'responda a esta mensagem e enviaremos os dados',
  invoiceListItem: '{{invoiceNumber}} de {{amount}} (vencimento em {{dueDate}})',
  references: { invoice: 'à fatura {{number}}', order: 'ao pedido {{number}}' },
  counts: {
    days: { zero: '0 dias', one: '# dia', other: '# dias' },
    openInvoices: { zero: 'nenhuma fatura em aberto', one: '# fatura em aberto', other: '# faturas em aberto' },
  },
  examples: {
    locale: 'pt-BR',
    currency: 'BRL',
    name: 'Ana',
    description: 'bolo de aniversário',
    orderNumber: 'PED-1187',
    paymentOptions: 'Pix: pagamentos@doceriabelavista.com.br',
  },
  messages: {
    'invoice-sent': {
      body: 'Olá, {{name}}! Enviamos a fatura {{invoiceNumber}} de {{business}}, referente a {{description}}. O valor é {{amount}}, com vencimento em {{dueDate}}. Se tiver alguma dúvida, é só responder a esta mensagem. Obrigado!',
      action: 'Pague pelo link: {{paymentUrl}}',
    },
    'order-sent': {
      body: 'Olá, {{name}}! Obrigado pelo seu pedido {{orderNumber}}. Ele inclui {{description}}, e o valor total é de {{amount}}. Se tiver alguma dúvida, é só responder a esta mensagem.',
      action: 'Pague pelo link: {{paymentUrl}}',
    },
    'reminder-upcoming': {
      body: 'Olá, {{name}}! Passando para lembrar que a fatura {{invoiceNumber}} de {{business}}, referente a {{description}}, vence em {{dueDate}}. O valor é {{amount}}. Se já pagou, obrigado! Se tiver alguma dúvida, é só responder a esta mensagem.',
      action: 'Pague pelo link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'reminder-due-today': {
      body: 'Olá, {{name}}! A fatura {{invoiceNumber}} de {{business}}, referente a {{description}}, vence hoje. O valor é {{amount}}. Se já pagou, obrigado! Se precisar de mais prazo ou tiver alguma dúvida, é só responder a esta mensagem.',
      action: 'Pague pelo link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-gentle': {
      body: 'Olá, {{name}}. A fatura {{invoiceNumber}} de {{business}}, no valor de {{amount}}, venceu em {{dueDate}} e ainda consta em aberto. Se o pagamento já está a caminho, obrigado! Se outra data for melhor para você, é só responder a esta mensagem.',
      action: 'Se preferir, pague pelo link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-firm': {
      body: 'Olá, {{name}}. A fatura {{invoiceNumber}} de {{business}}, no valor de {{amount}}, venceu em {{dueDate}} e está em atraso há {{overdueDays}}. Você consegue quitá-la ou nos responder com uma data que funcione para você? Se houver algum problema, estamos à disposição.',
      action: 'Pague pelo link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-final-notice': {
      body: 'Olá, {{name}}. Este é o nosso último lembrete sobre a fatura {{invoiceNumber}} de {{business}}, no valor de {{amount}}, em atraso há {{overdueDays}}. Pedimos que a quite até {{deadline}} ou nos diga quando poderá pagar. Podemos combinar um parcelamento com você.',
      action: 'Pague pelo link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-several-invoices': {
      body: 'Olá, {{name}}! Passando para lembrar que você tem {{openInvoices}} com {{business}}, no total de {{total}}. Detalhes: {{invoiceList}}. Se já pagou, obrigado! Se tiver alguma dúvida, é só responder a esta mensagem.',
      action: 'Pague a mais antiga pelo link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'installment-due': {
      body: 'Olá, {{name}}! A parcela {{installmentNumber}} de {{installmentCount}} da fatura {{invoiceNumber}} de {{business}} vence em {{dueDate}}. O valor desta parcela é {{amount}}. Se já pagou, obrigado! Se tiver alguma dúvida, é só responder a esta mensagem.',
      action: 'Pague pelo link: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'payment-received': {
      body: 'Obrigado, {{name}}! Recebemos o seu pagamento de {{amount}} referente {{paidFor}} em {{paymentDate}}, e não há mais nada em aberto. Se tiver alguma dúvida, é só responder a esta mensagem.',
    },
    'payment-partial-received': {
      body: 'Obrigado, {{name}}! Recebemos o seu pagamento de {{amount}} referente {{paidFor}} em {{paymentDate}}. Ainda falta pagar {{balance}}. Se tiver alguma dúvida, é só responder a esta mensagem.',
      action: 'Pague o restante pelo link: {{paymentUrl}}',
    },
    'promise-confirmed': {
      body: 'Obrigado, {{name}}. Anotamos que você vai pagar a fatura {{invoiceNumber}}, no valor de {{amount}}, até {{promiseDate}}. Não enviaremos lembretes sobre ela até lá. Se algo mudar, é só responder a esta mensagem.',
    },
    'opt-out-confirmed': {
      body: 'Pronto, {{name}}. Você não vai mais receber lembretes de pagamento de {{business}} pelo WhatsApp. Se quiser, pode nos escrever aqui quando precisar.',
    },
    statement: {
      body: 'Olá, {{name}}. Segue o resumo da sua conta: você tem {{openInvoices}} com {{business}}, no total de {{total}}. Detalhes: {{invoiceList}}. Se algo estiver errado, é só responder a esta mensagem.',
    },
    'promise-date-requested': {
      body: 'Claro, {{name}}. Em que data você vai pagar a fatura {{invoiceNumber}}, no valor de {{amount}}? Responda com a data, por exemplo {{exampleDate}}, e nós anotamos.',
    },
    'reply-acknowledged': {
      body: 'Obrigado pela mensagem, {{name}}. Alguém da equipe de {{business}} vai responder aqui em breve.',
    },
  },
};
