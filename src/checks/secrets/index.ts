/**
 * `pipeguard secrets`: the check definition. Picks the mode (explicit flags, else the CI event,
 * else the tree), scans, turns hits into masked findings, registers every raw value for log
 * masking before anything is returned, and applies inline markers, the ignore file and the
 * baseline.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { failOnFor, sectionOf, type CheckSection } from '../../config/types.js';
import {
  compareFindings,
  fingerprintOf,
  resultFromFindings,
  orderFindings,
  type CheckResult,
  type Finding,
  type InputDigest,
  type RuleInfo,
} from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import { isGitRepo, requireGitWorkTree } from '../../util/git.js';
import { threadsFromEnv } from '../../util/threads.js';
import type { CheckContext, CheckDefinition, CommandArgs, OptionValue } from '../types.js';
import { implementCheck } from '../define.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  isCheckedOutSubmodule,
  parseSize,
  submodulePaths,
  unreadablePathError,
  unreadablePaths,
  type Skip,
} from './files.js';
import { gitLines, gitOutput } from './git-stream.js';
import { blockOf, shardOption, WorkList, type ShardSpec } from '../../shard/partition.js';
import { withShardRecord } from '../../shard/record.js';
import { sumDetails, type MergedParts } from '../../shard/details.js';
import type { RuleEntry } from './catalog.js';
import { CHECK, findingOf, rawValuesOf, type HitInFile } from './findings.js';
import { isZeroSha, resolveHistory, resolveRange } from './ranges.js';
import {
  PATCH_ARGS,
  preloadEngine,
  scanBytes,
  scanPatch,
  scanTree,
  type ScanOutput,
} from './scan.js';
import { DEFAULT_IGNORE_FILE, SECRETS_SPEC } from './spec.js';
import {
  entryFinding,
  isExpired,
  loadBaseline,
  loadIgnoreFile,
  writeBaseline,
  type Baseline,
  type IgnoreEntry,
} from './suppress.js';

export { DEFAULT_MAX_FILE_SIZE, parseSize } from './files.js';

export interface SecretsSection extends CheckSection {
  paths?: string[];
  exclude?: string[];
  'max-file-size'?: string | number;
  'ignore-file'?: string;
  baseline?: string;
  decode?: boolean;
}

export type Mode = 'tree' | 'staged' | 'diff' | 'history' | 'stdin';

/** The name standard input goes by in findings when --stdin-filename gives none. */
const STDIN_NAME = 'stdin';

export interface SecretsRequest {
  mode: Mode;
  range?: string;
  paths: string[];
  baseline?: string;
  writeBaseline?: string;
  ignoreFile?: string;
  maxFileSize?: string | number;
  /** Standard input's name for rules and messages (mode stdin). */
  stdinName?: string;
  /** Why this mode was chosen (event-driven runs say which event). */
  reason: string;
  /**
   * The CI event chose the range: when its commits cannot be had, the whole tree is scanned
   * instead (a superset, said in the log and the report) rather than failing the build.
   */
  fromEvent?: boolean;
  /** `--shard I/N`: scan this shard's files (tree) or block of commits (history) only. */
  shard?: ShardSpec;
}

/** Findings that say something is absent: unused only if no shard used it. */
const ABSENCE_RULES = ['ignore-unused', 'baseline-unused'];

const SKIP_FINDING_REASONS = new Set([
  'too-large',
  'symlink-outside-root',
  'unreadable',
  'submodule-not-checked-out',
]);

const META_RULES: Record<string, RuleInfo> = {
  'ignore-expired': {
    title: 'Expired secrets-ignore entry',
    help: 'The entry no longer suppresses its finding. Rotate the secret or renew the entry.',
    severity: 'medium',
  },
  'ignore-unused': {
    title: 'Unused secrets-ignore entry',
    help: 'No finding matches the entry any more; remove it.',
    severity: 'low',
  },
  'baseline-unused': {
    title: 'Unused baseline entry',
    help: 'No finding matches the entry any more; regenerate the baseline with --write-baseline.',
    severity: 'low',
  },
  'scan-skipped': {
    title: 'File not scanned',
    help: 'The file was too large, unreadable, a symlink leaving the root, or a submodule that is not checked out; scan it another way or exclude it explicitly.',
    severity: 'low',
  },
};

