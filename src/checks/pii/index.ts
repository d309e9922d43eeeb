/**
 * The pii check: personal identifiers in the committed files that hold data (logs, JSONL, CSV,
 * fixtures, notebook outputs). Files are read as the secrets scan reads them (never through a
 * symlink, size-capped, binaries skipped), values are masked and fingerprinted as secrets are,
 * and every raw value is registered for log masking before anything renders.
 */
import { readFile } from 'node:fs/promises';
import picomatch from 'picomatch';
import { failOnFor, sectionOf, type CheckSection } from '../../config/types.js';
import {
  fingerprintOf,
  resultFromFindings,
  type CheckResult,
  type Finding,
  type RuleInfo,
} from '../../report/model.js';
import { indexJson, type JsonNode } from '../../schema/json-source.js';
import { InputError } from '../../util/errors.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import { isGitRepo } from '../../util/git.js';
import { decodeUtf8, LineIndex } from '../../util/text.js';
import { implementCheck } from '../define.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  parseSize,
  readCandidateSync,
  treeFiles,
  unreadablePathError,
  unreadablePaths,
  type Skip,
} from '../secrets/files.js';
import { maskSecret, secretDigest } from '../secrets/findings.js';

import { isExpired, parseIgnoreFile, type IgnoreEntry } from '../secrets/suppress.js';
import type { CheckContext, CheckDefinition, CommandArgs } from '../types.js';
import { detectPii, PII_RULE_IDS, piiRule, type PiiHit, type PiiRuleId } from './detect.js';
import { DEFAULT_PII_IGNORE_FILE, PII_SPEC } from './spec.js';

export const CHECK = 'pii';

/** Files that hold data rather than code: what a run, a test or a notebook leaves behind. */
export const DEFAULT_PII_GLOBS = [
  '**/*.log',
  '**/*.log.[0-9]',
  '**/logs/**/*.txt',
  '**/*.jsonl',
  '**/*.ndjson',
  '**/*.csv',
  '**/*.tsv',
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/testdata/**',
  '**/test-data/**',
  '**/*.ipynb',
];

interface PiiSection extends CheckSection {
  globs?: string[];
  exclude?: string[];
  disable?: string[];
  'ignore-file'?: string;
  'max-file-size'?: string | number;
}

interface PiiRequest {
  paths: string[];
  ignoreFile?: string;
  maxFileSize?: string;
}

const SKIP_RULE = 'pii-scan-skipped';
const REPORTED_SKIPS = new Set(['too-large', 'symlink-outside-root', 'unreadable']);

const RULES: Record<string, RuleInfo> = {
  ...Object.fromEntries(
    PII_RULE_IDS.map((id) => {
      const rule = piiRule(id);
      return [id, { title: rule.title, help: rule.help, severity: rule.severity }];
    }),
  ),
  [SKIP_RULE]: {
    title: 'File not scanned for personal data',
    help: 'The file was too large, unreadable or a symlink leaving the root; scan it another way or exclude it.',
    severity: 'low',
  },
};

export async function runPii(ctx: CheckContext, request: PiiRequest): Promise<CheckResult> {
  const section = sectionOf<PiiSection>(ctx.config, 'pii');
  const unknown = (section.disable ?? []).filter((id) => !(PII_RULE_IDS as string[]).includes(id));
  if (unknown.length)
    throw new InputError(
      `pii.disable names unknown rule(s): ${unknown.join(', ')}`,
      ctx.configSource,
    );
  const enabled = new Set(PII_RULE_IDS.filter((id) => !section.disable?.includes(id)));
  const maxFileSize = parseSize(
    request.maxFileSize ?? section['max-file-size'],
    DEFAULT_MAX_FILE_SIZE,
  );
  const isData = picomatch(section.globs ?? DEFAULT_PII_GLOBS, { dot: true });
  const excluded = section.exclude?.length
    ? picomatch(section.exclude, { dot: true })
    : () => false;
  const ignoreDisplay = request.ignoreFile ?? section['ignore-file'] ?? DEFAULT_PII_IGNORE_FILE;
  const ignores = await loadIgnores(
    ctx.root,
    ignoreDisplay,
    ignoreDisplay !== DEFAULT_PII_IGNORE_FILE,
  );

  const unreadable = await unreadablePaths(ctx.root, request.paths);
  if (unreadable[0]) throw unreadablePathError(unreadable[0].path, unreadable[0].code);
  const named = new Set(
    request.paths.map((p) => relativeToRoot(ctx.root, resolveInsideRoot(ctx.root, p))),
  );
  const pathspecs = [...named].map((p) => p || '.');
  const inGit = await isGitRepo(ctx.root);

  const findings: Finding[] = [];
  const skips: Skip[] = [];
  let files = 0;
  let bytes = 0;
  for await (const rel of treeFiles(ctx.root, inGit, pathspecs)) {
    if (excluded(rel) || (!named.has(rel) && !isData(rel))) continue;
    const read = readCandidateSync(ctx.root, rel, maxFileSize);
    if (read.kind === 'skip') {
      skips.push(read.skip);
      continue;
    }
    if (read.kind !== 'text') continue;
    files++;
    bytes += read.bytes;
    const hits = hitsIn(rel, read.text, enabled);
    if (hits.length === 0) continue;
    const lines = new LineIndex(read.text);
    for (const hit of hits) {
      ctx.registerSecret(hit.value);
      findings.push(findingOf(rel, hit, lines));
    }
  }
  for (const finding of findings) {
    const entry = ignores.get(finding.fingerprint);
    if (entry && !isExpired(entry, ctx.now))
      finding.suppressed = { kind: 'ignore-file', reason: entry.reason };
  }
  for (const s of skips.filter((s) => REPORTED_SKIPS.has(s.reason)))
    findings.push({
      check: CHECK,
      rule: SKIP_RULE,
      severity: 'low',
      message: `not scanned: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`,
      file: s.path,
      fingerprint: fingerprintOf(CHECK, SKIP_RULE, s.path, s.reason),
      remedy: RULES[SKIP_RULE]!.help,
    });

  const suppressed = findings.filter((f) => f.suppressed).length;
  const result = resultFromFindings(
    CHECK,
    findings,
    failOnFor(ctx.config, CHECK),
    (failing, total) =>
      total === 0
        ? `no personal data in ${files} data file${files === 1 ? '' : 's'}`
        : `${total} finding(s) in ${files} data file(s)${failing ? `, ${failing} failing` : ''}${suppressed ? `, ${suppressed} suppressed` : ''}`,
    { files, bytes, suppressed, skipped: skips.length },
  );
  return { ...result, rules: RULES };
}

