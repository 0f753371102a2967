/**
 * The steps of one send through the outbox, in order. A crash between any two leaves the outbox in a state the next
 * run resolves without sending twice or skipping: `enqueue` (the send is recorded as pending), `begin` (a worker
 * takes it under a lease), `call` (the channel is asked), `finish` (the outcome is recorded), `log` (the message log
 * and the audit log are written).
 */
export type SendStep = 'enqueue' | 'begin' | 'call' | 'finish' | 'log';
