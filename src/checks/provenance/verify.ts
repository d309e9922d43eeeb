/**
 * `pipeguard provenance verify RUN_DIR|DEPLOY_DIR`: prove the artifacts are the ones the stamped
 * provenance names. Checks, each mismatch a Finding naming the file:
 *   - the DSSE signature (when present) verifies with every given public key, over PAE, first;
 *   - the plain statement equals the signed payload;
 *   - meta.json validates and is the file the statement bound (byproduct digest);
 *   - the manifest verifies strictly (checksums), its digest equals meta.json's and the statement's;
 *   - the manifest's files are exactly the statement's subjects, digest for digest;
 *   - the recorded commit is the same in both and exists in the repository (`git cat-file -e`).
 * A deploy directory without provenance of its own is traced to the stamped run that produced it.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { CHECKSUM_FILE_NAME, verifyChecksums, type ManifestEntry } from '../checksums/manifest.js';
import { classifyListedPath, parseChecksumFile } from '../checksums/parse.js';
import { RULES as CHECKSUM_RULES } from '../checksums/rules.js';
import { parseDocuments } from '../../schema/document.js';
import {
  resultFromFindings,
  type CheckResult,
  type Finding,
  type Severity,
} from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { decodeUtf8 } from '../../util/text.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import { isGitRepo } from '../../util/git.js';
import type { CheckContext } from '../types.js';
import { envelopeFrom, IN_TOTO_PAYLOAD_TYPE, verifyEnvelope } from './dsse.js';
import { commitExists } from './git-facts.js';
import { readInput } from './inputs.js';
import type { VerificationKey } from './keys.js';
import { META_FILE_NAME, metaProblems, readMeta } from './meta.js';
import { CHECK, provenanceFinding, RULES, type ProvenanceFindingSpec } from './rules.js';
import { asProvenanceFinding, ENVELOPE_FILE_NAME, STATEMENT_FILE_NAME } from './stamp.js';
import { byproductDigest, parseStatement, statementCommit, type Statement } from './statement.js';
import { sha256Hex } from '../../util/sha256.js';

export interface VerifyOptions {
  target: string;
  /** Default artifact subdirectory when meta.json does not name one. */
  artifactDir: string;
  /** The stamped run a deploy directory came from, when not to be found by digest. */
  run?: string;
  publicKeys: VerificationKey[];
  requireSignature: boolean;
  /** Globs of run directories searched for the run a deploy directory came from. */
  runGlobs: string[];
  failOn: Severity;
}

export interface VerifyOutcome {
  findings: Finding[];
  runDir?: string;
  manifestDigest?: string;
  statementFile?: string;
  metaFile?: string;
}

export async function verifyProvenance(
  ctx: CheckContext,
  options: VerifyOptions,
): Promise<CheckResult> {
  const outcome = await verifyTarget(ctx, options);
  const target = relativeToRoot(ctx.root, resolveInsideRoot(ctx.root, options.target)) || '.';
  return finish(target, outcome, options.failOn);
}

export function finish(target: string, outcome: VerifyOutcome, failOn: Severity): CheckResult {
  const result = resultFromFindings(CHECK, outcome.findings, failOn, (failing) =>
    failing === 0
      ? `${target}: provenance verified${outcome.runDir && outcome.runDir !== target ? ` (stamped run ${outcome.runDir})` : ''}`
      : `${target}: ${failing} provenance problem${failing > 1 ? 's' : ''}`,
  );
  return {
    ...result,
    rules: { ...RULES, ...CHECKSUM_RULES },
    outputs: {
      ...(outcome.metaFile ? { 'meta-file': outcome.metaFile } : {}),
      ...(outcome.statementFile ? { 'statement-file': outcome.statementFile } : {}),
      ...(outcome.manifestDigest ? { 'manifest-digest': outcome.manifestDigest } : {}),
    },
    details: { run: outcome.runDir, manifest_digest: outcome.manifestDigest },
  };
}

