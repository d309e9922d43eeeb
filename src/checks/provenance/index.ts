/**
 * The provenance check: `pipeguard provenance stamp RUN_DIR` and `pipeguard provenance verify
 * RUN_DIR|DEPLOY_DIR`; under `pipeguard check` (when the `provenance` section is present) every
 * stamped run and every deployment is verified.
 */
import path from 'node:path';
import { failOnFor, sectionOf, type CheckSection } from '../../config/types.js';
import type { CheckResult, Finding } from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { decodeUtf8 } from '../../util/text.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import { implementCheck } from '../define.js';
import type { CheckContext, CheckDefinition, CommandArgs } from '../types.js';
import { DEFAULT_ARTIFACT_DIR, PROVENANCE_SPEC } from './spec.js';
import {
  loadSigningKey,
  loadVerificationKey,
  type SigningKey,
  type VerificationKey,
} from './keys.js';
import { CHECK } from './rules.js';
import { readInput } from './inputs.js';
import { stampRun } from './stamp.js';
import {
  expandDirectoryGlobs,
  finish,
  hasProvenance,
  verifyProvenance,
  verifyTarget,
} from './verify.js';
import { CHECKSUM_FILE_NAME } from '../checksums/manifest.js';
import { existsSync } from 'node:fs';

export interface ProvenanceConfig extends CheckSection {
  'artifact-dir'?: string;
  runs?: string[];
  deployments?: string[];
  dataset?: string;
  'data-path'?: string;
  'data-digest'?: boolean;
  policies?: string[];
  'sign-key'?: string;
  'sign-key-env'?: string;
  'key-passphrase-env'?: string;
  'public-keys'?: string[];
  'require-signature'?: boolean;
}

export const DEFAULT_RUN_GLOBS = ['runs/*'];
/** A PEM or OpenSSH key is a few KiB; 1 MiB is not a key. */
const MAX_KEY_BYTES = 1024 * 1024;
export const DEFAULT_DEPLOYMENT_GLOBS = ['deployments/*'];

export const provenanceCheck: CheckDefinition = implementCheck(
  PROVENANCE_SPEC,
  async (ctx) => verifyConfigured(ctx),
  {
    'provenance stamp': async (ctx, args) => [await stampCommand(ctx, args)],
    'provenance verify': async (ctx, args) => verifyCommand(ctx, args),
  },
);

function section(ctx: CheckContext): ProvenanceConfig {
  return sectionOf<ProvenanceConfig>(ctx.config, CHECK);
}

async function stampCommand(ctx: CheckContext, args: CommandArgs): Promise<CheckResult> {
  const [runDir, ...extra] = args.positionals;
  if (!runDir || extra.length > 0)
    throw new InputError('provenance stamp takes exactly one RUN_DIR');
  const config = section(ctx);
  const v = args.values;
  return stampRun(ctx, {
    runDir,
    ...(str(v['run-id']) ? { runId: str(v['run-id'])! } : {}),
    artifactDir: str(v['artifact-dir']) ?? config['artifact-dir'] ?? DEFAULT_ARTIFACT_DIR,
    ...optional('dataset', str(v.dataset) ?? config.dataset),
    ...optional('dataPath', str(v['data-path']) ?? config['data-path']),
    dataDigest:
      v['data-digest'] === true ||
      (v['data-digest'] === undefined && config['data-digest'] === true),
    policies: [...(config.policies ?? []), ...list(v.policy)],
    ...optional('startedOn', str(v['started-on'])),
    ...optional('finishedOn', str(v['finished-on'])),
    ...optional('auditLog', auditLogOf(ctx)),
    signingKeys: await signingKeys(ctx, v),
  });
}

async function verifyCommand(ctx: CheckContext, args: CommandArgs): Promise<CheckResult[]> {
  if (args.positionals.length === 0)
    throw new InputError('provenance verify takes a RUN_DIR or DEPLOY_DIR');
  const config = section(ctx);
  const v = args.values;
  const keys = await verificationKeys(ctx, v);
  const results: CheckResult[] = [];
  for (const target of args.positionals) {
    results.push(
      await verifyProvenance(ctx, {
        target,
        artifactDir: str(v['artifact-dir']) ?? config['artifact-dir'] ?? DEFAULT_ARTIFACT_DIR,
        ...optional('run', str(v.run)),
        publicKeys: keys,
        requireSignature: v['require-signature'] === true || config['require-signature'] === true,
        runGlobs: config.runs ?? DEFAULT_RUN_GLOBS,
        failOn: failOnFor(ctx.config, CHECK),
      }),
    );
  }
  return results;
}

