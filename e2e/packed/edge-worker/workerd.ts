// A Cloudflare Workers module worker.
import { handle } from './app';

export default { fetch: (request: Request) => handle(request) };
