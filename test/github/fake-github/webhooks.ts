/**
 * Event payloads for GITHUB_EVENT_PATH, checked against GitHub's official webhook description
 * (@octokit/openapi-webhooks). That package ships no examples for pull_request and
 * pull_request_review (only six events have `components/examples`), so the payloads are built
 * from the REST examples of @octokit/openapi and must validate against the webhook schemas
 * `webhook-pull-request-opened|synchronize` and `webhook-pull-request-review-submitted|dismissed`:
 * a payload GitHub would not send fails the test that builds it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import * as fx from './fixtures.js';
import { githubOpenApi } from './openapi.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const require = createRequire(import.meta.url);
const SPEC_ID = 'https://fake-github.test/webhooks.json';
type Json = Record<string, unknown>;

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

function validatorFor(schemaName: string): ValidateFunction {
  if (!ajv) {
    const file = require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json');
    const spec = JSON.parse(readFileSync(file, 'utf8')) as Json;
    ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, validateSchema: false });
    addFormats(ajv);
    ajv.addSchema({ $id: SPEC_ID, components: spec.components }, SPEC_ID);
  }
  let fn = validators.get(schemaName);
  if (!fn) {
    fn = ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${schemaName}` });
    validators.set(schemaName, fn);
  }
  return fn;
}

function checked(schemaName: string, payload: Json): Json {
  const fn = validatorFor(schemaName);
  if (!fn(payload)) {
    const problems = (fn.errors ?? [])
      .slice(0, 8)
      .map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    throw new Error(`payload does not match ${schemaName}:\n${problems.join('\n')}`);
  }
  return payload;
}

function repository(owner: string, repo: string): Json {
  const pr = githubOpenApi().example('pull-request') as Json;
  const base = (pr.base as Json).repo as Json;
  return {
    ...base,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: fx.simpleUser(owner),
    html_url: `https://github.com/${owner}/${repo}`,
    url: `${fx.API}/repos/${owner}/${repo}`,
    default_branch: 'main',
    // Webhook repositories carry a few fields the REST example omits.
    custom_properties: {},
    has_discussions: false,
    has_pages: false,
    is_template: false,
    topics: [],
    visibility: 'public',
    web_commit_signoff_required: false,
  };
}

function webhookPull(owner: string, repo: string, pr: fx.PullFacts): Json {
  const out = fx.pullRequest(owner, repo, pr);
  for (const side of ['head', 'base'] as const) {
    const ref = out[side] as Json;
    ref.repo = { ...(ref.repo as Json), ...repository(owner, repo) };
  }
  return out;
}

export function pullRequestEvent(
  owner: string,
  repo: string,
  pr: fx.PullFacts,
  action: 'opened' | 'synchronize',
): Json {
  const payload: Json = {
    action,
    number: pr.number,
    pull_request: webhookPull(owner, repo, pr),
    repository: repository(owner, repo),
    sender: fx.simpleUser(pr.author),
  };
  if (action === 'synchronize') {
    payload.before = pr.baseSha;
    payload.after = pr.headSha;
  }
  return checked(`webhook-pull-request-${action}`, payload);
}

export function pullRequestReviewEvent(
  owner: string,
  repo: string,
  pr: fx.PullFacts,
  review: fx.ReviewFacts,
  action: 'submitted' | 'dismissed',
): Json {
  const rest = fx.review(owner, repo, pr.number, review);
  const payload: Json = {
    action,
    review: { ...rest, state: review.state.toLowerCase() },
    pull_request: webhookPull(owner, repo, pr),
    repository: repository(owner, repo),
    sender: fx.simpleUser(review.login),
  };
  return checked(`webhook-pull-request-review-${action}`, payload);
}
