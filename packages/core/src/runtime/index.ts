export {
  type CobroEventError,
  type CobroEventListener,
  type CobroEventMap,
  type CobroEventName,
  type CobroEvents,
  type CreateEventBusOptions,
  createEventBus,
} from './events';
