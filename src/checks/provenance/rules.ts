/** Every way provenance verification can fail, one rule id each (SARIF rules, fingerprints). */
import { ruleFinding, type Finding, type RuleInfo, type Severity } from '../../report/model.js';

export const CHECK = 'provenance';

export const RULES = {
  'subject-mismatch': {
    title: 'artifact differs from the provenance statement',
    help: "The artifact's digest is not the one the statement recorded when the run was stamped: the file was replaced or modified afterwards. Redeploy the artifact of the stamped run.",
    severity: 'critical',
  },
  'subject-missing': {
    title: 'attested artifact missing',
    help: 'The statement names an artifact the checksum manifest does not list: it was removed or renamed after stamping.',
    severity: 'critical',
  },
  'unattested-artifact': {
    title: 'artifact not in the provenance statement',
    help: 'The checksum manifest lists a file the statement does not attest: it was added after stamping. Remove it, or stamp the run again if it belongs to it.',
    severity: 'critical',
  },
  'manifest-digest-mismatch': {
    title: 'checksum manifest differs from the stamped one',
    help: 'checksum.sha256 is not the manifest whose digest meta.json and the statement recorded: it was rewritten after stamping.',
    severity: 'critical',
  },
  'manifest-missing': {
    title: 'no checksum manifest beside the artifacts',
    help: "The artifact directory has no checksum.sha256; stamping writes one. Copy the run's artifact directory whole, manifest included.",
    severity: 'critical',
  },
  'meta-changed': {
    title: 'meta.json changed after stamping',
    help: 'The statement binds the digest of meta.json as written by the stamp; the file was edited since. Restore it, or stamp the run again (re-signing it).',
    severity: 'high',
  },
  'stamp-torn': {
    title: 'meta.json and the statement come from different stamps',
    help: 'meta.json was written by a later stamp whose statement never replaced this one (the stamp was interrupted between writing meta.json and the statement): the pair vouches for no single run state. Re-run `pipeguard provenance stamp` (with the signing key, if the run is signed). If nobody stamped since, treat it as meta-changed.',
    severity: 'high',
  },
  'meta-missing': {
    title: 'meta.json missing',
    help: 'The run directory has no meta.json to check the statement against.',
    severity: 'high',
  },
  'meta-invalid': {
    title: 'meta.json does not match run-meta.v1',
    help: 'meta.json fails schemas/run-meta.v1.schema.json.',
    severity: 'high',
  },
  'meta-mismatch': {
    title: 'meta.json and the statement disagree',
    help: 'A fact recorded in both (commit, run id) differs between meta.json and the statement: one of them was edited.',
    severity: 'high',
  },
  'statement-mismatch': {
    title: 'statement differs from the signed envelope',
    help: 'provenance.intoto.json is not the payload the DSSE envelope signed: it was edited after signing. The signed payload is what counts.',
    severity: 'critical',
  },
  'commit-missing': {
    title: 'recorded commit not in the repository',
    help: 'The commit the run recorded does not exist in this clone (git cat-file -e): it was never pushed, was rewritten away, or the clone is shallow (fetch-depth: 0).',
    severity: 'high',
  },
  'commit-unverifiable': {
    title: 'recorded commit cannot be checked',
    help: 'The root is not a git work tree, so the recorded commit cannot be looked up. Verify inside a clone of the repository.',
    severity: 'medium',
  },
  'signature-invalid': {
    title: 'no valid signature by a trusted key',
    help: 'The DSSE envelope holds no signature over its payload that verifies with this public key: wrong key, or the payload was changed after signing.',
    severity: 'critical',
  },
  'signature-unverified': {
    title: 'signed provenance, but no public key to verify it',
    help: 'The run carries a DSSE envelope but no public key was given (--public-key or provenance.public-keys), so its signature proves nothing yet.',
    severity: 'high',
  },
  unsigned: {
    title: 'provenance is not signed',
    help: 'A public key or require-signature is configured, but the run has no provenance.intoto.dsse.json. Stamp with --sign-key.',
    severity: 'high',
  },
  'payload-type': {
    title: 'envelope payload is not an in-toto statement',
    help: "The DSSE envelope's payloadType is not application/vnd.in-toto+json.",
    severity: 'critical',
  },
  'no-stamped-run': {
    title: 'deployment traces back to no stamped run',
    help: 'No stamped run under the configured run directories produced these artifacts (same manifest digest or same files). Deploy from a stamped run, or pass --run.',
    severity: 'critical',
  },
} as const satisfies Record<string, RuleInfo & { severity: Severity }>;

export type RuleId = keyof typeof RULES;

export interface ProvenanceFindingSpec {
  rule: RuleId;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** What the finding is about, for a fingerprint stable across runs (artifact path, key id). */
  subject?: string;
}

export function provenanceFinding(spec: ProvenanceFindingSpec): Finding {
  return ruleFinding(CHECK, RULES, spec);
}
