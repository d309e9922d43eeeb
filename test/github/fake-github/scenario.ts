/**
 * A pull request with an exception file, the way most gate tests need it: author, head and base
 * commits, the file's bytes at each commit, role members with write access, and helpers to add
 * reviews. Tests then mutate `scenario` directly for the case they exercise.
 */
import { emptyScenario, type Scenario } from './server.js';
import { gitBlobSha, type PullFacts, type ReviewFacts } from './fixtures.js';

export const OWNER = 'acme';
export const REPO = 'models';
export const PR = 17;
export const BASE_SHA = 'b'.repeat(40);
export const OLD_SHA = '1'.repeat(40);
export const HEAD_SHA = '2'.repeat(40);
export const EXCEPTION_PATH = 'exceptions/2026-01-accuracy.yaml';
export const EXCEPTION_V1 = Buffer.from('id: acc-2026-01\nmodel: churn\nreason: first draft\n');
export const EXCEPTION_V2 = Buffer.from(
  'id: acc-2026-01\nmodel: churn\nreason: data drift in the January cohort\n',
);

export interface PrScenario {
  scenario: Scenario;
  pull: PullFacts;
  review(login: string, state: ReviewFacts['state'], commitId?: string): ReviewFacts;
}

export function prScenario(
  options: { author?: string; exceptionAtHead?: Buffer } = {},
): PrScenario {
  const scenario = emptyScenario(OWNER, REPO);
  const pull: PullFacts = {
    number: PR,
    author: options.author ?? 'alice',
    headSha: HEAD_SHA,
    headRef: 'exception/accuracy',
    baseSha: BASE_SHA,
    baseRef: 'main',
    state: 'open',
    merged: false,
    mergeCommitSha: null,
    changedFiles: 1,
  };
  const atHead = options.exceptionAtHead ?? EXCEPTION_V2;
  scenario.pulls.set(PR, pull);
  scenario.files.set(PR, [
    { filename: EXCEPTION_PATH, status: 'added', blobSha: gitBlobSha(atHead) },
  ]);
  scenario.contents.set(`${OLD_SHA}:${EXCEPTION_PATH}`, EXCEPTION_V1);
  scenario.contents.set(`${HEAD_SHA}:${EXCEPTION_PATH}`, atHead);
  for (const [login, permission] of [
    ['alice', 'write'],
    ['sam-sec', 'write'],
    ['mia-ml', 'maintain'],
    ['tom-triage', 'triage'],
    ['olga-admin', 'admin'],
  ] as const) {
    scenario.permissions.set(login, permission);
  }
  scenario.teams.set(`${OWNER}/security`, {
    members: new Map([
      ['sam-sec', 'active'],
      ['pat-pending', 'pending'],
    ]),
  });
  scenario.teams.set(`${OWNER}/ml-owners`, {
    members: new Map([
      ['mia-ml', 'active'],
      ['olga-admin', 'active'],
    ]),
  });
  scenario.branches.set('main', {
    sha: BASE_SHA,
    requiredContexts: ['pipeguard/eval-gate'],
    rules: [],
  });
  let id = 1;
  let clock = Date.UTC(2026, 0, 10, 9, 0, 0);
  return {
    scenario,
    pull,
    review(login, state, commitId = HEAD_SHA) {
      const list = scenario.reviews.get(PR) ?? [];
      clock += 60_000;
      const review: ReviewFacts = {
        id: id++,
        login,
        state,
        commitId,
        submittedAt: new Date(clock).toISOString().replace('.000', ''),
      };
      list.push(review);
      scenario.reviews.set(PR, list);
      return review;
    },
  };
}
