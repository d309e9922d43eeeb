// Settings and small helpers every part of the secrets bench shares.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const work = path.join(root, '.bench-work', 'secrets');
/** The pinned Node 24 both tools and the read floor run on. */
export const node24 = path.join(root, 'node_modules', '.bin', 'node');
export const quick = process.env.BENCH_QUICK === '1';
/** Runs per tool and tree (alternating), and per diff / staged measurement. */
export const TREE_RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
export const MODE_RUNS = Math.max(5, Number(process.env.BENCH_MODE_RUNS ?? 5));

/** The CLI measured: this worktree's build (BENCH_CLI: another build's cli/index.js). */
export const cli = path.resolve(
  process.env.BENCH_CLI ?? path.join(root, 'dist', 'cli', 'index.js'),
);
/**
 * BENCH_PIPEGUARD_CLI: a saved copy of an older build (its cli/index.js or the folder holding it),
 * run beside the current one; their finding sets must be identical.
 */
export const oldCli = process.env.BENCH_PIPEGUARD_CLI
  ? resolveCli(process.env.BENCH_PIPEGUARD_CLI)
  : undefined;

function resolveCli(given) {
  const full = path.resolve(given);
  return existsSync(path.join(full, 'index.js')) ? path.join(full, 'index.js') : full;
}

export function ensureWork() {
  mkdirSync(work, { recursive: true });
}

export const fmt = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
export const mb = (bytes) => bytes / 1024 / 1024;

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