/** Run a secrets scan as requested. */
export async function runSecrets(
  ctx: CheckContext,
  request: SecretsRequest,
  shardArgs: CommandArgs = { positionals: request.paths, values: {} },
): Promise<CheckResult> {
  const section = sectionOf<SecretsSection>(ctx.config, 'secrets');
  const maxFileSize = parseSize(
    request.maxFileSize ?? section['max-file-size'],
    DEFAULT_MAX_FILE_SIZE,
  );
  const decode = section.decode ?? true;
  const excluded = section.exclude?.length ? picomatch(section.exclude, { dot: true }) : undefined;
  const pathspecs = request.paths.map(
    (p) => relativeToRoot(ctx.root, resolveInsideRoot(ctx.root, p)) || '.',
  );
  const ignoreDisplay = request.ignoreFile ?? section['ignore-file'] ?? DEFAULT_IGNORE_FILE;
  const ignores = await loadIgnoreFile(
    resolveInsideRoot(ctx.root, ignoreDisplay),
    ignoreDisplay,
    ignoreDisplay !== DEFAULT_IGNORE_FILE,
  );
  const baselineDisplay = request.baseline ?? section.baseline;
  const baseline = baselineDisplay
    ? await loadBaseline(resolveInsideRoot(ctx.root, baselineDisplay), baselineDisplay)
    : undefined;
  const inputs = await digests(ctx.root, [ignoreDisplay, baselineDisplay]);

  if (
    request.shard &&
    (request.mode === 'staged' || request.mode === 'diff' || request.mode === 'stdin')
  )
    throw new InputError(
      request.mode === 'stdin'
        ? '--shard splits a tree or history scan; - (standard input) is one file, run it unsharded'
        : `--shard splits a tree or history scan; --${request.mode} scans one change, run it unsharded`,
    );
  if (request.shard && request.writeBaseline)
    throw new InputError(
      '--write-baseline needs every finding: run it without --shard (a shard sees part of them)',
    );
  const work = request.shard
    ? new WorkList(request.shard, request.mode === 'history' ? 'commits' : 'files')
    : undefined;
  const settings = { maxFileSize, decode, threads: threadsFromEnv(ctx.env.PIPEGUARD_THREADS) };
  let scanned: ScanOutput;
  const facts: Record<string, unknown> = { mode: request.mode, reason: request.reason };
  const stdinMode = request.mode === 'stdin';
  // The rule catalog (titles, help, severities) is needed once the hits are in: it loads while
  // the first git command runs, not before it. A tree scan's engine loads in its workers (or
  // once a small tree is listed).
  const catalog = import('./catalog.js');
  catalog.catch(() => undefined);
  if (request.mode !== 'tree') preloadEngine();
  const inGit = !stdinMode && (request.mode !== 'tree' || (await isGitRepo(ctx.root)));
  const unreadable = stdinMode ? [] : await unreadablePaths(ctx.root, request.paths);
  const literal = pathspecs.map((p) => `:(literal)${p}`);
  const checked = (async () => {
    if (stdinMode) return;
    if (request.mode !== 'tree') await requireGitWorkTree(ctx.root, `--${request.mode} needs one`);
    // A named path that is not there scans nothing: an input error, never a pass. (History may
    // name a file that only its commits still hold: checked once the range is known.)
    if (request.mode !== 'history' && unreadable[0])
      throw unreadablePathError(unreadable[0].path, unreadable[0].code);
    await refuseSubmodules(ctx.root, request, pathspecs, inGit);
  })();
  // A diff's range resolves beside those checks (its first git call only reads); anything it
  // would fetch waits until they have passed. Its errors surface where it is awaited.
  const diffRange =
    request.mode === 'diff'
      ? resolveRange(ctx.root, request.range ?? '', false, checked)
      : undefined;
  diffRange?.catch(() => undefined);
  await checked;
  if (stdinMode) {
    if (!ctx.readStdin) throw new InputError('standard input (-) can only be read by the CLI');
    const name = request.stdinName ?? STDIN_NAME;
    scanned = await scanBytes(name, await ctx.readStdin(maxFileSize), settings);
  } else if (request.mode === 'tree') {
    scanned = await scanTree(
      ctx.root,
      inGit,
      pathspecs,
      settings,
      work && ((rel) => work.take(rel)),
    );
  } else if (request.mode === 'staged') {
    scanned = await scanPatch(
      ctx.root,
      ['diff', '--cached', '--relative', ...PATCH_ARGS, '--', ...literal],
      'read the staged changes',
      settings,
    );
  } else {
    let range;
    try {
      range =
        request.mode === 'history'
          ? await resolveHistory(ctx.root, request.range ?? '')
          : { ...(await diffRange!), revs: '' };
    } catch (error) {
      if (!request.fromEvent || !(error instanceof InputError)) throw error;
      const why = `${request.reason}, but ${error.message}; scanned the whole tree instead`;
      ctx.log.warn(`secrets: ${why}`);
      return runSecrets(
        ctx,
        { ...request, mode: 'tree', range: undefined, fromEvent: false, reason: why },
        shardArgs,
      );
    }
    if (request.mode === 'history') {
      for (const { path: missing, code } of unreadable) {
        const rel = relativeToRoot(ctx.root, path.resolve(ctx.root, missing));
        if (!(await touchedInRange(ctx.root, range.revs, rel)))
          throw unreadablePathError(missing, code);
      }
      facts.commits = await commitCount(ctx.root, range.revs);
    }
    Object.assign(facts, {
      range: request.range,
      ...(range.base ? { base: range.base } : {}),
      head: range.head,
      ...(range.fetched.length ? { fetched: range.fetched } : {}),
    });
    const args =
      request.mode === 'diff'
        ? ['diff', '--relative', ...PATCH_ARGS, range.from, range.head, '--', ...literal]
        : [
            'log',
            '--relative',
            '-p',
            '--reverse',
            '--no-merges',
            '--format=%x00commit %H',
            ...PATCH_ARGS,
            range.revs,
            '--',
            ...literal,
          ];
    if (work) {
      // This shard's contiguous block of the commits the unsharded log would read, oldest first.
      const commits = await shardCommits(ctx.root, range.revs, literal, work);
      scanned =
        commits.length === 0
          ? { hits: [], skips: [], stats: { files: 0, bytes: 0, nonUtf8: 0 } }
          : await scanPatch(
              ctx.root,
              [
                'log',
                '--relative',
                '-p',
                '--no-walk=unsorted',
                '--format=%x00commit %H',
                ...PATCH_ARGS,
                '--stdin',
                '--',
                ...literal,
              ],
              'read the history',
              settings,
              `${commits.join('\n')}\n`,
            );
    } else {
      scanned = await scanPatch(
        ctx.root,
        args,
        request.mode === 'diff' ? 'diff the range' : 'read the history',
        settings,
      );
    }
  }

  let hits = scanned.hits;
  let excludedCount = 0;
  if (excluded) {
    hits = hits.filter((h) => !excluded(h.path) || (excludedCount++, false));
    scanned.skips = scanned.skips.filter((s) => !excluded(s.path));
  }
  // Register every raw value before anything can be rendered (the Action masks them in logs).
  for (const hit of hits) for (const value of rawValuesOf(hit)) ctx.registerSecret(value);

  const { allRules, ruleById } = await catalog;
  const findings = toFindings(hits, ruleById, request.mode === 'history');
  const complete = request.mode === 'tree' && pathspecs.length === 0;
  findings.push(...applyIgnores(findings, ignores, ignoreDisplay, ctx.now, complete));
  if (baseline) findings.push(...applyBaseline(findings, baseline, baselineDisplay!, complete));
  findings.push(...skipFindings(scanned.skips));

  if (request.writeBaseline) {
    const target = resolveInsideRoot(ctx.root, request.writeBaseline);
    const previous = await readPrevious(target);
    const eligible = findings.filter((f) => !f.suppressed || f.suppressed.kind === 'baseline');
    const written = await writeBaseline(target, eligible, previous);
    for (const f of eligible)
      if (!f.rule.startsWith('scan-'))
        f.suppressed ??= { kind: 'baseline', reason: 'written to the new baseline' };
    facts.baselineWritten = { file: request.writeBaseline, entries: written };
  }

  const suppressed = findings.filter((f) => f.suppressed).length;
  // One order, sharded or not, so the merge of shards equals an unsharded scan.
  orderFindings(findings);
  const details = {
    ...facts,
    files: scanned.stats.files,
    bytes: scanned.stats.bytes,
    ...(scanned.stats.nonUtf8 ? { nonUtf8Files: scanned.stats.nonUtf8 } : {}),
    skipped: sortedKeys(countBy(scanned.skips)),
    ...(scanned.skips.length
      ? { skippedFiles: [...scanned.skips].sort(bySkippedPath).slice(0, SKIPPED_SHOWN) }
      : {}),
    ...(excludedCount ? { excludedFindings: excludedCount } : {}),
    suppressed,
  };
  const failOn = failOnFor(ctx.config, 'secrets');
  const result = resultFromFindings(
    CHECK,
    findings,
    failOn,
    (failing, total) =>
      summaryOf(
        {
          mode: request.mode,
          range: request.range,
          files: scanned.stats.files,
          stdinName: request.stdinName,
        },
        failing,
        total,
        suppressed,
        facts.commits as CommitsScanned,
      ),
    details,
  );
  result.rules = { ...allRules(), ...META_RULES };
  if (inputs.length) result.inputs = inputs;
  result.outputs = { mode: request.mode };
  if (work && request.shard)
    await withShardRecord(ctx, result, {
      spec: request.shard,
      work,
      command: SECRETS_SPEC.commands[0]!,
      args: shardArgs,
      absence: request.mode === 'tree' ? ABSENCE_RULES : [],
    });
  return result;
}

