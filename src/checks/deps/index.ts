/**
 * The deps check: `pipeguard deps [PATH…]` and the configured run. Every exact pin in the
 * repository's Python and npm manifests is looked up in OSV — online through the batch API, or
 * offline in export archives (`--osv-db` / deps.osv-db) — and each pin a published advisory
 * affects is a finding at the pin's line, with the advisory id, its aliases, severity and fixed
 * versions. An approved, unexpired dependency exception waives exactly one (advisory, package,
 * version); otherwise the finding stands and says why the exception did not apply. A failed
 * lookup is an error (exit 2), never a pass.
 */
import path from 'node:path';
import { failOnFor, sectionOf, type CheckSection } from '../../config/types.js';
import { isEnabled } from '../../config/defaults.js';
import {
  resultFromFindings,
  ruleFinding,
  severityRank,
  type CheckResult,
  type Finding,
  type RuleInfo,
  type Severity,
} from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { implementCheck } from '../define.js';
import { listOption as list, textOption as text } from '../options.js';
import type { ApprovalMode } from '../eval-gate/config.js';
import { digestOf, readRecorded, recordedInputs, utf8 } from '../eval-gate/inputs.js';
import type { ApprovalSources } from '../eval-gate/approvals.js';
import type { CheckContext, CheckDefinition, CommandArgs } from '../types.js';
import { discoverFiles, expandPaths } from '../validate/files.js';
import {
  approvedBy,
  depsExceptionPolicy,
  exceptionCovers,
  judgeDepsException,
  loadDepsExceptions,
  type DepsExceptionFile,
  type DepsExceptionVerdict,
} from './exceptions.js';
import {
  manifestKind,
  normalizePypiName,
  parseManifest,
  type Dependency,
  type ManifestScan,
} from './manifests.js';
import { queryOsvApi, queriesOf } from './osv-api.js';
import { loadOsvDatabases, packageKey } from './osv-db.js';
import {
  advisoryAffects,
  severityOf,
  VERSION_ORDER,
  type AdvisoryMatch,
  type OsvVulnerability,
} from './osv.js';
import { DEPS_DEFAULTS, DEPS_SPEC } from './spec.js';
import { compareUtf8 } from '../../util/order.js';

const CHECK = 'deps';
/** Lock files of large monorepos run to tens of MiB; nothing larger is a manifest. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export interface DepsSection extends CheckSection {
  paths?: string[];
  'osv-db'?: string[];
  'osv-api'?: string;
  'timeout-seconds'?: number;
  'exceptions-dir'?: string;
  'max-days'?: number;
  'required-roles'?: string[];
  approval?: ApprovalMode;
  'unknown-severity'?: Severity;
}

type Rule =
  'vulnerable-dependency' | 'unpinned-requirement' | 'unaudited-dependency' | 'exception-unused';

export const RULES: Record<Rule, RuleInfo & { severity: Severity }> = {
  'vulnerable-dependency': {
    title: 'a pinned dependency version is affected by a published advisory',
    help: 'Upgrade to a fixed version, or document an exception (schemas/deps-exception.v1) approved by the required roles.',
    severity: 'high',
  },
  'unpinned-requirement': {
    title: 'a requirement is not pinned to one version, so it cannot be audited exactly',
    help: 'Pin with == (pip-compile requirements.in -o requirements.txt).',
    severity: 'medium',
  },
  'unaudited-dependency': {
    title: 'a locked dependency comes from a git repository or URL, not an index: no advisory data',
    severity: 'low',
  },
  'exception-unused': {
    title: 'a dependency exception matches no vulnerable pin: remove it',
    severity: 'low',
  },
};

export interface DepsOptions {
  /** Report unpinned requirements here (the checklist does when it runs in the same pass). */
  reportUnpinned: boolean;
  /** For tests: other approval sources. */
  sources?: ApprovalSources;
}

