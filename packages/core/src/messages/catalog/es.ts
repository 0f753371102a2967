import type { MessageCatalog } from '../message-catalog';

/** Spanish (neutral; used for es-MX, es-ES and every other es-*). */
export const spanishCatalog: MessageCatalog = {
  locale: 'es',
  whatsappLanguage: 'es',
  payNowLabel: 'Pagar ahora',
  quickReplyLabels: {
    'already-paid': 'Ya pagué',
    'pay-on-date': 'Pagar en una fecha',
    'talk-to-someone': 'Hablar con alguien',
  },
  optOutLine: 'Responde BAJA para dejar de recibir estos recordatorios por WhatsApp.',
  supplierIdentityLine: '{{supplierName}}, NIF/RFC {{supplierTaxId}}, {{supplierAddress}}.',
  messages: {
    'invoice-sent': {
      body: 'Hola {{name}}, te enviamos la factura {{invoiceNumber}} de {{business}} por {{amount}} ({{description}}), con vencimiento el {{dueDate}}. ¡Gracias!',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
    },
    'order-sent': {
      body: 'Hola {{name}}, gracias por tu pedido {{orderNumber}} en {{business}}: {{description}}, {{amount}} en total.',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
    },
    'reminder-upcoming': {
      body: 'Hola {{name}}, te recordamos que la factura {{invoiceNumber}} de {{amount}} ({{description}}) vence el {{dueDate}}. ¡Gracias!',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'reminder-due-today': {
      body: 'Hola {{name}}, la factura {{invoiceNumber}} de {{amount}} ({{description}}) vence hoy. Si ya la pagaste, ¡gracias!',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-gentle': {
      body: 'Hola {{name}}, la factura {{invoiceNumber}} de {{amount}} venció el {{dueDate}}. Si ya la pagaste, ¡gracias! ¿Necesitas otra fecha? Respóndenos.',
      action: 'Si no, aquí tienes el enlace: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-overdue-firm': {
      body: 'Hola {{name}}, la factura {{invoiceNumber}} de {{amount}} lleva {{daysOverdue}} días vencida (venció el {{dueDate}}). ¿Podrías pagarla o indicarnos una fecha que te venga bien?',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-final-notice': {
      body: 'Hola {{name}}, este es nuestro último recordatorio de la factura {{invoiceNumber}} de {{amount}}, con {{daysOverdue}} días de retraso. ¿Podrías pagarla antes del {{deadline}} o decirnos cuándo puedes? Podemos acordar pagos en cuotas.',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'reminder-several-invoices': {
      body: 'Hola {{name}}, te recordamos tus {{invoiceCount}} facturas pendientes, {{total}} en total: {{invoiceList}}. Si ya las pagaste, ¡gracias!',
      action: 'La más antigua puedes pagarla aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date', 'talk-to-someone'],
    },
    'installment-due': {
      body: 'Hola {{name}}, la cuota {{installmentNumber}} de {{installmentCount}} de la factura {{invoiceNumber}}, de {{amount}}, vence el {{dueDate}}. ¡Gracias!',
      action: 'Puedes pagar aquí: {{paymentUrl}}',
      quickReplies: ['already-paid', 'pay-on-date'],
    },
    'payment-received': {
      body: '¡Gracias, {{name}}! Recibimos {{amount}} de la factura {{invoiceNumber}} el {{paymentDate}}. Está totalmente pagada.',
    },
    'payment-partial-received': {
      body: '¡Gracias, {{name}}! Recibimos {{amount}} de la factura {{invoiceNumber}}. El saldo pendiente es de {{balance}}.',
      action: 'Puedes pagar el resto aquí: {{paymentUrl}}',
    },
    'promise-confirmed': {
      body: 'Gracias, {{name}}. Anotamos que pagarás la factura {{invoiceNumber}} ({{amount}}) a más tardar el {{promiseDate}}. No te enviaremos recordatorios hasta entonces.',
    },
    'opt-out-confirmed': {
      body: 'Listo, {{name}}: {{business}} ya no te enviará recordatorios por WhatsApp. Puedes escribirnos aquí cuando quieras.',
    },
    statement: {
      body: 'Hola {{name}}, este es tu saldo con {{business}}: {{invoiceCount}} facturas abiertas, {{total}} en total: {{invoiceList}}. Si algo no cuadra, respóndenos.',
    },
    'promise-date-requested': {
      body: 'Claro, {{name}}. ¿En qué fecha pagarás la factura {{invoiceNumber}} ({{amount}})? Respóndenos con la fecha, por ejemplo {{exampleDate}}.',
    },
    'reply-acknowledged': {
      body: 'Gracias, {{name}}. Pasamos tu mensaje a {{business}}; alguien te responderá aquí pronto.',
    },
  },
};
