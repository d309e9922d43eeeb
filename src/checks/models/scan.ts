/**
 * One model file: recognise its format by magic bytes (and extension where magic is silent), run
 * the matching reader, and turn what it saw into issues with their evidence (archive member,
 * opcode offset, imported global). Nothing is ever unpickled, imported or decompressed past a cap;
 * tensor payloads are skipped by offset.
 */
import {
  constants,
  fstatSync,
  lstatSync,
  openSync,
  closeSync,
  realpathSync,
  readSync,
} from 'node:fs';
import path from 'node:path';
import { gunzipSync, inflateSync } from 'node:zlib';
import { isInside } from '../../util/fs.js';
import { judgeGlobal } from './globals.js';
import { judgeKerasConfig } from './keras.js';
import { isNpy, NpyProblem, readNpyHeader } from './npy.js';
import { OnnxProblem, readOnnxExternalData } from './onnx.js';
import { OPCODES } from './opcodes.js';
import { walkPickles, type PickleScan } from './pickle.js';
import type { RuleId } from './rules.js';
import { checkSafetensors } from './safetensors.js';
import { BufferSource, FileSource, type ByteSource } from './source.js';
import { openZip, ZipProblem, type OpenZip, type ZipMember } from './zip.js';

export type ModelFormat =
  | 'pickle'
  | 'joblib-compressed'
  | 'pytorch-zip'
  | 'zip'
  | 'npz'
  | 'keras'
  | 'npy'
  | 'safetensors'
  | 'onnx';

export interface ModelIssue {
  rule: RuleId;
  message: string;
  member?: string;
  offset?: number;
  /** `module.name` of the imported global the issue is about. */
  global?: string;
  severity?: 'critical' | 'medium';
}

export interface ArtifactScan {
  /** Root-relative path. */
  file: string;
  format?: ModelFormat;
  /** Loading it runs pickle (a pickle file, a PyTorch archive, an object array). */
  pickleBased: boolean;
  issues: ModelIssue[];
  /** Globals seen, `module.name` → verdict, for the report's details. */
  globals: Record<string, string>;
  size: number;
  bytesRead: number;
  /** Why a file that looked like a model was not analysed (an ONNX file that is no ModelProto). */
  notes: string[];
}

/** Extensions that name a pickle (or a pickle inside a zip): a stream that does not parse is a finding. */
const PICKLE_EXTENSIONS = new Set([
  '.pkl',
  '.pickle',
  '.joblib',
  '.pt',
  '.pth',
  '.ckpt',
  '.sav',
  '.dill',
  '.p',
]);
/** Extensions that are sometimes pickles, sometimes raw bytes: walked, and kept only if they import. */
const MAYBE_PICKLE_EXTENSIONS = new Set(['.bin', '.model', '.dat', '.data', '.mar', '.pickled']);
/** Extensions this scan recognises at all (for "model files a PR adds"). */
export const MODEL_EXTENSIONS = [
  ...PICKLE_EXTENSIONS,
  ...MAYBE_PICKLE_EXTENSIONS,
  '.npy',
  '.npz',
  '.keras',
  '.safetensors',
  '.onnx',
  '.h5',
  '.hdf5',
];

/** Members read from an archive (data.pkl, config.json, an object array). */
export const MAX_MEMBER_BYTES = 256 * 1024 * 1024;
/** A compressed joblib file is inflated up to this many bytes. */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
const MAX_KERAS_CONFIG = 16 * 1024 * 1024;

export async function scanArtifact(root: string, file: string): Promise<ArtifactScan> {
  const scan: ArtifactScan = {
    file,
    pickleBased: false,
    issues: [],
    globals: {},
    size: 0,
    bytesRead: 0,
    notes: [],
  };
  const absolute = path.join(root, file);
  const link = lstatSync(absolute);
  let target = absolute;
  if (link.isSymbolicLink()) {
    let real: string | undefined;
    try {
      real = realpathSync(absolute);
    } catch {
      real = undefined;
    }
    if (!real || !isInside(realpathSync(root), real)) {
      scan.issues.push({
        rule: 'symlink-escape',
        message: `${file} is a symlink to a file outside the root; not scanned`,
      });
      return scan;
    }
    target = real;
  }
  const fd = openSync(target, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return scan;
    scan.size = stat.size;
    const source = new FileSource(fd, stat.size);
    try {
      await dispatch(scan, fd, source, path.extname(file).toLowerCase(), root);
    } finally {
      scan.bytesRead += source.bytesRead;
    }
  } finally {
    closeSync(fd);
  }
  return scan;
}

