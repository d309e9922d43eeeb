/**
 * A loopback OSV API answering in the documented shape (https://google.github.io/osv.dev/api/):
 * `POST /v1/querybatch` → `{ results: [{ vulns: [{ id, modified }], next_page_token? }] }` (ids only,
 * at most `pageSize` per page), `GET /v1/vulns/{id}` → the full record, 404 for unknown ids. Matching
 * is the database's (here: our matcher over the records it holds). Faults are injectable.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { advisoryAffects, type OsvVulnerability } from '../../src/checks/deps/osv.js';

export interface FakeOsv {
  url: string;
  requests: Array<{ method: string; path: string; body?: unknown }>;
  /** Make the next matching requests fail: status code, a hang, or a malformed body. */
  fault?: { path: RegExp; kind: 'status' | 'hang' | 'garbage' | 'wrong-count'; status?: number };
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function fakeOsv(records: OsvVulnerability[], pageSize = 1000): Promise<FakeOsv> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const state: FakeOsv = {
    url: '',
    requests: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer(async (req, res) => {
    const raw = req.method === 'POST' ? await bodyOf(req) : undefined;
    const body = raw ? (JSON.parse(raw) as unknown) : undefined;
    state.requests.push({ method: req.method ?? '', path: req.url ?? '', body });
    const fault = state.fault && state.fault.path.test(req.url ?? '') ? state.fault : undefined;
    if (fault?.kind === 'hang') {
      hanging.add(res);
      return;
    }
    if (fault?.kind === 'status') {
      res.writeHead(fault.status ?? 500, { 'content-type': 'application/json' });
      res.end('{"code":13,"message":"internal"}');
      return;
    }
    if (fault?.kind === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"results": [');
      return;
    }
    if (req.method === 'POST' && req.url === '/v1/querybatch') {
      const queries = (
        body as {
          queries: Array<{
            package: { ecosystem: 'PyPI' | 'npm'; name: string };
            version: string;
            page_token?: string;
          }>;
        }
      ).queries;
      const results = queries.map((q) => {
        const hits = records
          .filter((r) => advisoryAffects(r, { ...q.package, version: q.version }))
          .map((r) => ({ id: r.id, modified: r.modified ?? '2025-01-01T00:00:00Z' }));
        const start = q.page_token ? Number(q.page_token) : 0;
        const page = hits.slice(start, start + pageSize);
        return {
          ...(page.length ? { vulns: page } : {}),
          ...(start + pageSize < hits.length ? { next_page_token: String(start + pageSize) } : {}),
        };
      });
      const answer = fault?.kind === 'wrong-count' ? results.slice(1) : results;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ results: answer }));
      return;
    }
    const match = /^\/v1\/vulns\/([^/?]+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && match) {
      const record = byId.get(decodeURIComponent(match[1]!));
      res.writeHead(record ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(record ?? { code: 5, message: 'Bug not found.' }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = state.close;
  state.close = async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await close();
  };
  return state;
}
