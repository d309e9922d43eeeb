/**
 * Commit ranges for diff and history scans, made to work on the shallow clones actions/checkout
 * makes: missing commits are fetched by SHA, the history is deepened step by step until the merge
 * base exists, and when that cannot be done the scan stops with one line saying why and what to
 * change — it never scans less than asked and passes.
 */
import { InputError } from '../../util/errors.js';
import { gitOutput, gitSucceeds } from './git-stream.js';

export interface ResolvedRange {
  base: string;
  head: string;
  /** The merge base (three-dot ranges) — the diff starts here. */
  from: string;
  /** What was fetched to make it possible, for the report. */
  fetched: string[];
}

const ZERO_SHA = /^0+$/;
const DEEPEN_STEPS = [50, 200, 1000];

/** `A...B`, `A..B` or `A` (meaning `A...HEAD`). */
export function parseRange(range: string): { base: string; head: string; threeDot: boolean } {
  const trimmed = range.trim();
  const three = trimmed.indexOf('...');
  if (three >= 0)
    return {
      base: trimmed.slice(0, three) || 'HEAD',
      head: trimmed.slice(three + 3) || 'HEAD',
      threeDot: true,
    };
  const two = trimmed.indexOf('..');
  if (two >= 0)
    return {
      base: trimmed.slice(0, two) || 'HEAD',
      head: trimmed.slice(two + 2) || 'HEAD',
      threeDot: false,
    };
  if (trimmed === '') throw new InputError('an empty commit range was given');
  return { base: trimmed, head: 'HEAD', threeDot: true };
}

export function isZeroSha(sha: string): boolean {
  return ZERO_SHA.test(sha);
}

/**
 * Make sure both ends exist locally and (for `...` and history) that their merge base does too.
 * `ready`: checks that must pass before anything is fetched; the first git call, which only reads,
 * runs meanwhile.
 */
export async function resolveRange(
  root: string,
  range: string,
  needMergeBase: boolean,
  ready?: Promise<unknown>,
): Promise<ResolvedRange> {
  const { base, head, threeDot } = parseRange(range);
  for (const ref of [base, head]) {
    if (ref.startsWith('-')) throw new InputError(`not a commit: ${ref}`);
  }
  const fetched: string[] = [];
  // Usual case first: both ends and their one merge base are here, resolved in one git call.
  const symmetric = threeDot || needMergeBase ? revParseSymmetric(root, base, head) : undefined;
  await ready;
  const ends = await symmetric;
  if (ends) return { ...ends, from: threeDot ? ends.from : ends.base, fetched };
  const both = await revParseBoth(root, base, head);
  const baseSha = both?.[0] ?? (await ensureCommit(root, base, fetched));
  const headSha = both?.[1] ?? (await ensureCommit(root, head, fetched));
  if (!threeDot && !needMergeBase) return { base: baseSha, head: headSha, from: baseSha, fetched };
  const from = await ensureMergeBase(root, baseSha, headSha, fetched);
  return { base: baseSha, head: headSha, from: threeDot ? from : baseSha, fetched };
}

/**
 * What `git log` walks for a history scan: `A..B` / `A...B` as for diffs (from the merge base),
 * or, for a single ref, everything reachable from it — on a shallow clone only after unshallowing.
 */
export async function resolveHistory(
  root: string,
  range: string,
): Promise<ResolvedRange & { revs: string }> {
  if (range.includes('..')) {
    const resolved = await resolveRange(root, range, true);
    return { ...resolved, revs: `${resolved.from}..${resolved.head}` };
  }
  if (range.trim() === '' || range.trim().startsWith('-'))
    throw new InputError(`not a commit range: "${range}"`);
  const fetched: string[] = [];
  const head = await ensureCommit(root, range.trim(), fetched);
  if (await isShallow(root)) {
    const remote = await defaultRemote(root);
    if (
      !remote ||
      !(await gitSucceeds(root, ['fetch', '--no-tags', '--quiet', '--unshallow', remote]))
    ) {
      throw new InputError(
        `the history of ${range.trim()} is cut off in this shallow clone and could not be fetched; check out with fetch-depth: 0`,
      );
    }
    fetched.push('unshallowed');
  }
  return { base: '', head, from: '', fetched, revs: head };
}

