/** The checksums check: `pipeguard checksums write|verify` and the configured run. */
export {
  CHECKSUM_FILE_NAME,
  manifestDigestOf,
  verifyChecksums,
  writeChecksumFile,
  type ManifestEntry,
  type VerifyOptions,
  type VerifyResult,
  type WriteOptions,
  type WrittenChecksumFile,
} from './manifest.js';