export function depsSection(ctx: CheckContext): DepsSection {
  return sectionOf<DepsSection>(ctx.config, CHECK);
}

export const depsCheck: CheckDefinition = implementCheck(
  DEPS_SPEC,
  // Under `pipeguard check` the checklist reports unpinned requirements when it runs.
  async (ctx) =>
    runDeps(
      ctx,
      { positionals: [], values: {} },
      { reportUnpinned: !isEnabled(ctx.config, 'checklist') },
    ),
  { deps: async (ctx, args) => [await runDeps(ctx, args, { reportUnpinned: true })] },
);

async function manifests(ctx: CheckContext, paths: string[] | undefined): Promise<string[]> {
  const accept = (name: string): boolean => manifestKind(name) !== undefined;
  if (paths?.length) {
    for (const given of paths) {
      const named = path.basename(given);
      if (path.extname(named) && !accept(named) && !/[\\/]$/.test(given)) {
        // A file named on purpose that is no manifest we read: say so rather than skip it.
        const files = expandPaths(ctx.root, [given], accept);
        if (files.length === 0)
          throw new InputError(
            'not a dependency manifest deps reads (requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, package-lock.json)',
            given,
          );
      }
    }
    return expandPaths(ctx.root, paths, () => true)
      .filter((f) => accept(path.basename(f.relative)))
      .map((f) => f.relative)
      .sort();
  }
  const files = await discoverFiles(
    ctx.root,
    (rel) => accept(path.posix.basename(rel)) && !/(^|\/)(node_modules|\.venv|\.git)\//.test(rel),
    accept,
  );
  return files.map((f) => f.relative).sort();
}

