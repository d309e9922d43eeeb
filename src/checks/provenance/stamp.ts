/**
 * `pipeguard provenance stamp RUN_DIR`: measure the run's provenance (code, data, artifacts,
 * policy, approvals, CI) and merge it into RUN_DIR/meta.json, then write the in-toto statement
 * beside it, optionally signed into a DSSE envelope. An artifact directory whose manifest does not
 * verify is refused: provenance never vouches for files that already differ from their checksums.
 * A stamp holds the run directory's lock from reading meta.json to writing the last file, so
 * concurrent stamps run one after the other; meta.json names the statement it replaces, so
 * verify can tell a stamp interrupted between its two renames from an edited meta.json.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatGnuLine } from '../checksums/parse.js';
import { RULES as CHECKSUM_RULES } from '../checksums/rules.js';
import {
  CHECKSUM_FILE_NAME,
  verifyChecksums,
  writeChecksumFile,
  type ManifestEntry,
} from '../checksums/manifest.js';
import type { CheckResult, Finding, InputDigest } from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { relativeToRoot, resolveInsideRoot, writeFileAtomic } from '../../util/fs.js';
import { withDirectoryLock } from '../../util/lock.js';
import { formatInstant, readTimestamp } from '../../util/time.js';
import { VERSION } from '../../version.js';
import type { CheckContext } from '../types.js';
import { readApprovals } from './approvals.js';
import { builderFacts, collectCiFacts } from './ci-facts.js';
import { dataDigestOf } from './data-digest.js';
import { IN_TOTO_PAYLOAD_TYPE, signEnvelope } from './dsse.js';
import { collectGitFacts } from './git-facts.js';
import { locateInput, readInput, readOptionalInput } from './inputs.js';
import type { SigningKey } from './keys.js';
import {
  META_FILE_NAME,
  RUN_META_SCHEMA_ID,
  mergeMeta,
  readMeta,
  writeMeta,
  type RunMeta,
} from './meta.js';
import { collectPolicies } from './policies.js';
import { CHECK } from './rules.js';
import { modelGate } from '../models/gate.js';
import { RULES as MODEL_RULES } from '../models/rules.js';
import { buildStatement, serializeStatement } from './statement.js';
import { sha256Hex } from '../../util/sha256.js';

export const STATEMENT_FILE_NAME = 'provenance.intoto.json';
export const ENVELOPE_FILE_NAME = 'provenance.intoto.dsse.json';
/** Held in the run directory while a stamp rewrites it. */
export const STAMP_LOCK_FILE_NAME = '.pipeguard-stamp.lock';

export interface StampOptions {
  runDir: string;
  runId?: string;
  artifactDir: string;
  dataset?: string;
  dataPath?: string;
  dataDigest: boolean;
  policies: string[];
  startedOn?: string;
  finishedOn?: string;
  /** Absolute path of the audit log to read approvals from, already resolved. */
  auditLog?: string;
  signingKeys: SigningKey[];
}

