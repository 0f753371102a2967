import type { BusinessProfile } from '@cobro/core';
import type { Billing, MessageCatalog, ReminderPolicy, ResolvedReminderPolicy } from '@cobro/core';

/** Who is looking at the console, as the app's `authorize` decided. */
export interface ConsoleViewer {
  /** A stable id for the person (recorded in the audit log as `console:<id>` for every action they take). */
  readonly id: string;
  /** A display name, shown in the header and kept beside the id in the audit log. */
  readonly name?: string;
  /**
   * The id of the viewer's session (e.g. the session cookie's id). Form tokens are signed over it, so a token taken
   * from one session is refused in another. Absent: tokens are tied to the viewer id alone.
   */
  readonly sessionId?: string;
  /** May take actions (mark sent, retry, give up, record payments, pause reminders); false makes the console read-only. Default true. */
  readonly canAct?: boolean;
  /** May see full phone numbers; otherwise they are masked to their last digits. Default false. */
  readonly canSeePhoneNumbers?: boolean;
}

/** Options of {@link createConsole}. */
export interface ConsoleOptions {
  /** The app's handle from `createBilling`: the console reads its store and acts through it. */
  readonly billing: Billing;
  /**
   * Decides who may see the console (it shows personal data). Return the viewer, or `undefined` to refuse the
   * request with 401. Required: without it the console refuses every request.
   */
  readonly authorize: (request: Request) => ConsoleViewer | undefined | Promise<ConsoleViewer | undefined>;
  /** The policy given to `createBilling` (the console plans with it to show next actions and holds). Default: `defaultReminderPolicy`. */
  readonly policy?: ReminderPolicy | ResolvedReminderPolicy;
  /** The catalogues given to `createBilling`, if any (for the message preview). */
  readonly catalogs?: Readonly<Record<string, MessageCatalog>>;
  /** The clock given to `createBilling`; `() => new Date()` when absent. */
  readonly clock?: () => Date;
  /** The path the console is mounted under, e.g. `/console`; `''` when absent (mounted at the root). */
  readonly basePath?: string;
  /**
   * The key form tokens are signed with (at least 32 characters). A random one per `createConsole` call when absent,
   * which is enough for one process; give every process the same secret when several serve the console.
   */
  readonly secret?: string;
  /**
   * Origins allowed to post forms, besides the request's own (e.g. `https://admin.example.com` behind a proxy that
   * rewrites the host).
   */
  readonly allowedOrigins?: readonly string[];
  /** The time zone reports are dated in (`today` for aging); `UTC` when absent. */
  readonly timeZone?: string;
  /** The fixed part of "Pay now" URLs, for the templates shown in the message preview. */
  readonly paymentUrlBase?: string;
  /**
   * The business the message preview shows templates for (the profile given to `createBilling`): its name and, for
   * Brazil's supplier identity, its legal name, tax id and address. A placeholder business when absent.
   */
  readonly business?: BusinessProfile;
}
