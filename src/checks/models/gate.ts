/**
 * The models check as a gate of other commands: `provenance stamp` refuses, and the eval gate
 * blocks promotion of, an artifact directory holding a model file with a critical finding that no
 * model exception covers. Runs unless `models.enabled` is explicitly false (fail closed: a config
 * without a models section still gets the gate).
 */
import type { Finding, InputDigest } from '../../report/model.js';
import { relativeToRoot } from '../../util/fs.js';
import type { CheckContext } from '../types.js';
import { applyModelExceptions } from './exceptions.js';
import { criticalUncovered, findingsOf, modelsSection, scanTargets } from './index.js';
import { DEFAULT_MODEL_EXCEPTIONS_DIR } from './spec.js';

export interface ModelGate {
  /** Critical findings no exception covers, re-labelled for the calling check. */
  blocking: Finding[];
  /** Model files recognised in the directory. */
  models: number;
  inputs: InputDigest[];
}

export async function modelGate(
  ctx: CheckContext,
  artifactDirAbs: string,
  check: string,
): Promise<ModelGate> {
  const section = modelsSection(ctx);
  if (section.enabled === false) return { blocking: [], models: 0, inputs: [] };
  const dir = relativeToRoot(ctx.root, artifactDirAbs) || '.';
  const { scans, findings } = await scanTargets(ctx.root, { files: [], dirs: [dir] });
  const all = [
    ...findings,
    ...scans.flatMap((scan) => findingsOf(scan, section['allow-pickle'] !== false)),
  ];
  const outcome = await applyModelExceptions(
    ctx,
    section['exceptions-dir'] ?? DEFAULT_MODEL_EXCEPTIONS_DIR,
    scans,
    all,
  );
  return {
    blocking: criticalUncovered(all).map((finding) => ({
      ...finding,
      check,
      message: `${finding.message}${outcome.digests.has(finding.file ?? '') ? ` [${outcome.digests.get(finding.file ?? '')}]` : ''}`,
    })),
    models: scans.filter((scan) => scan.format !== undefined).length,
    inputs: outcome.inputs,
  };
}
