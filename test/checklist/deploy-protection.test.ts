/**
 * Deploy protection with a token, against the loopback fake GitHub (responses checked against
 * GitHub's OpenAPI description): reviews, the pipeguard check, who may push — from rulesets and
 * classic branch protection, either source counting; API errors fail closed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checklistCheck } from '../../src/checks/checklist/index.js';
import { createContext } from '../../src/engine.js';
import type { Finding } from '../../src/report/model.js';
import { rulePullRequest, ruleRequiredStatusChecks } from '../github/fake-github/fixtures.js';
import {
  emptyScenario,
  faults,
  startFakeGitHub,
  type Fault,
  type FakeGitHub,
} from '../github/fake-github/server.js';
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
  // A test may ask more than once: the earlier server is closed first (it throws on violations).
  await gh?.close();
  repo?.cleanup();
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
  s.classicProtection.set('main', { enforceAdmins: true });
};
const onMain =
  'checklist:\n  deploy-protection:\n    branch: main\n    identities: [release-bot, acme/deployers]\naudit:\n  log: a.jsonl\n';

describe('deploy protection with a token', () => {
  it('passes when main requires a review and the pipeguard check and only deploy identities push', async () => {
    expect(await deployFindings(protectedMain, onMain)).toEqual([]);
    expect(gh!.requests).toContain('GET /repos/acme/models/branches/main/protection');
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
      'main does not require an approving pull-request review (a ruleset\'s "Require a pull request before merging" or classic protection\'s "Require approvals", at least 1 approval)',
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
      'main has no push restriction (its classic protection restricts nobody and no ruleset restricts updates): anyone with write access may push, not only release-bot, acme/deployers',
      'classic protection of main does not bind administrators (enforce_admins is off: "Do not allow bypassing the above settings"), so repository admins can get around the `pipeguard` check',
    ]);
  });

  it('classic protection alone satisfies every requirement when it binds administrators', async () => {
    const classicOnly = (enforceAdmins?: boolean) => (s: ReturnType<typeof emptyScenario>) => {
      s.branches.set('main', { sha: 'a'.repeat(40), requiredContexts: ['pipeguard'], rules: [] });
      s.pushRestrictions.set('main', { users: ['release-bot'], teams: ['deployers'], apps: [] });
      s.classicProtection.set('main', {
        reviews: { count: 2 },
        ...(enforceAdmins === undefined ? {} : { enforceAdmins }),
      });
    };
    expect(await deployFindings(classicOnly(true), onMain)).toEqual([]);
    // enforce_admins off, or absent (the description makes the block optional): admins bypass it.
    for (const enforceAdmins of [false, undefined])
      expect(await deployFindings(classicOnly(enforceAdmins), onMain)).toEqual([
        'classic protection of main does not bind administrators (enforce_admins is off: "Do not allow bypassing the above settings"), so repository admins can get around the review requirement, the `pipeguard` check, the push restriction',
      ]);
  });

  it('reads what classic protection leaves optional: no count, no contexts, bypass allowances', async () => {
    const messages = await deployFindings((s) => {
      s.branches.set('main', { sha: 'a'.repeat(40), requiredContexts: null, rules: [] });
      // Reviews required with no approval count: zero approvals, not one.
      s.classicProtection.set('main', { reviews: {}, enforceAdmins: true });
    }, onMain);
    expect(messages).toEqual([
      'main does not require an approving pull-request review (a ruleset\'s "Require a pull request before merging" or classic protection\'s "Require approvals", at least 1 approval)',
      '`pipeguard` is not a required status check on main',
      'main has no push restriction (its classic protection restricts nobody and no ruleset restricts updates): anyone with write access may push, not only release-bot, acme/deployers',
    ]);
    const bypass = await deployFindings((s) => {
      protectedMain(s);
      s.branches.get('main')!.rules = [ruleRequiredStatusChecks(['pipeguard'])];
      s.classicProtection.set('main', {
        reviews: { count: 1, bypass: ['mallory'] },
        enforceAdmins: true,
      });
    }, onMain);
    expect(bypass).toEqual([
      'mallory may bypass the pull-request requirement of main (classic protection) but is not a configured deploy identity',
    ]);
  });

  it('"Branch not protected" means rulesets alone decide', async () => {
    const rulesetsOnly = (update: boolean) => (s: ReturnType<typeof emptyScenario>) => {
      s.branches.set('main', {
        sha: 'a'.repeat(40),
        requiredContexts: null,
        rules: [
          rulePullRequest(true),
          ruleRequiredStatusChecks(['pipeguard']),
          ...(update
            ? [
                {
                  type: 'update',
                  ruleset_source_type: 'Repository',
                  ruleset_source: 'ruleset',
                  ruleset_id: 42,
                },
              ]
            : []),
        ],
      });
    };
    expect(await deployFindings(rulesetsOnly(false), onMain)).toEqual([
      'main has no push restriction (no classic protection and no ruleset restricts updates): anyone with write access may push, not only release-bot, acme/deployers',
    ]);
    expect(await deployFindings(rulesetsOnly(true), onMain)).toEqual([
      'pushes to main are restricted by a ruleset whose bypass list this token cannot read: cannot confirm that only release-bot, acme/deployers may push',
    ]);
  });

  it('fails closed when classic protection cannot be read: 403, another 404, 5xx', async () => {
    const cases: Array<[Fault, RegExp]> = [
      [
        faults.forbidden(/branches\/main\/protection$/),
        /GitHub refused reading the classic protection of branch main \(HTTP 403: .*\); the token needs Administration: read/,
      ],
      [
        faults.notFound(/branches\/main\/protection$/),
        /GitHub answered 404 while reading the classic protection of branch main/,
      ],
      [
        faults.serverError(/branches\/main\/protection$/),
        /GitHub failed while reading the classic protection of branch main \(HTTP 500/,
      ],
    ];
    for (const [fault, reason] of cases) {
      const messages = await deployFindings((s) => {
        protectedMain(s);
        s.faults.push(fault);
      }, onMain);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(
        /^could not read the classic branch protection of main \(.*\): deploy protection cannot be confirmed$/,
      );
      expect(messages[0]).toMatch(reason);
    }
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
