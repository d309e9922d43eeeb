/**
 * `data_digest` for a dataset file or directory, reproducible with coreutils:
 *   file:       `sha256sum FILE`
 *   directory:  sha256 of the manifest `pipeguard checksums write` would write for it (sorted
 *               `<hex>  <path>` lines), i.e.
 *               `cd DIR && find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`
 * Hashing, walking and line format are the checksums check's, so both always agree.
 */
import { createHash } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import { hashFiles } from '../checksums/hash.js';
import { formatGnuLine, unwritableNameReason } from '../checksums/parse.js';
import { walkArtifactDir } from '../checksums/walk.js';
import { InputError } from '../../util/errors.js';

export interface DataDigest {
  /** `sha256:<hex>` */
  digest: string;
  files: number;
  bytes: number;
}

export async function dataDigestOf(absolute: string, shown: string): Promise<DataDigest> {
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    throw new InputError('data path not found (needed for --data-digest)', shown);
  }
  const info = await stat(real);
  if (info.isFile()) {
    const [outcome] = (await hashFiles([{ file: real, size: info.size }])).outcomes;
    if (!outcome?.ok)
      throw new InputError(`cannot read the data file: ${outcome?.error ?? 'not hashed'}`, shown);
    return { digest: `sha256:${outcome.sha256}`, files: 1, bytes: outcome.size };
  }
  if (!info.isDirectory())
    throw new InputError('data path is neither a file nor a directory', shown);
  const { files, problems } = await walkArtifactDir(real, () => false);
  const problem = problems[0];
  if (problem) throw new InputError(`cannot digest ${problem.path}: ${problem.detail}`, shown);
  if (files.length === 0) throw new InputError('the data directory is empty', shown);
  for (const file of files) {
    const reason = unwritableNameReason(file.path);
    if (reason)
      throw new InputError(`cannot digest "${file.path}" reproducibly: its name ${reason}`, shown);
  }
  const { outcomes } = await hashFiles(files.map((f) => ({ file: f.real, size: f.size })));
  const manifest = createHash('sha256');
  let bytes = 0;
  files.forEach((file, i) => {
    const outcome = outcomes[i];
    if (!outcome?.ok)
      throw new InputError(`cannot read ${file.path}: ${outcome?.error ?? 'not hashed'}`, shown);
    bytes += outcome.size;
    manifest.update(formatGnuLine(outcome.sha256, file.path));
  });
  return { digest: `sha256:${manifest.digest('hex')}`, files: files.length, bytes };
}
