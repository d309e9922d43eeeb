/**
 * The checksums check: `pipeguard checksums verify [DIR|FILE…]`, `pipeguard checksums write DIR`,
 * and the configured run (`pipeguard check`, the root Action, the `checksums/` sub-action with no
 * paths): verify every configured checksum file, require one in every artifact directory, and
 * compare each deployment with its run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { failOnFor, sectionOf, type CheckSection } from '../../config/types.js';
import {
  byFile,
  orderFindings,
  resultFromFindings,
  type CheckResult,
  type Finding,
} from '../../report/model.js';
import { sumDetails, type MergedParts } from '../../shard/details.js';
import { shardOption, WorkList } from '../../shard/partition.js';
import { withShardRecord } from '../../shard/record.js';
import { InputError } from '../../util/errors.js';
import { implementCheck } from '../define.js';
import type { CheckContext, CheckDefinition, CommandArgs } from '../types.js';
import {
  compareDeployments,
  runIdFromManifest,
  type DeploymentMatch,
  type VerifiedManifest,
} from './deploy.js';
import { matchGlobs } from './discover.js';
import {
  CHECKSUM_FILE_NAME,
  listedManifest,
  verifyChecksumFiles,
  verifyChecksums,
  writeChecksumFile,
  type VerifyResult,
} from './manifest.js';
import { compareUtf8 } from '../../util/order.js';
import { isSafeRunId } from './parse.js';
import { CHECK, checksumFinding, RULES } from './rules.js';
import { CHECKSUMS_SPEC } from './spec.js';

export {
  CHECKSUM_FILE_NAME,
  manifestDigestOf,
  verifyChecksumFiles,
  verifyChecksums,
  writeChecksumFile,
  type ManifestEntry,
  type VerifyOptions,
  type VerifyResult,
  type WriteOptions,
  type WrittenChecksumFile,
} from './manifest.js';

/** The `checksums` section of .pipeguard.yml (schemas/pipeguard-config.v1.schema.json). */
export interface ChecksumsConfig extends CheckSection {
  manifests?: string[];
  require?: string[];
  'allow-unlisted'?: boolean;
  'compare-deployments'?: boolean;
}

export const DEFAULT_MANIFEST_GLOBS = ['runs/**/checksum.sha256', 'deployments/**/checksum.sha256'];
export const DEFAULT_REQUIRED_DIRS = ['runs/*/artifact', 'deployments/*'];

export const checksumsCheck: CheckDefinition = implementCheck(
  CHECKSUMS_SPEC,
  (ctx) => runConfigured(ctx),
  {
    'checksums verify': async (ctx, args) => [await runVerify(ctx, args)],
    'checksums write': async (ctx, args) => [await runWrite(ctx, args)],
  },
  { merge: mergeChecksumsShards },
);

/**
 * `PIPEGUARD_HASH_THREADS=N` pins the hashing threads (1: the calling thread only; N >= 2: N
 * workers), for benchmarks and constrained runners. Unset: automatic.
 */
function hashThreads(ctx: CheckContext): { threads?: number } {
  const raw = ctx.env.PIPEGUARD_HASH_THREADS;
  if (raw === undefined || raw === '') return {};
  const threads = Number(raw);
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) {
    throw new InputError(`PIPEGUARD_HASH_THREADS must be an integer from 1 to 256; got "${raw}"`);
  }
  return { threads };
}

