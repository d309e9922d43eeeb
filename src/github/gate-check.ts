/**
 * Puts a gate check on the pull request: its configured run and its main command are wrapped in
 * `withGitHubGate` (owned commit status, sticky comment, merge-blocking guidance). Other commands
 * (`exception sign|verify`) and a `--replay` of an old decision never touch GitHub.
 */
import type { CheckContext, CheckDefinition, CommandSpec } from '../checks/types.js';
import { InputError } from '../util/errors.js';
import type { CheckResult } from '../report/model.js';
import { withGitHubGate } from './gate-publisher.js';

async function published(ctx: CheckContext, run: () => Promise<CheckResult>): Promise<CheckResult> {
  return withGitHubGate(ctx, run);
}

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
      const gate = await published(ctx, async () => {
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
    runConfigured: (ctx) => published(ctx, () => check.runConfigured(ctx)),
    commands: check.commands.map((spec) =>
      spec.name.join(' ') === command.join(' ') ? wrap(spec) : spec,
    ),
  };
}