export async function runDeps(
  checkCtx: CheckContext,
  args: CommandArgs,
  options: DepsOptions,
): Promise<CheckResult> {
  // Reads are recorded per context object (eval-gate/inputs.ts): a context of its own keeps what
  // deps read (manifests, exceptions, signatures) out of the eval gate's audited inputs under
  // `pipeguard check`, and the gate's out of ours.
  const ctx: CheckContext = { ...checkCtx };
  const section = depsSection(ctx);
  const started = Date.now();
  const files = await manifests(ctx, args.positionals.length ? args.positionals : section.paths);
  const scans: ManifestScan[] = [];
  for (const file of files) {
    const input = await readRecorded(ctx, file, 'dependency manifest', MAX_MANIFEST_BYTES);
    scans.push(parseManifest(manifestKind(path.posix.basename(file))!, utf8(input), input.name));
  }
  const dependencies = scans.flatMap((s) => s.dependencies);

  const dbs = list(args.values, 'osv-db') ?? section['osv-db'];
  const namedApi = text(args.values, 'osv-api') ?? section['osv-api'];
  const api = namedApi ?? DEPS_DEFAULTS.osvApi;
  const databases: Array<{ name: string; sha256: string }> = [];
  // --offline-by-default (the pre-commit hook): the network only when the config or a flag names it.
  const lookedUp = Boolean(dbs?.length || namedApi || args.values['offline-by-default'] !== true);
  const matches = dbs?.length
    ? await matchOffline(ctx, dbs, dependencies, databases)
    : lookedUp
      ? await matchOnline(
          api,
          (section['timeout-seconds'] ?? DEPS_DEFAULTS.timeoutSeconds) * 1000,
          dependencies,
        )
      : new Map<Dependency, AdvisoryMatch[]>();
  const source = dbs?.length
    ? `offline OSV data (${dbs.join(', ')})`
    : lookedUp
      ? `the OSV API at ${api}`
      : 'no advisory data';
  if (!lookedUp && dependencies.length)
    ctx.log.warn(
      'deps: advisories not looked up (--offline-by-default, and neither deps.osv-db nor deps.osv-api is configured): set deps.osv-db to an OSV export for offline checks, or deps.osv-api to allow the OSV API',
    );

  const exceptionsDir =
    text(args.values, 'exceptions-dir') ?? section['exceptions-dir'] ?? DEPS_DEFAULTS.exceptionsDir;
  const exceptions = await loadDepsExceptions(ctx, exceptionsDir);
  const verdicts = new Map<DepsExceptionFile, Promise<DepsExceptionVerdict>>();
  const policy = depsExceptionPolicy(ctx);
  const verdictOf = (file: DepsExceptionFile): Promise<DepsExceptionVerdict> => {
    let verdict = verdicts.get(file);
    if (!verdict)
      verdicts.set(file, (verdict = judgeDepsException(ctx, file, policy, options.sources)));
    return verdict;
  };

  const unknownSeverity = section['unknown-severity'] ?? 'high';
  const findings: Finding[] = [];
  const advisories: Array<Record<string, unknown>> = [];
  for (const dependency of dependencies) {
    for (const group of groupAliases(matches.get(dependency) ?? [])) {
      const ids = [group.id, ...group.aliases];
      const severity = group.severity ?? unknownSeverity;
      const fixed = sortVersions(dependency, group.fixed);
      let message =
        `${plain(dependency.name)} ${plain(dependency.version)} is affected by ${group.id}` +
        (group.aliases.length ? ` (${group.aliases.join(', ')})` : '') +
        (group.summary ? `: ${group.summary}` : '') +
        `; ${fixed.length ? `fixed in ${fixed.join(', ')}` : 'no fixed version published'}` +
        (group.severity ? '' : `; no severity published, treated as ${unknownSeverity}`) +
        (group.unreadable ? `; counted as affecting because ${group.unreadable}` : '');
      const finding: Finding = {
        ...ruleFinding(CHECK, RULES, {
          rule: 'vulnerable-dependency',
          message,
          file: dependency.file,
          line: dependency.line,
          subject: `${dependency.ecosystem}:${keyName(dependency)}@${dependency.version}:${group.id}`,
          severity,
          remedy: fixed.length
            ? `upgrade ${plain(dependency.name)} to ${fixed[fixed.length - 1]} or later, or add an approved exception in ${exceptionsDir}/`
            : `replace ${plain(dependency.name)}, or add an approved exception in ${exceptionsDir}/`,
        }),
      };
      let waivedBy: string | undefined;
      const covering = exceptions.filter((e) => exceptionCovers(e.exception, dependency, ids));
      const refused: string[] = [];
      for (const file of covering) {
        const verdict = await verdictOf(file);
        if (verdict.usable) {
          verdict.used++;
          waivedBy = file.exception.id;
          finding.suppressed = {
            kind: 'exception',
            reason: `${file.exception.id} (${file.input.name}, expires ${file.exception.expires}), approved by ${approvedBy(verdict)}`,
          };
          break;
        }
        refused.push(
          `exception ${file.exception.id} (${file.input.name}) does not apply: ${verdict.why}`,
        );
      }
      if (!finding.suppressed && refused.length) {
        message = `${message} — ${refused.join(' — ')}`;
        finding.message = message;
      }
      findings.push(finding);
      advisories.push({
        id: group.id,
        aliases: group.aliases,
        ecosystem: dependency.ecosystem,
        package: dependency.name,
        version: dependency.version,
        severity,
        fixed,
        file: dependency.file,
        line: dependency.line,
        ...(waivedBy ? { exception: waivedBy } : {}),
      });
    }
  }

  let unpinned = 0;
  for (const scan of scans) {
    for (const u of scan.unaudited) {
      if (u.reason === 'source') {
        findings.push(
          ruleFinding(CHECK, RULES, {
            rule: 'unaudited-dependency',
            message: `${plain(u.what)}: no registry version, so no advisory can be matched`,
            file: u.file,
            line: u.line,
            subject: u.what,
          }),
        );
      } else if (options.reportUnpinned) {
        findings.push(
          ruleFinding(CHECK, RULES, {
            rule: 'unpinned-requirement',
            message: `\`${plain(u.what)}\` is not pinned with == (${u.reason}), so it cannot be audited exactly`,
            file: u.file,
            line: u.line,
            subject: u.what,
          }),
        );
      } else {
        unpinned++;
      }
    }
  }
  if (!args.positionals.length && lookedUp) {
    for (const file of exceptions) {
      // An exception consulted for a pin matched it (used or refused): only the others are stale.
      if (verdicts.has(file)) continue;
      const at = file.doc.locate('/advisory');
      findings.push({
        ...ruleFinding(CHECK, RULES, {
          rule: 'exception-unused',
          message: `exception ${file.exception.id} waives ${file.exception.advisory} for ${file.exception.package} ${file.exception.package_version}, which no audited pin is affected by: remove it`,
          file: file.input.name,
          line: at.line,
          column: at.column,
          subject: file.exception.id,
        }),
      });
    }
  }

  const failOn = failOnFor(ctx.config, CHECK);
  const vulnerable = findings.filter((f) => f.rule === 'vulnerable-dependency');
  const waived = vulnerable.filter((f) => f.suppressed).length;
  const result = resultFromFindings(
    CHECK,
    findings,
    failOn,
    (failing) =>
      (lookedUp
        ? `${dependencies.length} pinned dependencies in ${files.length} manifest(s) checked against ${source}: ` +
          `${vulnerable.length} vulnerable (${waived} waived by exception)`
        : `${dependencies.length} pinned dependencies in ${files.length} manifest(s) read; advisories NOT looked up (offline by default: configure deps.osv-db or deps.osv-api)`) +
      (unpinned ? `, ${unpinned} unpinned requirement(s) left to the checklist` : '') +
      (failing ? `; ${failing} finding(s) at or above ${failOn}` : '') +
      ` (${Date.now() - started} ms)`,
    {
      manifests: files,
      dependencies: dependencies.length,
      source,
      advisories,
      exceptions: [...verdicts.values()].length,
    },
  );
  return {
    ...result,
    rules: RULES,
    inputs: [...recordedInputs(ctx).map(digestOf), ...databases],
    outputs: {
      vulnerable: String(vulnerable.length - waived),
      advisories: [
        ...new Set(advisories.filter((a) => !a.exception).map((a) => String(a.id))),
      ].join(','),
    },
  };
}