export async function verifyTarget(
  ctx: CheckContext,
  options: VerifyOptions,
): Promise<VerifyOutcome> {
  const { root } = ctx;
  const targetAbs = resolveInsideRoot(root, options.target);
  if (!(await isDirectory(targetAbs)))
    throw new InputError('no such directory', relativeToRoot(root, targetAbs) || options.target);
  const findings: Finding[] = [];
  const add = (spec: ProvenanceFindingSpec): void => {
    findings.push(provenanceFinding(spec));
  };

  // Where the provenance is: the target itself, --run, or the stamped run a deploy dir came from.
  let runDirAbs: string | undefined;
  if (options.run) runDirAbs = resolveInsideRoot(root, options.run);
  else if (await hasProvenance(targetAbs)) runDirAbs = targetAbs;
  else {
    runDirAbs = await findRunOfDeployment(ctx, targetAbs, options);
    if (!runDirAbs) {
      const manifest = path.join(targetAbs, CHECKSUM_FILE_NAME);
      if (!(await exists(manifest))) {
        throw new InputError(
          `no ${STATEMENT_FILE_NAME} (not a stamped run) and no ${CHECKSUM_FILE_NAME} (not a deployment): run \`pipeguard provenance stamp\` first`,
          relativeToRoot(root, targetAbs) || '.',
        );
      }
      const { bytes, shown } = await readInput(root, manifest, 'checksum file');
      add({
        rule: 'no-stamped-run',
        file: shown,
        message: `no stamped run under ${options.runGlobs.join(', ')} produced these artifacts (manifest sha256 ${sha256Hex(bytes)})`,
      });
      return { findings };
    }
  }
  const runShown = relativeToRoot(root, runDirAbs) || '.';
  if (!(await hasProvenance(runDirAbs))) {
    throw new InputError(
      `no ${STATEMENT_FILE_NAME}: run \`pipeguard provenance stamp ${runShown}\` first`,
      runShown,
    );
  }

  // 1. Signature first, then the statement it covers.
  const statementFile = path.join(runDirAbs, STATEMENT_FILE_NAME);
  const envelopeFile = path.join(runDirAbs, ENVELOPE_FILE_NAME);
  const statementShown = relativeToRoot(root, statementFile);
  const envelopeShown = relativeToRoot(root, envelopeFile);
  let statementBytes: Buffer;
  let statementSource = statementShown;
  if (await exists(envelopeFile)) {
    const envelopeBytes = (await readInput(root, envelopeFile, 'DSSE envelope')).bytes;
    const text = decodeUtf8(envelopeBytes, envelopeShown);
    const [doc] = parseDocuments(text, envelopeShown, 'json');
    const envelope = envelopeFrom(doc?.value, envelopeShown);
    const verification = verifyEnvelope(envelope, options.publicKeys);
    if (options.publicKeys.length === 0) {
      add({
        rule: 'signature-unverified',
        file: envelopeShown,
        message: `${envelopeShown} is signed but no public key was given to verify it (--public-key)`,
      });
    }
    for (const verdict of verification.verdicts) {
      if (verdict.signatureIndex === undefined) {
        add({
          rule: 'signature-invalid',
          file: envelopeShown,
          subject: verdict.key.keyid,
          message: `${envelopeShown}: no signature verifies with ${verdict.key.label} (${verdict.key.keyid})`,
        });
      }
    }
    if (verification.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
      add({
        rule: 'payload-type',
        file: envelopeShown,
        message: `${envelopeShown}: payloadType is ${verification.payloadType}, not ${IN_TOTO_PAYLOAD_TYPE}`,
      });
      return { findings, runDir: runShown };
    }
    statementBytes = verification.payload;
    statementSource = `${envelopeShown} (payload)`;
    if (await exists(statementFile)) {
      const plain = (await readInput(root, statementFile, 'statement')).bytes;
      if (!plain.equals(verification.payload)) {
        add({
          rule: 'statement-mismatch',
          file: statementShown,
          message: `${statementShown} differs from the payload signed in ${envelopeShown}; the signed payload is what was verified`,
        });
      }
    }
  } else {
    if (options.publicKeys.length > 0 || options.requireSignature) {
      add({
        rule: 'unsigned',
        file: statementShown,
        message: `${runShown} has no ${ENVELOPE_FILE_NAME}: its provenance is not signed`,
      });
    }
    statementBytes = (await readInput(root, statementFile, 'statement')).bytes;
  }
  const { statement } = parseStatement(
    decodeUtf8(statementBytes, statementSource),
    statementSource,
  );

  // 2. meta.json: present, valid, the one the statement bound, agreeing on shared facts (unless
  // it belongs to another stamp: then stamp-torn says so, and the facts may differ rightly).
  let torn = false;
  const metaFile = path.join(runDirAbs, META_FILE_NAME);
  const metaShown = relativeToRoot(root, metaFile);
  const meta = await readMeta(root, metaFile);
  if (!meta) add({ rule: 'meta-missing', file: metaShown, message: `${metaShown} is missing` });
  else {
    for (const problem of metaProblems(meta.value, meta.doc)) {
      add({
        rule: 'meta-invalid',
        file: metaShown,
        line: problem.line,
        column: problem.column,
        message: `${metaShown}: ${problem.message}`,
      });
    }
    const bound = byproductDigest(statement, META_FILE_NAME);
    const actual = sha256Hex(meta.bytes);
    // A meta.json written by a stamp over THIS statement: that stamp never wrote its own.
    torn =
      bound !== undefined &&
      bound !== actual &&
      meta.value.previous_statement_sha256 === sha256Hex(statementBytes);
    if (torn) {
      add({
        rule: 'stamp-torn',
        file: metaShown,
        message: `${metaShown} is from a later stamp than ${statementSource} (interrupted between writing the two): re-run \`pipeguard provenance stamp ${runShown}\``,
      });
    } else if (bound && bound !== actual) {
      add({
        rule: 'meta-changed',
        file: metaShown,
        message: `${metaShown} changed after stamping (statement binds sha256 ${bound}, file has ${actual})`,
      });
    }
    const runId = (
      statement.predicate.buildDefinition.internalParameters?.pipeguard as
        { run_id?: unknown } | undefined
    )?.run_id;
    if (!torn && typeof runId === 'string' && runId !== meta.value.run_id) {
      add({
        rule: 'meta-mismatch',
        file: metaShown,
        subject: 'run_id',
        message: `${metaShown}: run_id ${String(meta.value.run_id)} but the statement says ${runId}`,
      });
    }
  }

  // 3. Artifacts: the manifest verifies, is the stamped one, and equals the subjects.
  const artifactAbs = await artifactDirOf(
    root,
    targetAbs,
    runDirAbs,
    meta?.value.artifact_dir,
    options.artifactDir,
  );
  const manifestFile = path.join(artifactAbs, CHECKSUM_FILE_NAME);
  const manifestShown = relativeToRoot(root, manifestFile);
  const artifactShown = relativeToRoot(root, artifactAbs);
  let manifestDigest: string | undefined;
  let entries: ManifestEntry[] = [];
  if (!(await exists(manifestFile))) {
    add({
      rule: 'manifest-missing',
      file: manifestShown,
      message: `${manifestShown} is missing: the artifacts cannot be matched to the statement`,
    });
  } else {
    const verified = await verifyChecksums(artifactAbs, { root });
    // Provenance files copied beside the artifacts of a deployment are not artifacts.
    const ours = new Set([META_FILE_NAME, STATEMENT_FILE_NAME, ENVELOPE_FILE_NAME]);
    for (const finding of verified.findings) {
      const unlistedOurs =
        finding.rule === 'unlisted-file' &&
        artifactAbs === runDirAbs &&
        [...ours].some((n) => finding.message.startsWith(`${n}: `));
      if (!unlistedOurs) findings.push(asProvenanceFinding(finding));
    }
    manifestDigest = verified.manifestDigest;
    entries = verified.entries;
    const recorded =
      typeof meta?.value.artifact_manifest_sha256 === 'string'
        ? meta.value.artifact_manifest_sha256
        : undefined;
    if (meta && recorded !== manifestDigest) {
      add({
        rule: 'manifest-digest-mismatch',
        file: manifestShown,
        subject: 'meta',
        message: `${manifestShown}: sha256 ${manifestDigest}, but ${metaShown} recorded ${recorded ?? 'none'}`,
      });
    }
    const boundManifest = manifestByproduct(statement);
    if (boundManifest && boundManifest !== manifestDigest) {
      add({
        rule: 'manifest-digest-mismatch',
        file: manifestShown,
        subject: 'statement',
        message: `${manifestShown}: sha256 ${manifestDigest}, but the statement bound ${boundManifest}`,
      });
    }
  }
  compareSubjects(statement, entries, artifactShown, add, manifestDigest !== undefined);

  // 4. The commit.
  const commit = statementCommit(statement);
  if (meta && !torn && commit && meta.value.git_commit !== commit) {
    add({
      rule: 'meta-mismatch',
      file: metaShown,
      subject: 'git_commit',
      message: `${metaShown}: git_commit ${String(meta.value.git_commit)} but the statement says ${commit}`,
    });
  }
  const recordedCommit =
    commit ?? (typeof meta?.value.git_commit === 'string' ? meta.value.git_commit : undefined);
  if (recordedCommit) {
    if (!(await isGitRepo(root))) {
      add({
        rule: 'commit-unverifiable',
        file: statementShown,
        message: `commit ${recordedCommit} cannot be looked up: ${root} is not a git work tree`,
      });
    } else if (!(await commitExists(root, recordedCommit))) {
      add({
        rule: 'commit-missing',
        file: meta ? metaShown : statementShown,
        subject: recordedCommit,
        message: `recorded commit ${recordedCommit} does not exist in this repository (git cat-file -e)`,
      });
    }
  }

  return {
    findings,
    runDir: runShown,
    ...(manifestDigest ? { manifestDigest } : {}),
    statementFile: statementShown,
    metaFile: metaShown,
  };
}

