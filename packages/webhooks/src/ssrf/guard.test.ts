import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WebhookSender } from '../delivery/sender.js';
import { classifyAddress } from './address-policy.js';
import { checkEndpointUrl, guardedLookup, type Resolver } from './guard.js';

/** A resolver that answers from a table and never touches DNS (a rebinding attacker's, in these tests). */
const table =
  (answers: Record<string, string[]>): Resolver =>
  async (host) =>
    (answers[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('address classes', () => {
  it.each([
    ['93.184.215.14', 'public'],
    ['2606:4700::6810:84e5', 'public'],
    ['127.0.0.1', 'private'],
    ['::1', 'private'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fc00::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['169.254.169.254', 'forbidden'],
    ['169.254.1.1', 'forbidden'],
    ['fe80::1', 'forbidden'],
    ['fd00:ec2::254', 'forbidden'],
    ['100.100.100.200', 'forbidden'],
    ['::ffff:169.254.169.254', 'forbidden'],
    ['0.0.0.0', 'forbidden'],
    ['224.0.0.1', 'forbidden'],
  ])('%s is %s', (address, cls) => {
    expect(classifyAddress(address)).toBe(cls);
  });
});

describe('registration check', () => {
  const strict = { allowPrivateNetworks: false };
  const open = { allowPrivateNetworks: true };

  it('refuses private, loopback and metadata hosts, literal or resolved', async () => {
    const resolve = table({ 'intranet.example': ['10.1.2.3'], 'mixed.example': ['93.184.215.14', '127.0.0.1'] });
    for (const url of [
      'http://10.0.0.1/hook',
      'http://127.0.0.1:8080/',
      'http://[::1]/',
      'http://0x7f.1/',
      'http://[::ffff:a00:1]/',
    ]) {
      expect(await checkEndpointUrl(url, strict, resolve), url).toMatch(/private or loopback/);
    }
    expect(await checkEndpointUrl('https://intranet.example/hook', strict, resolve)).toMatch(/resolves to 10\.1\.2\.3/);
    // One bad address among good ones is enough: the connection could pick it.
    expect(await checkEndpointUrl('https://mixed.example/hook', strict, resolve)).toMatch(/127\.0\.0\.1/);
    expect(await checkEndpointUrl('http://169.254.169.254/latest/meta-data', strict, resolve)).toMatch(/link-local/);
  });

  it('allows private networks with the flag, but never link-local or metadata', async () => {
    const resolve = table({ 'metadata.example': ['169.254.169.254'] });
    expect(await checkEndpointUrl('http://127.0.0.1:9/hook', open, resolve)).toBeUndefined();
    expect(await checkEndpointUrl('http://10.0.0.1/hook', open, resolve)).toBeUndefined();
    expect(await checkEndpointUrl('http://169.254.169.254/', open, resolve)).toMatch(/link-local/);
    expect(await checkEndpointUrl('http://[fe80::1]/', open, resolve)).toMatch(/link-local/);
    expect(await checkEndpointUrl('http://metadata.example/', open, resolve)).toMatch(/link-local/);
  });

  it('refuses other schemes, credentials and names that do not resolve', async () => {
    const resolve = table({});
    expect(await checkEndpointUrl('ftp://93.184.215.14/', strict, resolve)).toMatch(/http/);
    expect(await checkEndpointUrl('https://user:pw@93.184.215.14/', strict, resolve)).toMatch(/credentials/);
    expect(await checkEndpointUrl('https://nowhere.example/', strict, resolve)).toMatch(/does not resolve/);
    expect(await checkEndpointUrl('https://93.184.215.14/hook', strict, resolve)).toBeUndefined();
  });
});

describe('connection-time check', () => {
  it('the lookup refuses a name that now resolves to a forbidden address (DNS rebinding)', async () => {
    const lookup = guardedLookup({ allowPrivateNetworks: true }, table({ 'rebind.example': ['169.254.169.254'] }));
    const err = await new Promise<Error | null>((resolve) =>
      lookup('rebind.example', { all: true }, (e) => resolve(e)),
    );
    expect(err?.message).toMatch(/link-local/);
  });

  it('the sender never opens a connection to a name that rebinds to loopback', async () => {
    // A loopback server stands in for the internal service the attacker aims at: it must see no request.
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const resolver = table({ 'rebind.example': ['127.0.0.1'] });
    const strict = new WebhookSender({ allowPrivateNetworks: false, timeoutMs: 2_000, resolver });
    const open = new WebhookSender({ allowPrivateNetworks: true, timeoutMs: 2_000, resolver });
    try {
      const url = `http://rebind.example:${port}/hook`;
      const refused = await strict.send({ url, body: '{}', headers: {} });
      expect(refused.outcome).toBe('refused');
      expect(refused.error).toMatch(/private or loopback/);
      expect(hits).toBe(0);
      // The same request with the operator's flag goes through: the refusal above was the guard's doing.
      expect((await open.send({ url, body: '{}', headers: {} })).outcome).toBe('succeeded');
      expect(hits).toBe(1);
    } finally {
      await strict.close();
      await open.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses an IP literal before any connection (net.connect skips lookup for those)', async () => {
    // Loopback only: were the guard broken, the request would land here and not on a real private address.
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const sender = new WebhookSender({ allowPrivateNetworks: false, timeoutMs: 1_000, resolver: table({}) });
    try {
      const res = await sender.send({ url: `http://127.0.0.1:${port}/hook`, body: '{}', headers: {} });
      expect(res).toMatchObject({ outcome: 'refused', statusCode: null });
      expect(hits).toBe(0);
    } finally {
      await sender.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
