import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** `src/main.ts` running as `pnpm start` runs it, with its output collected. */
export interface MainProcess {
  readonly child: ChildProcess;
  /** Everything printed so far. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, waiting up to `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `src/main.ts` with `env` (and no WhatsApp or Stripe credentials, so it uses the local emulators). */
export function runMain(env: Record<string, string>): MainProcess {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(WHATSAPP_|STRIPE_|DEMO_|PORT$)/.test(name)),
  );
  const child = spawn(
    process.execPath,
    ['--conditions=@cobro/source', '--import', 'tsx', 'src/main.ts'] /* pnpm dev: the workspace's sources */,
    {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => text,
    async waitFor(pattern, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = text.match(pattern);
        if (match) return match;
        if (child.exitCode !== null || Date.now() > deadline)
          throw new Error(`No ${pattern} in the output of main.ts:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
