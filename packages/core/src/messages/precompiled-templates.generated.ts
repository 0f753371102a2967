// @ts-nocheck: Handlebars precompiler output; render-message.ts gives it its type.
// Generated from the message catalogues by packages/core/scripts/precompile-templates.ts: do not edit.
// Regenerate with `pnpm --filter @cobro/core precompile` (the build does it too).
export const precompiledTemplates: Readonly<Record<string, unknown>> = {
  "Altrimenti può pagare qui: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Altrimenti può pagare qui: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Buongiorno {{name}}, grazie per il suo ordine presso {{business}}.\n\nL’ordine {{orderNumber}} comprende {{description}}, per un totale di {{amount}}. Per qualsiasi domanda può rispondere a questo messaggio.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", grazie per il suo ordine presso "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ".\n\nL’ordine "
    + ((stack1 = alias2(alias1(depth0, "orderNumber"), depth0)) != null ? stack1 : "")
    + " comprende "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ", per un totale di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". Per qualsiasi domanda può rispondere a questo messaggio.";
},"useData":true},
  "Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nEcco il riepilogo delle sue fatture aperte: {{invoiceList}}. Il totale da saldare è di {{total}}. Se ha già provveduto al pagamento, la ringraziamo. Per qualsiasi domanda può rispondere a questo messaggio.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", le scriviamo da parte di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ".\n\nEcco il riepilogo delle sue fatture aperte: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList"), depth0)) != null ? stack1 : "")
    + ". Il totale da saldare è di "
    + ((stack1 = alias2(alias1(depth0, "total"), depth0)) != null ? stack1 : "")
    + ". Se ha già provveduto al pagamento, la ringraziamo. Per qualsiasi domanda può rispondere a questo messaggio.";
},"useData":true},
  "Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nEcco il riepilogo delle sue fatture aperte: {{invoiceList}}. Il totale da saldare è di {{total}}. Se qualcosa non torna, ci risponda pure.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", le scriviamo da parte di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ".\n\nEcco il riepilogo delle sue fatture aperte: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList"), depth0)) != null ? stack1 : "")
    + ". Il totale da saldare è di "
    + ((stack1 = alias2(alias1(depth0, "total"), depth0)) != null ? stack1 : "")
    + ". Se qualcosa non torna, ci risponda pure.";
},"useData":true},
  "Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLa fattura {{invoiceNumber}}, per un importo di {{amount}}, risulta scaduta da {{overdueDays}} (scadenza originaria {{dueDate}}). Può saldarla o indicarci una data che le sia comoda? Se qualcosa non torna, siamo a sua disposizione.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", le scriviamo da parte di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ".\n\nLa fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + ", per un importo di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", risulta scaduta da "
    + ((stack1 = alias2(alias1(depth0, "overdueDays"), depth0)) != null ? stack1 : "")
    + " (scadenza originaria "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + "). Può saldarla o indicarci una data che le sia comoda? Se qualcosa non torna, siamo a sua disposizione.";
},"useData":true},
  "Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLa fattura {{invoiceNumber}}, per un importo di {{amount}}, è scaduta il giorno {{dueDate}} e risulta ancora da saldare. Se il pagamento è già in corso, la ringraziamo. Se le è più comoda un’altra data, ci risponda pure.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", le scriviamo da parte di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ".\n\nLa fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + ", per un importo di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", è scaduta il giorno "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + " e risulta ancora da saldare. Se il pagamento è già in corso, la ringraziamo. Se le è più comoda un’altra data, ci risponda pure.";
},"useData":true},
  "Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLe inviamo la fattura {{invoiceNumber}} relativa a {{description}}, per un importo di {{amount}} con scadenza {{dueDate}}. Per qualsiasi domanda può rispondere a questo messaggio. Grazie!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", le scriviamo da parte di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ".\n\nLe inviamo la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " relativa a "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ", per un importo di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " con scadenza "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". Per qualsiasi domanda può rispondere a questo messaggio. Grazie!";
},"useData":true},
  "Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLe ricordiamo che la fattura {{invoiceNumber}} relativa a {{description}}, per un importo di {{amount}}, ha scadenza {{dueDate}}. Se ha già provveduto al pagamento, la ringraziamo. Per qualsiasi domanda può rispondere a questo messaggio.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", le scriviamo da parte di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ".\n\nLe ricordiamo che la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " relativa a "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ", per un importo di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", ha scadenza "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". Se ha già provveduto al pagamento, la ringraziamo. Per qualsiasi domanda può rispondere a questo messaggio.";
},"useData":true},
  "Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLe ricordiamo che la fattura {{invoiceNumber}} relativa a {{description}}, per un importo di {{amount}}, scade oggi. Se ha già provveduto al pagamento, la ringraziamo. Se le serve più tempo o ha domande, può rispondere a questo messaggio.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", le scriviamo da parte di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ".\n\nLe ricordiamo che la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " relativa a "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ", per un importo di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", scade oggi. Se ha già provveduto al pagamento, la ringraziamo. Se le serve più tempo o ha domande, può rispondere a questo messaggio.";
},"useData":true},
  "Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nLe ricordiamo che la rata {{installmentNumber}} di {{installmentCount}} della fattura {{invoiceNumber}}, per un importo di {{amount}}, ha scadenza {{dueDate}}. Se ha già provveduto al pagamento, la ringraziamo. Per qualsiasi domanda può rispondere a questo messaggio.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", le scriviamo da parte di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ".\n\nLe ricordiamo che la rata "
    + ((stack1 = alias2(alias1(depth0, "installmentNumber"), depth0)) != null ? stack1 : "")
    + " di "
    + ((stack1 = alias2(alias1(depth0, "installmentCount"), depth0)) != null ? stack1 : "")
    + " della fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + ", per un importo di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", ha scadenza "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". Se ha già provveduto al pagamento, la ringraziamo. Per qualsiasi domanda può rispondere a questo messaggio.";
},"useData":true},
  "Buongiorno {{name}}, le scriviamo da parte di {{business}}.\n\nQuesto è il nostro ultimo promemoria per la fattura {{invoiceNumber}}, per un importo di {{amount}}, scaduta da {{overdueDays}}. Le chiediamo di saldarla entro il giorno {{deadline}} o di indicarci quando le è possibile. Siamo disponibili a concordare una rateizzazione.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", le scriviamo da parte di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ".\n\nQuesto è il nostro ultimo promemoria per la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + ", per un importo di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", scaduta da "
    + ((stack1 = alias2(alias1(depth0, "overdueDays"), depth0)) != null ? stack1 : "")
    + ". Le chiediamo di saldarla entro il giorno "
    + ((stack1 = alias2(alias1(depth0, "deadline"), depth0)) != null ? stack1 : "")
    + " o di indicarci quando le è possibile. Siamo disponibili a concordare una rateizzazione.";
},"useData":true},
  "Certo, {{name}}. In che data pensa di saldare la fattura {{invoiceNumber}}, per un importo di {{amount}}? Ci risponda con la data, per esempio {{exampleDate}}, e ne prenderemo nota.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Certo, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". In che data pensa di saldare la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + ", per un importo di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + "? Ci risponda con la data, per esempio "
    + ((stack1 = alias2(alias1(depth0, "exampleDate"), depth0)) != null ? stack1 : "")
    + ", e ne prenderemo nota.";
},"useData":true},
  "Claro, {{name}}. Em que data você vai pagar a fatura {{invoiceNumber}}, no valor de {{amount}}? Responda com a data, por exemplo {{exampleDate}}, e nós anotamos.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Claro, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Em que data você vai pagar a fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + ", no valor de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + "? Responda com a data, por exemplo "
    + ((stack1 = alias2(alias1(depth0, "exampleDate"), depth0)) != null ? stack1 : "")
    + ", e nós anotamos.";
},"useData":true},
  "Claro, {{name}}. ¿En qué fecha pagarás la factura {{invoiceNumber}} por {{amount}}? Responde con la fecha, por ejemplo {{exampleDate}}, y la anotaremos.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Claro, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". ¿En qué fecha pagarás la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " por "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + "? Responde con la fecha, por ejemplo "
    + ((stack1 = alias2(alias1(depth0, "exampleDate"), depth0)) != null ? stack1 : "")
    + ", y la anotaremos.";
},"useData":true},
  "Done, {{name}}. You will not receive any more payment reminders from {{business}} on WhatsApp. You can still write to us here whenever you like.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Done, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". You will not receive any more payment reminders from "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " on WhatsApp. You can still write to us here whenever you like.";
},"useData":true},
  "Fatto, {{name}}. Non riceverà più promemoria di pagamento da parte di {{business}} su WhatsApp. Può comunque scriverci qui quando vuole.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Fatto, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Non riceverà più promemoria di pagamento da parte di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " su WhatsApp. Può comunque scriverci qui quando vuole.";
},"useData":true},
  "Formas de pagamento: {{paymentOptions}}. Avisaremos assim que o pagamento for recebido.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Formas de pagamento: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentOptions"), depth0)) != null ? stack1 : "")
    + ". Avisaremos assim que o pagamento for recebido.";
},"useData":true},
  "Gracias por tu mensaje, {{name}}. Alguien del equipo de {{business}} te responderá aquí pronto.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Gracias por tu mensaje, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Alguien del equipo de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " te responderá aquí pronto.";
},"useData":true},
  "Gracias, {{name}}. Tomamos nota de que pagarás la factura {{invoiceNumber}} por {{amount}} a más tardar el {{promiseDate}}, y no te enviaremos recordatorios hasta entonces. Si algo cambia, responde a este mensaje.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Gracias, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Tomamos nota de que pagarás la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " por "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " a más tardar el "
    + ((stack1 = alias2(alias1(depth0, "promiseDate"), depth0)) != null ? stack1 : "")
    + ", y no te enviaremos recordatorios hasta entonces. Si algo cambia, responde a este mensaje.";
},"useData":true},
  "Grazie per il suo messaggio, {{name}}. Una persona del team di {{business}} le risponderà qui a breve.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Grazie per il suo messaggio, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Una persona del team di "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " le risponderà qui a breve.";
},"useData":true},
  "Grazie {{name}}! Abbiamo ricevuto il suo pagamento di {{amount}} per {{paidFor}} in data {{paymentDate}}. Resta da saldare un importo di {{balance}}. Per qualsiasi domanda può rispondere a questo messaggio.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Grazie "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! Abbiamo ricevuto il suo pagamento di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " per "
    + ((stack1 = alias2(alias1(depth0, "paidFor"), depth0)) != null ? stack1 : "")
    + " in data "
    + ((stack1 = alias2(alias1(depth0, "paymentDate"), depth0)) != null ? stack1 : "")
    + ". Resta da saldare un importo di "
    + ((stack1 = alias2(alias1(depth0, "balance"), depth0)) != null ? stack1 : "")
    + ". Per qualsiasi domanda può rispondere a questo messaggio.";
},"useData":true},
  "Grazie {{name}}! Abbiamo ricevuto il suo pagamento di {{amount}} per {{paidFor}} in data {{paymentDate}}: non resta nulla da saldare. Per qualsiasi domanda può rispondere a questo messaggio.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Grazie "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! Abbiamo ricevuto il suo pagamento di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " per "
    + ((stack1 = alias2(alias1(depth0, "paidFor"), depth0)) != null ? stack1 : "")
    + " in data "
    + ((stack1 = alias2(alias1(depth0, "paymentDate"), depth0)) != null ? stack1 : "")
    + ": non resta nulla da saldare. Per qualsiasi domanda può rispondere a questo messaggio.";
},"useData":true},
  "Grazie {{name}}, abbiamo preso nota che salderà la fattura {{invoiceNumber}}, per un importo di {{amount}}, entro il giorno {{promiseDate}}. Fino ad allora non le invieremo promemoria. Se qualcosa cambia, ci risponda pure.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Grazie "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", abbiamo preso nota che salderà la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + ", per un importo di "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", entro il giorno "
    + ((stack1 = alias2(alias1(depth0, "promiseDate"), depth0)) != null ? stack1 : "")
    + ". Fino ad allora non le invieremo promemoria. Se qualcosa cambia, ci risponda pure.";
},"useData":true},
  "Hi {{name}}, a friendly reminder from {{business}}: invoice {{invoiceNumber}} for {{description}} is due on {{dueDate}}. The amount is {{amount}}. If you have already paid, thank you! Any questions? Just reply to this message.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", a friendly reminder from "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ": invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + " is due on "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". The amount is "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". If you have already paid, thank you! Any questions? Just reply to this message.";
},"useData":true},
  "Hi {{name}}, a friendly reminder from {{business}}: you have {{openInvoices}}, with a total of {{total}}. Details: {{invoiceList}}. If you have already paid, thank you! Any questions? Just reply to this message.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", a friendly reminder from "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ": you have "
    + ((stack1 = alias2(alias1(depth0, "openInvoices"), depth0)) != null ? stack1 : "")
    + ", with a total of "
    + ((stack1 = alias2(alias1(depth0, "total"), depth0)) != null ? stack1 : "")
    + ". Details: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList"), depth0)) != null ? stack1 : "")
    + ". If you have already paid, thank you! Any questions? Just reply to this message.";
},"useData":true},
  "Hi {{name}}, here is invoice {{invoiceNumber}} from {{business}} for {{description}}. The amount is {{amount}}, due on {{dueDate}}. If you have any questions, just reply to this message. Thank you!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", here is invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " from "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ". The amount is "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", due on "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". If you have any questions, just reply to this message. Thank you!";
},"useData":true},
  "Hi {{name}}, here is your balance with {{business}}: you have {{openInvoices}}, with a total of {{total}}. Details: {{invoiceList}}. If anything looks wrong, just reply to this message.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", here is your balance with "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ": you have "
    + ((stack1 = alias2(alias1(depth0, "openInvoices"), depth0)) != null ? stack1 : "")
    + ", with a total of "
    + ((stack1 = alias2(alias1(depth0, "total"), depth0)) != null ? stack1 : "")
    + ". Details: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList"), depth0)) != null ? stack1 : "")
    + ". If anything looks wrong, just reply to this message.";
},"useData":true},
  "Hi {{name}}, installment {{installmentNumber}} of {{installmentCount}} of invoice {{invoiceNumber}} from {{business}} is due on {{dueDate}}. The amount of this installment is {{amount}}. If you have already paid, thank you! Any questions? Just reply to this message.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", installment "
    + ((stack1 = alias2(alias1(depth0, "installmentNumber"), depth0)) != null ? stack1 : "")
    + " of "
    + ((stack1 = alias2(alias1(depth0, "installmentCount"), depth0)) != null ? stack1 : "")
    + " of invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " from "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " is due on "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". The amount of this installment is "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". If you have already paid, thank you! Any questions? Just reply to this message.";
},"useData":true},
  "Hi {{name}}, invoice {{invoiceNumber}} from {{business}} for {{amount}} is now {{overdueDays}} past its due date of {{dueDate}}. Could you settle it, or reply with a date that works for you? If something is not right, we are happy to look into it.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " from "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " is now "
    + ((stack1 = alias2(alias1(depth0, "overdueDays"), depth0)) != null ? stack1 : "")
    + " past its due date of "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". Could you settle it, or reply with a date that works for you? If something is not right, we are happy to look into it.";
},"useData":true},
  "Hi {{name}}, invoice {{invoiceNumber}} from {{business}} for {{amount}} was due on {{dueDate}} and still shows as open. If your payment is already on its way, thank you! If another date would work better, just reply to this message.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " from "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " was due on "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + " and still shows as open. If your payment is already on its way, thank you! If another date would work better, just reply to this message.";
},"useData":true},
  "Hi {{name}}, invoice {{invoiceNumber}} from {{business}} for {{description}} is due today. The amount is {{amount}}. If you have already paid, thank you! If you need more time or have a question, just reply to this message.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " from "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + " is due today. The amount is "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". If you have already paid, thank you! If you need more time or have a question, just reply to this message.";
},"useData":true},
  "Hi {{name}}, thank you for your order {{orderNumber}} with {{business}}. It includes {{description}}, and the total comes to {{amount}}. If you have any questions, just reply to this message.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", thank you for your order "
    + ((stack1 = alias2(alias1(depth0, "orderNumber"), depth0)) != null ? stack1 : "")
    + " with "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ". It includes "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ", and the total comes to "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". If you have any questions, just reply to this message.";
},"useData":true},
  "Hi {{name}}, this is our last reminder about invoice {{invoiceNumber}} from {{business}} for {{amount}}, which is now {{overdueDays}} overdue. Please settle it by {{deadline}}, or let us know when you can pay. We are happy to work out a payment plan with you.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", this is our last reminder about invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " from "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", which is now "
    + ((stack1 = alias2(alias1(depth0, "overdueDays"), depth0)) != null ? stack1 : "")
    + " overdue. Please settle it by "
    + ((stack1 = alias2(alias1(depth0, "deadline"), depth0)) != null ? stack1 : "")
    + ", or let us know when you can pay. We are happy to work out a payment plan with you.";
},"useData":true},
  "Hola {{name}}, este es nuestro último recordatorio sobre la factura {{invoiceNumber}} de {{business}} por {{amount}}, que lleva {{overdueDays}} de retraso. Te pedimos pagarla a más tardar el {{deadline}} o decirnos cuándo puedes hacerlo. Con gusto acordamos contigo un plan de pagos.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", este es nuestro último recordatorio sobre la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " por "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", que lleva "
    + ((stack1 = alias2(alias1(depth0, "overdueDays"), depth0)) != null ? stack1 : "")
    + " de retraso. Te pedimos pagarla a más tardar el "
    + ((stack1 = alias2(alias1(depth0, "deadline"), depth0)) != null ? stack1 : "")
    + " o decirnos cuándo puedes hacerlo. Con gusto acordamos contigo un plan de pagos.";
},"useData":true},
  "Hola {{name}}, este es tu saldo con {{business}}: tienes {{openInvoices}}, con un total de {{total}}. El detalle: {{invoiceList}}. Si algo no cuadra, responde a este mensaje.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", este es tu saldo con "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ": tienes "
    + ((stack1 = alias2(alias1(depth0, "openInvoices"), depth0)) != null ? stack1 : "")
    + ", con un total de "
    + ((stack1 = alias2(alias1(depth0, "total"), depth0)) != null ? stack1 : "")
    + ". El detalle: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList"), depth0)) != null ? stack1 : "")
    + ". Si algo no cuadra, responde a este mensaje.";
},"useData":true},
  "Hola {{name}}, gracias por tu pedido {{orderNumber}} en {{business}}. Incluye {{description}} y el total es de {{amount}}. Si tienes alguna duda, responde a este mensaje.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", gracias por tu pedido "
    + ((stack1 = alias2(alias1(depth0, "orderNumber"), depth0)) != null ? stack1 : "")
    + " en "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ". Incluye "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + " y el total es de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". Si tienes alguna duda, responde a este mensaje.";
},"useData":true},
  "Hola {{name}}, la cuota {{installmentNumber}} de {{installmentCount}} de la factura {{invoiceNumber}} de {{business}} vence el {{dueDate}}. El total de esta cuota es de {{amount}}. Si ya está pagada, ¡gracias! Si tienes alguna duda, responde a este mensaje.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", la cuota "
    + ((stack1 = alias2(alias1(depth0, "installmentNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "installmentCount"), depth0)) != null ? stack1 : "")
    + " de la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " vence el "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". El total de esta cuota es de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". Si ya está pagada, ¡gracias! Si tienes alguna duda, responde a este mensaje.";
},"useData":true},
  "Hola {{name}}, la factura {{invoiceNumber}} de {{business}} por {{amount}} venció el {{dueDate}} y lleva {{overdueDays}} de retraso. ¿Podrías pagarla o respondernos con una fecha que te venga bien? Si algo no está bien, con gusto lo revisamos.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " por "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " venció el "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + " y lleva "
    + ((stack1 = alias2(alias1(depth0, "overdueDays"), depth0)) != null ? stack1 : "")
    + " de retraso. ¿Podrías pagarla o respondernos con una fecha que te venga bien? Si algo no está bien, con gusto lo revisamos.";
},"useData":true},
  "Hola {{name}}, la factura {{invoiceNumber}} de {{business}} por {{amount}} venció el {{dueDate}} y sigue pendiente. Si el pago ya está en camino, ¡gracias! Si te viene mejor otra fecha, responde a este mensaje.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " por "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " venció el "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + " y sigue pendiente. Si el pago ya está en camino, ¡gracias! Si te viene mejor otra fecha, responde a este mensaje.";
},"useData":true},
  "Hola {{name}}, la factura {{invoiceNumber}} de {{business}} por {{description}} vence hoy. El total es de {{amount}}. Si ya está pagada, ¡gracias! Si necesitas más tiempo o tienes alguna duda, responde a este mensaje.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " por "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + " vence hoy. El total es de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". Si ya está pagada, ¡gracias! Si necesitas más tiempo o tienes alguna duda, responde a este mensaje.";
},"useData":true},
  "Hola {{name}}, te enviamos la factura {{invoiceNumber}} de {{business}} por {{description}}. El total es de {{amount}} y vence el {{dueDate}}. Si tienes alguna duda, responde a este mensaje. ¡Gracias!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", te enviamos la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " por "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ". El total es de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " y vence el "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". Si tienes alguna duda, responde a este mensaje. ¡Gracias!";
},"useData":true},
  "Hola {{name}}, te recordamos de parte de {{business}} que la factura {{invoiceNumber}} por {{description}} vence el {{dueDate}}. El total es de {{amount}}. Si ya está pagada, ¡gracias! Si tienes alguna duda, responde a este mensaje.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", te recordamos de parte de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " que la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " por "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + " vence el "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". El total es de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". Si ya está pagada, ¡gracias! Si tienes alguna duda, responde a este mensaje.";
},"useData":true},
  "Hola {{name}}, te recordamos de parte de {{business}} que tienes {{openInvoices}}, con un total de {{total}}. El detalle: {{invoiceList}}. Si el pago ya está hecho, ¡gracias! Si tienes alguna duda, responde a este mensaje.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ", te recordamos de parte de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " que tienes "
    + ((stack1 = alias2(alias1(depth0, "openInvoices"), depth0)) != null ? stack1 : "")
    + ", con un total de "
    + ((stack1 = alias2(alias1(depth0, "total"), depth0)) != null ? stack1 : "")
    + ". El detalle: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList"), depth0)) != null ? stack1 : "")
    + ". Si el pago ya está hecho, ¡gracias! Si tienes alguna duda, responde a este mensaje.";
},"useData":true},
  "Listo, {{name}}. Ya no recibirás recordatorios de pago de {{business}} por WhatsApp. Puedes escribirnos aquí cuando quieras.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Listo, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Ya no recibirás recordatorios de pago de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " por WhatsApp. Puedes escribirnos aquí cuando quieras.";
},"useData":true},
  "Modalità di pagamento: {{paymentOptions}}. Le confermeremo il pagamento appena ricevuto.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Modalità di pagamento: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentOptions"), depth0)) != null ? stack1 : "")
    + ". Le confermeremo il pagamento appena ricevuto.";
},"useData":true},
  "Obrigado pela mensagem, {{name}}. Alguém da equipe de {{business}} vai responder aqui em breve.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Obrigado pela mensagem, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Alguém da equipe de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " vai responder aqui em breve.";
},"useData":true},
  "Obrigado, {{name}}! Recebemos o seu pagamento de {{amount}} referente {{paidFor}} em {{paymentDate}}, e não há mais nada em aberto. Se tiver alguma dúvida, é só responder a esta mensagem.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Obrigado, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! Recebemos o seu pagamento de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " referente "
    + ((stack1 = alias2(alias1(depth0, "paidFor"), depth0)) != null ? stack1 : "")
    + " em "
    + ((stack1 = alias2(alias1(depth0, "paymentDate"), depth0)) != null ? stack1 : "")
    + ", e não há mais nada em aberto. Se tiver alguma dúvida, é só responder a esta mensagem.";
},"useData":true},
  "Obrigado, {{name}}! Recebemos o seu pagamento de {{amount}} referente {{paidFor}} em {{paymentDate}}. Ainda falta pagar {{balance}}. Se tiver alguma dúvida, é só responder a esta mensagem.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Obrigado, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! Recebemos o seu pagamento de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " referente "
    + ((stack1 = alias2(alias1(depth0, "paidFor"), depth0)) != null ? stack1 : "")
    + " em "
    + ((stack1 = alias2(alias1(depth0, "paymentDate"), depth0)) != null ? stack1 : "")
    + ". Ainda falta pagar "
    + ((stack1 = alias2(alias1(depth0, "balance"), depth0)) != null ? stack1 : "")
    + ". Se tiver alguma dúvida, é só responder a esta mensagem.";
},"useData":true},
  "Obrigado, {{name}}. Anotamos que você vai pagar a fatura {{invoiceNumber}}, no valor de {{amount}}, até {{promiseDate}}. Não enviaremos lembretes sobre ela até lá. Se algo mudar, é só responder a esta mensagem.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Obrigado, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Anotamos que você vai pagar a fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + ", no valor de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", até "
    + ((stack1 = alias2(alias1(depth0, "promiseDate"), depth0)) != null ? stack1 : "")
    + ". Não enviaremos lembretes sobre ela até lá. Se algo mudar, é só responder a esta mensagem.";
},"useData":true},
  "Of course, {{name}}. On what date will you pay invoice {{invoiceNumber}} for {{amount}}? Just reply with the date, for example {{exampleDate}}, and we will make a note of it.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Of course, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". On what date will you pay invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + "? Just reply with the date, for example "
    + ((stack1 = alias2(alias1(depth0, "exampleDate"), depth0)) != null ? stack1 : "")
    + ", and we will make a note of it.";
},"useData":true},
  "Olá, {{name}}! A fatura {{invoiceNumber}} de {{business}}, referente a {{description}}, vence hoje. O valor é {{amount}}. Se já pagou, obrigado! Se precisar de mais prazo ou tiver alguma dúvida, é só responder a esta mensagem.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! A fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ", referente a "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ", vence hoje. O valor é "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". Se já pagou, obrigado! Se precisar de mais prazo ou tiver alguma dúvida, é só responder a esta mensagem.";
},"useData":true},
  "Olá, {{name}}! A parcela {{installmentNumber}} de {{installmentCount}} da fatura {{invoiceNumber}} de {{business}} vence em {{dueDate}}. O valor desta parcela é {{amount}}. Se já pagou, obrigado! Se tiver alguma dúvida, é só responder a esta mensagem.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! A parcela "
    + ((stack1 = alias2(alias1(depth0, "installmentNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "installmentCount"), depth0)) != null ? stack1 : "")
    + " da fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " vence em "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". O valor desta parcela é "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". Se já pagou, obrigado! Se tiver alguma dúvida, é só responder a esta mensagem.";
},"useData":true},
  "Olá, {{name}}! Enviamos a fatura {{invoiceNumber}} de {{business}}, referente a {{description}}. O valor é {{amount}}, com vencimento em {{dueDate}}. Se tiver alguma dúvida, é só responder a esta mensagem. Obrigado!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! Enviamos a fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ", referente a "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ". O valor é "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", com vencimento em "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". Se tiver alguma dúvida, é só responder a esta mensagem. Obrigado!";
},"useData":true},
  "Olá, {{name}}! Obrigado pelo seu pedido {{orderNumber}}. Ele inclui {{description}}, e o valor total é de {{amount}}. Se tiver alguma dúvida, é só responder a esta mensagem.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! Obrigado pelo seu pedido "
    + ((stack1 = alias2(alias1(depth0, "orderNumber"), depth0)) != null ? stack1 : "")
    + ". Ele inclui "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ", e o valor total é de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". Se tiver alguma dúvida, é só responder a esta mensagem.";
},"useData":true},
  "Olá, {{name}}! Passando para lembrar que a fatura {{invoiceNumber}} de {{business}}, referente a {{description}}, vence em {{dueDate}}. O valor é {{amount}}. Se já pagou, obrigado! Se tiver alguma dúvida, é só responder a esta mensagem.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! Passando para lembrar que a fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ", referente a "
    + ((stack1 = alias2(alias1(depth0, "description"), depth0)) != null ? stack1 : "")
    + ", vence em "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + ". O valor é "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ". Se já pagou, obrigado! Se tiver alguma dúvida, é só responder a esta mensagem.";
},"useData":true},
  "Olá, {{name}}! Passando para lembrar que você tem {{openInvoices}} com {{business}}, no total de {{total}}. Detalhes: {{invoiceList}}. Se já pagou, obrigado! Se tiver alguma dúvida, é só responder a esta mensagem.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! Passando para lembrar que você tem "
    + ((stack1 = alias2(alias1(depth0, "openInvoices"), depth0)) != null ? stack1 : "")
    + " com "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ", no total de "
    + ((stack1 = alias2(alias1(depth0, "total"), depth0)) != null ? stack1 : "")
    + ". Detalhes: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList"), depth0)) != null ? stack1 : "")
    + ". Se já pagou, obrigado! Se tiver alguma dúvida, é só responder a esta mensagem.";
},"useData":true},
  "Olá, {{name}}. A fatura {{invoiceNumber}} de {{business}}, no valor de {{amount}}, venceu em {{dueDate}} e ainda consta em aberto. Se o pagamento já está a caminho, obrigado! Se outra data for melhor para você, é só responder a esta mensagem.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". A fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ", no valor de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", venceu em "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + " e ainda consta em aberto. Se o pagamento já está a caminho, obrigado! Se outra data for melhor para você, é só responder a esta mensagem.";
},"useData":true},
  "Olá, {{name}}. A fatura {{invoiceNumber}} de {{business}}, no valor de {{amount}}, venceu em {{dueDate}} e está em atraso há {{overdueDays}}. Você consegue quitá-la ou nos responder com uma data que funcione para você? Se houver algum problema, estamos à disposição.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". A fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ", no valor de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", venceu em "
    + ((stack1 = alias2(alias1(depth0, "dueDate"), depth0)) != null ? stack1 : "")
    + " e está em atraso há "
    + ((stack1 = alias2(alias1(depth0, "overdueDays"), depth0)) != null ? stack1 : "")
    + ". Você consegue quitá-la ou nos responder com uma data que funcione para você? Se houver algum problema, estamos à disposição.";
},"useData":true},
  "Olá, {{name}}. Este é o nosso último lembrete sobre a fatura {{invoiceNumber}} de {{business}}, no valor de {{amount}}, em atraso há {{overdueDays}}. Pedimos que a quite até {{deadline}} ou nos diga quando poderá pagar. Podemos combinar um parcelamento com você.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Este é o nosso último lembrete sobre a fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ", no valor de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + ", em atraso há "
    + ((stack1 = alias2(alias1(depth0, "overdueDays"), depth0)) != null ? stack1 : "")
    + ". Pedimos que a quite até "
    + ((stack1 = alias2(alias1(depth0, "deadline"), depth0)) != null ? stack1 : "")
    + " ou nos diga quando poderá pagar. Podemos combinar um parcelamento com você.";
},"useData":true},
  "Olá, {{name}}. Segue o resumo da sua conta: você tem {{openInvoices}} com {{business}}, no total de {{total}}. Detalhes: {{invoiceList}}. Se algo estiver errado, é só responder a esta mensagem.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Segue o resumo da sua conta: você tem "
    + ((stack1 = alias2(alias1(depth0, "openInvoices"), depth0)) != null ? stack1 : "")
    + " com "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + ", no total de "
    + ((stack1 = alias2(alias1(depth0, "total"), depth0)) != null ? stack1 : "")
    + ". Detalhes: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList"), depth0)) != null ? stack1 : "")
    + ". Se algo estiver errado, é só responder a esta mensagem.";
},"useData":true},
  "Otherwise, you can pay here: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Otherwise, you can pay here: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Pague a mais antiga pelo link: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Pague a mais antiga pelo link: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Pague o restante pelo link: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Pague o restante pelo link: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Pague pelo link: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Pague pelo link: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Pronto, {{name}}. Você não vai mais receber lembretes de pagamento de {{business}} pelo WhatsApp. Se quiser, pode nos escrever aqui quando precisar.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Pronto, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Você não vai mais receber lembretes de pagamento de "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " pelo WhatsApp. Se quiser, pode nos escrever aqui quando precisar.";
},"useData":true},
  "Puedes pagar aquí: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Puedes pagar aquí: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Puedes pagar así: {{paymentOptions}}. Te confirmaremos el pago en cuanto lo recibamos.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Puedes pagar así: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentOptions"), depth0)) != null ? stack1 : "")
    + ". Te confirmaremos el pago en cuanto lo recibamos.";
},"useData":true},
  "Puedes pagar el resto aquí: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Puedes pagar el resto aquí: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Puedes pagar la más antigua aquí: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Puedes pagar la más antigua aquí: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Può pagare il resto qui: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Può pagare il resto qui: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Può pagare la più vecchia qui: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Può pagare la più vecchia qui: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Può pagare qui: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Può pagare qui: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Se preferir, pague pelo link: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Se preferir, pague pelo link: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Si no, puedes pagar aquí: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Si no, puedes pagar aquí: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "Thank you, {{name}}! We received your payment of {{amount}} for {{paidFor}} on {{paymentDate}}, and it is now fully paid. If you have any questions, just reply to this message.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Thank you, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! We received your payment of "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "paidFor"), depth0)) != null ? stack1 : "")
    + " on "
    + ((stack1 = alias2(alias1(depth0, "paymentDate"), depth0)) != null ? stack1 : "")
    + ", and it is now fully paid. If you have any questions, just reply to this message.";
},"useData":true},
  "Thank you, {{name}}! We received your payment of {{amount}} for {{paidFor}} on {{paymentDate}}. A balance of {{balance}} remains open. If you have any questions, just reply to this message.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Thank you, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! We received your payment of "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "paidFor"), depth0)) != null ? stack1 : "")
    + " on "
    + ((stack1 = alias2(alias1(depth0, "paymentDate"), depth0)) != null ? stack1 : "")
    + ". A balance of "
    + ((stack1 = alias2(alias1(depth0, "balance"), depth0)) != null ? stack1 : "")
    + " remains open. If you have any questions, just reply to this message.";
},"useData":true},
  "Thanks for your message, {{name}}. Someone from the {{business}} team will get back to you here soon.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Thanks for your message, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". Someone from the "
    + ((stack1 = alias2(alias1(depth0, "business"), depth0)) != null ? stack1 : "")
    + " team will get back to you here soon.";
},"useData":true},
  "Thanks, {{name}}. We have noted that you will pay invoice {{invoiceNumber}} for {{amount}} by {{promiseDate}}, and we will not send you reminders about it until then. If anything changes, just reply to this message.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Thanks, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + ". We have noted that you will pay invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber"), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " by "
    + ((stack1 = alias2(alias1(depth0, "promiseDate"), depth0)) != null ? stack1 : "")
    + ", and we will not send you reminders about it until then. If anything changes, just reply to this message.";
},"useData":true},
  "You can pay as follows: {{paymentOptions}}. We will confirm as soon as we receive it.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "You can pay as follows: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentOptions"), depth0)) != null ? stack1 : "")
    + ". We will confirm as soon as we receive it.";
},"useData":true},
  "You can pay here: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "You can pay here: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "You can pay the oldest one here: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "You can pay the oldest one here: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "You can pay the rest here: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "You can pay the rest here: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl"), depth0)) != null ? stack1 : "");
},"useData":true},
  "¡Gracias, {{name}}! Ya tenemos tu pago de {{amount}} para {{paidFor}}, recibido el {{paymentDate}}, y no queda nada pendiente. Si tienes alguna duda, responde a este mensaje.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "¡Gracias, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! Ya tenemos tu pago de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " para "
    + ((stack1 = alias2(alias1(depth0, "paidFor"), depth0)) != null ? stack1 : "")
    + ", recibido el "
    + ((stack1 = alias2(alias1(depth0, "paymentDate"), depth0)) != null ? stack1 : "")
    + ", y no queda nada pendiente. Si tienes alguna duda, responde a este mensaje.";
},"useData":true},
  "¡Gracias, {{name}}! Ya tenemos tu pago de {{amount}} para {{paidFor}}, recibido el {{paymentDate}}. Queda un saldo pendiente de {{balance}}. Si tienes alguna duda, responde a este mensaje.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "¡Gracias, "
    + ((stack1 = alias2(alias1(depth0, "name"), depth0)) != null ? stack1 : "")
    + "! Ya tenemos tu pago de "
    + ((stack1 = alias2(alias1(depth0, "amount"), depth0)) != null ? stack1 : "")
    + " para "
    + ((stack1 = alias2(alias1(depth0, "paidFor"), depth0)) != null ? stack1 : "")
    + ", recibido el "
    + ((stack1 = alias2(alias1(depth0, "paymentDate"), depth0)) != null ? stack1 : "")
    + ". Queda un saldo pendiente de "
    + ((stack1 = alias2(alias1(depth0, "balance"), depth0)) != null ? stack1 : "")
    + ". Si tienes alguna duda, responde a este mensaje.";
},"useData":true},
};
