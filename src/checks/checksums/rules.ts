/** Every way a checksum file or its directory can be rejected, one rule id each. */
import { ruleFinding, type Finding, type RuleInfo, type Severity } from '../../report/model.js';

export const CHECK = 'checksums';

export const RULES = {
  mismatch: {
    title: 'SHA-256 mismatch',
    help: 'The file differs from the listed digest: the artifact was modified or corrupted after the checksum file was written. Rebuild or re-copy it from the run; never just rewrite the checksum file.',
    severity: 'critical',
  },
  'missing-file': {
    title: 'listed file is missing',
    help: 'The checksum file lists a file the directory does not hold. Copy the whole artifact directory again.',
    severity: 'critical',
  },
  'unlisted-file': {
    title: 'file not listed in the checksum file',
    help: 'A file sits beside the artifacts without a checksum (sha256sum -c never notices these). Remove it, or rewrite the checksum file if it belongs to the artifact; pass --allow-unlisted only for directories that legitimately hold extra files.',
    severity: 'critical',
  },
  'duplicate-entry': {
    title: 'file listed twice',
    help: 'A path appears on more than one line; sha256sum checks both and a stale line can hide behind a fresh one. Keep one line per file.',
    severity: 'high',
  },
  'absolute-path': {
    title: 'absolute path in checksum file',
    help: "Names must be relative to the checksum file's directory; an absolute path verifies a file elsewhere on the machine.",
    severity: 'critical',
  },
  'path-traversal': {
    title: '".." in a listed path',
    help: 'Names must stay inside the checksum file\'s directory; ".." verifies a file outside it.',
    severity: 'critical',
  },
  'symlink-escape': {
    title: 'symlink leaves the directory',
    help: 'A symlink in the artifact directory points outside it (e.g. to /etc/passwd): loaders would read a file the checksum does not protect. Replace it with the file itself.',
    severity: 'critical',
  },
  'not-regular-file': {
    title: 'not a regular file',
    help: 'A listed or present entry is a directory, symlinked directory, device, FIFO or socket. Artifact directories hold regular files only.',
    severity: 'high',
  },
  unreadable: {
    title: 'file could not be read',
    help: 'Reading the file failed (permissions, I/O error); its integrity is unknown.',
    severity: 'critical',
  },
  'malformed-line': {
    title: 'malformed checksum line',
    help: 'The line is none of "<64 hex>  name", "<64 hex> *name", "SHA256 (name) = <64 hex>", a # comment or empty. A truncated digest or a stray line can hide a file from verification.',
    severity: 'high',
  },
  'empty-manifest': {
    title: 'checksum file lists no files',
    help: 'The checksum file holds no valid line, so it protects nothing (sha256sum: "no properly formatted checksum lines found"). Write it with `pipeguard checksums write DIR`.',
    severity: 'critical',
  },
  'manifest-missing': {
    title: 'artifact directory without checksum file',
    help: 'A directory that must carry a checksum.sha256 (config `checksums.require`) has none. Write it with `pipeguard checksums write DIR` where the artifact is produced.',
    severity: 'high',
  },
  'deploy-differs': {
    title: 'deployed artifact differs from its run',
    help: 'The files listed for a deployment are not the files its run produced (matched by the run_id comment or by identical file names). Deploy by copying runs/<run_id>/artifact/ unchanged, checksum file included.',
    severity: 'critical',
  },
} as const satisfies Record<string, RuleInfo & { severity: Severity }>;

export type RuleId = keyof typeof RULES;

export interface FindingSpec {
  rule: RuleId;
  message: string;
  /** The checksum file, relative to the root. */
  file: string;
  line?: number;
  /** The artifact path the finding is about (relative to the checksum file's directory). */
  subject?: string;
  remedy?: string;
}

/** A Finding keyed for fingerprints on (rule, checksum file, artifact path): stable across line moves. */
export function checksumFinding(spec: FindingSpec): Finding {
  return ruleFinding(CHECK, RULES, spec);
}
