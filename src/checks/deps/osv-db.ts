/**
 * OSV's offline data: the per-ecosystem export archive (`<Ecosystem>/all.zip`, one OSV JSON
 * record per member, https://google.github.io/osv.dev/data/#data-dumps) read through yauzl, or a
 * folder of such records (the archive unpacked). Reads are bounded — archive size, member count,
 * each member's size, the total inflated bytes and the inflate ratio (zip bombs), with yauzl
 * checking every member inflates to its declared size — and nothing is ever written to disk.
 * Only records naming a wanted (ecosystem, package) are kept.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { InputError } from '../../util/errors.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import { normalizePypiName, type Ecosystem } from './manifests.js';
import { checkRecord, type OsvVulnerability } from './osv.js';

export const LIMITS = {
  archiveBytes: 2 * 1024 * 1024 * 1024,
  members: 2_000_000,
  memberBytes: 16 * 1024 * 1024,
  totalBytes: 8 * 1024 * 1024 * 1024,
  /** Archives up to this size are read whole; larger ones stream member by member. */
  inMemoryBytes: 512 * 1024 * 1024,
  /** Inflated bytes per compressed byte of a member over 64 KiB (OSV's JSON: about 5 to 20). */
  ratio: 200,
};

export type Limits = typeof LIMITS;

/** `${ecosystem}\0${name}` (PyPI names PEP 503-normalised). */
export function packageKey(ecosystem: Ecosystem, name: string): string {
  return `${ecosystem}\0${ecosystem === 'PyPI' ? normalizePypiName(name) : name}`;
}

export class OsvIndex {
  readonly byPackage = new Map<string, OsvVulnerability[]>();
  records = 0;
  /** sha256 of each archive read whole, for the audit record. */
  readonly digests: Array<{ name: string; sha256: string }> = [];

  constructor(private readonly wanted: Set<string>) {}

  add(record: OsvVulnerability): void {
    this.records++;
    const keys = new Set<string>();
    for (const affected of record.affected ?? []) {
      const eco = affected.package?.ecosystem;
      const name = affected.package?.name;
      if ((eco !== 'PyPI' && eco !== 'npm') || typeof name !== 'string') continue;
      const key = packageKey(eco, name);
      if (this.wanted.has(key)) keys.add(key);
    }
    for (const key of keys) {
      const list = this.byPackage.get(key) ?? [];
      list.push(record);
      this.byPackage.set(key, list);
    }
  }

  lookup(ecosystem: Ecosystem, name: string): OsvVulnerability[] {
    return this.byPackage.get(packageKey(ecosystem, name)) ?? [];
  }
}

/** Load every configured archive or folder into one index of the wanted packages. */
export async function loadOsvDatabases(
  root: string,
  sources: string[],
  wanted: Set<string>,
  limits: Limits = LIMITS,
): Promise<OsvIndex> {
  const index = new OsvIndex(wanted);
  for (const source of sources) {
    const absolute = resolveInsideRoot(root, source);
    const name = relativeToRoot(root, absolute);
    let info;
    try {
      info = await lstat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        code === 'ENOENT' ? 'OSV database not found' : `OSV database cannot be read (${code})`,
        name,
      );
    }
    if (info.isDirectory()) await readFolder(absolute, name, index, limits);
    else if (info.isFile()) await readArchive(absolute, name, info.size, index, limits);
    else throw new InputError('OSV database must be an export archive (.zip) or a folder', name);
  }
  return index;
}

function parseRecord(bytes: Buffer, where: string): OsvVulnerability {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new InputError('OSV record is not valid JSON', where);
  }
  return checkRecord(value, where);
}