const SKIPPED_SHOWN = 50;
/** The details a shard counts for its part (the rest are facts of the whole run). */
const COUNTED_DETAILS = new Set([
  'files',
  'bytes',
  'nonUtf8Files',
  'skipped',
  'skippedFiles',
  'excludedFindings',
  'suppressed',
]);

function sortedKeys(counts: Record<string, number> = {}): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function bySkippedPath(a: Skip, b: Skip): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason < b.reason ? -1 : 1;
}

/** The range's commits the scan reads (oldest first), this shard's block of them recorded as its own. */
async function shardCommits(
  root: string,
  revs: string,
  literal: string[],
  work: WorkList,
): Promise<string[]> {
  const all: string[] = [];
  for await (const line of gitLines(
    root,
    ['rev-list', '--reverse', '--no-merges', revs, '--', ...literal],
    'list the commits of the range',
  ))
    if (line) all.push(line);
  const { start, end } = blockOf(all.length, work.spec);
  all.forEach((sha, i) => work.record(sha, i >= start && i < end));
  return all.slice(start, end);
}

/**
 * A sharded run of the check rebuilt from its shards (`pipeguard report merge`): the findings are
 * already merged; counts add up, the skipped files are listed as one scan lists them.
 */
export function mergeSecretsShards(shards: CheckResult[], findings: Finding[]): MergedParts {
  const summed = sumDetails(
    shards.map((s) => s.details ?? {}),
    ['commits'],
  );
  const skippedFiles = shards
    .flatMap((s) => (s.details?.skippedFiles as Skip[] | undefined) ?? [])
    .sort(bySkippedPath)
    .slice(0, SKIPPED_SHOWN);
  const suppressed = findings.filter((f) => f.suppressed).length;
  // The facts of the run (mode, range, commits …) are every shard's; the counts add up; the
  // keys in the order one run writes them.
  const facts = Object.fromEntries(
    Object.entries(shards[0]?.details ?? {}).filter(([key]) => !COUNTED_DETAILS.has(key)),
  );
  const details: Record<string, unknown> = {
    ...facts,
    files: summed.files,
    bytes: summed.bytes,
    ...(summed.nonUtf8Files ? { nonUtf8Files: summed.nonUtf8Files } : {}),
    skipped: sortedKeys(summed.skipped as Record<string, number>),
    ...(skippedFiles.length ? { skippedFiles } : {}),
    ...(summed.excludedFindings ? { excludedFindings: summed.excludedFindings } : {}),
    suppressed,
  };
  return {
    details,
    // File, line, column, rule: the findings of one file come from one shard.
    order: compareFindings,
    summary: (failing, total) =>
      summaryOf(
        {
          mode: details.mode as Mode,
          range: details.range as string | undefined,
          files: details.files as number,
        },
        failing,
        total,
        suppressed,
        details.commits as CommitsScanned | undefined,
      ),
  };
}

