import { type Harness, harness } from '@cm/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAnswer, postRaw, rawExchange } from './support.js';

/**
 * Bad input against the real HTTP server: whatever a stranger sends to `POST /v1/comments`, the answer is a 202
 * or a problem+json with a stable code and a status below 500, within a deadline; and every 202 ends decided in
 * Postgres with the text that was sent. Runs are bounded (numRuns) so the file stays well under a minute.
 */

/** Characters that break naive code: NUL, lone surrogates, RTL override, zero-width, BOM, astral, plane 16. */
const NASTY = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u2028',
  '\u{1f600}',
  '\u{1d54f}',
  '\u{e0041}',
  '\u{10ffff}',
  '\u0007',
  '\u001b[31m',
  '"}\n{"level":50}',
  '\\',
  '<script>',
  '%00',
];

const nastyString = (maxLength: number) =>
  fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...NASTY)), { maxLength })
    .map((parts) => parts.join(''));

/** Mostly text a database can store; now and then NUL or a lone surrogate, which must be refused by name. */
const text = (maxLength: number) =>
  fc.oneof(
    { weight: 4, arbitrary: nastyString(maxLength).filter((s) => s.isWellFormed() && !s.includes('\u0000')) },
    { weight: 1, arbitrary: nastyString(maxLength) },
  );

/** A JSON value of a wrong type (or a right one, by chance). */
const anyJson = fc.jsonValue({ maxDepth: 3 });

