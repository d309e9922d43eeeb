/**
 * The documented matrix workflow against GitHub's own workflow schema and parser
 * (@actions/workflow-parser, what GitHub's Actions language service checks with). The SchemaStore
 * workflow schema is not published on npm as JSON (@schemastore/github-workflow ships TypeScript
 * types only), so this is the schema check here; actionlint runs in test/e2e/workflows.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run.js';

async function problems(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
  return [...parsed.context.errors.getErrors(), ...(template.errors ?? [])].map((e) =>
    String((e as { message?: string }).message ?? e),
  );
}

/** The README's sharded workflow block. */
function readmeWorkflow(): string {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const block = /```yaml\n(name: pipeguard \(sharded\)[\s\S]*?)```/.exec(readme);
  expect(block).not.toBeNull();
  return block![1]!;
}

describe("GitHub's workflow schema", () => {
  it('accepts examples/workflows/pipeguard-sharded.yml', async () => {
    const file = path.join(REPO_ROOT, 'examples', 'workflows', 'pipeguard-sharded.yml');
    expect(await problems('pipeguard-sharded.yml', readFileSync(file, 'utf8'))).toEqual([]);
  });

  it("accepts the README's matrix workflow", async () => {
    expect(await problems('README.md', readmeWorkflow())).toEqual([]);
  });

  it('rejects a broken one (the check itself works)', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix: 3\n    stepz: []\n';
    expect((await problems('broken.yml', broken)).length).toBeGreaterThan(0);
  });
});