function toFindings(
  hits: HitInFile[],
  ruleById: (id: string) => RuleEntry,
  dedupeAcrossCommits: boolean,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const finding = findingOf(hit, ruleById(hit.rule));
    if (dedupeAcrossCommits) {
      // History: a secret is reported once, where it was first added.
      if (seen.has(finding.fingerprint)) continue;
      seen.add(finding.fingerprint);
    }
    if (hit.inlineAllowed)
      finding.suppressed = { kind: 'inline', reason: 'pipeguard:allow on the line' };
    else if (hit.disabledByComment)
      finding.suppressed = { kind: 'secretlint-disable', reason: 'secretlint-disable comment' };
    findings.push(finding);
  }
  return findings;
}

function applyIgnores(
  findings: Finding[],
  ignores: IgnoreEntry[],
  file: string,
  now: Date,
  complete: boolean,
): Finding[] {
  const extra: Finding[] = [];
  const byFingerprint = new Map(ignores.map((e) => [e.fingerprint, e]));
  const used = new Set<string>();
  const expiredReported = new Set<string>();
  for (const finding of findings) {
    const entry = byFingerprint.get(finding.fingerprint);
    if (!entry) continue;
    used.add(entry.fingerprint);
    if (isExpired(entry, now)) {
      if (!expiredReported.has(entry.fingerprint)) {
        expiredReported.add(entry.fingerprint);
        extra.push(
          entryFinding(
            'ignore-expired',
            file,
            entry.line,
            entry.fingerprint,
            `ignore entry for ${finding.rule} in ${finding.file} expired on ${entry.expires}`,
          ),
        );
      }
      continue;
    }
    finding.suppressed ??= { kind: 'ignore-file', reason: entry.reason };
  }
  if (complete) {
    for (const entry of ignores) {
      if (!used.has(entry.fingerprint))
        extra.push(
          entryFinding(
            'ignore-unused',
            file,
            entry.line,
            entry.fingerprint,
            `ignore entry ${entry.fingerprint} matches no finding`,
          ),
        );
    }
  }
  return extra;
}

