/**
 * What a check provides to the adapters (CLI, Action, hooks). A check is a pure core: it reads
 * its inputs through this context and returns CheckResults; it never imports @actions/*,
 * never prints, and never calls process.exit.
 */
import type { PipeguardConfig } from '../config/types.js';
import type { CiContext } from '../github/context.js';
import type { CheckResult } from '../report/model.js';
import type { ShardMerger } from '../shard/details.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export interface CheckContext {
  /** Absolute, real path of the scanned root (the repository or GITHUB_WORKSPACE). */
  root: string;
  config: PipeguardConfig;
  /** Where the config came from, for messages (`.pipeguard.yml` or `embedded defaults`). */
  configSource: string;
  /** The environment the adapter was started with (CI facts, tokens). */
  env: Readonly<Record<string, string | undefined>>;
  /** GitHub Actions facts when running under a runner (event, PR, shas), else a local context. */
  ci: CiContext;
  now: Date;
  log: Logger;
  /**
   * Called with every raw secret value a check handles before it renders anything, so the Action
   * can `core.setSecret` it. Checks still never put values in Findings.
   */
  registerSecret(value: string): void;
  /**
   * Standard input, read whole (the CLI's `-` path); undefined when it holds more than `limit`
   * bytes. Absent where there is none to read (the Action).
   */
  readStdin?: (limit: number) => Promise<Buffer | undefined>;
}

export type OptionValue = string | boolean | string[] | undefined;

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** One line for --help; also the Action input's description. */
  description: string;
  /** Shown in --help as `--name VALUE`. */
  valueName?: string;
}

export interface CommandArgs {
  positionals: string[];
  values: Record<string, OptionValue>;
}

/**
 * What the CLI and the Action know of a subcommand (`secrets`, `checksums verify`, `exception
 * sign` …) before its check is loaded: enough for --help, argument parsing and Action inputs.
 */
export interface CommandInfo {
  /** Words after `pipeguard`, e.g. `['checksums', 'verify']`. */
  name: string[];
  summary: string;
  /** Synopsis of positionals, e.g. `DIR` or `[PATH…]`. */
  positionals?: string;
  options?: Record<string, OptionSpec>;
}

/** One CLI subcommand with its implementation. */
export interface CommandSpec extends CommandInfo {
  run(ctx: CheckContext, args: CommandArgs): Promise<CheckResult[]>;
}

/** A check's static description (its `spec.ts`), loaded at start-up. */
export interface CheckInfo {
  name: CheckName;
  /** One line for --help and the job summary. */
  title: string;
  /** Its CLI subcommands; the first is the sub-action's default. */
  commands: CommandInfo[];
}

/** A check as `pipeguard check` and the root Action run it: from config alone. */
export interface CheckDefinition extends CheckInfo {
  /** Runs the check as configured; never throws for findings, throws InputError for bad input. */
  runConfigured(ctx: CheckContext): Promise<CheckResult>;
  commands: CommandSpec[];
  /** Checks that run as shards (`--shard I/N`): details and summary of the merged run. */
  mergeShards?: (...args: Parameters<ShardMerger>) => Promise<ReturnType<ShardMerger>>;
}

export const CHECK_NAMES = [
  'checklist',
  'secrets',
  'pii',
  'validate',
  'checksums',
  'models',
  'deps',
  'eval-gate',
  'provenance',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];
