/**
 * The models check: `pipeguard models [PATH…]` and the configured run (`pipeguard check`, the
 * `models/` sub-action): every model file under the artifact directories (those the checksums
 * config names, runs/<run>/artifact/, deployments/) and every model file a pull request adds,
 * read without ever being loaded. Critical findings can be waived only by a model exception
 * (exceptions.ts), approved like eval-gate exceptions, bound to the file's sha256 and the rule.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { failOnFor, sectionOf, type CheckSection } from '../../config/types.js';
import {
  resultFromFindings,
  ruleFinding,
  type CheckResult,
  type Finding,
} from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import { runGit } from '../../util/git.js';
import { DEFAULT_MANIFEST_GLOBS, DEFAULT_REQUIRED_DIRS } from '../checksums/index.js';
import { matchGlobs } from '../checksums/discover.js';
import { compareUtf8 } from '../../util/order.js';
import { walkArtifactDir } from '../checksums/walk.js';
import { implementCheck } from '../define.js';
import type { CheckContext, CheckDefinition, CommandArgs } from '../types.js';
import { applyModelExceptions, type ExceptionOutcome } from './exceptions.js';
import { CHECK, RULES, type RuleId } from './rules.js';
import { MODEL_EXTENSIONS, scanArtifact, type ArtifactScan } from './scan.js';
import { DEFAULT_MODEL_EXCEPTIONS_DIR, MODELS_SPEC } from './spec.js';

/** The `models` section of .pipeguard.yml (schemas/pipeguard-config.v1.schema.json). */
export interface ModelsConfig extends CheckSection {
  paths?: string[];
  'allow-pickle'?: boolean;
  'exceptions-dir'?: string;
}

/** Artifact directories scanned besides those the checksums config names. */
export const DEFAULT_MODEL_DIRS = ['runs/*/artifact', 'deployments'];

export const modelsCheck: CheckDefinition = implementCheck(
  MODELS_SPEC,
  (ctx) => runModels(ctx, {}),
  {
    models: async (ctx, args) => [await runModels(ctx, args)],
  },
);

export function modelsSection(ctx: CheckContext): ModelsConfig {
  return sectionOf<ModelsConfig>(ctx.config, CHECK);
}

async function runModels(ctx: CheckContext, args: Partial<CommandArgs>): Promise<CheckResult> {
  const section = modelsSection(ctx);
  const started = Date.now();
  const positionals = args.positionals ?? [];
  const targets =
    positionals.length > 0
      ? explicitTargets(ctx, positionals)
      : await configuredTargets(ctx, section);
  const allowPickle =
    args.values?.['deny-pickle'] === true ? false : section['allow-pickle'] !== false;
  const exceptionsDir =
    (typeof args.values?.['exceptions-dir'] === 'string'
      ? args.values['exceptions-dir']
      : undefined) ??
    section['exceptions-dir'] ??
    DEFAULT_MODEL_EXCEPTIONS_DIR;
  const { scans, findings: walkFindings } = await scanTargets(ctx.root, targets);
  const findings = [...walkFindings, ...scans.flatMap((scan) => findingsOf(scan, allowPickle))];
  const outcome = await applyModelExceptions(ctx, exceptionsDir, scans, findings);
  return modelsResult(ctx, scans, findings, outcome, Date.now() - started);
}

export interface Targets {
  files: string[];
  dirs: string[];
}

function explicitTargets(ctx: CheckContext, positionals: string[]): Targets {
  const files: string[] = [];
  const dirs: string[] = [];
  for (const given of positionals) {
    const absolute = resolveInsideRoot(ctx.root, given);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      throw new InputError(
        'no such file or directory',
        relativeToRoot(ctx.root, absolute) || given,
      );
    }
    (stat.isDirectory() ? dirs : files).push(relativeToRoot(ctx.root, absolute) || '.');
  }
  return { files, dirs };
}

/** The artifact directories of the config, plus the model files the pull request adds. */
export async function configuredTargets(
  ctx: CheckContext,
  section: ModelsConfig,
): Promise<Targets> {
  const checksums = sectionOf<{ manifests?: string[]; require?: string[] } & CheckSection>(
    ctx.config,
    'checksums',
  );
  let dirGlobs: string[];
  let manifestGlobs: string[] = [];
  if (section.paths) {
    dirGlobs = section.paths;
  } else {
    dirGlobs = [...DEFAULT_MODEL_DIRS, ...(checksums.require ?? DEFAULT_REQUIRED_DIRS)];
    manifestGlobs = checksums.manifests ?? DEFAULT_MANIFEST_GLOBS;
  }
  const matched = await matchGlobs(ctx.root, dirGlobs, ctx.configSource);
  const manifests = manifestGlobs.length
    ? (await matchGlobs(ctx.root, manifestGlobs, ctx.configSource)).files
    : [];
  const dirs = new Set<string>([
    ...matched.directories,
    ...manifests.map((m) => path.posix.dirname(m)),
  ]);
  // Globs naming a directory itself (deployments) match no entry inside; take them as given.
  for (const glob of dirGlobs) {
    if (!/[*?[\]{}!]/.test(glob) && isDirectory(ctx.root, glob)) dirs.add(glob.replace(/\/+$/, ''));
  }
  const files = new Set<string>(matched.files);
  for (const added of await filesAddedByPullRequest(ctx)) files.add(added);
  return { files: [...files].sort(compareUtf8), dirs: collapse([...dirs]) };
}

function isDirectory(root: string, rel: string): boolean {
  try {
    return statSync(resolveInsideRoot(root, rel)).isDirectory();
  } catch {
    return false;
  }
}