function applyBaseline(
  findings: Finding[],
  baseline: Baseline,
  file: string,
  complete: boolean,
): Finding[] {
  const used = new Set<string>();
  for (const finding of findings) {
    if (!baseline.fingerprints.has(finding.fingerprint)) continue;
    used.add(finding.fingerprint);
    finding.suppressed ??= { kind: 'baseline', reason: `listed in ${file}` };
  }
  if (!complete) return [];
  return [...baseline.fingerprints]
    .filter((fp) => !used.has(fp))
    .map((fp) =>
      entryFinding(
        'baseline-unused',
        file,
        undefined,
        fp,
        `baseline entry ${fp} matches no finding`,
      ),
    );
}

/**
 * A named submodule: a tree scan reads its checked-out files; one not checked out, or one named
 * to a patch mode (which sees only the commit it points at), is refused rather than passed.
 */
async function refuseSubmodules(
  root: string,
  request: SecretsRequest,
  pathspecs: string[],
  inGit: boolean,
): Promise<void> {
  if (!inGit || pathspecs.length === 0) return;
  for (const rel of await submodulePaths(root, pathspecs)) {
    const shown = request.paths[pathspecs.indexOf(rel)] ?? rel;
    if (request.mode !== 'tree')
      throw new InputError(
        `is a git submodule: --${request.mode} sees only the commit it points at; scan its files with a tree scan or in its own repository`,
        shown,
      );
    if (!(await isCheckedOutSubmodule(root, rel)))
      throw new InputError(
        'is a git submodule that is not checked out, so nothing of it can be scanned (git submodule update --init)',
        shown,
      );
  }
}

