/**
 * A loopback HTTP server standing in for GitHub's REST API in tests. It serves one repository
 * from an in-memory scenario, paginates like GitHub (per_page ≤ 100, Link rel="next"), injects
 * faults (403, 404, 500, rate limits) on request, and checks every request it routes and every
 * response it sends against the official OpenAPI description. Any shape GitHub would not send is
 * a violation, and `close()` throws when there were any, so the test that caused it fails.
 */
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { githubOpenApi, type Operation } from './openapi.js';
import * as fx from './fixtures.js';

type Json = Record<string, unknown>;

export interface FakeTeam {
  members: Map<string, 'active' | 'pending'>;
}

export interface TokenAbilities {
  /** Can see org teams and memberships (an App with Members: read, or a PAT with read:org). */
  readTeams: boolean;
  /** Can write commit statuses and PR comments (false for fork-PR tokens). */
  write: boolean;
  /** Can read rulesets and branch protection summaries. */
  readRules: boolean;
  /** Can re-run workflow runs (actions: write); absent means yes. */
  actionsWrite?: boolean;
}

export interface WorkflowRunRecord {
  id: number;
  event: string;
  path: string;
  headSha: string;
  conclusion: string;
  /** How many times `rerun-failed-jobs` was requested. */
  reruns: number;
}

export interface Fault {
  method?: string;
  /** Matched against `METHOD /path?query` of the request. */
  match: RegExp;
  status: number;
  body?: Json;
  headers?: Record<string, string>;
  /** How many requests it hits; unlimited when absent. */
  times?: number;
}

export interface StatusRecord {
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
}

export interface CommentRecord {
  id: number;
  issue: number;
  body: string;
  login: string;
}

export interface CommitRecord {
  sha: string;
  message: string;
  /** Paths this commit changed, for `GET /commits?path=`. */
  paths: string[];
  /** PRs associated with the commit, for `GET /commits/{sha}/pulls`. */
  pulls: number[];
}

export interface Scenario {
  owner: string;
  repo: string;
  pulls: Map<number, fx.PullFacts>;
  files: Map<number, fx.FileChange[]>;
  reviews: Map<number, fx.ReviewFacts[]>;
  /** login → repository permission (`admin`, `maintain`, `write`, `triage`, `read`, `none`). */
  permissions: Map<string, string>;
  teams: Map<string, FakeTeam>;
  /** `${commitSha}:${path}` → file bytes. */
  contents: Map<string, Buffer>;
  /** Newest first, as `GET /commits` lists them. */
  commits: CommitRecord[];
  branches: Map<string, { sha: string; requiredContexts: string[] | null; rules: Json[] }>;
  /** Classic push restrictions per branch (GET …/protection/restrictions); absent → 404. */
  pushRestrictions: Map<string, { users: string[]; teams: string[]; apps: string[] }>;
  /**
   * The rest of a branch's classic protection (GET …/protection). A branch is protected when it
   * has required contexts, push restrictions or an entry here; otherwise GitHub's 404 "Branch not
   * protected".
   */
  classicProtection: Map<string, fx.ClassicProtectionFacts>;
  statuses: StatusRecord[];
  comments: CommentRecord[];
  runs: WorkflowRunRecord[];
  faults: Fault[];
  tokens: Map<string, TokenAbilities>;
  /** The login behind every write (the Actions bot by default). */
  botLogin: string;
}

export interface FakeGitHub {
  url: string;
  scenario: Scenario;
  /** Every routed request: `METHOD /path?query`. */
  requests: string[];
  violations: string[];
  close(): Promise<void>;
}

const MAX_REQUESTS = 5_000;
const MAX_BODY_BYTES = 1 << 20;
const FILES_CAP = 3_000;

export function emptyScenario(owner = 'acme', repo = 'models'): Scenario {
  return {
    owner,
    repo,
    pulls: new Map(),
    files: new Map(),
    reviews: new Map(),
    permissions: new Map(),
    teams: new Map(),
    contents: new Map(),
    commits: [],
    branches: new Map(),
    pushRestrictions: new Map(),
    classicProtection: new Map(),
    statuses: [],
    comments: [],
    runs: [],
    faults: [],
    tokens: new Map([['test-token', { readTeams: true, write: true, readRules: true }]]),
    botLogin: 'github-actions[bot]',
  };
}

/**
 * `basePath` serves the API under a prefix, as GitHub Enterprise Server does (`/api/v3`): a client
 * that ignores GITHUB_API_URL's path misses every route.
 */