async function dispatch(
  scan: ArtifactScan,
  fd: number,
  source: FileSource,
  ext: string,
  root: string,
): Promise<void> {
  const head = source.read(0, 16);
  if (isZip(head)) return scanZip(scan, fd, ext);
  if (isNpy(head)) return scanNpy(scan, source, undefined);
  if (ext === '.safetensors' || (ext !== '.onnx' && looksLikeSafetensors(head, source.size))) {
    scan.format = 'safetensors';
    for (const problem of checkSafetensors(source).problems) {
      scan.issues.push({ rule: 'safetensors-malformed', message: problem });
    }
    return;
  }
  if (ext === '.onnx') return scanOnnx(scan, source, root);
  if (PICKLE_EXTENSIONS.has(ext) || (head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5)) {
    const compressed = compressionOf(head);
    if (compressed) return scanCompressedJoblib(scan, fd, source.size, compressed);
    scan.format = 'pickle';
    scan.pickleBased = true;
    judgePickle(scan, walkPickles(source), undefined);
    return;
  }
  if (MAYBE_PICKLE_EXTENSIONS.has(ext) && head.length > 0 && OPCODES[head[0]!]) {
    const walked = walkPickles(source);
    if (
      walked.globals.length > 0 ||
      (walked.pickles > 0 && walked.problems.length === 0) ||
      walked.protocol > 0
    ) {
      scan.format = 'pickle';
      scan.pickleBased = true;
      judgePickle(scan, walked, undefined);
    }
  }
}

function isZip(head: Uint8Array): boolean {
  return (
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))
  );
}

function looksLikeSafetensors(head: Uint8Array, size: number): boolean {
  if (head.length < 9 || head[8] !== 0x7b) return false;
  const length = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
  return length > 1n && length + 8n <= BigInt(size);
}

type Compression = 'zlib' | 'gzip' | 'bz2' | 'xz' | 'lz4' | 'lzma' | 'joblib-zf';

/** joblib's compressor magics (joblib/compressor.py, numpy_pickle_utils.py). */
function compressionOf(head: Uint8Array): Compression | undefined {
  if (head[0] === 0x78 && ((head[0] << 8) | head[1]!) % 31 === 0) return 'zlib';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) return 'bz2';
  if (
    head[0] === 0xfd &&
    head[1] === 0x37 &&
    head[2] === 0x7a &&
    head[3] === 0x58 &&
    head[4] === 0x5a
  )
    return 'xz';
  if (head[0] === 0x04 && head[1] === 0x22 && head[2] === 0x4d && head[3] === 0x18) return 'lz4';
  if (head[0] === 0x5d && head[1] === 0x00 && head[2] === 0x00) return 'lzma';
  if (head[0] === 0x5a && head[1] === 0x46) return 'joblib-zf';
  return undefined;
}

