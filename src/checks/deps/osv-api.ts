/**
 * OSV's online API (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` with one query
 * per distinct (ecosystem, name, version) — at most 1000 per request — following each result's
 * `next_page_token`, then `GET /v1/vulns/{id}` once per advisory id for the full record. Every
 * request has a timeout and a size cap on its answer; any error, a non-2xx status, an answer not in
 * the documented shape or more pages than a sane bound is an InputError (exit 2): a lookup that
 * failed never reads as "no vulnerabilities".
 */
import { InputError } from '../../util/errors.js';
import type { Dependency, Ecosystem } from './manifests.js';
import { checkRecord, isAdvisoryId, type OsvVulnerability } from './osv.js';

export const DEFAULT_OSV_API = 'https://api.osv.dev';
/** The API's documented limit of queries in one batch. */
export const BATCH_SIZE = 1000;
const MAX_PAGES = 100;
const MAX_BATCH_ANSWER_BYTES = 32 * 1024 * 1024;
const MAX_RECORD_BYTES = 4 * 1024 * 1024;
const DETAIL_CONCURRENCY = 8;

export interface ApiOptions {
  baseUrl: string;
  timeoutMs: number;
  /** For tests: another fetch. */
  fetch?: typeof fetch;
}

export interface PackageQuery {
  ecosystem: Ecosystem;
  name: string;
  version: string;
}

/** Advisory ids per query (same order as the queries), and every full record by id. */
export interface ApiAnswer {
  ids: string[][];
  records: Map<string, OsvVulnerability>;
}

export async function queryOsvApi(
  queries: PackageQuery[],
  options: ApiOptions,
): Promise<ApiAnswer> {
  const base = baseUrlOf(options.baseUrl);
  const ids: string[][] = queries.map(() => []);
  for (let start = 0; start < queries.length; start += BATCH_SIZE) {
    const slice = queries.slice(start, start + BATCH_SIZE);
    let pending = slice.map((query, i) => ({
      index: start + i,
      query,
      token: undefined as string | undefined,
    }));
    for (let page = 0; pending.length > 0; page++) {
      if (page >= MAX_PAGES)
        throw new InputError(
          `OSV API: more than ${MAX_PAGES} pages of results for one batch`,
          base,
        );
      const body = {
        queries: pending.map(({ query, token }) => ({
          package: { ecosystem: query.ecosystem, name: query.name },
          version: query.version,
          ...(token ? { page_token: token } : {}),
        })),
      };
      const answer = await requestJson(`${base}/v1/querybatch`, options, MAX_BATCH_ANSWER_BYTES, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const results = (answer as { results?: unknown }).results;
      if (!Array.isArray(results) || results.length !== pending.length) {
        throw new InputError(
          `OSV API: querybatch answered ${Array.isArray(results) ? results.length : 'no'} results for ${pending.length} queries`,
          base,
        );
      }
      const next: typeof pending = [];
      results.forEach((result: unknown, i) => {
        const item = pending[i]!;
        const r = (result ?? {}) as { vulns?: unknown; next_page_token?: unknown };
        if (r.vulns !== undefined && !Array.isArray(r.vulns))
          throw new InputError('OSV API: a querybatch result has a non-list `vulns`', base);
        for (const v of (r.vulns ?? []) as unknown[]) {
          const id = (v as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || !isAdvisoryId(id))
            throw new InputError('OSV API: a querybatch result names no valid advisory id', base);
          if (!ids[item.index]!.includes(id)) ids[item.index]!.push(id);
        }
        if (typeof r.next_page_token === 'string' && r.next_page_token !== '')
          next.push({ ...item, token: r.next_page_token });
      });
      pending = next;
    }
  }
  const unique = [...new Set(ids.flat())].sort();
  const records = new Map<string, OsvVulnerability>();
  let cursor = 0;
  const worker = async (): Promise<void> => {
    while (cursor < unique.length) {
      const id = unique[cursor++]!;
      const record = await requestJson(
        `${base}/v1/vulns/${encodeURIComponent(id)}`,
        options,
        MAX_RECORD_BYTES,
        { method: 'GET' },
      );
      records.set(id, checkRecord(record, base, id));
    }
  };
  await Promise.all(Array.from({ length: Math.min(DETAIL_CONCURRENCY, unique.length) }, worker));
  return { ids, records };
}

function baseUrlOf(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(`OSV API URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(`OSV API URL must be http(s): ${raw}`);
  if (url.username || url.password) throw new InputError('OSV API URL must not carry credentials');
  return url.toString().replace(/\/+$/, '');
}

async function requestJson(
  url: string,
  options: ApiOptions,
  maxBytes: number,
  init: RequestInit,
): Promise<unknown> {
  const doFetch = options.fetch ?? fetch;
  const where = url.replace(/\?.*$/, '');
  let response: Response;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    response = await doFetch(url, { ...init, signal, redirect: 'error' });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const why =
      e.name === 'TimeoutError'
        ? `no answer within ${options.timeoutMs / 1000} s`
        : (e.cause?.code ?? e.message);
    throw new InputError(`OSV API request failed (${why})`, where);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new InputError(`OSV API answered HTTP ${response.status}`, where);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new InputError(`OSV API answer is larger than ${maxBytes} bytes`, where);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new InputError(`OSV API answer is larger than ${maxBytes} bytes`, where);
        }
        chunks.push(value);
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as Error;
    const why =
      e.name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : e.message;
    throw new InputError(`OSV API answer broke off (${why})`, where);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new InputError('OSV API answer is not JSON', where);
  }
}

/** The distinct lookups behind a list of dependencies (same package and version: one query). */
export function queriesOf(
  dependencies: Dependency[],
  key: (d: Dependency) => string,
): PackageQuery[] {
  const seen = new Map<string, PackageQuery>();
  for (const d of dependencies) {
    const k = key(d);
    if (!seen.has(k)) seen.set(k, { ecosystem: d.ecosystem, name: d.name, version: d.version });
  }
  return [...seen.values()];
}
