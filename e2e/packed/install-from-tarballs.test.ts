import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A newcomer's first hour, outside the monorepo: the packages packed once (`pnpm pack`, as `pnpm publish` would),
// then installed with npm from those tarballs (their dependencies from the registry) into fresh folders in the
// system's temp directory, where nothing of the workspace can be found. The guide and the example run as written.
const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const npmFlags = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

describe('installed from packed tarballs', () => {
  let root: string;
  const tarballs = new Map<string, string>();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cobro-packed-'));
    const destination = join(root, 'tarballs');
    mkdirSync(destination);
    for (const directory of readdirSync(join(repo, 'packages'))) {
      const cwd = join(repo, 'packages', directory);
      const { name } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { name: string };
      await run('pnpm', ['pack', '--pack-destination', destination], { cwd });
      const file = readdirSync(destination).find((each) =>
        each.startsWith(`${name.replace('@', '').replace('/', '-')}-`),
      );
      if (!file) throw new Error(`no tarball for ${name}`);
      tarballs.set(name, join(destination, file));
    }
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** `@cobro/x` → the tarball's path, the way the registry would serve it. */
  const fromTarballs = (argument: string) => tarballs.get(argument) ?? argument;

  it('publishes peer ranges that the released versions satisfy', async () => {
    for (const [name, tarball] of tarballs) {
      const folder = mkdtempSync(join(root, 'manifest-'));
      await run('tar', ['-xzf', tarball, '-C', folder, 'package/package.json']);
      const manifest = JSON.parse(readFileSync(join(folder, 'package/package.json'), 'utf8')) as {
        peerDependencies?: Record<string, string>;
      };
      // `~0.0.0` takes every 0.0.x patch release; the `^0.0.0` it replaced matched 0.0.0 alone.
      if (name !== '@cobro/core') expect([name, manifest.peerDependencies?.['@cobro/core']]).toEqual([name, '~0.0.0']);
    }
  });

  it('runs docs/getting-started.md as written in a fresh npm folder', async () => {
    const guide = readFileSync(join(repo, 'docs/getting-started.md'), 'utf8');
    const install = /## Install\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const code = /## Send your first invoice\n[\s\S]*?```ts\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const folder = join(root, 'first-invoice');
    mkdirSync(folder);
    const commands = install
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean);
    expect(commands[0]).toBe('npm init -y');
    for (const command of commands) {
      const [tool, ...args] = command.split(/\s+/);
      expect(tool).toBe('npm');
      const extra = args[0] === 'install' ? npmFlags : [];
      await run('npm', [...args.map(fromTarballs), ...extra], { cwd: folder });
    }
    writeFileSync(join(folder, 'first-invoice.ts'), code);
    const { stdout } = await run('npx', ['tsx', 'first-invoice.ts'], { cwd: folder });
    const [state, ...body] = stdout.split('\n');
    expect(state).toBe('sent');
    expect(JSON.parse(body.join('\n'))).toMatchObject({ type: 'template', template: { name: 'cobro_invoice_sent' } });
  }, 300_000);

  it('runs examples/express-stripe copied out: types check under NodeNext, npm start books the payment', async () => {
    const folder = join(root, 'express-stripe');
    const example = join(repo, 'examples/express-stripe');
    for (const entry of ['src', 'package.json', 'tsconfig.json', 'README.md']) {
      cpSync(join(example, entry), join(folder, entry), { recursive: true });
    }
    // What an app does instead: real versions. Here, the tarballs those versions would be.
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    for (const field of ['dependencies', 'devDependencies']) {
      for (const [name, version] of Object.entries(manifest[field] ?? {})) {
        if (version.startsWith('workspace:')) manifest[field]![name] = `file:${fromTarballs(name)}`;
      }
    }
    writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
    await run('npm', ['install', ...npmFlags], { cwd: folder });
    await run('npx', ['tsc', '--noEmit'], { cwd: folder });

    const child: ChildProcess = spawn('npm', ['start'], {
      cwd: folder,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start said:\n${output}`)), 120_000);
        const check = setInterval(() => {
          if (!output.includes('stripe webhook delivered')) return;
          clearInterval(check);
          clearTimeout(timer);
          resolve();
        }, 100);
        child.once('exit', () => reject(new Error(`npm start exited:\n${output}`)));
      });
      expect(output).toMatch(/stripe webhook delivered \{"status":200/);
      expect(output).toContain('invoice paid {"invoiceId":"hb-2210"}');
    } finally {
      // npm runs tsx in a child: stop the whole group it leads.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  }, 300_000);
});
