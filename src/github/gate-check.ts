/**
 * Puts a gate check on the pull request: its configured run and its main command are wrapped in
 * `withGitHubGate` (owned commit status, sticky comment, merge-blocking guidance). Other commands
 * (`exception sign|verify`) and a `--replay` of an old decision never touch GitHub.
 */
import type { CheckDefinition, CommandSpec } from '../checks/types.js';
import { InputError } from '../util/errors.js';
import { withGitHubGate } from './gate-publisher.js';

export function publishedOnGitHub(
  check: CheckDefinition,
  command: string[] = [check.name],
): CheckDefinition {
  const wrap = (spec: CommandSpec): CommandSpec => ({
    ...spec,
    run: async (ctx, args) => {
      if (args.values.replay !== undefined && args.values.replay !== false)
        return spec.run(ctx, args);
      const results: Awaited<ReturnType<CommandSpec['run']>> = [];
      const gate = await withGitHubGate(ctx, async () => {
        const [first, ...rest] = await spec.run(ctx, args);
        if (!first) throw new InputError(`${spec.name.join(' ')} returned no result`);
        results.push(...rest);
        return first;
      });
      return [gate, ...results];
    },
  });
  return {
    ...check,
    runConfigured: (ctx) => withGitHubGate(ctx, () => check.runConfigured(ctx)),
    commands: check.commands.map((spec) =>
      spec.name.join(' ') === command.join(' ') ? wrap(spec) : spec,
    ),
  };
}