function describeVerified(results: Array<{ verified: number; bytes: number }>): string {
  const files = results.reduce((sum, r) => sum + r.verified, 0);
  const bytes = results.reduce((sum, r) => sum + r.bytes, 0);
  return `${files} file(s), ${formatBytes(bytes)}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

async function runVerify(ctx: CheckContext, args: CommandArgs): Promise<CheckResult> {
  const spec = shardOption(args.values.shard);
  const work = spec ? new WorkList(spec, 'manifests') : undefined;
  const result = await verifyOwn(ctx, args, work);
  return spec && work
    ? withShardRecord(ctx, result, { spec, work, command: CHECKSUMS_SPEC.commands[0]!, args })
    : result;
}

async function verifyOwn(
  ctx: CheckContext,
  args: CommandArgs,
  work: WorkList | undefined,
): Promise<CheckResult> {
  if (args.positionals.length === 0)
    return runConfigured(ctx, args.values['allow-unlisted'] === true, work);
  const allowUnlisted =
    args.values['allow-unlisted'] === true ||
    sectionOf<ChecksumsConfig>(ctx.config, CHECK)['allow-unlisted'] === true;
  const started = Date.now();
  // A shard verifies the checksum files (or directories) named that are its own.
  const targets = work
    ? args.positionals.filter((target) =>
        work.take(
          path.relative(ctx.root, path.resolve(ctx.root, target)).split(path.sep).join('/'),
        ),
      )
    : args.positionals;
  const results = await verifyChecksumFiles(targets, {
    root: ctx.root,
    allowUnlisted,
    ...hashThreads(ctx),
  });
  return verifyResultOf(ctx, results, [], Date.now() - started);
}

/** One CheckResult over several verified checksum files, digests in summary, details and outputs. */
function verifyResultOf(
  ctx: CheckContext,
  results: VerifyResult[],
  extra: Finding[],
  elapsedMs: number,
  more: Record<string, unknown> = {},
): CheckResult {
  // One order, sharded or not, so the merge of shards equals an unsharded run.
  const findings = orderFindings([...results.flatMap((r) => r.findings), ...extra], byFile);
  const manifests: ManifestDetail[] = results.map((r) => ({
    file: r.manifest,
    manifestDigest: r.manifestDigest,
    entries: r.entries.length,
    verified: r.verified,
    bytes: r.bytes,
    hashedInWorkers: r.hashedInWorkers,
  }));
  const result = resultFromFindings(
    CHECK,
    findings,
    failOnFor(ctx.config, CHECK),
    (failing, total) => verifySummary(manifests, failing, total),
    { manifests, elapsedMs, ...more },
  );
  return {
    ...result,
    rules: RULES,
    inputs: results.map((r) => ({ name: r.manifest, sha256: r.manifestDigest })),
    outputs: verifyOutputs(manifests),
  };
}

interface ManifestDetail {
  file: string;
  manifestDigest: string;
  entries: number;
  verified: number;
  bytes: number;
  hashedInWorkers: number;
}

function verifySummary(manifests: ManifestDetail[], failing: number, total: number): string {
  const only = manifests.length === 1 ? manifests[0] : undefined;
  const where = only
    ? `${only.file} (manifest sha256 ${only.manifestDigest})`
    : `${manifests.length} checksum file(s)`;
  return failing > 0
    ? `${failing} problem(s) in ${where}; ${describeVerified(manifests)} verified`
    : `${where}: ${describeVerified(manifests)} verified${total > 0 ? `, ${total} finding(s) below fail-on` : ''}`;
}

function verifyOutputs(manifests: ManifestDetail[]): Record<string, string> {
  const digests = Object.fromEntries(manifests.map((m) => [m.file, m.manifestDigest]));
  const outputs: Record<string, string> = { 'manifest-digests': JSON.stringify(digests) };
  if (manifests.length === 1) outputs['manifest-digest'] = manifests[0]!.manifestDigest;
  return outputs;
}

/** The shards of a verify run as one run (`pipeguard report merge`), lists in one run's order. */
function mergeChecksumsShards(shards: CheckResult[]): MergedParts {
  const details = sumDetails(shards.map((s) => s.details ?? {}));
  const manifests = ((details.manifests as ManifestDetail[] | undefined) ?? []).sort((a, b) =>
    compareUtf8(a.file, b.file),
  );
  if (Array.isArray(details.deployments))
    (details.deployments as DeploymentMatch[]).sort((a, b) =>
      compareUtf8(a.deployment, b.deployment),
    );
  return {
    details,
    // By file: a checksum file's findings (and a deployment's) come from the shard that owns it.
    order: byFile,
    summary: (failing, total) => verifySummary(manifests, failing, total),
    outputs: verifyOutputs(manifests),
    inputs: manifests.map((m) => ({ name: m.file, sha256: m.manifestDigest })),
  };
}

async function runWrite(ctx: CheckContext, args: CommandArgs): Promise<CheckResult> {
  if (args.positionals.length === 0)
    throw new InputError(`checksums write needs a directory (pipeguard checksums write DIR)`);
  const runId = args.values['run-id'];
  if (runId !== undefined && (typeof runId !== 'string' || !isSafeRunId(runId))) {
    throw new InputError('--run-id must be one path segment without spaces');
  }
  const written = [];
  for (const dir of args.positionals) {
    const out = await writeChecksumFile(dir, {
      root: ctx.root,
      ...hashThreads(ctx),
      ...(typeof runId === 'string' ? { runId } : {}),
    });
    written.push({ ...out, manifest: path.relative(ctx.root, out.file).split(path.sep).join('/') });
  }
  const only = written.length === 1 ? written[0] : undefined;
  return {
    check: CHECK,
    status: 'pass',
    summary: only
      ? `wrote ${only.manifest}: ${only.entries.length} file(s), manifest sha256 ${only.manifestDigest}`
      : `wrote ${written.length} checksum files`,
    findings: [],
    details: {
      written: written.map((w) => ({
        file: w.manifest,
        manifestDigest: w.manifestDigest,
        entries: w.entries.length,
      })),
    },
    outputs: {
      ...(only ? { 'manifest-digest': only.manifestDigest, 'checksum-file': only.manifest } : {}),
      'manifest-digests': JSON.stringify(
        Object.fromEntries(written.map((w) => [w.manifest, w.manifestDigest])),
      ),
    },
  };
}

/**
 * Everything the config names: each matching checksum file verified, each required artifact
 * directory holding one, each deployment equal to its run.
 */
async function runConfigured(
  ctx: CheckContext,
  forceAllowUnlisted = false,
  work?: WorkList,
): Promise<CheckResult> {
  const section = sectionOf<ChecksumsConfig>(ctx.config, CHECK);
  const allowUnlisted = forceAllowUnlisted || section['allow-unlisted'] === true;
  const started = Date.now();
  const manifestGlobs = section.manifests ?? DEFAULT_MANIFEST_GLOBS;
  const requiredGlobs = section.require ?? DEFAULT_REQUIRED_DIRS;
  const globbed = await matchGlobs(ctx.root, manifestGlobs, ctx.configSource);
  const required = await matchGlobs(ctx.root, requiredGlobs, ctx.configSource);
  // A shard verifies its own checksum files and checks its own required directories.
  const files = work ? globbed.files.filter((file) => work.take(file)) : globbed.files;
  const directories = work
    ? required.directories.filter((dir) => work.take(`${dir}/`))
    : required.directories;
  const mine = new Set(files);
  const othersShards = new Set(globbed.files.filter((file) => !mine.has(file)));

  const threads = hashThreads(ctx);
  // One hashing pass over every checksum file's artifacts: workers start once.
  const results = await verifyChecksumFiles(files, { root: ctx.root, allowUnlisted, ...threads });

  const extra: Finding[] = [];
  for (const dir of directories) {
    if (existsSync(path.join(ctx.root, dir, CHECKSUM_FILE_NAME))) continue;
    extra.push(
      checksumFinding({
        rule: 'manifest-missing',
        file: dir,
        subject: dir,
        message: `${dir}/ has no ${CHECKSUM_FILE_NAME}`,
        remedy: `pipeguard checksums write ${dir}`,
      }),
    );
  }

  let deployments: DeploymentMatch[] = [];
  if (section['compare-deployments'] !== false) {
    const verified = new Map(results.map((r) => [r.manifest, asVerified(r)]));
    // A shard compares its own deployments with every run: the runs other shards verify (and
    // report on) are read as listed, in the order one unsharded run sees them.
    for (const manifest of othersShards)
      if (runIdFromManifest(manifest) !== undefined)
        verified.set(manifest, { ...(await listedManifest(ctx.root, manifest)), clean: true });
    const candidates = [...verified.values()].sort((a, b) => compareUtf8(a.manifest, b.manifest));
    const compared = await compareDeployments(candidates, async (runId) => {
      const manifest = `runs/${runId}/artifact/${CHECKSUM_FILE_NAME}`;
      const known = verified.get(manifest);
      if (known) return known;
      if (!existsSync(path.join(ctx.root, manifest))) return undefined;
      // A run outside the configured globs: verify it too, so its entries are trustworthy.
      const result = await verifyChecksums(manifest, { root: ctx.root, allowUnlisted, ...threads });
      results.push(result);
      return asVerified(result);
    });
    extra.push(...compared.findings);
    deployments = compared.matches;
  }
  if (files.length === 0)
    ctx.log.info(`checksums: no checksum file matches ${manifestGlobs.join(', ')}`);
  return verifyResultOf(ctx, results, extra, Date.now() - started, { deployments });
}

function asVerified(result: VerifyResult): VerifiedManifest {
  return {
    manifest: result.manifest,
    file: result.file,
    entries: result.entries,
    manifestDigest: result.manifestDigest,
    clean: result.findings.length === 0,
  };
}
