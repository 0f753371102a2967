export { createMemoryStore } from './memory-store';
export { createOutboxKey } from './outbox-key';