interface CommitsScanned {
  count: number;
  /** The revisions walked, SHAs shortened: `1a2b3c4d5e6f..6f5e4d3c2b1a`. */
  range: string;
}

/** The commits a history scan walks (merges are skipped, as by the scan), for the summary. */
async function commitCount(root: string, revs: string): Promise<CommitsScanned> {
  const out = await gitOutput(
    root,
    ['rev-list', '--count', '--no-merges', revs],
    'count the commits of the range',
  );
  return {
    count: Number(out.trim()),
    range: revs.replace(/\b([0-9a-f]{12})[0-9a-f]{28,52}\b/g, '$1'),
  };
}

/** Whether any commit of the range changes the path (a file deleted since can be named). */
async function touchedInRange(root: string, revs: string, rel: string): Promise<boolean> {
  const out = await gitOutput(
    root,
    ['log', '-1', '--format=%H', revs, '--', `:(literal)${rel}`],
    'look the path up in the history',
  );
  return out.trim() !== '';
}

function skipFindings(skips: Skip[]): Finding[] {
  return skips
    .filter((s) => SKIP_FINDING_REASONS.has(s.reason))
    .map((s) => ({
      check: CHECK,
      rule: 'scan-skipped',
      severity: 'low' as const,
      message: `not scanned: ${describeSkip(s)}`,
      file: s.path,
      fingerprint: entryFingerprint(s),
      remedy: META_RULES['scan-skipped']!.help,
    }));
}

function entryFingerprint(s: Skip): string {
  return fingerprintOf(CHECK, 'scan-skipped', s.path, s.reason);
}

function describeSkip(s: Skip): string {
  switch (s.reason) {
    case 'too-large':
      return `larger than the size cap (${s.detail ?? ''})`;
    case 'symlink-outside-root':
      return 'symlink pointing outside the scanned root (not followed)';
    case 'unreadable':
      return `unreadable (${s.detail ?? 'error'})`;
    case 'submodule-not-checked-out':
      return 'git submodule that is not checked out (git submodule update --init)';
    default:
      return s.reason;
  }
}

function countBy(skips: Skip[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of skips) out[s.reason] = (out[s.reason] ?? 0) + 1;
  return out;
}

function summaryOf(
  request: { mode: Mode; range?: string; files: number; stdinName?: string },
  failing: number,
  total: number,
  suppressed: number,
  commits: CommitsScanned | undefined,
): string {
  const what =
    request.mode === 'tree'
      ? `${request.files} files`
      : request.mode === 'staged'
        ? 'staged changes'
        : request.mode === 'stdin'
          ? `standard input (${request.stdinName ?? STDIN_NAME})`
          : request.mode === 'history' && commits
            ? `${commits.count} commit${commits.count === 1 ? '' : 's'} (${commits.range})`
            : `${request.mode} ${request.range ?? ''}`.trim();
  if (total === 0) return `no secrets in ${what}`;
  return `${failing} failing of ${total} findings in ${what}${suppressed ? ` (${suppressed} suppressed)` : ''}`;
}

async function digests(root: string, files: Array<string | undefined>): Promise<InputDigest[]> {
  const out: InputDigest[] = [];
  for (const file of files) {
    if (!file) continue;
    try {
      const bytes = await readFile(path.resolve(root, file));
      out.push({ name: file, sha256: createHash('sha256').update(bytes).digest('hex') });
    } catch {
      // Absent optional files have no digest.
    }
  }
  return out;
}

async function readPrevious(
  target: string,
): Promise<import('./suppress.js').BaselineFile | undefined> {
  try {
    return (await loadBaseline(target, target)).raw;
  } catch {
    return undefined;
  }
}