function keyName(d: Dependency): string {
  return d.ecosystem === 'PyPI' ? normalizePypiName(d.name) : d.name;
}

function sortVersions(d: Dependency, versions: string[]): string[] {
  const order = VERSION_ORDER[d.ecosystem];
  const unique = [...new Set(versions)];
  const valid = unique.filter((v) => order.valid(v)).sort((a, b) => order.compare(a, b));
  return [...valid, ...unique.filter((v) => !order.valid(v)).sort()];
}

async function matchOffline(
  ctx: CheckContext,
  dbs: string[],
  dependencies: Dependency[],
  digests: Array<{ name: string; sha256: string }>,
): Promise<Map<Dependency, AdvisoryMatch[]>> {
  const wanted = new Set(dependencies.map((d) => packageKey(d.ecosystem, d.name)));
  const index = await loadOsvDatabases(ctx.root, dbs, wanted);
  digests.push(...index.digests);
  const out = new Map<Dependency, AdvisoryMatch[]>();
  for (const d of dependencies) {
    const hits = index
      .lookup(d.ecosystem, d.name)
      .map((v) => advisoryAffects(v, d))
      .filter((m): m is AdvisoryMatch => m !== undefined);
    if (hits.length) out.set(d, hits);
  }
  return out;
}

async function matchOnline(
  baseUrl: string,
  timeoutMs: number,
  dependencies: Dependency[],
): Promise<Map<Dependency, AdvisoryMatch[]>> {
  const out = new Map<Dependency, AdvisoryMatch[]>();
  if (dependencies.length === 0) return out;
  const key = (d: Pick<Dependency, 'ecosystem' | 'name' | 'version'>): string =>
    `${packageKey(d.ecosystem, d.name)}\0${d.version}`;
  const queries = queriesOf(dependencies, key);
  const answer = await queryOsvApi(queries, { baseUrl, timeoutMs });
  const idsByKey = new Map(queries.map((q, i) => [key(q), answer.ids[i]!]));
  for (const d of dependencies) {
    const hits = (idsByKey.get(key(d)) ?? []).map((id): AdvisoryMatch => {
      const record = answer.records.get(id)!;
      // The API has matched already (fail closed: its word stands); our matcher adds the fixed versions.
      return advisoryAffects(record, d) ?? { vulnerability: record, fixed: fixedEvents(record, d) };
    });
    if (hits.length) out.set(d, hits);
  }
  return out;
}

