/** The example project as tests copy it: its dependency exception re-signed valid from `now`. */
import { cpSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error: a plain .mjs script without types
import { refreshDepsExceptions as refresh } from '../../scripts/example-exceptions.mjs';
import { REPO_ROOT } from './run.js';

export const EXAMPLE_SOURCE = path.join(REPO_ROOT, 'examples', 'ml-project');

/** Re-sign the copy's dependency exceptions with fresh throwaway keys, valid from `now` for `days`. */
export function refreshDepsExceptions(
  dir: string,
  options: { now?: Date; days?: number } = {},
): string[] {
  return (refresh as (d: string, o: typeof options) => string[])(dir, options);
}

/** Copy examples/ml-project to `dest` with its dependency exceptions valid today. */
export function copyExample(dest: string): void {
  cpSync(EXAMPLE_SOURCE, dest, { recursive: true });
  refreshDepsExceptions(dest);
}
