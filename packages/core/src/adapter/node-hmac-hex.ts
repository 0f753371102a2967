interface NodeCrypto {
  createHmac(algorithm: string, key: string | Uint8Array | NodeKeyObject): NodeHmac;
  createSecretKey(key: Uint8Array): NodeKeyObject;
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

/** Node's `KeyObject`, opaque here. */
interface NodeKeyObject {
  readonly type: 'secret';
}

interface NodeHmac {
  update(data: string | Uint8Array): NodeHmac;
  digest(encoding: 'hex'): string;
  digest(): Uint8Array;
}

interface NodeBuffer {
  from(text: string, encoding: 'latin1' | 'hex' | 'utf8'): Uint8Array;
}

// Looked up at run time, never imported, so edge runtimes without `node:crypto` load this module and get `undefined`;
// and on first use, not at import, which would cost every process that imports cobro `node:crypto`'s start-up.
let looked: { crypto: NodeCrypto; buffer: NodeBuffer } | null | undefined;
function nodeBuiltins(): { crypto: NodeCrypto; buffer: NodeBuffer } | undefined {
  if (looked === undefined) {
    try {
      const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
      const crypto = process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
      const buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
      looked = crypto && buffer ? { crypto, buffer } : null;
    } catch {
      looked = null;
    }
  }
  return looked ?? undefined;
}

// A string secret is turned into a KeyObject once: createHmac with a string re-encodes it and copies it into a new key
// on every call, which cost about a tenth of verifying a webhook of a few KB. Apps verify with the same few secrets
// all day; the cache is bounded all the same. The secrets are in the process's memory anyway.
const keys = new Map<string, NodeKeyObject>();

function keyOf(
  { crypto, buffer }: { crypto: NodeCrypto; buffer: NodeBuffer },
  secret: string | Uint8Array,
): NodeKeyObject | Uint8Array {
  if (typeof secret !== 'string') return secret;
  let key = keys.get(secret);
  if (key === undefined) {
    if (keys.size >= 64) keys.clear();
    key = crypto.createSecretKey(buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

const nodeAlgorithm = (algorithm: 'SHA-256' | 'SHA-1' | 'SHA-512') =>
  algorithm === 'SHA-256' ? 'sha256' : algorithm === 'SHA-1' ? 'sha1' : 'sha512';

/** The options of {@link nodeHmac} and {@link nodeHmacHex}. */
export interface NodeHmacOptions {
  /** The shared secret. */
  secret: string | Uint8Array;
  /** The bytes (or UTF-8 text) to authenticate; several parts are hashed one after the other, never concatenated. */
  data: string | Uint8Array | readonly (string | Uint8Array)[];
  /** Hash algorithm. */
  algorithm?: 'SHA-256' | 'SHA-1' | 'SHA-512';
}

// The HMAC with every part of `data` hashed, ready for its digest; `undefined` without `node:crypto`.
function hashed({ secret, data, algorithm = 'SHA-256' }: NodeHmacOptions): NodeHmac | undefined {
  const node = nodeBuiltins();
  if (!node) return undefined;
  const hmac = node.crypto.createHmac(nodeAlgorithm(algorithm), keyOf(node, secret));
  if (typeof data === 'string' || data instanceof Uint8Array) return hmac.update(data);
  for (const part of data) hmac.update(part);
  return hmac;
}

/**
 * The raw HMAC of `data`, computed synchronously by Node's own `node:crypto` (no promise, no hex), or `undefined`
 * where there is no `node:crypto` (edge runtimes: use `computeHmac`). Several parts are hashed one after the other,
 * never concatenated, so a signed prefix costs no copy of the body.
 */
export function nodeHmac(options: NodeHmacOptions): Uint8Array | undefined {
  return hashed(options)?.digest();
}

/**
 * The lower-case hex HMAC of `data`, computed synchronously by Node's own `node:crypto` (hashing and hex encoding in
 * native code, no promise), or `undefined` where there is no `node:crypto` (edge runtimes: use `computeHmac`).
 * Webhook verifiers use it to match the official libraries' speed on Node.
 */
export function nodeHmacHex(options: NodeHmacOptions): string | undefined {
  return hashed(options)?.digest('hex');
}

/**
 * Constant-time equality of two ASCII strings (hex signatures) with Node's native `timingSafeEqual`, or
 * `undefined` where there is no `node:crypto`. Different lengths compare unequal (that length is public anyway).
 */
export function nodeTimingSafeEqualAscii(a: string, b: string): boolean | undefined {
  const node = nodeBuiltins();
  if (!node) return undefined;
  if (a.length !== b.length) return false;
  return node.crypto.timingSafeEqual(node.buffer.from(a, 'latin1'), node.buffer.from(b, 'latin1'));
}

/**
 * Whether any of `signaturesHex` (lower-case hex, already checked by the caller) is the HMAC of `data`: the MAC is
 * computed once by Node's `node:crypto` and compared as bytes with its native `timingSafeEqual`, against every entry
 * without stopping early. `undefined` where there is no `node:crypto` (edge runtimes: use `computeHmac`).
 */
export function nodeHmacMatchesHex({
  secret,
  data,
  signaturesHex,
  algorithm = 'SHA-256',
}: {
  /** The shared secret. */
  secret: string | Uint8Array;
  /** The bytes (or UTF-8 text) to authenticate; several parts are hashed one after the other, never concatenated. */
  data: string | Uint8Array | readonly (string | Uint8Array)[];
  /** The signatures received, as hex. */
  signaturesHex: readonly string[];
  /** Hash algorithm. */
  algorithm?: 'SHA-256' | 'SHA-1' | 'SHA-512';
}): boolean | undefined {
  const node = nodeBuiltins();
  if (!node) return undefined;
  const hmac = node.crypto.createHmac(nodeAlgorithm(algorithm), keyOf(node, secret));
  if (typeof data === 'string' || data instanceof Uint8Array) hmac.update(data);
  else for (const part of data) hmac.update(part);
  const expected = hmac.digest();
  let matched = false;
  for (const signature of signaturesHex) {
    const received = node.buffer.from(signature, 'hex');
    matched = (received.length === expected.length && node.crypto.timingSafeEqual(received, expected)) || matched;
  }
  return matched;
}
