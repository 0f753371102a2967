import { createMemoryStore } from '@cobro/core';
import { describeBillingStoreContract } from './billing-store-contract';

describeBillingStoreContract('createMemoryStore', () => createMemoryStore());