/** The statement's subjects against the manifest's entries, by name then digest. */
function compareSubjects(
  statement: Statement,
  entries: ManifestEntry[],
  artifactShown: string,
  add: (spec: ProvenanceFindingSpec) => void,
  haveManifest: boolean,
): void {
  const listed = new Map(entries.map((e) => [e.path, e.sha256]));
  const attested = new Set<string>();
  const fileOf = (name: string): string => (artifactShown ? `${artifactShown}/${name}` : name);
  for (const subject of statement.subject) {
    attested.add(subject.name);
    const actual = listed.get(subject.name);
    if (actual === undefined) {
      if (haveManifest) {
        add({
          rule: 'subject-missing',
          file: fileOf(subject.name),
          subject: subject.name,
          message: `${fileOf(subject.name)}: attested by the statement but not among the artifacts`,
        });
      }
    } else if (actual !== subject.digest.sha256) {
      add({
        rule: 'subject-mismatch',
        file: fileOf(subject.name),
        subject: subject.name,
        message: `${fileOf(subject.name)}: sha256 ${actual} is not the attested ${subject.digest.sha256}`,
      });
    }
  }
  for (const entry of entries) {
    if (!attested.has(entry.path)) {
      add({
        rule: 'unattested-artifact',
        file: fileOf(entry.path),
        subject: entry.path,
        message: `${fileOf(entry.path)}: not attested by the statement (added after stamping?)`,
      });
    }
  }
}