async function ensureCommit(root: string, ref: string, fetched: string[]): Promise<string> {
  const local = await revParse(root, ref);
  if (local) return local;
  const remote = await defaultRemote(root);
  if (!remote)
    throw new InputError(
      `commit ${ref} is not in this repository and there is no remote to fetch it from`,
    );
  if (!(await gitSucceeds(root, ['fetch', '--no-tags', '--quiet', '--depth=1', remote, ref]))) {
    throw new InputError(
      `commit ${ref} is not in this clone and could not be fetched from ${remote}; check out with fetch-depth: 0 (actions/checkout)`,
    );
  }
  fetched.push(`${ref} (depth 1)`);
  const sha = (await revParse(root, ref)) ?? (await revParse(root, 'FETCH_HEAD'));
  if (!sha) throw new InputError(`commit ${ref} could not be resolved after fetching it`);
  return sha;
}

async function ensureMergeBase(
  root: string,
  base: string,
  head: string,
  fetched: string[],
): Promise<string> {
  const found = await mergeBase(root, base, head);
  if (found) return found;
  if (!(await isShallow(root))) {
    throw new InputError(
      `commits ${base.slice(0, 12)} and ${head.slice(0, 12)} have no common ancestor; pass a two-dot range (A..B) to diff them directly`,
    );
  }
  const remote = await defaultRemote(root);
  if (!remote)
    throw new InputError(
      'this shallow clone has no remote to deepen from; check out with fetch-depth: 0',
    );
  for (const step of DEEPEN_STEPS) {
    if (
      !(await gitSucceeds(root, [
        'fetch',
        '--no-tags',
        '--quiet',
        `--deepen=${step}`,
        remote,
        base,
        head,
      ]))
    )
      break;
    fetched.push(`deepened by ${step}`);
    const now = await mergeBase(root, base, head);
    if (now) return now;
  }
  if (
    await gitSucceeds(root, ['fetch', '--no-tags', '--quiet', '--unshallow', remote, base, head])
  ) {
    fetched.push('unshallowed');
    const now = await mergeBase(root, base, head);
    if (now) return now;
  }
  throw new InputError(
    `the merge base of ${base.slice(0, 12)} and ${head.slice(0, 12)} is not in this shallow clone and fetching more history failed; check out with fetch-depth: 0`,
  );
}

async function revParse(root: string, ref: string): Promise<string | undefined> {
  try {
    const out = (
      await gitOutput(
        root,
        ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
        `resolve ${ref}`,
      )
    ).trim();
    return out || undefined;
  } catch {
    return undefined;
  }
}

async function revParseBoth(
  root: string,
  a: string,
  b: string,
): Promise<[string, string] | undefined> {
  // No --end-of-options here (rev-parse would echo it): refs starting with "-" were refused already.
  try {
    const out = (
      await gitOutput(root, ['rev-parse', `${a}^{commit}`, `${b}^{commit}`], 'resolve the range')
    )
      .split('\n')
      .filter(Boolean);
    return out.length === 2 && out.every((sha) => /^[0-9a-f]{40,64}$/.test(sha))
      ? [out[0]!, out[1]!]
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `git rev-parse A...B` prints B, A and each merge base (`^sha`): one process instead of two on
 * the usual path of a PR diff. Anything else (a missing end, no merge base or several, which
 * `merge-base` picks among) goes the long way.
 */
async function revParseSymmetric(
  root: string,
  base: string,
  head: string,
): Promise<{ base: string; head: string; from: string } | undefined> {
  try {
    const out = (
      await gitOutput(
        root,
        ['rev-parse', `${base}^{commit}...${head}^{commit}`],
        'resolve the range',
      )
    )
      .split('\n')
      .filter(Boolean);
    const [headSha, baseSha, from] = out;
    if (out.length !== 3 || !from?.startsWith('^')) return undefined;
    const shas = [headSha!, baseSha!, from.slice(1)];
    if (!shas.every((sha) => /^[0-9a-f]{40,64}$/.test(sha))) return undefined;
    return { head: shas[0]!, base: shas[1]!, from: shas[2]! };
  } catch {
    return undefined;
  }
}

async function mergeBase(root: string, a: string, b: string): Promise<string | undefined> {
  try {
    return (await gitOutput(root, ['merge-base', a, b], 'find the merge base')).trim() || undefined;
  } catch {
    return undefined;
  }
}

async function isShallow(root: string): Promise<boolean> {
  try {
    return (
      (
        await gitOutput(root, ['rev-parse', '--is-shallow-repository'], 'inspect the clone')
      ).trim() === 'true'
    );
  } catch {
    return false;
  }
}

async function defaultRemote(root: string): Promise<string | undefined> {
  try {
    const remotes = (await gitOutput(root, ['remote'], 'list remotes')).split('\n').filter(Boolean);
    return remotes.includes('origin') ? 'origin' : remotes[0];
  } catch {
    return undefined;
  }
}
