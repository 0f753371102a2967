import { runDemo } from './run-demo';

// DEMO_WHATSAPP_TO switches to the real APIs (see README.md); without it everything runs on local emulators.
const liveRecipient = process.env.DEMO_WHATSAPP_TO;
const { transcript } = await runDemo(liveRecipient ? { liveRecipient } : {});
console.log(transcript);
