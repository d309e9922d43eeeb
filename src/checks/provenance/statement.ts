/**
 * The in-toto Statement v1 with a SLSA Provenance v1 predicate that `provenance stamp` writes beside
 * meta.json. Subjects are the artifact files named exactly as in checksum.sha256, so the same
 * manifest can be handed to `actions/attest` as `subject-checksums`. In GitHub Actions the
 * predicate uses GitHub's workflow buildType; elsewhere pipeguard's own run buildType
 * (docs/provenance.md). The manifest and meta.json are byproducts: their digests are bound here.
 */
import { randomUUID } from 'node:crypto';
import { parseDocuments, type SourceDocument } from '../../schema/document.js';
import { InputError } from '../../util/errors.js';
import { workflowPath, type BuilderFacts, type GitHubActionsFacts } from './ci-facts.js';
import type { PolicyRecord } from './policies.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** What actions/attest-build-provenance emits (actions/buildtypes workflow/v1). */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** pipeguard's buildType for a run stamped outside GitHub Actions (documented in docs/provenance.md). */
export const PIPEGUARD_RUN_BUILD_TYPE = 'https://pipeguard.dev/buildtypes/run/v1';

export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  digest?: Record<string, string>;
  mediaType?: string;
  annotations?: Record<string, unknown>;
}

export interface Subject {
  name: string;
  digest: { sha256: string } & Record<string, string>;
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: typeof SLSA_PROVENANCE_V1;
  predicate: {
    buildDefinition: {
      buildType: string;
      externalParameters: Record<string, unknown>;
      internalParameters?: Record<string, unknown>;
      resolvedDependencies?: ResourceDescriptor[];
    };
    runDetails: {
      builder: { id: string; version?: Record<string, string> };
      metadata?: { invocationId?: string; startedOn?: string; finishedOn?: string };
      byproducts?: ResourceDescriptor[];
    };
  };
}

export interface StatementFacts {
  runId: string;
  subjects: Array<{ path: string; sha256: string }>;
  git: {
    commit: string;
    branch: string | null;
    repoUrl: string | null;
    dirty: boolean;
    diffSha256: string | null;
  };
  ci: GitHubActionsFacts | null;
  builder: BuilderFacts;
  data: { dataset: string | null; path: string | null; digest: string | null };
  policies: PolicyRecord[];
  exceptionIds: string[];
  auditSha256: string | null;
  startedOn: string;
  finishedOn: string;
  version: string;
  /** Byproducts bound by digest: the manifest and meta.json, named relative to the run directory. */
  byproducts: Array<{ name: string; sha256: string; mediaType: string }>;
}

export function buildStatement(facts: StatementFacts): Statement {
  const { ci, git } = facts;
  const pipeguard = {
    run_id: facts.runId,
    git_dirty: git.dirty,
    ...(git.diffSha256 ? { git_diff_sha256: git.diffSha256 } : {}),
    ...(facts.exceptionIds.length ? { exception_ids: facts.exceptionIds } : {}),
    ...(facts.auditSha256 ? { audit_sha256: facts.auditSha256 } : {}),
  };
  const source: ResourceDescriptor = {
    ...(sourceUri(facts) ? { uri: sourceUri(facts)! } : { name: 'source' }),
    digest: { gitCommit: git.commit },
  };
  const dependencies: ResourceDescriptor[] = [source];
  const dataDigest = /^sha256:([0-9a-f]{64})$/.exec(facts.data.digest ?? '')?.[1];
  if (facts.data.path || dataDigest) {
    dependencies.push({
      ...(facts.data.dataset ? { name: facts.data.dataset } : {}),
      ...(facts.data.path ? { uri: facts.data.path } : {}),
      ...(dataDigest ? { digest: { sha256: dataDigest } } : {}),
      annotations: { role: 'dataset' },
    });
  }
  for (const policy of facts.policies) {
    dependencies.push({
      name: policy.file,
      digest: { sha256: policy.sha256 },
      annotations: { role: 'policy', ...(policy.policy_id ? { policy_id: policy.policy_id } : {}) },
    });
  }
  const buildDefinition: Statement['predicate']['buildDefinition'] = ci
    ? {
        buildType: GITHUB_WORKFLOW_BUILD_TYPE,
        externalParameters: {
          workflow: {
            ref: ci.ref ?? '',
            repository: `${ci.server_url}/${ci.repository}`,
            path: workflowPath(ci) ?? '',
          },
        },
        internalParameters: {
          github: {
            event_name: ci.event_name,
            ...(ci.repository_id ? { repository_id: ci.repository_id } : {}),
            ...(ci.repository_owner_id ? { repository_owner_id: ci.repository_owner_id } : {}),
            ...(ci.runner_environment ? { runner_environment: ci.runner_environment } : {}),
          },
          pipeguard,
        },
        resolvedDependencies: dependencies,
      }
    : {
        buildType: PIPEGUARD_RUN_BUILD_TYPE,
        externalParameters: {
          run_id: facts.runId,
          ...(git.repoUrl ? { repository: git.repoUrl } : {}),
          ...(git.branch ? { ref: `refs/heads/${git.branch}` } : {}),
          ...(facts.data.dataset ? { dataset: facts.data.dataset } : {}),
          ...(facts.data.path ? { data_path: facts.data.path } : {}),
        },
        internalParameters: { pipeguard },
        resolvedDependencies: dependencies,
      };
  return {
    _type: STATEMENT_TYPE,
    subject: facts.subjects.map((s) => ({ name: s.path, digest: { sha256: s.sha256 } })),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition,
      runDetails: {
        builder: { id: facts.builder.id, version: { pipeguard: facts.version } },
        metadata: {
          invocationId: ci ? ci.invocation_url : `urn:uuid:${randomUUID()}`,
          startedOn: facts.startedOn,
          finishedOn: facts.finishedOn,
        },
        byproducts: facts.byproducts.map((b) => ({
          name: b.name,
          digest: { sha256: b.sha256 },
          mediaType: b.mediaType,
        })),
      },
    },
  };
}

