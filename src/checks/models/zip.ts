/**
 * Zip containers (PyTorch archives, .npz, .keras) through yauzl: the central directory is listed,
 * and only the members a scanner asks for are streamed, each up to a byte cap — tensor payloads
 * (`<archive>/data/*`, weights files) are never read. yauzl validates every member's declared
 * size against what inflates, so a zip bomb stops at the cap or at its lie, whichever comes first.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';

export interface ZipMember {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
  entry: Entry;
}

export class ZipProblem extends Error {}

/** At most this many members are listed: past it the archive is reported, not walked. */
export const MAX_ZIP_ENTRIES = 200_000;

export interface OpenZip {
  members: ZipMember[];
  /** The bytes of one member, refusing more than `maxBytes`; throws ZipProblem. */
  read(member: ZipMember, maxBytes: number): Promise<Buffer>;
  /** The first `length` bytes of one member (inflating no further). */
  readPrefix(member: ZipMember, length: number): Promise<Buffer>;
  close(): void;
}

/** Open the zip at `fd` (the caller closes it) and list its members. Throws ZipProblem on a bad archive. */
export async function openZip(fd: number): Promise<OpenZip> {
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromFd(
      fd,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true },
      (error, zipfile) => (error ? reject(new ZipProblem(error.message)) : resolve(zipfile)),
    );
  }).catch((error: unknown) => {
    throw error instanceof ZipProblem ? error : new ZipProblem(String(error));
  });
  // The fd belongs to the caller: yauzl's close() would close it, so it is never called here.
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    throw new ZipProblem(
      `the archive lists ${zip.entryCount} members (at most ${MAX_ZIP_ENTRIES} are read)`,
    );
  }
  const members = await new Promise<ZipMember[]>((resolve, reject) => {
    const out: ZipMember[] = [];
    zip.on('entry', (entry: Entry) => {
      out.push({
        name: entry.fileName,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        encrypted: (entry.generalPurposeBitFlag & 0x1) !== 0,
        entry,
      });
      zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', (error: Error) => reject(new ZipProblem(error.message)));
    zip.readEntry();
  }).catch((error: unknown) => {
    throw error instanceof ZipProblem ? error : new ZipProblem(String(error));
  });
  return {
    members,
    close: () => zip.removeAllListeners(),
    read: (member, maxBytes) => readMember(zip, member, maxBytes, false),
    readPrefix: (member, length) => readMember(zip, member, length, true),
  };
}

async function readMember(
  zip: ZipFile,
  member: ZipMember,
  maxBytes: number,
  prefixOnly: boolean,
): Promise<Buffer> {
  if (member.encrypted) throw new ZipProblem(`${member.name} is encrypted`);
  if (!prefixOnly && member.uncompressedSize > maxBytes) {
    throw new ZipProblem(
      `${member.name} declares ${member.uncompressedSize} bytes (at most ${maxBytes} are read)`,
    );
  }
  const stream = await zip.openReadStreamPromise(member.entry).catch((error: unknown) => {
    throw new ZipProblem(
      `${member.name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (prefixOnly && total + chunk.length >= maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - total));
        total = maxBytes;
        stream.destroy();
        break;
      }
      total += chunk.length;
      if (total > maxBytes) throw new ZipProblem(`${member.name} inflates past ${maxBytes} bytes`);
      chunks.push(chunk);
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof ZipProblem) throw error;
    throw new ZipProblem(
      `${member.name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return Buffer.concat(chunks, total);
}
