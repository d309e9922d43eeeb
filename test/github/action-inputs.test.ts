/** The actions that run the eval gate hand it a token for PR reviews, statuses and comments. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../helpers/run.js';

const GATE_ACTIONS = ['action.yml', 'eval-gate/action.yml'].filter((file) =>
  existsSync(path.join(REPO_ROOT, file)),
);

describe('github-token input', () => {
  it.each(GATE_ACTIONS)('%s declares github-token defaulting to the workflow token', (file) => {
    const action = parseYaml(readFileSync(path.join(REPO_ROOT, file), 'utf8'));
    expect(action.inputs['github-token']).toMatchObject({
      required: false,
      default: '${{ github.token }}',
    });
  });

  it('the workflow example asks only for the permissions the gate uses', () => {
    const workflow = parseYaml(
      readFileSync(path.join(REPO_ROOT, 'examples/workflows/pipeguard-gate.yml'), 'utf8'),
    );
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'pull_request_review']);
    expect(workflow.on.pull_request_review.types).toEqual(['submitted', 'dismissed']);
    expect(workflow.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      statuses: 'write',
    });
    expect(workflow.concurrency['cancel-in-progress']).toBe(true);
    const steps = workflow.jobs['eval-gate'].steps as Array<Record<string, unknown>>;
    // The privileged job never runs PR code: no `run:` steps at all.
    expect(steps.filter((s) => 'run' in s)).toEqual([]);
    expect(steps.map((s) => String(s.uses).split('@')[0])).toEqual([
      'actions/create-github-app-token',
      'actions/checkout',
      'pipeguard/pipeguard/eval-gate',
    ]);
  });
});
