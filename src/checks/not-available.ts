/** Placeholder for a check whose issue has not landed: a clear message and exit 2, never a pass. */
import { InputError } from '../util/errors.js';
import type { CheckDefinition, CheckName, CommandSpec } from './types.js';

export function notAvailableYet(
  name: CheckName,
  title: string,
  commands: string[][],
): CheckDefinition {
  const fail = (): never => {
    throw new InputError(`pipeguard ${name}: not available yet in this version`);
  };
  return {
    name,
    title,
    available: false,
    runConfigured: async () => fail(),
    commands: commands.map((words): CommandSpec => ({
      name: words,
      summary: `${title} (not available yet)`,
      run: async () => fail(),
    })),
  };
}
