/** A real git repository holding a training run, and the provenance commands run in-process. */
import { execFileSync } from 'node:child_process';
import { createContext, runCommand } from '../../src/engine.js';
import { provenanceCheck } from '../../src/checks/provenance/index.js';
import type { CommandArgs, Logger } from '../../src/checks/types.js';
import type { CheckResult } from '../../src/report/model.js';
import { tempRepo, type FileTree, type TempRepo } from '../helpers/repo.js';

export const RUN = 'runs/run-1';

/** A committed repo with code and a run directory whose artifacts have no checksum yet. */
export function runRepo(extra: FileTree = {}): TempRepo {
  return tempRepo({
    'src/train.py': 'print("train")\n',
    '.gitignore': 'data/\n',
    [`${RUN}/artifact/model.bin`]: Buffer.from([0, 1, 2, 3, 254, 255]),
    [`${RUN}/artifact/tokenizer/vocab.json`]: '{"a": 1}\n',
    [`${RUN}/artifact/labels.json`]: '["neg", "pos"]\n',
    ...extra,
  });
}

export interface Captured {
  result: CheckResult;
  warnings: string[];
  secrets: string[];
}

export async function runProvenance(
  dir: string,
  command: 'stamp' | 'verify',
  positionals: string[],
  values: CommandArgs['values'] = {},
  env: Record<string, string | undefined> = {},
  options: { auditLog?: string; configFile?: string } = {},
): Promise<Captured> {
  const warnings: string[] = [];
  const secrets: string[] = [];
  const log: Logger = {
    info: () => undefined,
    warn: (m) => warnings.push(m),
    debug: () => undefined,
  };
  const ctx = await createContext({
    root: dir,
    env,
    log,
    registerSecret: (v) => secrets.push(v),
    ...(options.auditLog ? { auditLog: options.auditLog } : {}),
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  const spec = provenanceCheck.commands.find((c) => c.name[1] === command)!;
  const [result] = await runCommand(spec, ctx, { positionals, values });
  return { result: result!, warnings, secrets };
}

export function sh(cwd: string, command: string, args: string[], input?: string): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
  });
}
