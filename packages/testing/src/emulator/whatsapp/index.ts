export {
  createWhatsAppEmulator,
  type WhatsAppEmulator,
  type WhatsAppEmulatorFault,
  type WhatsAppEmulatorOptions,
  type WhatsAppEmulatorRequest,
} from './create-whatsapp-emulator';
export { validateWhatsAppMessageRequest } from './validate-whatsapp-request';
