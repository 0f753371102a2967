import { createMemoryStore } from '@cobro/core';
import { runBillingStoreContract } from '../src/vitest';

// The published store contract on the embedded default: the same suite @cobro/postgres runs on PGlite and PostgreSQL.
runBillingStoreContract({ name: 'memory', create: () => createMemoryStore() });
