/** The committed example exception and its committed signatures hold, at a time inside their window. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/checks/eval-gate/gate.js';
import { gateParams } from '../../src/checks/eval-gate/index.js';
import { gateResult } from '../../src/checks/eval-gate/result.js';
import { verifyExceptions } from '../../src/checks/eval-gate/verify.js';
import { createContext } from '../../src/engine.js';

const ROOT = path.resolve(__dirname, '../../examples/ml-project');
const RUN = 'runs/run-2026-11-21-candidate';
const ctxAt = async (iso: string) =>
  createContext({
    root: ROOT,
    env: {},
    log: { info: () => undefined, warn: () => undefined, debug: () => undefined },
    now: new Date(iso),
  });

describe('examples/ml-project (committed files)', () => {
  it('the committed signatures verify and the exception covers the failing run', async () => {
    const ctx = await ctxAt('2026-11-25T00:00:00Z');
    expect((await verifyExceptions(ctx, [], { pendingOk: false })).status).toBe('pass');
    const params = gateParams(ctx, {
      metrics: `${RUN}/metrics.json`,
      manifest: `${RUN}/artifact/checksum.sha256`,
    });
    const result = gateResult(await decide(ctx, params), ctx);
    expect(result.status).toBe('pass');
    expect(result.outputs!['exceptions-applied']).toBe('EXC-2026-11-21-sentiment');
  });

  it('the released run passes on its own and the exception raises nothing there', async () => {
    const ctx = await ctxAt('2027-06-01T00:00:00Z');
    const result = gateResult(await decide(ctx, gateParams(ctx)), ctx);
    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([]);
  });

  it('after it expires the failing run is blocked again', async () => {
    const ctx = await ctxAt('2026-12-20T00:00:00Z');
    const params = gateParams(ctx, {
      metrics: `${RUN}/metrics.json`,
      manifest: `${RUN}/artifact/checksum.sha256`,
    });
    const result = gateResult(await decide(ctx, params), ctx);
    expect(result.status).toBe('blocked');
    expect(result.findings.find((f) => f.rule === 'exception-expired')).toMatchObject({
      file: 'exceptions/sentiment-distilbert-20261121.yml',
      line: 17,
    });
  });
});