async function readArchive(
  absolute: string,
  name: string,
  size: number,
  index: OsvIndex,
  limits: Limits,
): Promise<void> {
  if (size > limits.archiveBytes)
    throw new InputError(`OSV archive is larger than ${limits.archiveBytes} bytes`, name);
  let zip: yauzl.ZipFile;
  const options = {
    lazyEntries: true,
    autoClose: true,
    validateEntrySizes: true,
    strictFileNames: false,
  };
  // Archives up to limits.inMemoryBytes are read whole and each member inflated in one bounded call
  // (a stream per member costs more than the record); larger ones stream from the file.
  const whole = size <= limits.inMemoryBytes ? await readFile(absolute) : undefined;
  if (whole) index.digests.push({ name, sha256: createHash('sha256').update(whole).digest('hex') });
  try {
    zip = whole
      ? await yauzl.fromBufferPromise(whole, options)
      : await yauzl.openPromise(absolute, options);
  } catch (error) {
    throw new InputError(`not a readable zip archive (${(error as Error).message})`, name);
  }
  if (zip.entryCount > limits.members) {
    zip.close();
    throw new InputError(`OSV archive has more than ${limits.members} members`, name);
  }
  let total = 0;
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) break;
      if (entry.fileName.endsWith('/') || !entry.fileName.toLowerCase().endsWith('.json')) continue;
      const where = `${name}:${entry.fileName.slice(0, 200)}`;
      if (entry.isEncrypted()) throw new InputError('OSV archive member is encrypted', where);
      if (entry.uncompressedSize > limits.memberBytes)
        throw new InputError(
          `OSV archive member is larger than ${limits.memberBytes} bytes`,
          where,
        );
      if (
        entry.uncompressedSize > 64 * 1024 &&
        entry.uncompressedSize > entry.compressedSize * limits.ratio
      )
        throw new InputError('OSV archive member inflates too far (a zip bomb?)', where);
      total += entry.uncompressedSize;
      if (total > limits.totalBytes)
        throw new InputError(`OSV archive inflates beyond ${limits.totalBytes} bytes`, name);
      const bytes = whole
        ? await inflateMember(zip, whole, entry, where)
        : await readMember(zip, entry, limits.memberBytes, where);
      index.add(parseRecord(bytes, where));
    }
  } catch (error) {
    zip.close();
    if (error instanceof InputError) throw error;
    throw new InputError(`OSV archive cannot be read (${(error as Error).message})`, name);
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry): void => {
      cleanup();
      resolve(entry);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** One member of an archive held in memory: stored or deflated, inflated to exactly its declared size. */
async function inflateMember(
  zip: yauzl.ZipFile,
  whole: Buffer,
  entry: yauzl.Entry,
  where: string,
): Promise<Buffer> {
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
  const end = fileDataStart + entry.compressedSize;
  if (end > whole.length) throw new InputError('OSV archive member runs past the archive', where);
  const data = whole.subarray(fileDataStart, end);
  let out: Buffer;
  if (entry.compressionMethod === 0) out = Buffer.from(data);
  else if (entry.compressionMethod === 8) {
    try {
      // maxOutputLength: a member cannot inflate past what its header declares (plus one byte to tell).
      out = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (error) {
      throw new InputError(
        `OSV archive member cannot be inflated (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        where,
      );
    }
  } else
    throw new InputError(
      `OSV archive member uses compression method ${entry.compressionMethod}`,
      where,
    );
  if (out.length !== entry.uncompressedSize)
    throw new InputError('OSV archive member does not inflate to its declared size', where);
  return out;
}

async function readMember(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  maxBytes: number,
  where: string,
): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new InputError(`OSV archive member inflates beyond ${maxBytes} bytes`, where);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A folder of OSV JSON records (recursively; symlinks and hidden entries skipped). */
async function readFolder(
  absolute: string,
  name: string,
  index: OsvIndex,
  limits: Limits,
): Promise<void> {
  let members = 0;
  let total = 0;
  const pending = [absolute];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw new InputError(
        `OSV database folder cannot be listed (${(error as NodeJS.ErrnoException).code})`,
        name,
      );
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) {
        const where = `${name}/${path.relative(absolute, full).split(path.sep).join('/')}`;
        if (++members > limits.members)
          throw new InputError(`OSV database folder has more than ${limits.members} records`, name);
        const info = await lstat(full);
        if (info.size > limits.memberBytes)
          throw new InputError(`OSV record is larger than ${limits.memberBytes} bytes`, where);
        total += info.size;
        if (total > limits.totalBytes)
          throw new InputError(
            `OSV database folder holds more than ${limits.totalBytes} bytes`,
            name,
          );
        index.add(parseRecord(await readFile(full), where));
      }
    }
  }
}