/** Notebooks: only what their cells printed (outputs), never the code, which is not data. */
function hitsIn(rel: string, text: string, enabled: ReadonlySet<PiiRuleId>): PiiHit[] {
  const hits = detectPii(text, enabled);
  if (!rel.endsWith('.ipynb') || hits.length === 0) return hits;
  const ranges = notebookOutputRanges(text);
  if (!ranges) return hits; // Not a readable notebook: every line counts (fail closed).
  return hits.filter((h) => ranges.some(([start, end]) => h.start >= start && h.end <= end));
}

/** Offsets of every cell's `outputs` array, or undefined when the text is no notebook JSON. */
export function notebookOutputRanges(text: string): Array<[number, number]> | undefined {
  let root: JsonNode;
  try {
    root = indexJson(text);
  } catch {
    return undefined;
  }
  const cells = root.kind === 'object' ? root.entries.get('cells')?.value : undefined;
  if (cells?.kind !== 'array') return undefined;
  const ranges: Array<[number, number]> = [];
  for (const cell of cells.items) {
    const outputs = cell.kind === 'object' ? cell.entries.get('outputs')?.value : undefined;
    if (outputs) ranges.push([outputs.start, outputs.end]);
  }
  return ranges;
}

function findingOf(file: string, hit: PiiHit, lines: LineIndex): Finding {
  const rule = piiRule(hit.rule);
  const from = lines.position(hit.start);
  const to = lines.position(hit.end);
  // One identity whatever its spelling: `4111 1111…` and `4111-1111…` are the same card.
  const canonical =
    hit.rule === 'pii-email' ? hit.value.toLowerCase() : hit.value.replace(/[\s().-]/g, '');
  return {
    check: CHECK,
    rule: rule.id,
    severity: rule.severity,
    message: `${rule.title}: ${maskSecret(hit.value)}`,
    file,
    line: from.line + 1,
    column: from.column + 1,
    endLine: to.line + 1,
    endColumn: to.column + 1,
    fingerprint: fingerprintOf(CHECK, rule.id, file, secretDigest(canonical)),
    remedy: rule.help,
  };
}

async function loadIgnores(
  root: string,
  display: string,
  required: boolean,
): Promise<Map<string, IgnoreEntry>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolveInsideRoot(root, display));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return new Map();
    throw new InputError(`cannot read the pii ignore file (${code ?? 'error'})`, display);
  }
  const entries = await parseIgnoreFile(decodeUtf8(bytes, display), display);
  return new Map(entries.map((e) => [e.fingerprint, e]));
}

function requestFromArgs(args: CommandArgs): PiiRequest {
  const { values } = args;
  return {
    paths: args.positionals,
    ...(typeof values['ignore-file'] === 'string' ? { ignoreFile: values['ignore-file'] } : {}),
    ...(typeof values['max-file-size'] === 'string'
      ? { maxFileSize: values['max-file-size'] }
      : {}),
  };
}

export const piiCheck: CheckDefinition = implementCheck(
  PII_SPEC,
  (ctx) => runPii(ctx, { paths: [] }),
  { pii: async (ctx, args) => [await runPii(ctx, requestFromArgs(args))] },
);