describe('fuzzing POST /v1/comments', () => {
  let h: Harness;
  /** Every accepted comment and the body it was sent with, checked against Postgres at the end. */
  const accepted: { id: string; body: string | undefined }[] = [];
  const keep = (id: string | undefined, body: unknown) => {
    if (id) accepted.push({ id, body: typeof body === 'string' ? body : undefined });
  };
  let inputsTried = 0;

  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h?.close());

  it('answers any JSON value with a problem+json, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        inputsTried++;
        keep(checkAnswer(await postRaw(h, JSON.stringify(value))), undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a comment with any field of any type', async () => {
    const field = <T>(valid: fc.Arbitrary<T>) =>
      fc.option(fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: anyJson, weight: 1 }), { nil: undefined });
    const comment = fc.record(
      {
        siteId: field(fc.constantFrom('demo', 'nope', '')),
        articleId: field(fc.constantFrom('a-1', 'x/y:z', '')),
        articleUrl: field(fc.webUrl()),
        articleTitle: field(fc.string()),
        author: field(fc.record({ name: field(fc.string()), id: field(fc.string()), email: field(fc.emailAddress()) })),
        body: field(fc.string({ minLength: 1 })),
        parentId: field(fc.uuid()),
        website: field(fc.string()),
        formShownAt: field(fc.integer()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(comment, async (c) => {
        inputsTried++;
        keep(checkAnswer(await postRaw(h, JSON.stringify(c)), JSON.stringify(c)), c.body);
      }),
      { numRuns: 400 },
    );
  });

  it('takes any Unicode (every plane, RTL overrides, zero-width) or refuses NUL and lone surrogates by name', async () => {
    const comment = fc.record({
      articleId: fc.constant('fuzz-article'),
      articleTitle: text(5),
      articleUrl: fc.option(
        text(3).map((s) => `https://news.example/${s}`),
        { nil: undefined, freq: 1 },
      ),
      author: fc.record({
        name: text(4).map((s) => `n${s}`),
        id: fc.option(fc.oneof(fc.constantFrom('reader-1', 'r:2'), nastyString(2)), { nil: undefined, freq: 2 }),
      }),
      body: text(30).map((s) => `b${s}`),
      website: fc.constantFrom('', '', '', '\u0000', '\ud800'),
    });
    await fc.assert(
      fc.asyncProperty(comment, async (c) => {
        inputsTried++;
        // JSON.stringify writes a lone surrogate as the escape \ud800: the parser on the other side must cope.
        const a = await postRaw(h, JSON.stringify(c));
        keep(checkAnswer(a, JSON.stringify(c)), c.body);
        if (a.status === 422 && (c.body.includes('\u0000') || !c.body.isWellFormed())) {
          const { errors } = JSON.parse(a.text) as { errors: { path: string; message: string }[] };
          expect(errors.find((e) => e.path === 'body')?.message).toMatch(/^must (not contain NUL|be well-formed)/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answers huge strings in each field', async () => {
    for (const field of ['body', 'articleTitle', 'articleId', 'name', 'articleUrl', 'website']) {
      for (const size of [10_001, 60_000, 200_000]) {
        inputsTried++;
        const huge = 'é'.repeat(size);
        const c: Record<string, unknown> = { articleId: 'a', author: { name: 'n' }, body: 'hello' };
        if (field === 'name') c.author = { name: huge };
        else c[field] = field === 'articleUrl' ? `https://x.example/${huge}` : huge;
        checkAnswer(await postRaw(h, JSON.stringify(c)), `${field} × ${size}`);
      }
    }
  });

  it('answers JSON nested 10,000 deep, as the body or inside a field', async () => {
    const depth = 10_000;
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const objects = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    for (const raw of [
      arrays,
      objects,
      `{"articleId":"a","author":{"name":"n"},"body":"deep","extra":${arrays}}`,
      `{"articleId":"a","author":{"name":"n","x":${objects}},"body":"deep"}`,
      `{"articleId":"a","author":{"name":"n"},"body":${arrays}}`,
      `${'['.repeat(30_000)}`,
    ]) {
      inputsTried++;
      keep(checkAnswer(await postRaw(h, raw), raw.slice(0, 60)), 'deep');
    }
  });

  it('answers garbage bytes and invalid UTF-8 sent as JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        inputsTried++;
        checkAnswer(await postRaw(h, bytes));
      }),
      { numRuns: 200 },
    );
    const invalid = [[0xc3, 0x28], [0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]];
    for (const seq of invalid) {
      inputsTried++;
      const before = Buffer.from('{"articleId":"a","author":{"name":"n"},"body":"bad utf-8: ');
      const body = Buffer.concat([before, Buffer.from(seq), Buffer.from('"}')]);
      const id = checkAnswer(await postRaw(h, body), `bytes ${seq}`);
      // Decoded with U+FFFD replacement: stored, and still well-formed.
      if (id) accepted.push({ id, body: undefined });
    }
  });

  it('refuses a 1 MB body with 413, with or without a Content-Length, and stays up', async () => {
    const mb = `{"articleId":"a","author":{"name":"n"},"body":"${'x'.repeat(1 << 20)}"}`;
    const a = await postRaw(h, mb);
    checkAnswer(a);
    expect(a.status).toBe(413);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 16; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
        controller.close();
      },
    });
    const b = await postRaw(h, chunked);
    checkAnswer(b);
    expect(b.status).toBe(413);
    inputsTried += 2;
    expect((await h.fetch('/healthz')).status).toBe(200);
  });

  it('answers a missing, invalid or lying Content-Length with a problem+json, never a hang', async () => {
    const json = '{"articleId":"a","author":{"name":"n"},"body":"hello"}';
    const head = (extra: string) =>
      `POST /v1/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n${extra}\r\n`;
    const cases: [string, string][] = [
      ['no length, body follows', `${head('')}${json}`],
      ['length not a number', `${head('Content-Length: abc\r\n')}${json}`],
      ['negative length', `${head('Content-Length: -1\r\n')}${json}`],
      ['two different lengths', `${head(`Content-Length: 5\r\nContent-Length: ${json.length}\r\n`)}${json}`],
      ['length larger than the body', `${head('Content-Length: 5000\r\n')}${json}`],
      ['length and chunked', `${head(`Content-Length: 3\r\nTransfer-Encoding: chunked\r\n`)}${json}`],
      ['bad chunk size', `${head('Transfer-Encoding: chunked\r\n')}zz\r\n${json}\r\n0\r\n\r\n`],
    ];
    const closed: string[] = [];
    for (const [label, request] of cases) {
      inputsTried++;
      const answer = await rawExchange(h.url, request);
      // The server may close a connection it cannot frame; if it answers, it answers with a problem.
      if (answer === undefined) {
        closed.push(label);
        continue;
      }
      expect(answer.status, label).toBeGreaterThanOrEqual(400);
      expect(answer.status, label).toBeLessThan(500);
      expect(answer.head, label).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(answer.body), label).toMatchObject({ status: answer.status, code: expect.any(String) });
    }
    // Only a body shorter than its Content-Length may end without an answer: the server waits for bytes that the
    // half-closed socket will never send, and drops the connection.
    expect(closed.filter((l) => l !== 'length larger than the body')).toEqual([]);
    expect((await h.fetch('/healthz')).status).toBe(200);
  });

  it('decides every accepted comment in Postgres, with the text exactly as sent', async () => {
    expect(accepted.length).toBeGreaterThan(20);
    for (const { id, body } of accepted) {
      await h.waitForDecision(id);
      const row = await h.db.selectFrom('comments').select('body').where('id', '=', id).executeTakeFirstOrThrow();
      if (body !== undefined) expect(row.body).toBe(body);
      expect(row.body.isWellFormed()).toBe(true);
    }
    console.log(`fuzz: ${inputsTried} inputs tried, ${accepted.length} accepted and decided, 0 answers >= 500`);
  });
});
