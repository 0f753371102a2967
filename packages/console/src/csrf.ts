import type { ConsoleViewer } from './console-options';

const encoder = new TextEncoder();

/** Signs and checks form tokens: HMAC-SHA256 (WebCrypto, so it runs at the edge) over the viewer and session. */
export interface CsrfTokens {
  /** The token for this viewer's forms. */
  tokenFor(viewer: ConsoleViewer): Promise<string>;
  /** True when `token` is this viewer's. */
  verify(viewer: ConsoleViewer, token: string): Promise<boolean>;
}

/** Form tokens signed with `secret` (random when absent). */
export function createCsrfTokens(secret: string | undefined): CsrfTokens {
  const keyBytes = secret !== undefined ? encoder.encode(secret) : crypto.getRandomValues(new Uint8Array(32));
  const key = crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const subject = (viewer: ConsoleViewer) => encoder.encode(`cobro-console\n${viewer.id}\n${viewer.sessionId ?? ''}`);
  return {
    async tokenFor(viewer) {
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await key, subject(viewer)));
      return toBase64Url(mac);
    },
    async verify(viewer, token) {
      const mac = fromBase64Url(token);
      // crypto.subtle.verify compares in constant time.
      return mac !== undefined && crypto.subtle.verify('HMAC', await key, mac, subject(viewer));
    },
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
