import type { MessageCatalog } from '../message-catalog';

/**
 * Spanish (neutral; used for es-MX, es-ES and every other es-*). Written with the present, the future and
 * participles, so it reads right both where the simple past is used (Mexico) and where the perfect is (Spain).
 */
export const spanishCatalog: MessageCatalog = {
  locale: 'es',
  whatsappLanguage: 'es',
  payNowLabel: 'Pagar ahora',
  quickReplyLabels: {
    'already-paid': 'Pago realizado',
    'pay-on-date': 'Proponer una fecha',
    'talk-to-someone': 'Hablar con alguien',
  },
  optOutLine: 'Responde BAJA para no recibir más recordatorios.',
  supplierIdentity: { label: 'Emisor', taxIdLabel: 'NIF/RFC' },
  offlineAction: 'Puedes pagar así: {{paymentOptions}}. Te confirmaremos el pago en cuanto lo recibamos.',
  paymentOptionsOnRequest: 'responde a este mensaje y te enviaremos los datos',
  invoiceListItem: '{{invoiceNumber}} por {{amount}} (vencimiento: {{dueDate}})',
  references: { invoice: 'la factura {{number}}', order: 'el pedido {{number}}' },
  counts: {
    days: { one: '# día', other: '# días' },
    openInvoices: { zero: 'ninguna factura pendiente', one: '# factura pendiente', other: '# facturas pendientes' },
  },
  examples: {
    locale: 'es-MX',
    currency: 'MXN',
    name: 'Lucía',
    description: 'arreglo floral',
    orderNumber: 'PED-1187',
    paymentOptions: 'CLABE 002180700000000019, Banamex (Florería Jacaranda)',
  },
  messages: {
    'invoice-sent': {
      body: 'Hola {{name}}, te enviamos la factura {{invoiceNumber}} de {{business}} por {{description}}. El total es de {{amount}} y vence el {{dueDate}}. Si tienes alguna duda, responde a este mensaje. ¡Gracias!',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
    },
    'order-sent': {
      body: 'Hola {{name}}, gracias por tu pedido {{orderNumber}} en {{business}}. Incluye {{description}} y el total es de {{amount}}. Si tienes alguna duda, responde a este mensaje.',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
    },
    'reminder-upcoming': {
      body: 'Hola {{name}}, te recordamos de parte de {{business}} que la factura {{invoiceNumber}} por {{description}} vence el {{dueDate}}. El total es de {{amount}}. Si ya está pagada, ¡gracias! Si tienes alguna duda, responde a este mensaje.',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'reminder-due-today': {
      body: 'Hola {{name}}, la factura {{invoiceNumber}} de {{business}} por {{description}} vence hoy. El total es de {{amount}}. Si ya está pagada, ¡gracias! Si necesitas más tiempo o tienes alguna duda, responde a este mensaje.',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-gentle': {
      body: 'Hola {{name}}, la factura {{invoiceNumber}} de {{business}} por {{amount}} venció el {{dueDate}} y sigue pendiente. Si el pago ya está en camino, ¡gracias! Si te viene mejor otra fecha, responde a este mensaje.',
      action: 'Si no, puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-firm': {
      body: 'Hola {{name}}, la factura {{invoiceNumber}} de {{business}} por {{amount}} venció el {{dueDate}} y lleva {{overdueDays}} de retraso. ¿Podrías pagarla o respondernos con una fecha que te venga bien? Si algo no está bien, con gusto lo revisamos.',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-final-notice': {
      body: 'Hola {{name}}, este es nuestro último recordatorio sobre la factura {{invoiceNumber}} de {{business}} por {{amount}}, que lleva {{overdueDays}} de retraso. Te pedimos pagarla a más tardar el {{deadline}} o decirnos cuándo puedes hacerlo. Con gusto acordamos contigo un plan de pagos.',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-several-invoices': {
      body: 'Hola {{name}}, te recordamos de parte de {{business}} que tienes {{openInvoices}}, con un total de {{total}}. El detalle: {{invoiceList}}. Si el pago ya está hecho, ¡gracias! Si tienes alguna duda, responde a este mensaje.',
      action: 'Puedes pagar la más antigua aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'installment-due': {
      body: 'Hola {{name}}, la cuota {{installmentNumber}} de {{installmentCount}} de la factura {{invoiceNumber}} de {{business}} vence el {{dueDate}}. El total de esta cuota es de {{amount}}. Si ya está pagada, ¡gracias! Si tienes alguna duda, responde a este mensaje.',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'payment-received': {
      body: '¡Gracias, {{name}}! Ya tenemos tu pago de {{amount}} para {{paidFor}}, recibido el {{paymentDate}}, y no queda nada pendiente. Si tienes alguna duda, responde a este mensaje.',
    },
    'payment-partial-received': {
      body: '¡Gracias, {{name}}! Ya tenemos tu pago de {{amount}} para {{paidFor}}, recibido el {{paymentDate}}. Queda un saldo pendiente de {{balance}}. Si tienes alguna duda, responde a este mensaje.',
      action: 'Puedes pagar el resto aquí: {{paymentUrl}}',
    },
    'promise-confirmed': {
      body: 'Gracias, {{name}}. Tomamos nota de que pagarás la factura {{invoiceNumber}} por {{amount}} a más tardar el {{promiseDate}}, y no te enviaremos recordatorios hasta entonces. Si algo cambia, responde a este mensaje.',
    },
    'opt-out-confirmed': {
      body: 'Listo, {{name}}. Ya no recibirás recordatorios de pago de {{business}} por WhatsApp. Puedes escribirnos aquí cuando quieras.',
    },
    statement: {
      body: 'Hola {{name}}, este es tu saldo con {{business}}: tienes {{openInvoices}}, con un total de {{total}}. El detalle: {{invoiceList}}. Si algo no cuadra, responde a este mensaje.',
    },
    'promise-date-requested': {
      body: 'Claro, {{name}}. ¿En qué fecha pagarás la factura {{invoiceNumber}} por {{amount}}? Responde con la fecha, por ejemplo {{exampleDate}}, y la anotaremos.',
    },
    'reply-acknowledged': {
      body: 'Gracias por tu mensaje, {{name}}. Alguien del equipo de {{business}} te responderá aquí pronto.',
    },
  },
};
