/**
 * The execution mode a repository runs in when the config does not pin it: the strictest
 * `execution_mode` its automation policies declare (cloud over hybrid over local), so a hybrid
 * policy under runs/ can no longer leave the checklist in local mode. Policies are found where
 * validate looks for them (its built-in map); one that cannot be read is validate's finding.
 */
import picomatch from 'picomatch';
import { parseDocuments } from '../../schema/document.js';
import { DEFAULT_SCHEMA_MAP } from '../validate/settings.js';

export const EXECUTION_MODES = ['local', 'hybrid', 'cloud'] as const;
export type ExecutionMode = (typeof EXECUTION_MODES)[number];

const isPolicyFile = picomatch(
  DEFAULT_SCHEMA_MAP.filter((m) => m.schema === 'automation-policy.v1').flatMap((m) => m.files),
  { dot: true },
);

export async function executionModeFromPolicies(
  tracked: readonly string[],
  read: (file: string) => Promise<string | undefined>,
): Promise<{ mode: ExecutionMode; file: string } | undefined> {
  let strictest: { mode: ExecutionMode; file: string } | undefined;
  for (const file of tracked.filter((f) => isPolicyFile(f))) {
    const text = await read(file);
    if (text === undefined) continue;
    let docs;
    try {
      docs = parseDocuments(text, file, file.endsWith('.json') ? 'json' : 'yaml');
    } catch {
      continue;
    }
    for (const doc of docs) {
      const mode = (doc.value as { execution_mode?: unknown } | null)?.execution_mode;
      if (typeof mode !== 'string' || !(EXECUTION_MODES as readonly string[]).includes(mode))
        continue;
      if (!strictest || rank(mode as ExecutionMode) > rank(strictest.mode))
        strictest = { mode: mode as ExecutionMode, file };
    }
  }
  return strictest;
}

function rank(mode: ExecutionMode): number {
  return EXECUTION_MODES.indexOf(mode);
}