const RUN_ID = /^[^/\\\u0000-\u001f]{1,200}$/;
/** The RFC 3339 profile written into meta.json and the statement as given; others are rewritten in UTC. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

export async function stampRun(ctx: CheckContext, options: StampOptions): Promise<CheckResult> {
  const runDirAbs = await directoryInsideRoot(ctx.root, options.runDir, 'run directory');
  const lockShown = relativeToRoot(ctx.root, path.join(runDirAbs, STAMP_LOCK_FILE_NAME));
  return withDirectoryLock(
    runDirAbs,
    STAMP_LOCK_FILE_NAME,
    lockShown,
    () => stampLocked(ctx, options, runDirAbs),
    { onWait: (holder) => ctx.log.info(`${lockShown}: waiting for the stamp by ${holder}`) },
  );
}

async function stampLocked(
  ctx: CheckContext,
  options: StampOptions,
  runDirAbs: string,
): Promise<CheckResult> {
  const { root } = ctx;
  const runShown = relativeToRoot(root, runDirAbs) || '.';
  const metaFile = path.join(runDirAbs, META_FILE_NAME);
  const metaShown = relativeToRoot(root, metaFile);
  const existing = (await readMeta(root, metaFile))?.value ?? {};
  const statementFile = path.join(runDirAbs, STATEMENT_FILE_NAME);
  const replaced = await readOptionalInput(root, statementFile, 'statement');

  const runId = options.runId ?? stringOf(existing.run_id) ?? path.basename(runDirAbs);
  if (!RUN_ID.test(runId))
    throw new InputError(
      `run id "${runId}" must be 1-200 characters without / or control characters`,
    );

  const artifactRel = normalizeArtifactDir(options.artifactDir);
  const artifactAbs = await directoryInsideRoot(
    root,
    path.join(runShown, artifactRel),
    'artifact directory',
  );

  // 1. Facts, every input read before anything is written.
  const ci = collectCiFacts(ctx.ci, ctx.env);
  const builder = builderFacts(ci);
  const git = await collectGitFacts({
    root,
    ci: ctx.ci,
    env: ctx.env,
    exclude: runShown === '.' ? [] : [runShown],
    log: ctx.log,
    registerSecret: (value) => ctx.registerSecret(value),
  });
  const existingCommit = stringOf(existing.git_commit);
  if (existingCommit && existingCommit !== git.commit) {
    ctx.log.warn(
      `${metaShown}: git_commit ${existingCommit} replaced by the measured ${git.commit}`,
    );
  }
  const dataset = options.dataset ?? keepOrNull(existing, 'dataset');
  const dataPath = options.dataPath ?? keepOrNull(existing, 'data_path');
  let dataDigest: string | undefined;
  if (options.dataDigest) {
    const local = dataPath ?? stringOf(existing.data_path);
    if (!local)
      throw new InputError(
        '--data-digest needs a data path (--data-path or data_path in meta.json)',
      );
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(local)) {
      throw new InputError(
        `--data-digest hashes local data only; ${local} is a URI (pass the digest in meta.json instead)`,
      );
    }
    const data = locateInput(root, local);
    dataDigest = (await dataDigestOf(data.absolute, data.shown)).digest;
  }
  const policies = await collectPolicies(root, runDirAbs, options.policies);
  // The audit log is the user's choice (flag or config), so outside the root it is its own root.
  const audit = options.auditLog
    ? locateInput(root, options.auditLog, { commandLine: true })
    : undefined;
  const approvals = await readApprovals(
    audit?.absolute,
    audit?.shown ?? '',
    { runIds: auditRunIds(runId, ctx.env), runDir: runShown === '.' ? undefined : runShown },
    (message) => ctx.log.warn(message),
  );

  // 2. Model files that run code on load are never vouched for (nor checksummed) unless a model
  // exception covers them.
  const models = await modelGate(ctx, artifactAbs, CHECK);
  if (models.blocking.length > 0) {
    return {
      check: CHECK,
      status: 'fail',
      summary: `not stamped: ${models.blocking.length} critical model finding(s) in ${relativeToRoot(root, artifactAbs)} that no model exception covers`,
      findings: models.blocking,
      rules: MODEL_RULES,
      inputs: models.inputs,
    };
  }
  // 3. The artifact manifest: verified when present, written when absent.
  const manifest = await artifactManifest(ctx, artifactAbs);
  if ('findings' in manifest) return manifest;

  const startedOn =
    timeOption(options.startedOn, '--started-on') ??
    validTime(existing.started_on) ??
    ctx.now.toISOString();
  const finishedOn = timeOption(options.finishedOn, '--finished-on') ?? new Date().toISOString();
  const manifestRel = `${artifactRel}/${CHECKSUM_FILE_NAME}`;

  // 3. meta.json: measured facts over the pipeline's own keys.
  const stamped: RunMeta = {
    ...(existing.$schema === undefined ? { $schema: RUN_META_SCHEMA_ID } : {}),
    schema_version: '1',
    run_id: runId,
    git_commit: git.commit,
    git_branch: git.branch,
    git_repo_url: git.repoUrl,
    git_dirty: git.dirty,
    git_diff_sha256: git.diffSha256,
    dataset,
    data_path: dataPath,
    data_digest: dataDigest,
    artifact_dir: artifactRel,
    artifact_manifest: manifestRel,
    artifact_manifest_sha256: manifest.manifestDigest,
    artifact_count: manifest.entries.length,
    policies,
    approvals: approvals.approvals,
    exception_ids: approvals.exceptionIds,
    audit: approvals.audit,
    ci,
    builder,
    started_on: startedOn,
    finished_on: finishedOn,
    stamped_on: ctx.now.toISOString(),
    pipeguard_version: VERSION,
    provenance_statement: STATEMENT_FILE_NAME,
    previous_statement_sha256: replaced ? sha256Hex(replaced.bytes) : null,
  };
  const metaText = await writeMeta(metaFile, metaShown, mergeMeta(existing, stamped));

  // 4. The statement, and its signed envelope.
  const statement = buildStatement({
    runId,
    subjects: manifest.entries,
    git,
    ci,
    builder,
    data: {
      dataset: dataset ?? stringOf(existing.dataset) ?? null,
      path: dataPath ?? stringOf(existing.data_path) ?? null,
      digest: dataDigest ?? stringOf(existing.data_digest) ?? null,
    },
    policies,
    exceptionIds: approvals.exceptionIds,
    auditSha256: approvals.audit && approvals.audit.records > 0 ? approvals.audit.sha256 : null,
    startedOn,
    finishedOn,
    version: VERSION,
    byproducts: [
      {
        name: manifestRel,
        sha256: manifest.manifestDigest,
        mediaType: 'text/plain; charset=utf-8',
      },
      { name: META_FILE_NAME, sha256: sha256Hex(metaText), mediaType: 'application/json' },
    ],
  });
  const statementText = serializeStatement(statement);
  await writeFileAtomic(statementFile, statementText);
  const envelopeFile = path.join(runDirAbs, ENVELOPE_FILE_NAME);
  if (options.signingKeys.length > 0) {
    const envelope = signEnvelope(
      Buffer.from(statementText, 'utf8'),
      IN_TOTO_PAYLOAD_TYPE,
      options.signingKeys,
    );
    await writeFileAtomic(envelopeFile, `${JSON.stringify(envelope, null, 2)}\n`);
  } else if (
    await stat(envelopeFile).then(
      () => true,
      () => false,
    )
  ) {
    // A signature over the previous stamp would no longer match: never leave it behind.
    await rm(envelopeFile, { force: true });
    ctx.log.warn(
      `${relativeToRoot(root, envelopeFile)}: removed the envelope of the previous stamp (not signed this time)`,
    );
  }

  const signed = options.signingKeys.length;
  const manifestShown = relativeToRoot(root, path.join(artifactAbs, CHECKSUM_FILE_NAME));
  const outputs: Record<string, string> = {
    'meta-file': metaShown,
    'statement-file': relativeToRoot(root, statementFile),
    'manifest-digest': manifest.manifestDigest,
    'subject-checksums': await subjectChecksums(ctx, artifactAbs, manifestShown, manifest.entries),
    ...(signed ? { 'envelope-file': relativeToRoot(root, envelopeFile) } : {}),
  };
  const inputs: InputDigest[] = [
    { name: manifestShown, sha256: manifest.manifestDigest },
    ...policies.map((p) => ({ name: p.file, sha256: p.sha256 })),
  ];
  return {
    check: CHECK,
    status: 'pass',
    summary:
      `stamped ${runShown}: commit ${git.commit.slice(0, 12)}${git.dirty ? ' (dirty work tree)' : ''}, ` +
      `${manifest.entries.length} artifact${manifest.entries.length === 1 ? '' : 's'}, manifest sha256 ${manifest.manifestDigest.slice(0, 12)}…` +
      `${ci ? `, ${ci.event_name} run ${ci.run_id}` : ', local run'}${signed ? `, signed by ${signed} key${signed > 1 ? 's' : ''}` : ''}`,
    findings: [],
    outputs,
    inputs,
    details: {
      run_id: runId,
      git_commit: git.commit,
      git_dirty: git.dirty,
      manifest_digest: manifest.manifestDigest,
      subjects: manifest.entries.length,
      builder: builder.id,
      signed: signed > 0,
      audit: { run_id: runId, git_commit: git.commit, manifest_digest: manifest.manifestDigest },
    },
  };
}

/** The run's artifact manifest, verified (a failing result when it does not verify) or freshly written. */
async function artifactManifest(
  ctx: CheckContext,
  artifactAbs: string,
): Promise<{ manifestDigest: string; entries: ManifestEntry[] } | CheckResult> {
  const checksumFile = path.join(artifactAbs, CHECKSUM_FILE_NAME);
  const present = await stat(checksumFile).then(
    () => true,
    () => false,
  );
  if (!present) {
    const written = await writeChecksumFile(artifactAbs, { root: ctx.root });
    ctx.log.info(
      `wrote ${relativeToRoot(ctx.root, written.file)} (${written.entries.length} file${written.entries.length === 1 ? '' : 's'})`,
    );
    return {
      manifestDigest: written.manifestDigest,
      entries: written.entries.map(({ path: p, sha256 }) => ({ path: p, sha256 })),
    };
  }
  const verified = await verifyChecksums(artifactAbs, { root: ctx.root });
  if (verified.findings.length > 0) {
    const findings = verified.findings.map(asProvenanceFinding);
    return {
      check: CHECK,
      status: 'fail',
      summary: `not stamped: ${verified.manifest} does not verify (${findings.length} problem${findings.length > 1 ? 's' : ''})`,
      findings,
      rules: CHECKSUM_RULES,
    };
  }
  return { manifestDigest: verified.manifestDigest, entries: verified.entries };
}