function scanCompressedJoblib(
  scan: ArtifactScan,
  fd: number,
  size: number,
  compression: Compression,
): void {
  scan.format = 'joblib-compressed';
  scan.pickleBased = true;
  if (compression !== 'zlib' && compression !== 'gzip') {
    scan.issues.push({
      rule: 'unreadable',
      message: `${compression}-compressed pickle: pipeguard inflates only zlib and gzip, so its imports are unknown`,
    });
    return;
  }
  if (size > MAX_INFLATED_BYTES) {
    scan.issues.push({
      rule: 'unreadable',
      message: `compressed pickle of ${size} bytes (at most ${MAX_INFLATED_BYTES} are read)`,
    });
    return;
  }
  const compressed = Buffer.alloc(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, compressed, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  scan.bytesRead += got;
  let inflated: Buffer;
  try {
    const options = { maxOutputLength: MAX_INFLATED_BYTES };
    inflated =
      compression === 'zlib' ? inflateSync(compressed, options) : gunzipSync(compressed, options);
  } catch (error) {
    scan.issues.push({
      rule: 'unreadable',
      message: `the ${compression} stream cannot be inflated within ${MAX_INFLATED_BYTES} bytes (${(error as Error).message.slice(0, 120)})`,
    });
    return;
  }
  judgePickle(
    scan,
    walkPickles(new BufferSource(inflated), { plainReading: false }),
    `${compression}-inflated stream`,
  );
}

function scanNpy(scan: ArtifactScan, source: ByteSource, member: string | undefined): void {
  scan.format ??= 'npy';
  try {
    const header = readNpyHeader(source);
    if (!header.objectDtype) return;
    scan.pickleBased = true;
    judgePickle(
      scan,
      walkPickles(source, { start: header.dataOffset, trailing: 'ignore' }),
      member,
    );
  } catch (error) {
    if (!(error instanceof NpyProblem)) throw error;
    scan.issues.push({
      rule: 'npy-malformed',
      message: error.message,
      ...(member ? { member } : {}),
    });
  }
}

function scanOnnx(scan: ArtifactScan, source: FileSource, root: string): void {
  scan.format = 'onnx';
  let external;
  try {
    external = readOnnxExternalData(source);
  } catch (error) {
    if (!(error instanceof OnnxProblem)) throw error;
    // No loader can read it either, so it names no external data: noted, not a finding.
    scan.notes.push(
      `not a ModelProto pipeguard can walk (${error.message}); external data not checked`,
    );
    return;
  }
  const modelDir = path.join(root, path.dirname(scan.file));
  const seen = new Set<string>();
  for (const entry of external) {
    const location = entry.location ?? '';
    if (seen.has(location)) continue;
    seen.add(location);
    const where = `tensor ${JSON.stringify(entry.tensor ?? '?')} (TensorProto at offset ${entry.offset})`;
    const shown = JSON.stringify(location.slice(0, 300));
    const escape = externalDataEscape(location) ?? escapeOnDisk(modelDir, location);
    if (escape === 'missing') {
      scan.issues.push({
        rule: 'onnx-external-data-missing',
        message: `${where}: external data file ${shown} does not exist beside the model`,
        offset: entry.offset,
      });
    } else if (escape) {
      scan.issues.push({
        rule: 'onnx-external-data-escape',
        message: `${where}: external data location ${shown} ${escape}`,
        offset: entry.offset,
      });
    }
  }
}

/** Why an external-data location is not a plain relative path inside the model directory. */
export function externalDataEscape(location: string): string | undefined {
  if (location === '') return 'is empty';
  if (location.includes('\0')) return 'contains a NUL byte';
  const normalised = location.replace(/\\/g, '/');
  if (normalised.startsWith('/') || /^[A-Za-z]:/.test(normalised)) return 'is absolute';
  if (normalised.split('/').includes('..')) return 'climbs out with ".."';
  return undefined;
}

/** A relative location on disk: present, and (through symlinks) still inside the model directory. */
function escapeOnDisk(modelDir: string, location: string): string | undefined {
  let real: string;
  let realDir: string;
  try {
    real = realpathSync(path.join(modelDir, location.replace(/\\/g, '/')));
    realDir = realpathSync(modelDir);
  } catch {
    return 'missing';
  }
  return isInside(realDir, real) ? undefined : 'is a symlink out of the model directory';
}

async function scanZip(scan: ArtifactScan, fd: number, ext: string): Promise<void> {
  scan.format = 'zip';
  let zip: OpenZip;
  try {
    zip = await openZip(fd);
  } catch (error) {
    if (!(error instanceof ZipProblem)) throw error;
    if (
      PICKLE_EXTENSIONS.has(ext) ||
      ext === '.npz' ||
      ext === '.keras' ||
      MAYBE_PICKLE_EXTENSIONS.has(ext)
    ) {
      scan.issues.push({
        rule: 'unreadable',
        message: `the zip archive cannot be read: ${error.message}`,
      });
    }
    return;
  }
  try {
    const names = new Set(zip.members.map((m) => m.name));
    const pickles = zip.members.filter((m) => isPickleMember(m.name));
    const arrays = zip.members.filter((m) => m.name.toLowerCase().endsWith('.npy'));
    const isKeras = ext === '.keras' || (names.has('config.json') && names.has('metadata.json'));
    if (pickles.some((m) => /(^|\/)data\.pkl$/.test(m.name))) scan.format = 'pytorch-zip';
    else if (isKeras) scan.format = 'keras';
    else if (arrays.length > 0 || ext === '.npz') scan.format = 'npz';
    for (const member of pickles) {
      scan.pickleBased = true;
      const bytes = await readMemberOrIssue(scan, zip, member, MAX_MEMBER_BYTES);
      if (bytes) judgePickle(scan, walkPickles(new BufferSource(bytes)), member.name);
    }
    for (const member of arrays) await scanNpzMember(scan, zip, member);
    if (isKeras) await scanKeras(scan, zip);
  } finally {
    zip.close();
  }
}

/** `data.pkl`, `constants.pkl`, any `*.pkl` — never the tensor payloads under `data/`. */
function isPickleMember(name: string): boolean {
  const lower = name.toLowerCase();
  if (/(^|\/)data\//.test(lower) && !lower.endsWith('.pkl')) return false;
  return lower.endsWith('.pkl') || lower.endsWith('.pickle');
}

async function readMemberOrIssue(
  scan: ArtifactScan,
  zip: OpenZip,
  member: ZipMember,
  cap: number,
): Promise<Buffer | undefined> {
  try {
    const bytes = await zip.read(member, cap);
    scan.bytesRead += bytes.length;
    return bytes;
  } catch (error) {
    if (!(error instanceof ZipProblem)) throw error;
    scan.issues.push({ rule: 'unreadable', message: error.message, member: member.name });
    return undefined;
  }
}

async function scanNpzMember(scan: ArtifactScan, zip: OpenZip, member: ZipMember): Promise<void> {
  // The header is at the start; a numeric array is never inflated past it.
  let prefix: Buffer;
  try {
    prefix = await zip.readPrefix(member, 64 * 1024);
  } catch (error) {
    if (!(error instanceof ZipProblem)) throw error;
    scan.issues.push({ rule: 'unreadable', message: error.message, member: member.name });
    return;
  }
  scan.bytesRead += prefix.length;
  let header;
  try {
    header = readNpyHeader(new BufferSource(prefix));
  } catch (error) {
    if (!(error instanceof NpyProblem)) throw error;
    scan.issues.push({ rule: 'npy-malformed', message: error.message, member: member.name });
    return;
  }
  if (!header.objectDtype) return;
  scan.pickleBased = true;
  const bytes = await readMemberOrIssue(scan, zip, member, MAX_MEMBER_BYTES);
  if (bytes)
    judgePickle(
      scan,
      walkPickles(new BufferSource(bytes), { start: header.dataOffset, trailing: 'ignore' }),
      member.name,
    );
}

async function scanKeras(scan: ArtifactScan, zip: OpenZip): Promise<void> {
  const config = zip.members.find((m) => m.name === 'config.json');
  if (!config) {
    scan.issues.push({ rule: 'keras-malformed', message: 'the archive has no config.json' });
    return;
  }
  const bytes = await readMemberOrIssue(scan, zip, config, MAX_KERAS_CONFIG);
  if (!bytes) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    scan.issues.push({
      rule: 'keras-malformed',
      message: `config.json is not UTF-8 JSON (${(error as Error).message.slice(0, 120)})`,
      member: 'config.json',
    });
    return;
  }
  try {
    for (const finding of judgeKerasConfig(parsed)) {
      scan.issues.push({
        rule: finding.kind === 'lambda' ? 'keras-lambda' : 'keras-custom-object',
        message: `${finding.message} (config.json${finding.pointer ? ` at ${finding.pointer}` : ''})`,
        member: 'config.json',
        severity: finding.severity,
      });
    }
  } catch (error) {
    scan.issues.push({
      rule: 'keras-malformed',
      message: (error as Error).message,
      member: 'config.json',
    });
  }
}

/** Turn one walk into issues: one per distinct global (first offset, count), one per problem. */
export function judgePickle(
  scan: ArtifactScan,
  walked: PickleScan,
  member: string | undefined,
): void {
  const at = member ? { member } : {};
  const seen = new Map<
    string,
    { offset: number; count: number; called: boolean; opcode: string; module: string; name: string }
  >();
  for (const g of walked.globals) {
    const key = `${g.module}\0${g.name}`;
    const known = seen.get(key);
    if (known) {
      known.count += 1;
      known.called ||= g.called;
    } else {
      seen.set(key, {
        offset: g.offset,
        count: 1,
        called: g.called,
        opcode: g.opcode,
        module: g.module,
        name: g.name,
      });
    }
  }
  for (const g of seen.values()) {
    const judged = judgeGlobal(g.module, g.name);
    scan.globals[judged.qualified] = judged.verdict;
    if (judged.verdict === 'allowed') continue;
    const where = `${g.opcode} at offset ${g.offset}${member ? ` in ${member}` : ''}${g.count > 1 ? ` (${g.count} times)` : ''}`;
    const shown = printable(judged.qualified);
    scan.issues.push({
      rule: judged.verdict === 'critical' ? 'pickle-code-execution' : 'pickle-unknown-global',
      message:
        judged.verdict === 'critical'
          ? `imports ${shown}${g.called ? ' and calls it' : ''} (${where}): ${judged.reason}`
          : `imports ${shown}${g.called ? ' and calls it' : ''} (${where}), ${judged.reason}`,
      offset: g.offset,
      global: judged.qualified,
      ...at,
    });
  }
  for (const problem of walked.problems) {
    const where = `offset ${problem.offset}${member ? ` in ${member}` : ''}`;
    scan.issues.push({
      rule: problem.kind === 'unresolved-global' ? 'pickle-hidden-import' : 'pickle-malformed',
      message: `${problem.message} (${where})`,
      offset: problem.offset,
      ...at,
    });
  }
}

/** Names from a PR-chosen file, safe to print in one line. */
function printable(text: string): string {
  const clipped = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return /^[\x21-\x7e]+$/.test(clipped) ? clipped : JSON.stringify(clipped);
}