/** The mode a CI run uses when no flag says otherwise: the event decides. */
export function eventRequest(ctx: CheckContext, paths: string[]): SecretsRequest {
  const ci = ctx.ci;
  if (ci.isGitHubActions && ci.pullRequest) {
    // Every commit of the PR, not the net diff: a key added in one commit and deleted in the
    // next stays in the branch (and in refs/pull/N/head after a squash merge).
    return {
      mode: 'history',
      range: `${ci.pullRequest.baseSha}..${ci.pullRequest.headSha}`,
      paths,
      reason: `${ci.eventName ?? 'pull_request'} #${ci.pullRequest.number}: every commit of the PR`,
      fromEvent: true,
    };
  }
  if (ci.isGitHubActions && ci.eventName === 'push' && ci.push) {
    if (isZeroSha(ci.push.before) || isZeroSha(ci.push.after)) {
      return {
        mode: 'tree',
        paths,
        reason: 'push of a new branch: no previous commit, the whole tree is scanned',
      };
    }
    return {
      mode: 'history',
      range: `${ci.push.before}..${ci.push.after}`,
      paths,
      reason: 'push: the pushed commits',
      fromEvent: true,
    };
  }
  return {
    mode: 'tree',
    paths,
    reason: ci.isGitHubActions ? `${ci.eventName ?? 'event'}: the whole tree` : 'the whole tree',
  };
}

function str(value: OptionValue): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Flags → request; without a mode flag the event (in CI) or the tree decides. */
export function requestFromArgs(ctx: CheckContext, args: CommandArgs): SecretsRequest {
  const v = args.values;
  const staged = v.staged === true || v.staged === 'true';
  const tree = v.tree === true || v.tree === 'true';
  const diff = str(v.diff);
  const history = str(v.history);
  const chosen = [staged && 'staged', diff && 'diff', history && 'history', tree && 'tree'].filter(
    Boolean,
  );
  if (chosen.length > 1)
    throw new InputError(
      `choose one of --staged, --diff, --history, --tree (got ${chosen.join(', ')})`,
    );
  const section = sectionOf<SecretsSection>(ctx.config, 'secrets');
  const paths = args.positionals.length ? args.positionals : (section.paths ?? []);
  const stdinName = str(v['stdin-filename']);
  // A label, never opened; but reports place it under the root (SARIF, annotations), so it must
  // name a path inside it.
  if (stdinName !== undefined) {
    const normal = path.posix.normalize(stdinName.replace(/\\/g, '/'));
    if (path.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../'))
      throw new InputError(
        `--stdin-filename must be a path inside the root, as reports place it there; got ${JSON.stringify(stdinName)}`,
      );
  }
  if (args.positionals.includes('-')) {
    if (args.positionals.length > 1)
      throw new InputError('- (standard input) cannot be combined with other paths');
    if (chosen.length)
      throw new InputError(`- (standard input) cannot be combined with --${chosen[0]}`);
    if (str(v['write-baseline']))
      throw new InputError('--write-baseline needs files, not standard input');
    return {
      paths: [],
      stdinName: stdinName ?? STDIN_NAME,
      baseline: str(v.baseline),
      ignoreFile: str(v['ignore-file']),
      maxFileSize: str(v['max-file-size']),
      shard: shardOption(v.shard),
      mode: 'stdin',
      reason: 'standard input',
    };
  }
  if (stdinName) throw new InputError('--stdin-filename names standard input: give - as the path');
  const common = {
    paths,
    baseline: str(v.baseline),
    writeBaseline: str(v['write-baseline']),
    ignoreFile: str(v['ignore-file']),
    maxFileSize: str(v['max-file-size']),
    shard: shardOption(v.shard),
  };
  if (staged)
    return { ...common, mode: 'staged', reason: 'staged changes (what the next commit adds)' };
  if (diff) return { ...common, mode: 'diff', range: diff, reason: `added lines of ${diff}` };
  if (history)
    return { ...common, mode: 'history', range: history, reason: `commits of ${history}` };
  if (tree) return { ...common, mode: 'tree', reason: 'the whole tree (--tree)' };
  return { ...common, ...eventRequest(ctx, paths) };
}

export const secretsCheck: CheckDefinition = implementCheck(
  SECRETS_SPEC,
  (ctx) => {
    const section = sectionOf<SecretsSection>(ctx.config, 'secrets');
    return runSecrets(ctx, eventRequest(ctx, section.paths ?? []));
  },
  { secrets: async (ctx, args) => [await runSecrets(ctx, requestFromArgs(ctx, args), args)] },
  { merge: mergeSecretsShards },
);