function manifestByproduct(statement: Statement): string | undefined {
  for (const b of statement.predicate.runDetails.byproducts ?? []) {
    if (
      typeof b?.name === 'string' &&
      (b.name === CHECKSUM_FILE_NAME || b.name.endsWith(`/${CHECKSUM_FILE_NAME}`))
    ) {
      const digest = b.digest?.sha256;
      if (typeof digest === 'string') return digest;
    }
  }
  return undefined;
}

/**
 * The artifact directory to check: a deploy target itself when it holds the manifest, else the
 * run's artifact subdirectory (from meta.json, else the configured default).
 */
async function artifactDirOf(
  root: string,
  targetAbs: string,
  runDirAbs: string,
  fromMeta: unknown,
  fallback: string,
): Promise<string> {
  if (targetAbs !== runDirAbs) return targetAbs;
  const sub = typeof fromMeta === 'string' && fromMeta ? fromMeta : fallback;
  const candidate = resolveInsideRoot(root, path.join(relativeToRoot(root, runDirAbs), sub));
  if (await exists(path.join(candidate, CHECKSUM_FILE_NAME))) return candidate;
  // A deployment that carries its provenance beside the artifacts.
  if (await exists(path.join(runDirAbs, CHECKSUM_FILE_NAME))) return runDirAbs;
  return candidate;
}

