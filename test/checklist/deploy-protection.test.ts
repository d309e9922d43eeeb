/**
 * Deploy protection with a token, against the loopback fake GitHub (responses checked against
 * GitHub's OpenAPI description): reviews, the pipeguard check, who may push; API errors fail closed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checklistCheck } from '../../src/checks/checklist/index.js';
import { createContext } from '../../src/engine.js';
import type { Finding } from '../../src/report/model.js';
import { rulePullRequest, ruleRequiredStatusChecks } from '../github/fake-github/fixtures.js';
import { emptyScenario, startFakeGitHub, type FakeGitHub } from '../github/fake-github/server.js';
import { tempRepo, type TempRepo } from '../helpers/repo.js';

const quiet = { info: () => undefined, warn: () => undefined, debug: () => undefined };
let repo: TempRepo | undefined;
let gh: FakeGitHub | undefined;
afterEach(async () => {
  repo?.cleanup();
  expect(gh?.violations ?? []).toEqual([]);
  await gh?.close();
  gh = undefined;
});

async function deployFindings(
  setup: (scenario: ReturnType<typeof emptyScenario>) => void,
  config = 'checklist:\n  deploy-protection:\n    identities: [release-bot, acme/deployers]\naudit:\n  log: a.jsonl\n',
  env: Record<string, string> = {},
): Promise<string[]> {
  const scenario = emptyScenario('acme', 'models');
  setup(scenario);
  gh = await startFakeGitHub(scenario);
  repo = tempRepo({ '.pipeguard.yml': config });
  const ctx = await createContext({
    root: repo.dir,
    env: {
      GITHUB_TOKEN: 'test-token',
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/models',
      PIPEGUARD_GITHUB_RETRIES: '0',
      ...env,
    },
    log: quiet,
  });
  const result = await checklistCheck.runConfigured(ctx);
  return result.findings
    .filter((f: Finding) => f.rule === 'deploy-protection')
    .map((f: Finding) => f.message);
}

const protectedMain = (s: ReturnType<typeof emptyScenario>) => {
  s.branches.set('main', {
    sha: 'a'.repeat(40),
    requiredContexts: null,
    rules: [rulePullRequest(true), ruleRequiredStatusChecks(['pipeguard'])],
  });
  s.pushRestrictions.set('main', { users: ['release-bot'], teams: ['deployers'], apps: [] });
};
const onMain =
  'checklist:\n  deploy-protection:\n    branch: main\n    identities: [release-bot, acme/deployers]\naudit:\n  log: a.jsonl\n';

describe('deploy protection with a token', () => {
  it('passes when main requires a review and the pipeguard check and only deploy identities push', async () => {
    expect(await deployFindings(protectedMain, onMain)).toEqual([]);
    expect(gh!.requests.some((r) => r.includes('/protection/restrictions'))).toBe(true);
  });

  it('names each missing control', async () => {
    const messages = await deployFindings((s) => {
      s.branches.set('main', { sha: 'a'.repeat(40), requiredContexts: ['lint'], rules: [] });
      s.pushRestrictions.set('main', {
        users: ['release-bot', 'mallory'],
        teams: [],
        apps: ['ci-app'],
      });
    }, onMain);
    expect(messages).toEqual([
      'main does not require an approving pull-request review (ruleset "Require a pull request before merging", at least 1 approval)',
      '`pipeguard` is not a required status check on main',
      'mallory, app/ci-app may push to main but are not a configured deploy identity',
    ]);
  });

  it('accepts classic protection for the status check; no push restriction is a finding', async () => {
    const messages = await deployFindings((s) => {
      s.branches.set('main', {
        sha: 'a'.repeat(40),
        requiredContexts: ['pipeguard'],
        rules: [rulePullRequest(false)],
      });
    }, onMain);
    expect(messages).toEqual([
      'main has no push restriction this token can read (GitHub answers 404 for both): anyone with write access may push, not only release-bot, acme/deployers',
    ]);
  });

  it('fails closed on API errors and when the default branch is unknown', async () => {
    const messages = await deployFindings((s) => {
      protectedMain(s);
      s.faults.push({ match: /rules\/branches/, status: 500 });
    }, onMain);
    expect(messages).toEqual([
      expect.stringMatching(
        /^could not read the rules of main .*deploy protection cannot be confirmed$/,
      ),
    ]);
    // No branch configured and no event naming the default branch.
    expect(await deployFindings(protectedMain)).toEqual([
      'the default branch is unknown (the event names none): set checklist.deploy-protection.branch',
    ]);
  });

  it('is not consulted without the config section or without a token', async () => {
    expect(await deployFindings(protectedMain, 'audit:\n  log: a.jsonl\n')).toEqual([]);
    expect(gh!.requests).toEqual([]);
  });
});
