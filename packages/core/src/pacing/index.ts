export { createRateLimiter, type RateLimiter, type RateLimiterOptions } from './create-rate-limiter';
export { createLocalSlotReserver, type ReserveSendSlots, type SendSlotRequest } from './reserve-send-slots';