/**
 * A file `actions/attest` accepts as `subject-checksums`, naming exactly the statement's subjects:
 * the manifest itself when every line is `<hex>  <name>`; otherwise (a `# run_id:` comment, which
 * attest rejects as an invalid digest, or CRLF) the same entries re-rendered under RUNNER_TEMP.
 */
async function subjectChecksums(
  ctx: CheckContext,
  artifactAbs: string,
  manifestShown: string,
  entries: ManifestEntry[],
): Promise<string> {
  const manifest = await readInput(
    ctx.root,
    path.join(artifactAbs, CHECKSUM_FILE_NAME),
    'checksum file',
  );
  const text = manifest.bytes.toString('utf8');
  const lines = text.split('\n').filter((line) => line !== '');
  if (lines.every((line) => /^[0-9a-f]{64} [ *][^\r]+$/.test(line))) return manifestShown;
  const dir = await mkdtemp(path.join(ctx.env.RUNNER_TEMP ?? tmpdir(), 'pipeguard-subjects-'));
  const file = path.join(dir, 'subjects.sha256');
  await writeFileAtomic(file, entries.map((e) => formatGnuLine(e.sha256, e.path)).join(''));
  return file;
}

/** A checksum finding reported by the provenance check (same rule id, same fingerprint). */
export function asProvenanceFinding(finding: Finding): Finding {
  return { ...finding, check: CHECK };
}

