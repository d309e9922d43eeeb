// How to read a file for SHA-256 in Node, measured on one thread: fs.readSync into a reused
// buffer, overlapped fs.read (next read in flight while hashing), and createReadStream with
// several highWaterMarks. Uses the 1-file data set of index.mjs (run that first), page cache warm.
// Run: node bench/checksums/strategies.mjs [--rounds N]
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = path.join(repo, '.bench-work', 'checksums');
const dataDir = existsSync(work)
  ? readdirSync(work).find((d) => d.startsWith('1-file-'))
  : undefined;
if (!dataDir) {
  console.error(
    'no .bench-work/checksums/1-file-*/ data: run node bench/checksums/index.mjs first',
  );
  process.exit(2);
}
const file = path.join(work, dataDir, 'model.bin');
const size = statSync(file).size;
const i = process.argv.indexOf('--rounds');
const ROUNDS = i >= 0 ? Number(process.argv[i + 1]) : 3;

function readSyncChunks(chunk) {
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(chunk);
  const hash = createHash('sha256');
  for (let n, position = 0; (n = readSync(fd, buffer, 0, chunk, position)) > 0; position += n)
    hash.update(buffer.subarray(0, n));
  closeSync(fd);
  return hash.digest('hex');
}

async function overlapped(chunk) {
  const handle = await open(file, 'r');
  let [filling, spare] = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)];
  const hash = createHash('sha256');
  let position = 0;
  let pending = handle.read(filling, 0, chunk, 0);
  for (;;) {
    const { bytesRead } = await pending;
    if (bytesRead === 0) break;
    const filled = filling;
    position += bytesRead;
    [filling, spare] = [spare, filling];
    pending = handle.read(filling, 0, chunk, position);
    hash.update(filled.subarray(0, bytesRead));
  }
  await handle.close();
  return hash.digest('hex');
}

async function stream(highWaterMark) {
  const hash = createHash('sha256');
  for await (const piece of createReadStream(file, { highWaterMark })) hash.update(piece);
  return hash.digest('hex');
}

const KiB = 1024;
const MiB = 1024 * KiB;
const strategies = [
  ['fs.readSync 256 KiB', () => readSyncChunks(256 * KiB)],
  ['fs.readSync 1 MiB', () => readSyncChunks(MiB)],
  ['fs.readSync 4 MiB', () => readSyncChunks(4 * MiB)],
  ['overlapped fs.read 1 MiB', () => overlapped(MiB)],
  ['overlapped fs.read 4 MiB', () => overlapped(4 * MiB)],
  ['createReadStream 64 KiB (default)', () => stream(64 * KiB)],
  ['createReadStream 1 MiB', () => stream(MiB)],
  ['createReadStream 4 MiB', () => stream(4 * MiB)],
];

const times = new Map(strategies.map(([name]) => [name, []]));
let expected;
for (let round = 0; round <= ROUNDS; round += 1) {
  for (const [name, run] of strategies) {
    const start = process.hrtime.bigint();
    const digest = await run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    expected ??= digest;
    if (digest !== expected) throw new Error(`${name} computed a different digest`);
    if (round > 0) times.get(name).push(seconds); // round 0 warms the page cache
  }
}
console.log(
  `one thread, ${(size / MiB).toFixed(0)} MiB file, median of ${ROUNDS} interleaved rounds:`,
);
for (const [name, list] of times) {
  list.sort((a, b) => a - b);
  const median = list[Math.floor(list.length / 2)];
  console.log(
    `  ${name.padEnd(36)} ${median.toFixed(3)} s  ${(size / 1e9 / median).toFixed(2)} GB/s`,
  );
}
