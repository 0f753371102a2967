import { defaultReminderPolicy, exportInvoicesCsv, exportPaymentsCsv } from '@cobro/core';
import { ConsoleActionError, consoleActions } from './actions';
import type { ConsoleContext } from './console-context';
import { consoleCss } from './console-css';
import type { ConsoleOptions, ConsoleViewer } from './console-options';
import { createCsrfTokens } from './csrf';
import { html } from './html';
import { page, pageHeaders } from './layout';
import { customerView } from './views/customer-view';
import { invoiceView } from './views/invoice-view';
import { invoicesView } from './views/invoices-view';
import { notFound } from './views/not-found';
import { previewView } from './views/preview-view';
import { reportsView } from './views/reports-view';
import { reviewView } from './views/review-view';

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/**
 * Creates the console: a web-standard `Request → Response` handler serving server-rendered HTML (no client script)
 * over a `createBilling` handle and its store. Mount it in any framework that speaks `Request` (Hono, Next.js,
 * Workers, Deno, Bun) or, through `toNodeHandler` from `@cobro/core`, in Express or `node:http`.
 *
 * Every request passes `authorize` first (401 when it returns no viewer; every request is refused with 403 when no
 * `authorize` was given). State-changing actions are `POST` forms carrying a token signed over the viewer and their
 * session, accepted only from the console's own origin, and each is written to the audit log as `console:<viewer id>`.
 *
 * @example
 * ```ts
 * const console = createConsole({ billing, authorize: (request) => sessionUser(request) });
 * app.all('/console/*', (c) => console(c.req.raw)); // Hono, with basePath: '/console'
 * ```
 */
export function createConsole(options: ConsoleOptions): (request: Request) => Promise<Response> {
  const base = (options.basePath ?? '').replace(/\/+$/, '');
  if (base !== '' && !/^\/[\w\-./~%]*$/.test(base))
    throw new TypeError('createConsole: basePath must be a path such as /console');
  if (options.secret !== undefined && options.secret.length < 32)
    throw new TypeError('createConsole: secret must be at least 32 characters');
  const tokens = createCsrfTokens(options.secret);
  const clock = options.clock ?? (() => new Date());

  return async (request) => {
    if (typeof options.authorize !== 'function')
      return text(403, 'This console has no authorize function, so it refuses every request: it shows personal data.');
    const url = new URL(request.url);
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return text(404, 'Not found');
    let viewer: ConsoleViewer | undefined;
    try {
      viewer = await options.authorize(request);
    } catch {
      return text(403, 'Forbidden');
    }
    if (!viewer || typeof viewer.id !== 'string' || viewer.id === '') return text(401, 'Sign in to see the console.');
    const path = url.pathname.slice(base.length) || '/';
    if (path === '/console.css')
      return new Response(consoleCss, {
        headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' },
      });

    const context: ConsoleContext = {
      billing: options.billing,
      store: options.billing.store,
      policy: options.policy ?? defaultReminderPolicy,
      catalogs: options.catalogs,
      now: clock(),
      base,
      viewer,
      csrfToken: await tokens.tokenFor(viewer),
      timeZone: options.timeZone ?? 'UTC',
      paymentUrlBase: options.paymentUrlBase ?? 'https://pay.example.com/i/',
      business: options.business ?? { name: 'Your business' },
      url,
    };

    try {
      return await route(context, request, path);
    } catch {
      // The error may carry customer data: the viewer gets a plain 500, never the message.
      return text(500, 'The console could not answer this request.');
    }
  };

  async function route(context: ConsoleContext, request: Request, path: string): Promise<Response> {
    if (request.method === 'POST') return post(context, request);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return text(405, 'Method not allowed', { allow: 'GET, HEAD, POST' });
    const segments = decodeSegments(path);
    if (segments === undefined) return notFound(context, 'No such page.');
    if (segments.length === 0) return invoicesView(context);
    const [section, id] = segments;
    if (section === 'invoices' && id !== undefined && segments.length === 2) return invoiceView(context, id);
    if (section === 'customers' && id !== undefined && segments.length === 2) return customerView(context, id);
    if (path === '/review') return reviewView(context);
    if (path === '/reports') return reportsView(context);
    if (path === '/preview') return previewView(context);
    if (path === '/reports/invoices.csv' || path === '/reports/payments.csv') {
      const invoices = await context.store.listInvoices();
      const csv = path.endsWith('invoices.csv') ? exportInvoicesCsv(invoices) : exportPaymentsCsv(invoices);
      return new Response(csv, {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${path.slice('/reports/'.length)}"`,
          'cache-control': 'no-store',
        },
      });
    }
    return notFound(context, 'No such page.');
  }

  async function post(context: ConsoleContext, request: Request): Promise<Response> {
    if (context.viewer.canAct === false) return text(403, 'You may look, not act: this viewer is read only.');
    // A cross-site form post carries the other site's Origin; a request with none is refused too.
    const origin = request.headers.get('origin');
    const allowed = [context.url.origin, ...(options.allowedOrigins ?? [])];
    if (origin === null || !allowed.includes(origin)) return text(403, 'Refused: cross-site request.');
    const type = request.headers.get('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
      return text(415, 'Send a form.');
    const form = await request.formData();
    const token = form.get('_csrf');
    if (typeof token !== 'string' || !(await tokens.verify(context.viewer, token)))
      return text(403, 'Refused: the form token is missing or not yours. Reload the page and try again.');
    const name = context.url.pathname.slice(`${context.base}/actions/`.length);
    const action = context.url.pathname.startsWith(`${context.base}/actions/`) ? consoleActions[name] : undefined;
    if (!action || !Object.hasOwn(consoleActions, name)) return notFound(context, 'No such action.');
    try {
      await action(context, form);
    } catch (error) {
      if (error instanceof ConsoleActionError)
        return page(
          context,
          'Action refused',
          html`<p class="error" role="alert">${error.message}</p><p><a href="${safeReturn(context, form)}">Back</a></p>`,
          error.status,
        );
      throw error;
    }
    return new Response(null, { status: 303, headers: { ...pageHeaders, location: safeReturn(context, form) } });
  }
}

// Only back into the console: an open redirect would let a link send a signed-in person anywhere.
function safeReturn(context: ConsoleContext, form: FormData): string {
  const target = form.get('return');
  if (
    typeof target === 'string' &&
    target.startsWith(`${context.base}/`) &&
    !target.startsWith('//') &&
    !target.includes('\\')
  )
    return target;
  return `${context.base}/`;
}

function decodeSegments(path: string): string[] | undefined {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}
