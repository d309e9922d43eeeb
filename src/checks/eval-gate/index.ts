/**
 * The eval gate check: `pipeguard eval-gate` (exit 12 when blocked), `pipeguard exception sign`
 * and `pipeguard exception verify`. Options mirror the `eval-gate` section of .pipeguard.yml; a
 * flag wins over the config. Paths are relative to the root.
 */
import path from 'node:path';
import type { CheckResult } from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import { modelGate } from '../models/gate.js';
import { RULES as MODEL_RULES } from '../models/rules.js';
import type { CheckContext, CheckDefinition, CommandArgs, OptionValue } from '../types.js';
import { DEFAULTS, evalGateSection } from './config.js';
import { implementCheck } from '../define.js';
import { listOption as list, textOption as text } from '../options.js';
import { decide, type GateParams } from './gate.js';
import { replay } from './replay.js';
import { gateResult } from './result.js';
import { signArgs, signException } from './sign.js';
import { EVAL_GATE_SPEC } from './spec.js';
import { verifyExceptions } from './verify.js';

const MODEL = /^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$/;

export function gateParams(
  ctx: CheckContext,
  values: Record<string, OptionValue> = {},
): GateParams {
  const section = evalGateSection(ctx.config);
  const model = text(values, 'model') ?? section.model;
  if (model !== undefined && !MODEL.test(model))
    throw new InputError(`--model must be a plain model name without wildcards; got ${model}`);
  const digest = text(values, 'digest');
  const manifest = text(values, 'manifest') ?? (digest ? undefined : section.manifest);
  const metrics = text(values, 'metrics') ?? section.metrics;
  const baseline = text(values, 'baseline') ?? section.baseline;
  return {
    policy: text(values, 'policy') ?? section.policy ?? DEFAULTS.policy,
    ...(metrics ? { metrics } : {}),
    ...(baseline ? { baseline } : {}),
    junit: list(values, 'junit') ?? section.junit ?? [],
    ...(model ? { model } : {}),
    ...(digest ? { digest } : {}),
    ...(manifest ? { manifest } : {}),
    exceptionsDir:
      text(values, 'exceptions-dir') ?? section['exceptions-dir'] ?? DEFAULTS.exceptionsDir,
    approval: section.approval ?? DEFAULTS.approval,
  };
}

async function runGate(ctx: CheckContext, args: CommandArgs) {
  const record = text(args.values, 'replay');
  if (record) return [await replay(ctx, record)];
  return [await gatedResult(ctx, gateParams(ctx, args.values))];
}

/**
 * The gate's decision, then the models gate over the candidate's artifact directory (the
 * manifest's folder): a critical model finding no model exception covers blocks promotion too.
 */
async function gatedResult(ctx: CheckContext, params: GateParams): Promise<CheckResult> {
  const result = gateResult(await decide(ctx, params), ctx);
  if (!params.manifest || result.status === 'error') return result;
  const dir = path.dirname(resolveInsideRoot(ctx.root, params.manifest));
  const models = await modelGate(ctx, dir, result.check);
  if (models.blocking.length === 0) return result;
  return {
    ...result,
    status: 'blocked',
    summary: `blocked: ${models.blocking.length} critical model finding(s) in ${relativeToRoot(ctx.root, dir)} (models check) that no model exception covers; ${result.summary}`,
    findings: [...result.findings, ...models.blocking],
    rules: { ...result.rules, ...MODEL_RULES },
    inputs: [...(result.inputs ?? []), ...models.inputs],
  };
}

export const evalGateCheck: CheckDefinition = implementCheck(
  EVAL_GATE_SPEC,
  async (ctx) => gatedResult(ctx, gateParams(ctx)),
  {
    'eval-gate': runGate,
    'exception sign': async (ctx, args) => {
      const { target, options } = signArgs(args, 'exception sign', 'FILE');
      return [await signException(ctx, target, options)];
    },
    'exception verify': async (ctx, args) => {
      const policy = text(args.values, 'policy');
      const exceptionsDir = text(args.values, 'exceptions-dir');
      return [
        await verifyExceptions(ctx, args.positionals, {
          pendingOk: args.values['pending-ok'] === true,
          ...(policy ? { policy } : {}),
          ...(exceptionsDir ? { exceptionsDir } : {}),
        }),
      ];
    },
  },
);