/**
 * The stamped run a deploy directory's artifacts came from: the run whose recorded manifest digest
 * equals the deployment's, else the run attesting the same file names (then verified file by file).
 */
async function findRunOfDeployment(
  ctx: CheckContext,
  deployAbs: string,
  options: VerifyOptions,
): Promise<string | undefined> {
  const manifestFile = path.join(deployAbs, CHECKSUM_FILE_NAME);
  if (!(await exists(manifestFile))) return undefined;
  const manifest = (await readInput(ctx.root, manifestFile, 'checksum file')).bytes;
  const digest = sha256Hex(manifest);
  // Names only: the files are hashed once, by the verification that follows.
  const deployed = new Set(
    parseChecksumFile(manifest).entries.flatMap((e) => {
      const listed = classifyListedPath(e.name);
      return listed.kind === 'relative' ? [listed.path] : [];
    }),
  );
  let byNames: string | undefined;
  for (const runDir of await expandDirectoryGlobs(ctx.root, options.runGlobs)) {
    if (runDir === deployAbs || !(await hasProvenance(runDir))) continue;
    const meta = await readMeta(ctx.root, path.join(runDir, META_FILE_NAME)).catch(() => undefined);
    if (meta?.value.artifact_manifest_sha256 === digest) return runDir;
    if (!byNames) {
      const names = await attestedNames(ctx.root, runDir);
      if (names && names.size === deployed.size && [...names].every((n) => deployed.has(n)))
        byNames = runDir;
    }
  }
  return byNames;
}

async function attestedNames(root: string, runDir: string): Promise<Set<string> | undefined> {
  try {
    const { bytes } = await readInput(root, path.join(runDir, STATEMENT_FILE_NAME), 'statement');
    const text = bytes.toString('utf8');
    return new Set(parseStatement(text, STATEMENT_FILE_NAME).statement.subject.map((s) => s.name));
  } catch {
    return undefined;
  }
}

/** Directories under the root matching any of the globs (root-relative, `/`), sorted. */
export async function expandDirectoryGlobs(root: string, globs: string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const glob of globs) {
    const { base } = picomatch.scan(glob);
    const matches = picomatch(glob, { dot: false });
    const depth = glob.includes('**') ? 6 : glob.split('/').length;
    let baseAbs: string;
    try {
      baseAbs = resolveInsideRoot(root, base || '.');
    } catch {
      continue;
    }
    const walk = async (dir: string, level: number): Promise<void> => {
      if (level > depth) return;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (!entry.isDirectory() || entry.name === '.git' || entry.name === 'node_modules')
          continue;
        const abs = path.join(dir, entry.name);
        if (matches(relativeToRoot(root, abs))) out.add(abs);
        await walk(abs, level + 1);
      }
    };
    await walk(baseAbs, relativeToRoot(root, baseAbs).split('/').filter(Boolean).length + 1);
  }
  return [...out].sort();
}

export async function hasProvenance(dir: string): Promise<boolean> {
  return (
    (await exists(path.join(dir, STATEMENT_FILE_NAME))) ||
    (await exists(path.join(dir, ENVELOPE_FILE_NAME)))
  );
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function isDirectory(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