async function directoryInsideRoot(root: string, userPath: string, what: string): Promise<string> {
  const absolute = resolveInsideRoot(root, userPath);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isDirectory())
    throw new InputError(`${what} not found`, relativeToRoot(root, absolute) || userPath);
  return absolute;
}

function normalizeArtifactDir(dir: string): string {
  const normalized = path.posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (
    normalized === '.' ||
    normalized === '' ||
    normalized.startsWith('..') ||
    path.posix.isAbsolute(normalized)
  ) {
    // meta.json and the statement live in the run directory; a manifest over it would list them.
    throw new InputError(`artifact-dir must be a subdirectory of the run directory; got "${dir}"`);
  }
  return normalized;
}

/** The run ids audit records of this run carry (engine: PIPEGUARD_RUN_ID, else gha-<id>-<attempt>). */
export function auditRunIds(runId: string, env: CheckContext['env']): string[] {
  const ids = new Set([runId]);
  if (env.PIPEGUARD_RUN_ID) ids.add(env.PIPEGUARD_RUN_ID);
  if (env.GITHUB_RUN_ID) ids.add(`gha-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`);
  return [...ids];
}

function timeOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const written = writtenTime(value);
  if ('problem' in written) {
    throw new InputError(
      `${flag} must be an RFC 3339 time such as 2024-06-01T10:00:00Z; got ${value} (${written.problem})`,
    );
  }
  return written.text;
}

function validTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const written = writtenTime(value);
  return 'text' in written ? written.text : undefined;
}

/**
 * A time as meta.json and the statement carry it: as given when it is plain RFC 3339, else (a
 * leap second, a space separator, a `+0100` offset) the same instant in UTC, so no reader of the
 * record meets a time its own parser cannot read.
 */
function writtenTime(value: string): { text: string } | { problem: string } {
  const reading = readTimestamp(value);
  if (!reading.ok) return { problem: reading.problem };
  return { text: RFC3339.test(value) && !reading.leapSecond ? value : formatInstant(reading.ms) };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** undefined keeps the pipeline's value; null records "unknown" when it wrote none. */
function keepOrNull(existing: RunMeta, key: string): null | undefined {
  return key in existing ? undefined : null;
}
