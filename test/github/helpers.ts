/** A CheckContext for in-process tests of the GitHub pieces against the loopback server. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CheckContext } from '../../src/checks/types.js';
import type { PipeguardConfig } from '../../src/config/types.js';
import type { FakeGitHub } from './fake-github/server.js';
import { OWNER, REPO, PR, HEAD_SHA, BASE_SHA } from './fake-github/scenario.js';

export const ROLES_CONFIG = {
  security: { github: ['acme/security'] },
  'ml-owner': { github: ['acme/ml-owners', 'olga-admin'] },
};

export interface TestContext extends CheckContext {
  warnings: string[];
  secrets: string[];
  cleanup(): void;
}

export function testContext(
  gh: FakeGitHub,
  options: {
    pr?: boolean;
    headSha?: string;
    token?: string;
    evalGate?: Record<string, unknown>;
    sha?: string;
  } = {},
): TestContext {
  const root = mkdtempSync(path.join(tmpdir(), 'pipeguard-gh-'));
  const warnings: string[] = [];
  const secrets: string[] = [];
  const config: PipeguardConfig = {
    'fail-on': 'high',
    'eval-gate': { approval: 'reviews', roles: ROLES_CONFIG, ...options.evalGate },
  };
  const pr = options.pr ?? true;
  return {
    root,
    config,
    configSource: '.pipeguard.yml',
    env: {
      GITHUB_TOKEN: options.token ?? 'test-token',
      GITHUB_API_URL: gh.url,
      PIPEGUARD_GITHUB_RETRY_DELAY_MS: '1',
    },
    ci: {
      isGitHubActions: true,
      eventName: pr ? 'pull_request' : 'push',
      repository: `${OWNER}/${REPO}`,
      serverUrl: 'https://github.com',
      apiUrl: gh.url,
      sha: options.sha ?? (pr ? 'f'.repeat(40) : BASE_SHA),
      runId: '4242',
      ...(pr
        ? {
            pullRequest: {
              number: PR,
              baseSha: BASE_SHA,
              baseRef: 'main',
              headSha: options.headSha ?? HEAD_SHA,
              headRef: 'exception/accuracy',
              author: 'alice',
            },
          }
        : {}),
    },
    now: new Date('2026-01-15T00:00:00Z'),
    log: { info: () => undefined, warn: (m) => void warnings.push(m), debug: () => undefined },
    registerSecret: (value) => void secrets.push(value),
    warnings,
    secrets,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
