import type { AxiosRequestConfig, AxiosResponse } from 'axios';
import * as axiosModule from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHttpAdapter } from '../../src/adapter/node-http-adapter';
import { nodeRequest } from '../../src/adapter/node-request';
import {
  afterBody,
  failureOf,
  type LoopbackServer,
  type ReceivedRequest,
  startLoopbackServer,
} from './loopback-server';

// nodeRequest must send and answer exactly what axios's pipeline would over the same adapter: the same requests go
// through both, and what the server received and what the caller got back are compared.
let loopback: LoopbackServer;
let seen: ReceivedRequest[] = [];

beforeAll(async () => {
  loopback = await startLoopbackServer(
    afterBody((received, response) => {
      seen.push(received);
      if (received.url === '/json')
        return response.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
      if (received.url === '/json-text') return response.writeHead(400, { 'content-type': 'text/plain' }).end('[1,2]');
      if (received.url === '/not-json') return response.writeHead(502, { 'content-type': 'text/html' }).end('<b>x</b>');
      if (received.url === '/empty') return response.writeHead(204).end();
      response.writeHead(200, { 'x-echo': received.method ?? '' }).end(received.body);
    }),
  );
});

afterAll(() => loopback.close());

const axios = axiosModule.default;
const instance = axios.create({ adapter: nodeHttpAdapter(axiosModule) });
instance.defaults.headers = { common: {} } as never;
const direct = nodeRequest(axiosModule, instance, nodeHttpAdapter(axiosModule));

class Point {
  x = 1;
}

const requests = (): AxiosRequestConfig[] => [
  { method: 'POST', url: '/json', data: { to: '+393471234567', n: [1, 2] } },
  { method: 'post', url: '/echo', data: [1, 'two'], headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  { method: 'POST', url: '/echo', data: '  {"raw":true}  ', headers: { 'content-type': 'application/json' } },
  { method: 'POST', url: '/echo', data: 'not json', headers: { 'Content-Type': 'application/json' } },
  { method: 'POST', url: '/echo', data: 'a=1&b=2' },
  { method: 'PUT', url: '/echo', data: Buffer.from('bytes') },
  { method: 'PATCH', url: '/echo' },
  { method: 'DELETE', url: '/echo', data: { gone: true } },
  { method: 'GET', url: '/json', headers: { Accept: 'application/json', 'X-Extra': 7, 'X-Off': false } },
  { url: '/json', responseType: 'text' },
  { url: '/json', responseType: 'json' },
  { url: '/json-text' },
  { url: '/not-json', responseType: 'json' },
  { url: '/empty' },
  { method: 'HEAD', url: '/json' },
  { url: `${'/echo'}`, params: { q: 'x y' } },
  { method: 'POST', url: '/echo', data: { a: 1 }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
  { method: 'POST', url: '/echo', data: new Point() },
];

const settings = (config: AxiosRequestConfig): AxiosRequestConfig => ({
  baseURL: loopback.baseURL,
  timeout: 5_000,
  validateStatus: () => true,
  maxRedirects: 0,
  ...config,
  headers: { 'User-Agent': 'cobro-test/1.0', ...config.headers },
});

const answer = ({ status, data, headers }: AxiosResponse) => {
  const { date: _date, ...rest } = (headers as { toJSON(): Record<string, unknown> }).toJSON();
  return { status, data, headers: rest };
};

describe('nodeRequest (cobro’s requests on Node without axios’s pipeline)', () => {
  it('sends and answers as axios’s pipeline does, for every body, method, header and response type', async () => {
    for (const config of requests()) {
      seen = [];
      const viaAxios = answer(await instance.request(settings(config)));
      const viaDirect = answer(await direct(settings(config)));
      expect(viaDirect, JSON.stringify(config)).toEqual(viaAxios);
      expect(seen, JSON.stringify(config)).toHaveLength(2);
      expect(seen[1], JSON.stringify(config)).toEqual(seen[0]);
    }
  });

  it('parses an error response’s body as axios does, and cancels an aborted request before sending it', async () => {
    const strict = { ...settings({ url: '/json-text' }), validateStatus: (status: number) => status < 400 };
    const [a, b] = [await failureOf(instance.request(strict)), await failureOf(direct(strict))] as {
      code: string;
      response: AxiosResponse;
    }[];
    expect([b?.code, b?.response.status, b?.response.data]).toEqual([a?.code, a?.response.status, a?.response.data]);
    expect(b?.response.data).toEqual([1, 2]);

    seen = [];
    const controller = new AbortController();
    controller.abort();
    const aborted = await failureOf(direct(settings({ url: '/json', signal: controller.signal })));
    expect(axios.isCancel(aborted)).toBe(true);
    expect(seen).toEqual([]);
  });
});
