import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Where the bundled worker will run. */
export type EdgeTarget = 'workerd' | 'edge-runtime';

/**
 * Bundles the minimal worker from the built packages (their `exports`, as an app's bundler sees them after
 * `npm install`) the way wrangler and Next.js do: for the browser platform with the worker conditions, minified.
 * `define` fills in the emulators' addresses and the clock.
 */
export async function bundleEdgeWorker({
  target,
  app = 'app',
  define = {},
}: {
  target: EdgeTarget;
  /** Which app the runtime's entry serves: the webhook worker, or the console. */
  app?: 'app' | 'console-app';
  define?: { whatsappBaseURL?: string; stripeBaseURL?: string; now?: string };
}): Promise<string> {
  const entry = fileURLToPath(new URL(`./${target}.ts`, import.meta.url));
  const appFile = fileURLToPath(new URL(`./${app}.ts`, import.meta.url));
  const result = await build({
    // The runtime entries import `./app`; point it at the app asked for.
    plugins: [{ name: 'app', setup: (plugin) => plugin.onResolve({ filter: /^\.\/app$/ }, () => ({ path: appFile })) }],
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: target === 'workerd' ? 'esm' : 'iife',
    platform: 'browser',
    target: 'es2022',
    conditions: target === 'workerd' ? ['workerd', 'worker', 'browser'] : ['edge-light', 'worker', 'browser'],
    define: {
      __WHATSAPP_BASE_URL__: JSON.stringify(define.whatsappBaseURL ?? 'https://graph.facebook.com/v25.0'),
      __STRIPE_BASE_URL__: JSON.stringify(define.stripeBaseURL ?? 'https://api.stripe.com'),
      __NOW__: JSON.stringify(define.now ?? '2026-11-30T17:00:00.000Z'),
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