/** `git+<repo>@<ref>` the commit was resolved from (the PR head ref on pull_request). */
function sourceUri(facts: StatementFacts): string | undefined {
  const { ci, git } = facts;
  if (ci) {
    const ref = ci.pull_request ? `refs/pull/${ci.pull_request.number}/head` : ci.ref;
    return `git+${ci.server_url}/${ci.repository}${ref ? `@${ref}` : ''}`;
  }
  if (!git.repoUrl) return undefined;
  return `git+${git.repoUrl}${git.branch ? `@refs/heads/${git.branch}` : ''}`;
}

export function serializeStatement(statement: Statement): string {
  return `${JSON.stringify(statement, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading a statement back: every structural problem is one line naming the file and position.

const HEX64 = /^[0-9a-f]{64}$/;

export function parseStatement(
  text: string,
  shown: string,
): { statement: Statement; doc: SourceDocument } {
  if (text.trim() === '') throw new InputError('the provenance statement is empty', shown);
  const doc = parseDocuments(text, shown, 'json')[0];
  if (!doc) throw new InputError('the provenance statement is empty', shown);
  const fail = (pointer: string, message: string): never => {
    const at = doc.locate(pointer);
    throw new InputError(`not a valid in-toto statement: ${message}`, shown, at.line, at.column);
  };
  const value = doc.value;
  if (!isRecord(value)) return fail('', 'expected a JSON object');
  if (value._type !== STATEMENT_TYPE) fail('/_type', `\`_type\` must be ${STATEMENT_TYPE}`);
  if (value.predicateType !== SLSA_PROVENANCE_V1)
    fail('/predicateType', `\`predicateType\` must be ${SLSA_PROVENANCE_V1}`);
  if (!Array.isArray(value.subject) || value.subject.length === 0)
    fail('/subject', '`subject` must list the artifacts');
  const names = new Set<string>();
  (value.subject as unknown[]).forEach((subject, i) => {
    const at = `/subject/${i}`;
    if (!isRecord(subject)) return fail(at, `subject ${i} must be an object`);
    if (typeof subject.name !== 'string' || subject.name === '')
      fail(`${at}/name`, `subject ${i} has no name`);
    if (names.has(subject.name as string))
      fail(`${at}/name`, `subject \`${String(subject.name)}\` is listed twice`);
    names.add(subject.name as string);
    if (
      !isRecord(subject.digest) ||
      typeof subject.digest.sha256 !== 'string' ||
      !HEX64.test(subject.digest.sha256)
    ) {
      fail(
        `${at}/digest`,
        `subject \`${String(subject.name)}\` needs a sha256 digest of 64 lowercase hex`,
      );
    }
  });
  const predicate = value.predicate;
  if (!isRecord(predicate)) return fail('/predicate', '`predicate` missing');
  const build = predicate.buildDefinition;
  if (
    !isRecord(build) ||
    typeof build.buildType !== 'string' ||
    !isRecord(build.externalParameters)
  ) {
    fail('/predicate/buildDefinition', '`buildDefinition` needs buildType and externalParameters');
  }
  const run = predicate.runDetails;
  if (!isRecord(run) || !isRecord(run.builder) || typeof run.builder.id !== 'string') {
    fail('/predicate/runDetails', '`runDetails.builder.id` missing');
  }
  const deps = (build as Record<string, unknown>).resolvedDependencies;
  if (deps !== undefined && !Array.isArray(deps))
    fail('/predicate/buildDefinition/resolvedDependencies', 'must be a list');
  const byproducts = (run as Record<string, unknown>).byproducts;
  if (byproducts !== undefined && !Array.isArray(byproducts))
    fail('/predicate/runDetails/byproducts', 'must be a list');
  return { statement: value as unknown as Statement, doc };
}

/** The commit the statement says the code came from (first resolvedDependency with a gitCommit). */
export function statementCommit(statement: Statement): string | undefined {
  for (const dep of statement.predicate.buildDefinition.resolvedDependencies ?? []) {
    const commit = isRecord(dep) && isRecord(dep.digest) ? dep.digest.gitCommit : undefined;
    if (typeof commit === 'string') return commit;
  }
  return undefined;
}

/** sha256 of a byproduct by name (`meta.json`, `artifact/checksum.sha256`). */
export function byproductDigest(statement: Statement, name: string): string | undefined {
  const found = (statement.predicate.runDetails.byproducts ?? []).find(
    (b) => isRecord(b) && b.name === name,
  );
  const digest = found && isRecord(found.digest) ? found.digest.sha256 : undefined;
  return typeof digest === 'string' ? digest : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