function fixedEvents(record: OsvVulnerability, d: Dependency): string[] {
  return (record.affected ?? [])
    .filter(
      (a) =>
        a.package?.ecosystem === d.ecosystem &&
        a.package.name !== undefined &&
        packageKey(d.ecosystem, a.package.name) === packageKey(d.ecosystem, d.name),
    )
    .flatMap((a) => a.ranges ?? [])
    .flatMap((r) => r.events ?? [])
    .map((e) => e.fixed)
    .filter((f): f is string => typeof f === 'string');
}

interface AdvisoryGroup {
  id: string;
  aliases: string[];
  summary?: string;
  severity?: Severity;
  fixed: string[];
  unreadable?: string;
}

/**
 * One finding per vulnerability, not per database: records that name each other (a PYSEC and a
 * GHSA record of the same CVE) are merged; the GHSA id leads, else the smallest id.
 */
export function groupAliases(matches: AdvisoryMatch[]): AdvisoryGroup[] {
  const groups: Array<{ ids: Set<string>; matches: AdvisoryMatch[] }> = [];
  for (const match of matches) {
    const ids = new Set([
      match.vulnerability.id,
      ...(match.vulnerability.aliases ?? []).filter((a) => typeof a === 'string'),
    ]);
    const joined = groups.filter((g) => [...ids].some((id) => g.ids.has(id)));
    const merged = { ids, matches: [match] };
    for (const g of joined) {
      g.ids.forEach((id) => merged.ids.add(id));
      merged.matches.push(...g.matches);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups
    .map((g) => {
      const ids = [...g.ids].sort();
      const primary =
        ids.find(
          (id) => id.startsWith('GHSA-') && g.matches.some((m) => m.vulnerability.id === id),
        ) ?? g.matches.map((m) => m.vulnerability.id).sort()[0]!;
      const severities = g.matches
        .map((m) => severityOf(m.vulnerability))
        .filter((s): s is Severity => s !== undefined);
      const severity = severities.sort((a, b) => severityRank(b) - severityRank(a))[0];
      const summary = g.matches
        .map((m) => m.vulnerability.summary)
        .find((s) => typeof s === 'string' && s.trim() !== '');
      const unreadable = g.matches.find((m) => m.unreadable)?.unreadable;
      return {
        id: primary,
        aliases: ids.filter((id) => id !== primary),
        ...(summary ? { summary: cleanSummary(summary) } : {}),
        ...(severity ? { severity } : {}),
        fixed: [...new Set(g.matches.flatMap((m) => m.fixed))],
        ...(unreadable ? { unreadable } : {}),
      };
    })
    .sort((a, b) => compareUtf8(a.id, b.id));
}

/**
 * Text a PR can choose (package names in a lock file, advisory text in a committed offline
 * database) as one short plain line: no control characters (terminal escapes), bounded length.
 */
function plain(text: string, max = 200): string {
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function cleanSummary(summary: string): string {
  return plain(summary, 160);
}
