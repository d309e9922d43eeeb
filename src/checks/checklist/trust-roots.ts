/**
 * Deploy protection, offline: the files that decide what ships — deployments/, the eval-gate
 * exceptions folder, the allowed_signers file, .pipeguard.yml and CODEOWNERS itself — must each
 * have a code owner, or anyone with write access can change them in a PR that anyone approves.
 * A folder is owned when every file it holds and a file added to it later (a probe path) are.
 * A repository with nothing to ship (no deployments/, no exceptions, no eval gate) has no trust
 * roots, and its .pipeguard.yml alone is not required to be owned.
 */
import { isEnabled } from '../../config/defaults.js';
import { sectionOf, type CheckSection } from '../../config/types.js';
import type { CheckContext } from '../types.js';
import {
  CODEOWNERS_LOCATIONS,
  CODEOWNERS_MAX_BYTES,
  ownersOf,
  parseCodeowners,
} from './codeowners.js';

interface EvalGatePaths extends CheckSection {
  'exceptions-dir'?: string;
  'allowed-signers'?: string;
}

export interface TrustRoot {
  /** `deployments/` for a folder, the path for a file. */
  path: string;
  why: string;
}

const PROBE = 'pipeguard-probe/new-file.yml';

/** The trust roots this repository has (or configures). */
export function trustRoots(
  ctx: Pick<CheckContext, 'config' | 'configSource'>,
  tracked: readonly string[],
  trackedSet: ReadonlySet<string>,
): TrustRoot[] {
  const roots: TrustRoot[] = [];
  const has = (dir: string) => tracked.some((f) => f.startsWith(dir));
  const gate = isEnabled(ctx.config, 'eval-gate');
  const section = sectionOf<EvalGatePaths>(ctx.config, 'eval-gate');
  if (has('deployments/')) roots.push({ path: 'deployments/', why: 'what is deployed' });
  const exceptions = `${normalize(section['exceptions-dir'] ?? 'exceptions')}/`;
  if (gate || has(exceptions)) roots.push({ path: exceptions, why: 'eval-gate exceptions' });
  const signers = normalize(section['allowed-signers'] ?? '.github/allowed_signers');
  if (gate || trackedSet.has(signers)) roots.push({ path: signers, why: 'who may sign' });
  // The config is a trust root where there is something to protect: it can switch the gate off.
  if (roots.length === 0) return roots;
  for (const name of ['.pipeguard.yml', '.pipeguard.yaml'])
    if (trackedSet.has(name)) roots.push({ path: name, why: 'the gate configuration' });
  return roots;
}

export async function trustRootProblems(
  ctx: Pick<CheckContext, 'config' | 'configSource' | 'root'>,
  tracked: readonly string[],
  trackedSet: ReadonlySet<string>,
  read: (absolute: string) => Promise<string | undefined>,
): Promise<Array<{ file?: string; message: string }>> {
  const roots = trustRoots(ctx, tracked, trackedSet);
  if (roots.length === 0) return [];
  const location = CODEOWNERS_LOCATIONS.find((l) => trackedSet.has(l));
  const names = (list: TrustRoot[]) => list.map((r) => r.path).join(', ');
  if (!location)
    return [
      {
        message: `no CODEOWNERS file (${CODEOWNERS_LOCATIONS.join(', ')}); unowned: ${names(roots)}`,
      },
    ];
  const text = await read(`${ctx.root}/${location}`);
  if (text === undefined || Buffer.byteLength(text) >= CODEOWNERS_MAX_BYTES)
    return [{ file: location, message: `${location} cannot be read; unowned: ${names(roots)}` }];
  const { rules } = parseCodeowners(text);
  const all = [...roots, { path: location, why: 'who owns what' }];
  const unowned = all.filter((root) => {
    const paths = root.path.endsWith('/')
      ? [...tracked.filter((f) => f.startsWith(root.path)), `${root.path}${PROBE}`]
      : [root.path];
    return paths.some((p) => !ownersOf(rules, p)?.length);
  });
  if (unowned.length === 0) return [];
  return [{ file: location, message: `${location} gives no code owner to ${names(unowned)}` }];
}

function normalize(p: string): string {
  return p.replace(/^\.\//, '').replace(/\/+$/, '');
}