/** Drop directories inside another listed one (each file scanned once). */
function collapse(dirs: string[]): string[] {
  const sorted = [...new Set(dirs)].sort(compareUtf8);
  return sorted.filter(
    (dir) =>
      !sorted.some((other) => other !== dir && (other === '.' || dir.startsWith(`${other}/`))),
  );
}

/** Model files (by extension) that the pull request adds, from git (base...head). */
async function filesAddedByPullRequest(ctx: CheckContext): Promise<string[]> {
  const pr = ctx.ci.pullRequest;
  if (!pr) return [];
  let out: string;
  try {
    out = await runGit(
      ctx.root,
      [
        'diff',
        '--name-only',
        '--no-renames',
        '--diff-filter=A',
        '-z',
        `${pr.baseSha}...${pr.headSha}`,
      ],
      'the files the pull request adds',
    );
  } catch (error) {
    ctx.log.warn(
      `models: cannot list the files the pull request adds (${error instanceof Error ? error.message : String(error)}); scanning the artifact directories only`,
    );
    return [];
  }
  return out
    .split('\0')
    .filter(
      (name) => name !== '' && MODEL_EXTENSIONS.includes(path.posix.extname(name).toLowerCase()),
    )
    .filter((name) => {
      try {
        return statSync(resolveInsideRoot(ctx.root, name)).isFile();
      } catch {
        return false;
      }
    });
}

/** Scan every file of the targets once; symlinks out of a directory are findings, not scans. */
export async function scanTargets(
  root: string,
  targets: Targets,
): Promise<{ scans: ArtifactScan[]; findings: Finding[] }> {
  const files = new Set(targets.files);
  const findings: Finding[] = [];
  for (const dir of targets.dirs) {
    const real = realpathSync(resolveInsideRoot(root, dir));
    const walked = walkArtifactDir(real, () => false);
    const prefix = dir === '.' ? '' : `${dir}/`;
    for (const file of walked.files) files.add(`${prefix}${file.path}`);
    for (const problem of walked.problems) {
      if (problem.kind !== 'symlink-escape') continue;
      findings.push(
        modelFinding({
          rule: 'symlink-escape',
          file: `${prefix}${problem.path}`,
          message: `${prefix}${problem.path}: ${problem.detail}`,
        }),
      );
    }
  }
  const scans: ArtifactScan[] = [];
  for (const file of [...files].sort(compareUtf8)) scans.push(await scanArtifact(root, file));
  return { scans, findings };
}

export function modelFinding(spec: {
  rule: RuleId;
  file: string;
  message: string;
  subject?: string;
  severity?: Finding['severity'];
}): Finding {
  return ruleFinding(CHECK, RULES, { ...spec, remedy: remedyFor(spec.rule) });
}

function remedyFor(rule: RuleId): string | undefined {
  if (rule.startsWith('pickle') || rule === 'unreadable')
    return 'do not load it; re-export the weights as safetensors (or waive it with a model exception bound to its sha256)';
  return undefined;
}

/** One Finding per issue; evidence (member, offset, global) in the message and the fingerprint. */
export function findingsOf(scan: ArtifactScan, allowPickle: boolean): Finding[] {
  const findings = scan.issues.map((issue) =>
    modelFinding({
      rule: issue.rule,
      file: scan.file,
      message:
        issue.member && !issue.message.includes(issue.member)
          ? `${issue.member}: ${issue.message}`
          : issue.message,
      subject: [
        issue.member ?? '',
        issue.global ?? issue.message.replace(/offset \d+/g, 'offset'),
      ].join('\0'),
      ...(issue.severity ? { severity: issue.severity } : {}),
    }),
  );
  if (scan.pickleBased && !allowPickle) {
    findings.push(
      modelFinding({
        rule: 'pickle-not-allowed',
        file: scan.file,
        message: `${scan.format ?? 'pickle'} artifact: loading it runs pickle, and models.allow-pickle is false; save it as safetensors`,
        subject: 'pickle-not-allowed',
      }),
    );
  }
  return findings;
}

function modelsResult(
  ctx: CheckContext,
  scans: ArtifactScan[],
  findings: Finding[],
  outcome: ExceptionOutcome,
  elapsedMs: number,
): CheckResult {
  const models = scans.filter((s) => s.format !== undefined);
  const bytes = scans.reduce((sum, s) => sum + s.size, 0);
  const read = scans.reduce((sum, s) => sum + s.bytesRead, 0);
  const result = resultFromFindings(
    CHECK,
    findings,
    failOnFor(ctx.config, CHECK),
    (failing, total) =>
      failing > 0
        ? `${failing} problem(s) in ${models.length} model file(s)`
        : `${models.length} model file(s) of ${scans.length} file(s) checked${total > 0 ? `, ${total} finding(s) below fail-on or waived` : ''}`,
    {
      artifacts: models.map((s) => ({
        file: s.file,
        format: s.format,
        pickleBased: s.pickleBased,
        size: s.size,
        bytesRead: s.bytesRead,
        ...(Object.keys(s.globals).length ? { globals: s.globals } : {}),
        ...(outcome.digests.has(s.file) ? { sha256: outcome.digests.get(s.file) } : {}),
        ...(s.notes.length ? { notes: s.notes } : {}),
      })),
      files: scans.length,
      bytes,
      bytesRead: read,
      exceptions: outcome.used,
      elapsedMs,
    },
  );
  return {
    ...result,
    rules: RULES,
    inputs: [...outcome.inputs],
    outputs: {
      'model-files': String(models.length),
      'blocking-findings': String(criticalUncovered(findings).length),
    },
  };
}

/** Critical findings no exception covers: what blocks provenance stamp and eval-gate promotion. */
export function criticalUncovered(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'critical' && !f.suppressed);
}
