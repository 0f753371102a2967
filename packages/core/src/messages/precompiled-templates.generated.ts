// @ts-nocheck: Handlebars precompiler output; render-message.ts gives it its type.
// Generated from the message catalogues by packages/core/scripts/precompile-templates.ts: do not edit.
// Regenerate with `pnpm --filter @cobro/core precompile` (the build does it too).
export const precompiledTemplates: Readonly<Record<string, unknown>> = {
  "A mais antiga você paga por aqui: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "A mais antiga você paga por aqui: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":36},"end":{"line":1,"column":46}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Altrimenti ecco il link: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Altrimenti ecco il link: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":27},"end":{"line":1,"column":37}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Buongiorno {{name}}, ecco il suo saldo con {{business}}: {{invoiceCount}} fatture aperte, {{total}} in totale: {{invoiceList}}. Se qualcosa non torna, ci risponda pure.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ", ecco il suo saldo con "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":45},"end":{"line":1,"column":53}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "invoiceCount", {"start":{"line":1,"column":59},"end":{"line":1,"column":71}} ), depth0)) != null ? stack1 : "")
    + " fatture aperte, "
    + ((stack1 = alias2(alias1(depth0, "total", {"start":{"line":1,"column":92},"end":{"line":1,"column":97}} ), depth0)) != null ? stack1 : "")
    + " in totale: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList", {"start":{"line":1,"column":113},"end":{"line":1,"column":124}} ), depth0)) != null ? stack1 : "")
    + ". Se qualcosa non torna, ci risponda pure.";
},"useData":true},
  "Buongiorno {{name}}, grazie per il suo ordine {{orderNumber}} presso {{business}}: {{description}}, {{amount}} in totale.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ", grazie per il suo ordine "
    + ((stack1 = alias2(alias1(depth0, "orderNumber", {"start":{"line":1,"column":48},"end":{"line":1,"column":59}} ), depth0)) != null ? stack1 : "")
    + " presso "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":71},"end":{"line":1,"column":79}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":85},"end":{"line":1,"column":96}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":102},"end":{"line":1,"column":108}} ), depth0)) != null ? stack1 : "")
    + " in totale.";
},"useData":true},
  "Buongiorno {{name}}, la fattura {{invoiceNumber}} di {{amount}} ({{description}}) scade oggi. Se ha già provveduto, grazie!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ", la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":34},"end":{"line":1,"column":47}} ), depth0)) != null ? stack1 : "")
    + " di "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":55},"end":{"line":1,"column":61}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":67},"end":{"line":1,"column":78}} ), depth0)) != null ? stack1 : "")
    + ") scade oggi. Se ha già provveduto, grazie!";
},"useData":true},
  "Buongiorno {{name}}, la fattura {{invoiceNumber}} di {{amount}} era in scadenza in data {{dueDate}}. Se ha già provveduto, grazie! Serve un’altra data? Ci risponda pure.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ", la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":34},"end":{"line":1,"column":47}} ), depth0)) != null ? stack1 : "")
    + " di "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":55},"end":{"line":1,"column":61}} ), depth0)) != null ? stack1 : "")
    + " era in scadenza in data "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":90},"end":{"line":1,"column":97}} ), depth0)) != null ? stack1 : "")
    + ". Se ha già provveduto, grazie! Serve un’altra data? Ci risponda pure.";
},"useData":true},
  "Buongiorno {{name}}, la fattura {{invoiceNumber}} di {{amount}} risulta scaduta da {{daysOverdue}} giorni (scadenza {{dueDate}}). Può saldarla o indicarci una data che le sia comoda?": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ", la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":34},"end":{"line":1,"column":47}} ), depth0)) != null ? stack1 : "")
    + " di "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":55},"end":{"line":1,"column":61}} ), depth0)) != null ? stack1 : "")
    + " risulta scaduta da "
    + ((stack1 = alias2(alias1(depth0, "daysOverdue", {"start":{"line":1,"column":85},"end":{"line":1,"column":96}} ), depth0)) != null ? stack1 : "")
    + " giorni (scadenza "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":118},"end":{"line":1,"column":125}} ), depth0)) != null ? stack1 : "")
    + "). Può saldarla o indicarci una data che le sia comoda?";
},"useData":true},
  "Buongiorno {{name}}, la rata {{installmentNumber}} di {{installmentCount}} della fattura {{invoiceNumber}}, di {{amount}}, scade in data {{dueDate}}. Grazie!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ", la rata "
    + ((stack1 = alias2(alias1(depth0, "installmentNumber", {"start":{"line":1,"column":31},"end":{"line":1,"column":48}} ), depth0)) != null ? stack1 : "")
    + " di "
    + ((stack1 = alias2(alias1(depth0, "installmentCount", {"start":{"line":1,"column":56},"end":{"line":1,"column":72}} ), depth0)) != null ? stack1 : "")
    + " della fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":91},"end":{"line":1,"column":104}} ), depth0)) != null ? stack1 : "")
    + ", di "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":113},"end":{"line":1,"column":119}} ), depth0)) != null ? stack1 : "")
    + ", scade in data "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":139},"end":{"line":1,"column":146}} ), depth0)) != null ? stack1 : "")
    + ". Grazie!";
},"useData":true},
  "Buongiorno {{name}}, le inviamo la fattura {{invoiceNumber}} di {{business}} di {{amount}} ({{description}}), con scadenza {{dueDate}}. Grazie!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ", le inviamo la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":45},"end":{"line":1,"column":58}} ), depth0)) != null ? stack1 : "")
    + " di "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":66},"end":{"line":1,"column":74}} ), depth0)) != null ? stack1 : "")
    + " di "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":82},"end":{"line":1,"column":88}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":94},"end":{"line":1,"column":105}} ), depth0)) != null ? stack1 : "")
    + "), con scadenza "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":125},"end":{"line":1,"column":132}} ), depth0)) != null ? stack1 : "")
    + ". Grazie!";
},"useData":true},
  "Buongiorno {{name}}, le ricordiamo che la fattura {{invoiceNumber}} di {{amount}} ({{description}}) scade in data {{dueDate}}. Grazie!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ", le ricordiamo che la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":52},"end":{"line":1,"column":65}} ), depth0)) != null ? stack1 : "")
    + " di "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":73},"end":{"line":1,"column":79}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":85},"end":{"line":1,"column":96}} ), depth0)) != null ? stack1 : "")
    + ") scade in data "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":116},"end":{"line":1,"column":123}} ), depth0)) != null ? stack1 : "")
    + ". Grazie!";
},"useData":true},
  "Buongiorno {{name}}, le ricordiamo le sue {{invoiceCount}} fatture aperte, {{total}} in totale: {{invoiceList}}. Se ha già provveduto, grazie!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ", le ricordiamo le sue "
    + ((stack1 = alias2(alias1(depth0, "invoiceCount", {"start":{"line":1,"column":44},"end":{"line":1,"column":56}} ), depth0)) != null ? stack1 : "")
    + " fatture aperte, "
    + ((stack1 = alias2(alias1(depth0, "total", {"start":{"line":1,"column":77},"end":{"line":1,"column":82}} ), depth0)) != null ? stack1 : "")
    + " in totale: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList", {"start":{"line":1,"column":98},"end":{"line":1,"column":109}} ), depth0)) != null ? stack1 : "")
    + ". Se ha già provveduto, grazie!";
},"useData":true},
  "Buongiorno {{name}}, questo è il nostro ultimo promemoria per la fattura {{invoiceNumber}} di {{amount}}, scaduta da {{daysOverdue}} giorni. Può saldarla entro il giorno {{deadline}} o dirci quando le è possibile? Possiamo concordare una rateizzazione.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Buongiorno "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ", questo è il nostro ultimo promemoria per la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":75},"end":{"line":1,"column":88}} ), depth0)) != null ? stack1 : "")
    + " di "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":96},"end":{"line":1,"column":102}} ), depth0)) != null ? stack1 : "")
    + ", scaduta da "
    + ((stack1 = alias2(alias1(depth0, "daysOverdue", {"start":{"line":1,"column":119},"end":{"line":1,"column":130}} ), depth0)) != null ? stack1 : "")
    + " giorni. Può saldarla entro il giorno "
    + ((stack1 = alias2(alias1(depth0, "deadline", {"start":{"line":1,"column":172},"end":{"line":1,"column":180}} ), depth0)) != null ? stack1 : "")
    + " o dirci quando le è possibile? Possiamo concordare una rateizzazione.";
},"useData":true},
  "Caso contrário, segue o link: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Caso contrário, segue o link: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":32},"end":{"line":1,"column":42}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Certo, {{name}}. In che data salderà la fattura {{invoiceNumber}} ({{amount}})? Ci risponda con la data, per esempio {{exampleDate}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Certo, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":9},"end":{"line":1,"column":13}} ), depth0)) != null ? stack1 : "")
    + ". In che data salderà la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":50},"end":{"line":1,"column":63}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":69},"end":{"line":1,"column":75}} ), depth0)) != null ? stack1 : "")
    + ")? Ci risponda con la data, per esempio "
    + ((stack1 = alias2(alias1(depth0, "exampleDate", {"start":{"line":1,"column":119},"end":{"line":1,"column":130}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "Claro, {{name}}. Em que data você vai pagar a fatura {{invoiceNumber}} ({{amount}})? Responda com a data, por exemplo {{exampleDate}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Claro, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":9},"end":{"line":1,"column":13}} ), depth0)) != null ? stack1 : "")
    + ". Em que data você vai pagar a fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":55},"end":{"line":1,"column":68}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":74},"end":{"line":1,"column":80}} ), depth0)) != null ? stack1 : "")
    + ")? Responda com a data, por exemplo "
    + ((stack1 = alias2(alias1(depth0, "exampleDate", {"start":{"line":1,"column":120},"end":{"line":1,"column":131}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "Claro, {{name}}. ¿En qué fecha pagarás la factura {{invoiceNumber}} ({{amount}})? Respóndenos con la fecha, por ejemplo {{exampleDate}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Claro, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":9},"end":{"line":1,"column":13}} ), depth0)) != null ? stack1 : "")
    + ". ¿En qué fecha pagarás la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":52},"end":{"line":1,"column":65}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":71},"end":{"line":1,"column":77}} ), depth0)) != null ? stack1 : "")
    + ")? Respóndenos con la fecha, por ejemplo "
    + ((stack1 = alias2(alias1(depth0, "exampleDate", {"start":{"line":1,"column":122},"end":{"line":1,"column":133}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "Done, {{name}}: {{business}} will not send you any more reminders on WhatsApp. You can still write to us here whenever you like.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Done, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":8},"end":{"line":1,"column":12}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":18},"end":{"line":1,"column":26}} ), depth0)) != null ? stack1 : "")
    + " will not send you any more reminders on WhatsApp. You can still write to us here whenever you like.";
},"useData":true},
  "Fatto, {{name}}: {{business}} non le invierà più promemoria su WhatsApp. Può comunque scriverci qui quando vuole.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Fatto, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":9},"end":{"line":1,"column":13}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":19},"end":{"line":1,"column":27}} ), depth0)) != null ? stack1 : "")
    + " non le invierà più promemoria su WhatsApp. Può comunque scriverci qui quando vuole.";
},"useData":true},
  "Gracias, {{name}}. Anotamos que pagarás la factura {{invoiceNumber}} ({{amount}}) a más tardar el {{promiseDate}}. No te enviaremos recordatorios hasta entonces.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Gracias, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":11},"end":{"line":1,"column":15}} ), depth0)) != null ? stack1 : "")
    + ". Anotamos que pagarás la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":53},"end":{"line":1,"column":66}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":72},"end":{"line":1,"column":78}} ), depth0)) != null ? stack1 : "")
    + ") a más tardar el "
    + ((stack1 = alias2(alias1(depth0, "promiseDate", {"start":{"line":1,"column":100},"end":{"line":1,"column":111}} ), depth0)) != null ? stack1 : "")
    + ". No te enviaremos recordatorios hasta entonces.";
},"useData":true},
  "Gracias, {{name}}. Pasamos tu mensaje a {{business}}; alguien te responderá aquí pronto.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Gracias, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":11},"end":{"line":1,"column":15}} ), depth0)) != null ? stack1 : "")
    + ". Pasamos tu mensaje a "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":42},"end":{"line":1,"column":50}} ), depth0)) != null ? stack1 : "")
    + "; alguien te responderá aquí pronto.";
},"useData":true},
  "Grazie {{name}}! Abbiamo ricevuto {{amount}} per la fattura {{invoiceNumber}} in data {{paymentDate}}. La fattura è saldata.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Grazie "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":9},"end":{"line":1,"column":13}} ), depth0)) != null ? stack1 : "")
    + "! Abbiamo ricevuto "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":36},"end":{"line":1,"column":42}} ), depth0)) != null ? stack1 : "")
    + " per la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":62},"end":{"line":1,"column":75}} ), depth0)) != null ? stack1 : "")
    + " in data "
    + ((stack1 = alias2(alias1(depth0, "paymentDate", {"start":{"line":1,"column":88},"end":{"line":1,"column":99}} ), depth0)) != null ? stack1 : "")
    + ". La fattura è saldata.";
},"useData":true},
  "Grazie {{name}}! Abbiamo ricevuto {{amount}} per la fattura {{invoiceNumber}}. Il saldo residuo è di {{balance}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Grazie "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":9},"end":{"line":1,"column":13}} ), depth0)) != null ? stack1 : "")
    + "! Abbiamo ricevuto "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":36},"end":{"line":1,"column":42}} ), depth0)) != null ? stack1 : "")
    + " per la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":62},"end":{"line":1,"column":75}} ), depth0)) != null ? stack1 : "")
    + ". Il saldo residuo è di "
    + ((stack1 = alias2(alias1(depth0, "balance", {"start":{"line":1,"column":103},"end":{"line":1,"column":110}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "Grazie {{name}}, abbiamo inoltrato il suo messaggio a {{business}}; qualcuno le risponderà qui a breve.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Grazie "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":9},"end":{"line":1,"column":13}} ), depth0)) != null ? stack1 : "")
    + ", abbiamo inoltrato il suo messaggio a "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":56},"end":{"line":1,"column":64}} ), depth0)) != null ? stack1 : "")
    + "; qualcuno le risponderà qui a breve.";
},"useData":true},
  "Grazie {{name}}, abbiamo preso nota che salderà la fattura {{invoiceNumber}} ({{amount}}) entro il giorno {{promiseDate}}. Fino ad allora non le invieremo promemoria.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Grazie "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":9},"end":{"line":1,"column":13}} ), depth0)) != null ? stack1 : "")
    + ", abbiamo preso nota che salderà la fattura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":61},"end":{"line":1,"column":74}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":80},"end":{"line":1,"column":86}} ), depth0)) != null ? stack1 : "")
    + ") entro il giorno "
    + ((stack1 = alias2(alias1(depth0, "promiseDate", {"start":{"line":1,"column":108},"end":{"line":1,"column":119}} ), depth0)) != null ? stack1 : "")
    + ". Fino ad allora non le invieremo promemoria.";
},"useData":true},
  "Hi {{name}}, a friendly reminder about your {{invoiceCount}} open invoices, {{total}} in total: {{invoiceList}}. If you have already paid, thank you!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + ", a friendly reminder about your "
    + ((stack1 = alias2(alias1(depth0, "invoiceCount", {"start":{"line":1,"column":46},"end":{"line":1,"column":58}} ), depth0)) != null ? stack1 : "")
    + " open invoices, "
    + ((stack1 = alias2(alias1(depth0, "total", {"start":{"line":1,"column":78},"end":{"line":1,"column":83}} ), depth0)) != null ? stack1 : "")
    + " in total: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList", {"start":{"line":1,"column":98},"end":{"line":1,"column":109}} ), depth0)) != null ? stack1 : "")
    + ". If you have already paid, thank you!";
},"useData":true},
  "Hi {{name}}, a quick heads-up: invoice {{invoiceNumber}} for {{amount}} ({{description}}) is due on {{dueDate}}. Thanks!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + ", a quick heads-up: invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":41},"end":{"line":1,"column":54}} ), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":63},"end":{"line":1,"column":69}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":75},"end":{"line":1,"column":86}} ), depth0)) != null ? stack1 : "")
    + ") is due on "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":102},"end":{"line":1,"column":109}} ), depth0)) != null ? stack1 : "")
    + ". Thanks!";
},"useData":true},
  "Hi {{name}}, here is invoice {{invoiceNumber}} from {{business}} for {{amount}} ({{description}}), due on {{dueDate}}. Thank you!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + ", here is invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":31},"end":{"line":1,"column":44}} ), depth0)) != null ? stack1 : "")
    + " from "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":54},"end":{"line":1,"column":62}} ), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":71},"end":{"line":1,"column":77}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":83},"end":{"line":1,"column":94}} ), depth0)) != null ? stack1 : "")
    + "), due on "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":108},"end":{"line":1,"column":115}} ), depth0)) != null ? stack1 : "")
    + ". Thank you!";
},"useData":true},
  "Hi {{name}}, here is your balance with {{business}}: {{invoiceCount}} open invoices, {{total}} in total: {{invoiceList}}. If anything looks wrong, just reply.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + ", here is your balance with "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":41},"end":{"line":1,"column":49}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "invoiceCount", {"start":{"line":1,"column":55},"end":{"line":1,"column":67}} ), depth0)) != null ? stack1 : "")
    + " open invoices, "
    + ((stack1 = alias2(alias1(depth0, "total", {"start":{"line":1,"column":87},"end":{"line":1,"column":92}} ), depth0)) != null ? stack1 : "")
    + " in total: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList", {"start":{"line":1,"column":107},"end":{"line":1,"column":118}} ), depth0)) != null ? stack1 : "")
    + ". If anything looks wrong, just reply.";
},"useData":true},
  "Hi {{name}}, installment {{installmentNumber}} of {{installmentCount}} of invoice {{invoiceNumber}}, {{amount}}, is due on {{dueDate}}. Thanks!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + ", installment "
    + ((stack1 = alias2(alias1(depth0, "installmentNumber", {"start":{"line":1,"column":27},"end":{"line":1,"column":44}} ), depth0)) != null ? stack1 : "")
    + " of "
    + ((stack1 = alias2(alias1(depth0, "installmentCount", {"start":{"line":1,"column":52},"end":{"line":1,"column":68}} ), depth0)) != null ? stack1 : "")
    + " of invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":84},"end":{"line":1,"column":97}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":103},"end":{"line":1,"column":109}} ), depth0)) != null ? stack1 : "")
    + ", is due on "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":125},"end":{"line":1,"column":132}} ), depth0)) != null ? stack1 : "")
    + ". Thanks!";
},"useData":true},
  "Hi {{name}}, invoice {{invoiceNumber}} for {{amount}} ({{description}}) is due today. If you have already paid, thank you!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + ", invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":23},"end":{"line":1,"column":36}} ), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":45},"end":{"line":1,"column":51}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":57},"end":{"line":1,"column":68}} ), depth0)) != null ? stack1 : "")
    + ") is due today. If you have already paid, thank you!";
},"useData":true},
  "Hi {{name}}, invoice {{invoiceNumber}} for {{amount}} is now {{daysOverdue}} days past its due date ({{dueDate}}). Could you settle it, or reply with a date that works for you?": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + ", invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":23},"end":{"line":1,"column":36}} ), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":45},"end":{"line":1,"column":51}} ), depth0)) != null ? stack1 : "")
    + " is now "
    + ((stack1 = alias2(alias1(depth0, "daysOverdue", {"start":{"line":1,"column":63},"end":{"line":1,"column":74}} ), depth0)) != null ? stack1 : "")
    + " days past its due date ("
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":103},"end":{"line":1,"column":110}} ), depth0)) != null ? stack1 : "")
    + "). Could you settle it, or reply with a date that works for you?";
},"useData":true},
  "Hi {{name}}, invoice {{invoiceNumber}} for {{amount}} was due on {{dueDate}}. If it is already on its way, thank you! Need another date? Just reply.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + ", invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":23},"end":{"line":1,"column":36}} ), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":45},"end":{"line":1,"column":51}} ), depth0)) != null ? stack1 : "")
    + " was due on "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":67},"end":{"line":1,"column":74}} ), depth0)) != null ? stack1 : "")
    + ". If it is already on its way, thank you! Need another date? Just reply.";
},"useData":true},
  "Hi {{name}}, thank you for your order {{orderNumber}} with {{business}}: {{description}}, {{amount}} in total.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + ", thank you for your order "
    + ((stack1 = alias2(alias1(depth0, "orderNumber", {"start":{"line":1,"column":40},"end":{"line":1,"column":51}} ), depth0)) != null ? stack1 : "")
    + " with "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":61},"end":{"line":1,"column":69}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":75},"end":{"line":1,"column":86}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":92},"end":{"line":1,"column":98}} ), depth0)) != null ? stack1 : "")
    + " in total.";
},"useData":true},
  "Hi {{name}}, this is our last reminder about invoice {{invoiceNumber}} for {{amount}}, now {{daysOverdue}} days overdue. Please settle it by {{deadline}} or tell us when you can; we are happy to agree a plan.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hi "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + ", this is our last reminder about invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":55},"end":{"line":1,"column":68}} ), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":77},"end":{"line":1,"column":83}} ), depth0)) != null ? stack1 : "")
    + ", now "
    + ((stack1 = alias2(alias1(depth0, "daysOverdue", {"start":{"line":1,"column":93},"end":{"line":1,"column":104}} ), depth0)) != null ? stack1 : "")
    + " days overdue. Please settle it by "
    + ((stack1 = alias2(alias1(depth0, "deadline", {"start":{"line":1,"column":143},"end":{"line":1,"column":151}} ), depth0)) != null ? stack1 : "")
    + " or tell us when you can; we are happy to agree a plan.";
},"useData":true},
  "Hola {{name}}, este es nuestro último recordatorio de la factura {{invoiceNumber}} de {{amount}}, con {{daysOverdue}} días de retraso. ¿Podrías pagarla antes del {{deadline}} o decirnos cuándo puedes? Podemos acordar pagos en cuotas.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", este es nuestro último recordatorio de la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":67},"end":{"line":1,"column":80}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":88},"end":{"line":1,"column":94}} ), depth0)) != null ? stack1 : "")
    + ", con "
    + ((stack1 = alias2(alias1(depth0, "daysOverdue", {"start":{"line":1,"column":104},"end":{"line":1,"column":115}} ), depth0)) != null ? stack1 : "")
    + " días de retraso. ¿Podrías pagarla antes del "
    + ((stack1 = alias2(alias1(depth0, "deadline", {"start":{"line":1,"column":164},"end":{"line":1,"column":172}} ), depth0)) != null ? stack1 : "")
    + " o decirnos cuándo puedes? Podemos acordar pagos en cuotas.";
},"useData":true},
  "Hola {{name}}, este es tu saldo con {{business}}: {{invoiceCount}} facturas abiertas, {{total}} en total: {{invoiceList}}. Si algo no cuadra, respóndenos.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", este es tu saldo con "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":38},"end":{"line":1,"column":46}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "invoiceCount", {"start":{"line":1,"column":52},"end":{"line":1,"column":64}} ), depth0)) != null ? stack1 : "")
    + " facturas abiertas, "
    + ((stack1 = alias2(alias1(depth0, "total", {"start":{"line":1,"column":88},"end":{"line":1,"column":93}} ), depth0)) != null ? stack1 : "")
    + " en total: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList", {"start":{"line":1,"column":108},"end":{"line":1,"column":119}} ), depth0)) != null ? stack1 : "")
    + ". Si algo no cuadra, respóndenos.";
},"useData":true},
  "Hola {{name}}, gracias por tu pedido {{orderNumber}} en {{business}}: {{description}}, {{amount}} en total.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", gracias por tu pedido "
    + ((stack1 = alias2(alias1(depth0, "orderNumber", {"start":{"line":1,"column":39},"end":{"line":1,"column":50}} ), depth0)) != null ? stack1 : "")
    + " en "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":58},"end":{"line":1,"column":66}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":72},"end":{"line":1,"column":83}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":89},"end":{"line":1,"column":95}} ), depth0)) != null ? stack1 : "")
    + " en total.";
},"useData":true},
  "Hola {{name}}, la cuota {{installmentNumber}} de {{installmentCount}} de la factura {{invoiceNumber}}, de {{amount}}, vence el {{dueDate}}. ¡Gracias!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", la cuota "
    + ((stack1 = alias2(alias1(depth0, "installmentNumber", {"start":{"line":1,"column":26},"end":{"line":1,"column":43}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "installmentCount", {"start":{"line":1,"column":51},"end":{"line":1,"column":67}} ), depth0)) != null ? stack1 : "")
    + " de la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":86},"end":{"line":1,"column":99}} ), depth0)) != null ? stack1 : "")
    + ", de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":108},"end":{"line":1,"column":114}} ), depth0)) != null ? stack1 : "")
    + ", vence el "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":129},"end":{"line":1,"column":136}} ), depth0)) != null ? stack1 : "")
    + ". ¡Gracias!";
},"useData":true},
  "Hola {{name}}, la factura {{invoiceNumber}} de {{amount}} ({{description}}) vence hoy. Si ya la pagaste, ¡gracias!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":28},"end":{"line":1,"column":41}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":49},"end":{"line":1,"column":55}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":61},"end":{"line":1,"column":72}} ), depth0)) != null ? stack1 : "")
    + ") vence hoy. Si ya la pagaste, ¡gracias!";
},"useData":true},
  "Hola {{name}}, la factura {{invoiceNumber}} de {{amount}} lleva {{daysOverdue}} días vencida (venció el {{dueDate}}). ¿Podrías pagarla o indicarnos una fecha que te venga bien?": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":28},"end":{"line":1,"column":41}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":49},"end":{"line":1,"column":55}} ), depth0)) != null ? stack1 : "")
    + " lleva "
    + ((stack1 = alias2(alias1(depth0, "daysOverdue", {"start":{"line":1,"column":66},"end":{"line":1,"column":77}} ), depth0)) != null ? stack1 : "")
    + " días vencida (venció el "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":106},"end":{"line":1,"column":113}} ), depth0)) != null ? stack1 : "")
    + "). ¿Podrías pagarla o indicarnos una fecha que te venga bien?";
},"useData":true},
  "Hola {{name}}, la factura {{invoiceNumber}} de {{amount}} venció el {{dueDate}}. Si ya la pagaste, ¡gracias! ¿Necesitas otra fecha? Respóndenos.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":28},"end":{"line":1,"column":41}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":49},"end":{"line":1,"column":55}} ), depth0)) != null ? stack1 : "")
    + " venció el "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":70},"end":{"line":1,"column":77}} ), depth0)) != null ? stack1 : "")
    + ". Si ya la pagaste, ¡gracias! ¿Necesitas otra fecha? Respóndenos.";
},"useData":true},
  "Hola {{name}}, te enviamos la factura {{invoiceNumber}} de {{business}} por {{amount}} ({{description}}), con vencimiento el {{dueDate}}. ¡Gracias!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", te enviamos la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":40},"end":{"line":1,"column":53}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":61},"end":{"line":1,"column":69}} ), depth0)) != null ? stack1 : "")
    + " por "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":78},"end":{"line":1,"column":84}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":90},"end":{"line":1,"column":101}} ), depth0)) != null ? stack1 : "")
    + "), con vencimiento el "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":127},"end":{"line":1,"column":134}} ), depth0)) != null ? stack1 : "")
    + ". ¡Gracias!";
},"useData":true},
  "Hola {{name}}, te recordamos que la factura {{invoiceNumber}} de {{amount}} ({{description}}) vence el {{dueDate}}. ¡Gracias!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", te recordamos que la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":46},"end":{"line":1,"column":59}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":67},"end":{"line":1,"column":73}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":79},"end":{"line":1,"column":90}} ), depth0)) != null ? stack1 : "")
    + ") vence el "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":105},"end":{"line":1,"column":112}} ), depth0)) != null ? stack1 : "")
    + ". ¡Gracias!";
},"useData":true},
  "Hola {{name}}, te recordamos tus {{invoiceCount}} facturas pendientes, {{total}} en total: {{invoiceList}}. Si ya las pagaste, ¡gracias!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Hola "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", te recordamos tus "
    + ((stack1 = alias2(alias1(depth0, "invoiceCount", {"start":{"line":1,"column":35},"end":{"line":1,"column":47}} ), depth0)) != null ? stack1 : "")
    + " facturas pendientes, "
    + ((stack1 = alias2(alias1(depth0, "total", {"start":{"line":1,"column":73},"end":{"line":1,"column":78}} ), depth0)) != null ? stack1 : "")
    + " en total: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList", {"start":{"line":1,"column":93},"end":{"line":1,"column":104}} ), depth0)) != null ? stack1 : "")
    + ". Si ya las pagaste, ¡gracias!";
},"useData":true},
  "La más antigua puedes pagarla aquí: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "La más antigua puedes pagarla aquí: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":38},"end":{"line":1,"column":48}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "La più vecchia può pagarla qui: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "La più vecchia può pagarla qui: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":34},"end":{"line":1,"column":44}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Listo, {{name}}: {{business}} ya no te enviará recordatorios por WhatsApp. Puedes escribirnos aquí cuando quieras.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Listo, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":9},"end":{"line":1,"column":13}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":19},"end":{"line":1,"column":27}} ), depth0)) != null ? stack1 : "")
    + " ya no te enviará recordatorios por WhatsApp. Puedes escribirnos aquí cuando quieras.";
},"useData":true},
  "Obrigado, {{name}}! Recebemos {{amount}} da fatura {{invoiceNumber}} em {{paymentDate}}. Ela está quitada.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Obrigado, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":12},"end":{"line":1,"column":16}} ), depth0)) != null ? stack1 : "")
    + "! Recebemos "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":32},"end":{"line":1,"column":38}} ), depth0)) != null ? stack1 : "")
    + " da fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":53},"end":{"line":1,"column":66}} ), depth0)) != null ? stack1 : "")
    + " em "
    + ((stack1 = alias2(alias1(depth0, "paymentDate", {"start":{"line":1,"column":74},"end":{"line":1,"column":85}} ), depth0)) != null ? stack1 : "")
    + ". Ela está quitada.";
},"useData":true},
  "Obrigado, {{name}}! Recebemos {{amount}} da fatura {{invoiceNumber}}. O saldo restante é de {{balance}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Obrigado, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":12},"end":{"line":1,"column":16}} ), depth0)) != null ? stack1 : "")
    + "! Recebemos "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":32},"end":{"line":1,"column":38}} ), depth0)) != null ? stack1 : "")
    + " da fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":53},"end":{"line":1,"column":66}} ), depth0)) != null ? stack1 : "")
    + ". O saldo restante é de "
    + ((stack1 = alias2(alias1(depth0, "balance", {"start":{"line":1,"column":94},"end":{"line":1,"column":101}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "Obrigado, {{name}}. Anotamos que você vai pagar a fatura {{invoiceNumber}} ({{amount}}) até {{promiseDate}}. Não enviaremos lembretes até lá.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Obrigado, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":12},"end":{"line":1,"column":16}} ), depth0)) != null ? stack1 : "")
    + ". Anotamos que você vai pagar a fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":59},"end":{"line":1,"column":72}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":78},"end":{"line":1,"column":84}} ), depth0)) != null ? stack1 : "")
    + ") até "
    + ((stack1 = alias2(alias1(depth0, "promiseDate", {"start":{"line":1,"column":94},"end":{"line":1,"column":105}} ), depth0)) != null ? stack1 : "")
    + ". Não enviaremos lembretes até lá.";
},"useData":true},
  "Obrigado, {{name}}. Passamos sua mensagem para {{business}}; alguém vai responder aqui em breve.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Obrigado, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":12},"end":{"line":1,"column":16}} ), depth0)) != null ? stack1 : "")
    + ". Passamos sua mensagem para "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":49},"end":{"line":1,"column":57}} ), depth0)) != null ? stack1 : "")
    + "; alguém vai responder aqui em breve.";
},"useData":true},
  "Of course, {{name}}. On what date will you pay invoice {{invoiceNumber}} ({{amount}})? Reply with the date, for example {{exampleDate}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Of course, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + ". On what date will you pay invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":57},"end":{"line":1,"column":70}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":76},"end":{"line":1,"column":82}} ), depth0)) != null ? stack1 : "")
    + ")? Reply with the date, for example "
    + ((stack1 = alias2(alias1(depth0, "exampleDate", {"start":{"line":1,"column":122},"end":{"line":1,"column":133}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "Olá, {{name}}! A fatura {{invoiceNumber}} de {{amount}} ({{description}}) vence em {{dueDate}}. Obrigado!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + "! A fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":26},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":47},"end":{"line":1,"column":53}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":59},"end":{"line":1,"column":70}} ), depth0)) != null ? stack1 : "")
    + ") vence em "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":85},"end":{"line":1,"column":92}} ), depth0)) != null ? stack1 : "")
    + ". Obrigado!";
},"useData":true},
  "Olá, {{name}}! A fatura {{invoiceNumber}} de {{amount}} ({{description}}) vence hoje. Se já pagou, obrigado!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + "! A fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":26},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":47},"end":{"line":1,"column":53}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":59},"end":{"line":1,"column":70}} ), depth0)) != null ? stack1 : "")
    + ") vence hoje. Se já pagou, obrigado!";
},"useData":true},
  "Olá, {{name}}! A parcela {{installmentNumber}} de {{installmentCount}} da fatura {{invoiceNumber}}, de {{amount}}, vence em {{dueDate}}. Obrigado!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + "! A parcela "
    + ((stack1 = alias2(alias1(depth0, "installmentNumber", {"start":{"line":1,"column":27},"end":{"line":1,"column":44}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "installmentCount", {"start":{"line":1,"column":52},"end":{"line":1,"column":68}} ), depth0)) != null ? stack1 : "")
    + " da fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":83},"end":{"line":1,"column":96}} ), depth0)) != null ? stack1 : "")
    + ", de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":105},"end":{"line":1,"column":111}} ), depth0)) != null ? stack1 : "")
    + ", vence em "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":126},"end":{"line":1,"column":133}} ), depth0)) != null ? stack1 : "")
    + ". Obrigado!";
},"useData":true},
  "Olá, {{name}}! Obrigado pelo seu pedido {{orderNumber}} com {{business}}: {{description}}, {{amount}} no total.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + "! Obrigado pelo seu pedido "
    + ((stack1 = alias2(alias1(depth0, "orderNumber", {"start":{"line":1,"column":42},"end":{"line":1,"column":53}} ), depth0)) != null ? stack1 : "")
    + " com "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":62},"end":{"line":1,"column":70}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":76},"end":{"line":1,"column":87}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":93},"end":{"line":1,"column":99}} ), depth0)) != null ? stack1 : "")
    + " no total.";
},"useData":true},
  "Olá, {{name}}! Segue a fatura {{invoiceNumber}} de {{business}} no valor de {{amount}} ({{description}}), com vencimento em {{dueDate}}. Obrigado!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + "! Segue a fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":32},"end":{"line":1,"column":45}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":53},"end":{"line":1,"column":61}} ), depth0)) != null ? stack1 : "")
    + " no valor de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":78},"end":{"line":1,"column":84}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "description", {"start":{"line":1,"column":90},"end":{"line":1,"column":101}} ), depth0)) != null ? stack1 : "")
    + "), com vencimento em "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":126},"end":{"line":1,"column":133}} ), depth0)) != null ? stack1 : "")
    + ". Obrigado!";
},"useData":true},
  "Olá, {{name}}! Um lembrete das suas {{invoiceCount}} faturas em aberto, {{total}} no total: {{invoiceList}}. Se já pagou, obrigado!": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + "! Um lembrete das suas "
    + ((stack1 = alias2(alias1(depth0, "invoiceCount", {"start":{"line":1,"column":38},"end":{"line":1,"column":50}} ), depth0)) != null ? stack1 : "")
    + " faturas em aberto, "
    + ((stack1 = alias2(alias1(depth0, "total", {"start":{"line":1,"column":74},"end":{"line":1,"column":79}} ), depth0)) != null ? stack1 : "")
    + " no total: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList", {"start":{"line":1,"column":94},"end":{"line":1,"column":105}} ), depth0)) != null ? stack1 : "")
    + ". Se já pagou, obrigado!";
},"useData":true},
  "Olá, {{name}}. A fatura {{invoiceNumber}} de {{amount}} está em aberto há {{daysOverdue}} dias (venceu em {{dueDate}}). Consegue quitá-la ou nos dizer uma data que funcione para você?": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ". A fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":26},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":47},"end":{"line":1,"column":53}} ), depth0)) != null ? stack1 : "")
    + " está em aberto há "
    + ((stack1 = alias2(alias1(depth0, "daysOverdue", {"start":{"line":1,"column":76},"end":{"line":1,"column":87}} ), depth0)) != null ? stack1 : "")
    + " dias (venceu em "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":108},"end":{"line":1,"column":115}} ), depth0)) != null ? stack1 : "")
    + "). Consegue quitá-la ou nos dizer uma data que funcione para você?";
},"useData":true},
  "Olá, {{name}}. A fatura {{invoiceNumber}} de {{amount}} venceu em {{dueDate}}. Se já pagou, obrigado! Precisa de outra data? É só responder.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ". A fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":26},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":47},"end":{"line":1,"column":53}} ), depth0)) != null ? stack1 : "")
    + " venceu em "
    + ((stack1 = alias2(alias1(depth0, "dueDate", {"start":{"line":1,"column":68},"end":{"line":1,"column":75}} ), depth0)) != null ? stack1 : "")
    + ". Se já pagou, obrigado! Precisa de outra data? É só responder.";
},"useData":true},
  "Olá, {{name}}. Este é nosso último lembrete sobre a fatura {{invoiceNumber}} de {{amount}}, em aberto há {{daysOverdue}} dias. Consegue quitá-la até {{deadline}} ou nos dizer quando pode? Podemos combinar um parcelamento.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ". Este é nosso último lembrete sobre a fatura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":61},"end":{"line":1,"column":74}} ), depth0)) != null ? stack1 : "")
    + " de "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":82},"end":{"line":1,"column":88}} ), depth0)) != null ? stack1 : "")
    + ", em aberto há "
    + ((stack1 = alias2(alias1(depth0, "daysOverdue", {"start":{"line":1,"column":107},"end":{"line":1,"column":118}} ), depth0)) != null ? stack1 : "")
    + " dias. Consegue quitá-la até "
    + ((stack1 = alias2(alias1(depth0, "deadline", {"start":{"line":1,"column":151},"end":{"line":1,"column":159}} ), depth0)) != null ? stack1 : "")
    + " ou nos dizer quando pode? Podemos combinar um parcelamento.";
},"useData":true},
  "Olá, {{name}}. Este é o seu saldo com {{business}}: {{invoiceCount}} faturas em aberto, {{total}} no total: {{invoiceList}}. Se algo estiver errado, é só responder.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Olá, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":7},"end":{"line":1,"column":11}} ), depth0)) != null ? stack1 : "")
    + ". Este é o seu saldo com "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":40},"end":{"line":1,"column":48}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "invoiceCount", {"start":{"line":1,"column":54},"end":{"line":1,"column":66}} ), depth0)) != null ? stack1 : "")
    + " faturas em aberto, "
    + ((stack1 = alias2(alias1(depth0, "total", {"start":{"line":1,"column":90},"end":{"line":1,"column":95}} ), depth0)) != null ? stack1 : "")
    + " no total: "
    + ((stack1 = alias2(alias1(depth0, "invoiceList", {"start":{"line":1,"column":110},"end":{"line":1,"column":121}} ), depth0)) != null ? stack1 : "")
    + ". Se algo estiver errado, é só responder.";
},"useData":true},
  "Otherwise you can pay here: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Otherwise you can pay here: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":30},"end":{"line":1,"column":40}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Pague o restante pelo link: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Pague o restante pelo link: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":30},"end":{"line":1,"column":40}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Pague pelo link ou Pix: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Pague pelo link ou Pix: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":26},"end":{"line":1,"column":36}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Pague pelo link: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Pague pelo link: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":19},"end":{"line":1,"column":29}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Pay here: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Pay here: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":12},"end":{"line":1,"column":22}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Pronto, {{name}}: {{business}} não vai mais enviar lembretes pelo WhatsApp. Você pode nos escrever aqui quando quiser.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Pronto, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":10},"end":{"line":1,"column":14}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":20},"end":{"line":1,"column":28}} ), depth0)) != null ? stack1 : "")
    + " não vai mais enviar lembretes pelo WhatsApp. Você pode nos escrever aqui quando quiser.";
},"useData":true},
  "Puedes pagar aquí: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Puedes pagar aquí: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":21},"end":{"line":1,"column":31}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Puedes pagar el resto aquí: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Puedes pagar el resto aquí: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":30},"end":{"line":1,"column":40}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Può pagare il resto qui: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Può pagare il resto qui: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":27},"end":{"line":1,"column":37}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Può pagare qui: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Può pagare qui: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":18},"end":{"line":1,"column":28}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Si no, aquí tienes el enlace: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Si no, aquí tienes el enlace: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":32},"end":{"line":1,"column":42}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "Thank you, {{name}}! We received {{amount}} for invoice {{invoiceNumber}} on {{paymentDate}}. It is fully paid.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Thank you, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + "! We received "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":35},"end":{"line":1,"column":41}} ), depth0)) != null ? stack1 : "")
    + " for invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":58},"end":{"line":1,"column":71}} ), depth0)) != null ? stack1 : "")
    + " on "
    + ((stack1 = alias2(alias1(depth0, "paymentDate", {"start":{"line":1,"column":79},"end":{"line":1,"column":90}} ), depth0)) != null ? stack1 : "")
    + ". It is fully paid.";
},"useData":true},
  "Thank you, {{name}}! We received {{amount}} for invoice {{invoiceNumber}}. The remaining balance is {{balance}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Thank you, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ), depth0)) != null ? stack1 : "")
    + "! We received "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":35},"end":{"line":1,"column":41}} ), depth0)) != null ? stack1 : "")
    + " for invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":58},"end":{"line":1,"column":71}} ), depth0)) != null ? stack1 : "")
    + ". The remaining balance is "
    + ((stack1 = alias2(alias1(depth0, "balance", {"start":{"line":1,"column":102},"end":{"line":1,"column":109}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "Thanks, {{name}}. We have noted that you will pay invoice {{invoiceNumber}} ({{amount}}) by {{promiseDate}}. We will not send reminders until then.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Thanks, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":10},"end":{"line":1,"column":14}} ), depth0)) != null ? stack1 : "")
    + ". We have noted that you will pay invoice "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":60},"end":{"line":1,"column":73}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":79},"end":{"line":1,"column":85}} ), depth0)) != null ? stack1 : "")
    + ") by "
    + ((stack1 = alias2(alias1(depth0, "promiseDate", {"start":{"line":1,"column":94},"end":{"line":1,"column":105}} ), depth0)) != null ? stack1 : "")
    + ". We will not send reminders until then.";
},"useData":true},
  "Thanks, {{name}}. We have passed your message to {{business}}; someone will get back to you here soon.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Thanks, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":10},"end":{"line":1,"column":14}} ), depth0)) != null ? stack1 : "")
    + ". We have passed your message to "
    + ((stack1 = alias2(alias1(depth0, "business", {"start":{"line":1,"column":51},"end":{"line":1,"column":59}} ), depth0)) != null ? stack1 : "")
    + "; someone will get back to you here soon.";
},"useData":true},
  "The oldest one can be paid here: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "The oldest one can be paid here: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":35},"end":{"line":1,"column":45}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "You can pay here: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "You can pay here: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":20},"end":{"line":1,"column":30}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "You can pay the rest here: {{paymentUrl}}": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "You can pay the rest here: "
    + ((stack1 = container.lambda(container.strict(depth0, "paymentUrl", {"start":{"line":1,"column":29},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "");
},"useData":true},
  "{{supplierName}}, CNPJ {{supplierTaxId}}, {{supplierAddress}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return ((stack1 = alias2(alias1(depth0, "supplierName", {"start":{"line":1,"column":2},"end":{"line":1,"column":14}} ), depth0)) != null ? stack1 : "")
    + ", CNPJ "
    + ((stack1 = alias2(alias1(depth0, "supplierTaxId", {"start":{"line":1,"column":25},"end":{"line":1,"column":38}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(depth0, "supplierAddress", {"start":{"line":1,"column":44},"end":{"line":1,"column":59}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "{{supplierName}}, NIF/RFC {{supplierTaxId}}, {{supplierAddress}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return ((stack1 = alias2(alias1(depth0, "supplierName", {"start":{"line":1,"column":2},"end":{"line":1,"column":14}} ), depth0)) != null ? stack1 : "")
    + ", NIF/RFC "
    + ((stack1 = alias2(alias1(depth0, "supplierTaxId", {"start":{"line":1,"column":28},"end":{"line":1,"column":41}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(depth0, "supplierAddress", {"start":{"line":1,"column":47},"end":{"line":1,"column":62}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "{{supplierName}}, P.IVA {{supplierTaxId}}, {{supplierAddress}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return ((stack1 = alias2(alias1(depth0, "supplierName", {"start":{"line":1,"column":2},"end":{"line":1,"column":14}} ), depth0)) != null ? stack1 : "")
    + ", P.IVA "
    + ((stack1 = alias2(alias1(depth0, "supplierTaxId", {"start":{"line":1,"column":26},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(depth0, "supplierAddress", {"start":{"line":1,"column":45},"end":{"line":1,"column":60}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "{{supplierName}}, tax id {{supplierTaxId}}, {{supplierAddress}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return ((stack1 = alias2(alias1(depth0, "supplierName", {"start":{"line":1,"column":2},"end":{"line":1,"column":14}} ), depth0)) != null ? stack1 : "")
    + ", tax id "
    + ((stack1 = alias2(alias1(depth0, "supplierTaxId", {"start":{"line":1,"column":27},"end":{"line":1,"column":40}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(depth0, "supplierAddress", {"start":{"line":1,"column":46},"end":{"line":1,"column":61}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
  "¡Gracias, {{name}}! Recibimos {{amount}} de la factura {{invoiceNumber}} el {{paymentDate}}. Está totalmente pagada.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "¡Gracias, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":12},"end":{"line":1,"column":16}} ), depth0)) != null ? stack1 : "")
    + "! Recibimos "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":32},"end":{"line":1,"column":38}} ), depth0)) != null ? stack1 : "")
    + " de la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":57},"end":{"line":1,"column":70}} ), depth0)) != null ? stack1 : "")
    + " el "
    + ((stack1 = alias2(alias1(depth0, "paymentDate", {"start":{"line":1,"column":78},"end":{"line":1,"column":89}} ), depth0)) != null ? stack1 : "")
    + ". Está totalmente pagada.";
},"useData":true},
  "¡Gracias, {{name}}! Recibimos {{amount}} de la factura {{invoiceNumber}}. El saldo pendiente es de {{balance}}.": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "¡Gracias, "
    + ((stack1 = alias2(alias1(depth0, "name", {"start":{"line":1,"column":12},"end":{"line":1,"column":16}} ), depth0)) != null ? stack1 : "")
    + "! Recibimos "
    + ((stack1 = alias2(alias1(depth0, "amount", {"start":{"line":1,"column":32},"end":{"line":1,"column":38}} ), depth0)) != null ? stack1 : "")
    + " de la factura "
    + ((stack1 = alias2(alias1(depth0, "invoiceNumber", {"start":{"line":1,"column":57},"end":{"line":1,"column":70}} ), depth0)) != null ? stack1 : "")
    + ". El saldo pendiente es de "
    + ((stack1 = alias2(alias1(depth0, "balance", {"start":{"line":1,"column":101},"end":{"line":1,"column":108}} ), depth0)) != null ? stack1 : "")
    + ".";
},"useData":true},
};