export async function startFakeGitHub(
  scenario: Scenario = emptyScenario(),
  options: { basePath?: string } = {},
): Promise<FakeGitHub> {
  const basePath = options.basePath ?? '';
  const oracle = githubOpenApi();
  const requests: string[] = [];
  const violations: string[] = [];
  const sockets = new Set<Socket>();
  let nextId = 1000;

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      violations.push(`handler crashed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.maxConnections = 64;
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const line = `${method} ${url.pathname}${url.search}`;
    requests.push(line);
    if (requests.length > MAX_REQUESTS) {
      violations.push(`more than ${MAX_REQUESTS} requests: runaway client`);
      return send(res, undefined, 500, { message: 'runaway' });
    }
    const raw = await readBody(req);
    const apiPath = url.pathname.startsWith(`${basePath}/`)
      ? url.pathname.slice(basePath.length)
      : undefined;
    const op = apiPath === undefined ? undefined : oracle.match(method, apiPath);
    if (!op) {
      violations.push(`${line}: GitHub has no such operation`);
      return send(res, undefined, 404, { message: 'Not Found' });
    }
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        violations.push(`${line}: request body is not JSON`);
      }
      for (const problem of oracle.validateRequest(op, body))
        violations.push(`${line} request: ${problem}`);
    }

    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer) (.+)$/i.exec(auth)?.[1];
    const abilities = token ? scenario.tokens.get(token) : undefined;
    if (!abilities) {
      return send(res, op, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    }
    for (const fault of scenario.faults) {
      if (fault.method && fault.method !== method) continue;
      if (!fault.match.test(line)) continue;
      if (fault.times !== undefined) {
        if (fault.times <= 0) continue;
        fault.times -= 1;
      }
      return send(res, op, fault.status, fault.body ?? { message: 'fault' }, fault.headers);
    }
    const [status, payload, headers] = route(op, url, body, abilities);
    send(res, op, status, payload, headers);
  }

  function send(
    res: ServerResponse,
    op: Operation | undefined,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ): void {
    if (op) {
      for (const problem of oracle.validateResponse(op, status, payload)) {
        violations.push(`${op.method} ${op.template} → ${status}: ${problem}`);
      }
    }
    const text = payload === undefined ? '' : JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...headers,
    });
    res.end(text);
  }

  const notFound = (): [number, Json] => [
    404,
    { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  ];
  const forbidden = (): [number, Json] => [
    403,
    {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
      status: '403',
    },
  ];

  function route(
    op: Operation,
    url: URL,
    body: unknown,
    abilities: TokenAbilities,
  ): [number, unknown, Record<string, string>?] {
    const p = op.params;
    const { owner, repo } = scenario;
    if (p.owner !== undefined && (p.owner !== owner || p.repo !== repo)) return notFound();
    const page = (items: unknown[], cap = Infinity): [number, unknown, Record<string, string>] =>
      paginate(url, items.slice(0, cap));
    switch (op.operationId) {
      case 'pulls/get': {
        const pr = scenario.pulls.get(Number(p.pull_number));
        return pr ? [200, fx.pullRequest(owner, repo, pr)] : notFound();
      }
      case 'pulls/list-files': {
        const files = scenario.files.get(Number(p.pull_number));
        if (!files) return notFound();
        return page(
          files.map((f) => fx.diffEntry(owner, repo, f)),
          FILES_CAP,
        );
      }
      case 'pulls/list-reviews': {
        const reviews = scenario.reviews.get(Number(p.pull_number));
        if (!reviews) return scenario.pulls.has(Number(p.pull_number)) ? page([]) : notFound();
        return page(reviews.map((r) => fx.review(owner, repo, Number(p.pull_number), r)));
      }
      case 'repos/get-collaborator-permission-level': {
        const permission = scenario.permissions.get(p.username!);
        if (permission === undefined) return notFound();
        const legacy =
          permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
        return [200, fx.collaboratorPermission(p.username!, legacy, permission)];
      }
      case 'teams/get-by-name': {
        const team = abilities.readTeams
          ? scenario.teams.get(`${p.org}/${p.team_slug}`)
          : undefined;
        return team ? [200, fx.teamFull(p.org!, p.team_slug!)] : notFound();
      }
      case 'teams/get-membership-for-user-in-org': {
        const team = abilities.readTeams
          ? scenario.teams.get(`${p.org}/${p.team_slug}`)
          : undefined;
        const state = team?.members.get(p.username!);
        return state
          ? [200, fx.teamMembership(p.org!, p.team_slug!, p.username!, state)]
          : notFound();
      }
      case 'repos/get-content': {
        const ref = url.searchParams.get('ref') ?? '';
        const bytes = scenario.contents.get(`${ref}:${p.path}`);
        return bytes ? [200, fx.contentFile(owner, repo, p.path!, ref, bytes)] : notFound();
      }
      case 'repos/list-commits': {
        const path = url.searchParams.get('path');
        const list = scenario.commits.filter((c) => !path || c.paths.includes(path));
        return page(list.map((c) => fx.commitItem(owner, repo, c.sha, c.message)));
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const commit = scenario.commits.find((c) => c.sha === p.commit_sha);
        const pulls = (commit?.pulls ?? [])
          .map((n) => scenario.pulls.get(n))
          .filter((x) => x !== undefined);
        return page(pulls.map((pr) => fx.pullRequestSimple(owner, repo, pr)));
      }
      case 'repos/get-branch': {
        const branch = scenario.branches.get(p.branch!);
        if (!branch) return notFound();
        return [
          200,
          fx.branchWithProtection(
            owner,
            repo,
            p.branch!,
            branch.sha,
            abilities.readRules ? branch.requiredContexts : null,
          ),
        ];
      }
      case 'repos/get-access-restrictions': {
        const restriction = scenario.pushRestrictions.get(p.branch!);
        if (!restriction || !scenario.branches.has(p.branch!)) return notFound();
        return [200, fx.restrictionPolicy(owner, repo, p.branch!, restriction)];
      }
      case 'repos/get-branch-protection': {
        if (!abilities.readRules) return forbidden();
        const branch = scenario.branches.get(p.branch!);
        if (!branch)
          return [
            404,
            { message: 'Branch not found', documentation_url: 'https://docs.github.com/rest' },
          ];
        const facts = scenario.classicProtection.get(p.branch!);
        const restrictions = scenario.pushRestrictions.get(p.branch!);
        if (!facts && !restrictions && branch.requiredContexts === null)
          return [
            404,
            {
              message: 'Branch not protected',
              documentation_url:
                'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
              status: '404',
            },
          ];
        return [
          200,
          fx.branchProtection(owner, repo, p.branch!, {
            contexts: branch.requiredContexts,
            ...(restrictions ? { restrictions } : {}),
            ...facts,
          }),
        ];
      }
      case 'repos/get-branch-rules': {
        if (!abilities.readRules) return forbidden();
        const branch = scenario.branches.get(p.branch!);
        return page(branch?.rules ?? []);
      }
      case 'repos/create-commit-status': {
        if (!abilities.write) return forbidden();
        const b = body as Json;
        const record: StatusRecord = {
          sha: p.sha!,
          state: String(b.state),
          context: typeof b.context === 'string' ? b.context : 'default',
          description: typeof b.description === 'string' ? b.description : null,
          targetUrl: typeof b.target_url === 'string' ? b.target_url : null,
        };
        scenario.statuses.push(record);
        return [201, fx.commitStatus(nextId++, { ...record, creator: scenario.botLogin })];
      }
      case 'issues/list-comments': {
        const issue = Number(p.issue_number);
        return page(
          scenario.comments
            .filter((c) => c.issue === issue)
            .map((c) => fx.issueComment(owner, repo, issue, c)),
        );
      }
      case 'issues/create-comment': {
        if (!abilities.write) return forbidden();
        const issue = Number(p.issue_number);
        const comment = {
          id: nextId++,
          issue,
          body: String((body as Json).body),
          login: scenario.botLogin,
        };
        scenario.comments.push(comment);
        return [201, fx.issueComment(owner, repo, issue, comment)];
      }
      case 'issues/update-comment': {
        if (!abilities.write) return forbidden();
        const comment = scenario.comments.find((c) => c.id === Number(p.comment_id));
        if (!comment) return notFound();
        // Only the author of a comment (here: the bot behind every token) may edit it.
        if (comment.login !== scenario.botLogin) return forbidden();
        comment.body = String((body as Json).body);
        return [200, fx.issueComment(owner, repo, comment.issue, comment)];
      }
      case 'actions/list-workflow-runs-for-repo': {
        const headSha = url.searchParams.get('head_sha');
        const status = url.searchParams.get('status');
        const runs = scenario.runs.filter(
          (r) => (!headSha || r.headSha === headSha) && (!status || r.conclusion === status),
        );
        const [code, items, headers] = page(runs.map((r) => fx.workflowRun(owner, repo, r)));
        return [code, { total_count: runs.length, workflow_runs: items }, headers];
      }
      case 'actions/re-run-workflow-failed-jobs': {
        if (abilities.actionsWrite === false) return forbidden();
        const run = scenario.runs.find((r) => r.id === Number(p.run_id));
        if (!run) return notFound();
        run.reruns += 1;
        return [201, {}];
      }
      default:
        violations.push(`${op.method} ${op.template}: not modelled by the fake server`);
        return notFound();
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const base = `${origin}${basePath}`;

  function paginate(url: URL, items: unknown[]): [number, unknown, Record<string, string>] {
    const perPage = Math.min(
      100,
      Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30),
    );
    const pageNo = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
    const link = (n: number): string => {
      const next = new URL(url.pathname + url.search, origin);
      next.searchParams.set('page', String(n));
      next.searchParams.set('per_page', String(perPage));
      return next.toString();
    };
    const rels: string[] = [];
    if (pageNo < last)
      rels.push(`<${link(pageNo + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (pageNo > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(pageNo - 1)}>; rel="prev"`);
    return [200, slice, rels.length ? { link: rels.join(', ') } : {}];
  }

  return {
    url: base,
    scenario,
    requests,
    violations,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (violations.length > 0) {
        throw new Error(
          `the fake GitHub saw shapes GitHub would not produce:\n${violations.join('\n')}`,
        );
      }
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Common faults, shaped as GitHub sends them. */
export const faults = {
  rateLimited(match: RegExp): Fault {
    return {
      match,
      status: 403,
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url:
          'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
      },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      },
    };
  },
  serverError(match: RegExp): Fault {
    return { match, status: 500, body: { message: 'Server Error' } };
  },
  forbidden(match: RegExp): Fault {
    return {
      match,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    };
  },
  notFound(match: RegExp): Fault {
    return {
      match,
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
    };
  },
};