/** `pipeguard check`: every stamped run and every deployment with a manifest, in one result. */
async function verifyConfigured(ctx: CheckContext): Promise<CheckResult> {
  const config = section(ctx);
  const runGlobs = config.runs ?? DEFAULT_RUN_GLOBS;
  const keys = await verificationKeys(ctx, {});
  const findings: Finding[] = [];
  const runs = (await expandDirectoryGlobs(ctx.root, runGlobs)).filter((d) => existsSync(d));
  const stamped: string[] = [];
  for (const dir of runs) if (await hasProvenance(dir)) stamped.push(dir);
  const deployments = (
    await expandDirectoryGlobs(ctx.root, config.deployments ?? DEFAULT_DEPLOYMENT_GLOBS)
  ).filter((d) => existsSync(path.join(d, CHECKSUM_FILE_NAME)));
  const base = {
    artifactDir: config['artifact-dir'] ?? DEFAULT_ARTIFACT_DIR,
    publicKeys: keys,
    requireSignature: config['require-signature'] === true,
    runGlobs,
    failOn: failOnFor(ctx.config, CHECK),
  };
  for (const dir of [...stamped, ...deployments]) {
    const outcome = await verifyTarget(ctx, { ...base, target: relativeToRoot(ctx.root, dir) });
    findings.push(...outcome.findings);
  }
  const result = finish('.', { findings }, base.failOn);
  const checked = `${stamped.length} stamped run${stamped.length === 1 ? '' : 's'}, ${deployments.length} deployment${deployments.length === 1 ? '' : 's'}`;
  const unstamped = runs.length - stamped.length;
  return {
    ...result,
    summary: `${result.status === 'pass' ? 'provenance verified' : result.summary.replace(/^\.: /, '')}: ${checked}${unstamped ? ` (${unstamped} run${unstamped === 1 ? '' : 's'} not stamped)` : ''}`,
    outputs: {},
    details: {
      stamped: stamped.map((d) => relativeToRoot(ctx.root, d)),
      deployments: deployments.map((d) => relativeToRoot(ctx.root, d)),
    },
  };
}

/**
 * The audit log approvals are read from: the --audit-log flag / input (already absolute, the
 * caller's choice) or config `audit.log`, which stays inside the root.
 */
function auditLogOf(ctx: CheckContext): string | undefined {
  const log = ctx.config.audit?.log;
  if (!log) return undefined;
  return path.isAbsolute(log) ? log : resolveInsideRoot(ctx.root, log, ctx.configSource);
}

async function signingKeys(ctx: CheckContext, v: CommandArgs['values']): Promise<SigningKey[]> {
  const config = section(ctx);
  const passphraseVar = str(v['key-passphrase-env']) ?? config['key-passphrase-env'];
  const passphrase = passphraseVar ? ctx.env[passphraseVar] : undefined;
  if (passphraseVar && !passphrase)
    throw new InputError(`environment variable ${passphraseVar} (key passphrase) is not set`);
  if (passphrase) ctx.registerSecret(passphrase);
  const keys: SigningKey[] = [];
  const envVar = str(v['sign-key-env']) ?? config['sign-key-env'];
  if (envVar) {
    const text = ctx.env[envVar];
    if (!text)
      throw new InputError(`environment variable ${envVar} (signing key) is not set or empty`);
    registerKeyText(ctx, text);
    keys.push(loadSigningKey(text, `$${envVar}`, passphrase));
  }
  const flagFile = str(v['sign-key']);
  const file = flagFile ?? config['sign-key'];
  if (file) {
    const { bytes, shown } = await readInput(ctx.root, file, 'signing key', {
      commandLine: flagFile !== undefined,
      maxBytes: MAX_KEY_BYTES,
    });
    const text = decodeUtf8(bytes, shown);
    registerKeyText(ctx, text);
    keys.push(loadSigningKey(text, shown, passphrase));
  }
  return keys;
}

/** Every base64 line of a private key is masked, so no log line can ever show a piece of it. */
function registerKeyText(ctx: CheckContext, text: string): void {
  for (const line of text.split(/\r?\n/))
    if (line.trim().length >= 8 && !line.startsWith('-----')) ctx.registerSecret(line.trim());
}

async function verificationKeys(
  ctx: CheckContext,
  v: CommandArgs['values'],
): Promise<VerificationKey[]> {
  const config = section(ctx);
  const files = [
    ...(config['public-keys'] ?? []).map((file) => ({ file, commandLine: false })),
    ...list(v['public-key']).map((file) => ({ file, commandLine: true })),
  ];
  const keys: VerificationKey[] = [];
  for (const { file, commandLine } of files) {
    const { bytes, shown } = await readInput(ctx.root, file, 'public key', {
      commandLine,
      maxBytes: MAX_KEY_BYTES,
    });
    keys.push(loadVerificationKey(decodeUtf8(bytes, shown), shown));
  }
  return keys;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function list(value: unknown): string[] {
  if (Array.isArray(value))
    return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value ? [value] : [];
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
