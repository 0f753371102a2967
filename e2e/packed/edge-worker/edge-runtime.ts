// Vercel's edge-runtime evaluates a script that listens for `fetch` events.
import { handle } from './app';

declare const addEventListener: (
  type: 'fetch',
  listener: (event: { request: Request; respondWith(response: Promise<Response>): void }) => void,
) => void;

addEventListener('fetch', (event) => event.respondWith(handle(event.request)));
