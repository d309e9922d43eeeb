/**
 * A deployment must be exactly what a run produced. Each verified checksum file under
 * `deployments/` is matched to its run's `runs/<run_id>/artifact/checksum.sha256`:
 *
 *   1. by a recorded run id: a `# run_id: <id>` comment line in the deployment's checksum file
 *      (`pipeguard checksums write DIR --run-id ID`), or a `meta.json` with a string `run_id` that
 *      the deployment's checksum file lists (so the id itself is integrity-protected);
 *   2. otherwise by identical file names: the run whose checksum file lists the same paths.
 *
 * The deployment passes when its entries (path → digest) equal the run's; otherwise it is a
 * `deploy-differs` Finding naming the files that differ. With no run checksum file in the tree at
 * all (runs not checked in), there is nothing to compare and the comparison is skipped.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../../report/model.js';
import type { ManifestEntry } from './manifest.js';
import { isSafeRunId } from './parse.js';
import { checksumFinding } from './rules.js';
import { compareUtf8 } from '../../util/order.js';

export interface VerifiedManifest {
  /** Root-relative path of the checksum file. */
  manifest: string;
  /** Absolute path. */
  file: string;
  entries: ManifestEntry[];
  manifestDigest: string;
  /** True when verification found nothing wrong. */
  clean: boolean;
}

export interface DeploymentMatch {
  deployment: string;
  run?: string;
  matchedBy?: 'run_id' | 'file names';
  identical: boolean;
}

const RUN_MANIFEST = /^runs\/([^/]+)\/artifact\/checksum\.sha256$/;
const RUN_ID_COMMENT = /^#[ \t]*run_id[ \t]*[:=][ \t]*(\S+)[ \t]*\r?$/m;

export function isDeploymentManifest(manifest: string): boolean {
  return manifest.startsWith('deployments/');
}

/** Compare every deployment manifest with its run's; the runs are taken from `manifests` too. */
export async function compareDeployments(
  manifests: VerifiedManifest[],
  loadRun: (runId: string) => Promise<VerifiedManifest | undefined>,
): Promise<{ findings: Finding[]; matches: DeploymentMatch[] }> {
  const runs = manifests.filter((m) => RUN_MANIFEST.test(m.manifest));
  const findings: Finding[] = [];
  const matches: DeploymentMatch[] = [];
  for (const deployment of manifests.filter((m) => isDeploymentManifest(m.manifest))) {
    const runId = await recordedRunId(deployment);
    if (runId !== undefined) {
      const run = isSafeRunId(runId) ? await loadRun(runId) : undefined;
      const where = `runs/${runId}/artifact/checksum.sha256`;
      if (!run) {
        findings.push(
          checksumFinding({
            rule: 'deploy-differs',
            file: deployment.manifest,
            subject: `run:${runId}`,
            message: isSafeRunId(runId)
              ? `${deployment.manifest} records run_id ${runId}, but ${where} does not exist`
              : `${deployment.manifest} records run_id "${runId}", which is not a single directory name under runs/`,
          }),
        );
        matches.push({ deployment: deployment.manifest, matchedBy: 'run_id', identical: false });
        continue;
      }
      const diff = differences(deployment.entries, run.entries);
      if (diff.length > 0) findings.push(differsFinding(deployment, run, diff));
      matches.push({
        deployment: deployment.manifest,
        run: run.manifest,
        matchedBy: 'run_id',
        identical: diff.length === 0,
      });
      continue;
    }
    if (runs.length === 0) {
      matches.push({ deployment: deployment.manifest, identical: false });
      continue;
    }
    const names = pathKey(deployment.entries);
    const sameNames = runs.filter((run) => pathKey(run.entries) === names);
    const identical = sameNames.find(
      (run) => differences(deployment.entries, run.entries).length === 0,
    );
    if (identical) {
      matches.push({
        deployment: deployment.manifest,
        run: identical.manifest,
        matchedBy: 'file names',
        identical: true,
      });
      continue;
    }
    if (sameNames.length > 0) {
      // The closest run (fewest differing files) is the most useful one to name.
      const ranked = sameNames
        .map((run) => ({ run, diff: differences(deployment.entries, run.entries) }))
        .sort(
          (a, b) => a.diff.length - b.diff.length || compareUtf8(a.run.manifest, b.run.manifest),
        );
      const best = ranked[0]!;
      findings.push(differsFinding(deployment, best.run, best.diff, sameNames.length));
      matches.push({
        deployment: deployment.manifest,
        run: best.run.manifest,
        matchedBy: 'file names',
        identical: false,
      });
      continue;
    }
    findings.push(
      checksumFinding({
        rule: 'deploy-differs',
        file: deployment.manifest,
        subject: 'no-run',
        message: `${deployment.manifest}: no run under runs/ has an artifact with these files (${deployment.entries.map((e) => e.path).join(', ') || 'none'})`,
        remedy:
          'deploy by copying runs/<run_id>/artifact/ unchanged, or record the run with `# run_id: <id>`',
      }),
    );
    matches.push({ deployment: deployment.manifest, identical: false });
  }
  return { findings, matches };
}

/** The run id a deployment records, if any: a `# run_id:` comment, else a listed meta.json. */
async function recordedRunId(deployment: VerifiedManifest): Promise<string | undefined> {
  const text = await readFile(deployment.file, 'utf8');
  const comment = RUN_ID_COMMENT.exec(text)?.[1];
  if (comment !== undefined) return comment;
  if (!deployment.clean || !deployment.entries.some((e) => e.path === 'meta.json'))
    return undefined;
  try {
    const meta = JSON.parse(
      await readFile(path.join(path.dirname(deployment.file), 'meta.json'), 'utf8'),
    ) as unknown;
    const runId = (meta as { run_id?: unknown } | null)?.run_id;
    return typeof runId === 'string' && isSafeRunId(runId) ? runId : undefined;
  } catch {
    return undefined;
  }
}

/** Human-readable per-file differences, deployment vs run. */
export function differences(deployment: ManifestEntry[], run: ManifestEntry[]): string[] {
  const runMap = new Map(run.map((e) => [e.path, e.sha256]));
  const deployMap = new Map(deployment.map((e) => [e.path, e.sha256]));
  const out: string[] = [];
  for (const [file, sha] of deployMap) {
    const expected = runMap.get(file);
    if (expected === undefined) out.push(`${file} (not in the run)`);
    else if (expected !== sha) out.push(`${file} (different content)`);
  }
  for (const file of runMap.keys())
    if (!deployMap.has(file)) out.push(`${file} (missing from the deployment)`);
  return out;
}

function differsFinding(
  deployment: VerifiedManifest,
  run: VerifiedManifest,
  diff: string[],
  candidates = 1,
): Finding {
  const shown =
    diff.slice(0, 5).join(', ') + (diff.length > 5 ? `, and ${diff.length - 5} more` : '');
  const among = candidates > 1 ? ` (closest of ${candidates} runs with the same file names)` : '';
  return checksumFinding({
    rule: 'deploy-differs',
    file: deployment.manifest,
    subject: `run:${run.manifest}`,
    message: `${deployment.manifest} differs from ${run.manifest}${among}: ${shown}`,
  });
}

function pathKey(entries: ManifestEntry[]): string {
  return entries
    .map((e) => e.path)
    .sort()
    .join('\0');
}

export function runIdFromManifest(manifest: string): string | undefined {
  return RUN_MANIFEST.exec(manifest)?.[1];
}
