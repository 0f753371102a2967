import type { BusinessProfile } from '@cobro/core';
import type { Billing, BillingStoreV1, MessageCatalog, ReminderPolicy, ResolvedReminderPolicy } from '@cobro/core';
import type { ConsoleViewer } from './console-options';

/** What every view and action gets: the billing handle, the viewer and the request's settings. */
export interface ConsoleContext {
  readonly billing: Billing;
  readonly store: BillingStoreV1;
  readonly policy: ReminderPolicy | ResolvedReminderPolicy;
  readonly catalogs: Readonly<Record<string, MessageCatalog>> | undefined;
  readonly now: Date;
  /** The mount path, without a trailing slash. */
  readonly base: string;
  readonly viewer: ConsoleViewer;
  /** The viewer's form token. */
  readonly csrfToken: string;
  readonly timeZone: string;
  readonly paymentUrlBase: string;
  /** The business the preview's templates are built for. */
  readonly business: BusinessProfile;
  readonly url: URL;
}
