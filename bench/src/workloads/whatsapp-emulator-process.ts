import { createWhatsAppEmulator } from '@cobro/testing';
import { benchAppSecret } from '../data/whatsapp-deliveries';

// The WhatsApp emulator in its own process, so the sender's memory and CPU are measured alone. It keeps a log of
// every request; the log is counted and emptied every half second, or 100k requests would grow this process.
const emulator = await createWhatsAppEmulator({ appSecret: benchAppSecret });
let accepted = 0;
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
let refused = 0;
const problems = new Set<string>();
const drain = () => {
  for (const request of emulator.requests) {
    if (request.messageId) accepted++;
    else refused++;
    for (const problem of request.validationErrors ?? []) if (problems.size < 5) problems.add(problem);
  }
  emulator.requests.length = 0;
};
const timer = setInterval(drain, 500);
process.send?.({ type: 'ready', baseURL: emulator.baseURL, accessToken: emulator.accessToken });
process.on('message', async (message: { type?: string }) => {
  if (message.type === 'progress') {
    drain();
    process.send?.({ type: 'progress', accepted, refused, cpuMicros: cpuMicros() });
    return;
  }
  if (message.type !== 'stop') return;
  clearInterval(timer);
  drain();
  await emulator.close();
  process.send?.({ type: 'stopped', accepted, refused, problems: [...problems], cpuMicros: cpuMicros() }, () =>
    process.exit(0),
  );
});
