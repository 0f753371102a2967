import { runDemo } from './run-demo';
import { serveConsole } from './serve-console';

// DEMO_WHATSAPP_TO switches to the real APIs (see README.md); without it everything runs on local emulators.
const liveRecipient = process.env.DEMO_WHATSAPP_TO;
const result = await runDemo(liveRecipient ? { liveRecipient } : {});
console.log(result.transcript);

// --serve: keep the month's state and show it in the console (Ctrl-C to stop); --port=N picks the port.
if (process.argv.includes('--serve')) {
  const port = Number(process.argv.find((arg) => arg.startsWith('--port='))?.slice('--port='.length) ?? 0);
  const { url } = await serveConsole(result, { port });
  console.log(`\nThe console is serving the demo's state at ${url} (Ctrl-C to stop).`);
}
