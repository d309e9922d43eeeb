/** Property tests for the parsers provenance owns: remote URLs, statements, audit details. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvalOf } from '../../src/checks/provenance/approvals.js';
import { publicRepositoryUrl } from '../../src/checks/provenance/git-facts.js';
import { parseStatement } from '../../src/checks/provenance/statement.js';
import { InputError } from '../../src/util/errors.js';

describe('publicRepositoryUrl', () => {
  it.each([
    ['git@github.com:acme/churn.git', 'https://github.com/acme/churn'],
    ['ssh://git@github.example:2222/acme/churn.git', 'https://github.example/acme/churn'],
    ['https://github.com/acme/churn.git', 'https://github.com/acme/churn'],
    [
      'https://x-access-token:ghs_secret@github.com/acme/churn.git?x=1#y',
      'https://github.com/acme/churn',
    ],
    ['https://ghp_tokenonly@github.com/acme/churn/', 'https://github.com/acme/churn'],
    ['/srv/git/churn.git', 'file:///srv/git/churn'],
    ['file:///srv/git/churn.git', 'file:///srv/git/churn'],
  ])('%s → %s', (remote, expected) => {
    const secrets: string[] = [];
    expect(publicRepositoryUrl(remote, (s) => secrets.push(s))).toBe(expected);
    for (const secret of secrets) expect(expected).not.toContain(secret);
  });

  it('never keeps user info, and masks what it drops (property)', () => {
    const part = fc.stringMatching(/^[A-Za-z0-9_.~-]{1,20}$/);
    fc.assert(
      fc.property(
        part,
        part,
        fc.constantFrom('https', 'http', 'ssh', 'git+ssh'),
        part,
        part,
        (user, password, scheme, owner, name) => {
          const secrets: string[] = [];
          const url = publicRepositoryUrl(
            `${scheme}://${user}:${password}@host.example/${owner}/${name}.git`,
            (s) => secrets.push(s),
          );
          expect(url).not.toBeNull();
          expect(url).not.toContain('@');
          expect(url).toMatch(/^https?:\/\/host\.example\//);
          expect(secrets).toEqual(expect.arrayContaining([password]));
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), (remote) => {
        const url = publicRepositoryUrl(remote);
        if (url !== null) expect(url).toMatch(/^(https?|file):\/\/[^@/?#]*(\/[^?#]*)?$/);
      }),
    );
  });
});

describe('parseStatement', () => {
  it('returns a statement or throws one InputError, never anything else (property)', () => {
    const statementLike = fc.record({
      _type: fc.constantFrom('https://in-toto.io/Statement/v1', 'x'),
      predicateType: fc.constantFrom('https://slsa.dev/provenance/v1', 'y'),
      subject: fc.array(
        fc.record({
          name: fc.string(),
          digest: fc.dictionary(
            fc.constantFrom('sha256', 'sha512'),
            fc.constantFrom('0'.repeat(64), 'abc'),
          ),
        }),
        { maxLength: 3 },
      ),
      predicate: fc.anything(),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          statementLike.map((v) => JSON.stringify(v)),
        ),
        (text) => {
          try {
            const { statement } = parseStatement(text, 's.json');
            expect(statement.subject.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            expect((error as InputError).toLine()).toMatch(/^s\.json(:\d+:\d+)?: /);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('approvalOf', () => {
  it('reads exception ids, signers and reviewers in the shapes gate records use', () => {
    expect(
      approvalOf({
        check: 'eval-gate',
        stage: 'promote',
        decision: 'allowed',
        time: '2026-01-01T00:00:00Z',
        // The eval gate's audit details (issue 6): every exception considered, the ones covering.
        details: {
          exceptions: [
            { id: 'EXC-1', covers: ['auc'], usable: true },
            { id: 'EXC-UNUSED', covers: [], usable: true },
            { id: 'EXC-EXPIRED', covers: ['f1'], usable: false },
          ],
          covered: { auc: 'EXC-1' },
          signers: [
            { exception: 'EXC-1', role: 'security', by: 'sec@acme', via: 'signature' },
            { exception: 'EXC-1', role: 'ml-owner', by: 'bob', via: 'review' },
          ],
        },
      }),
    ).toMatchObject({
      exception_ids: ['EXC-1'],
      signers: ['sec@acme (security)'],
      reviewers: ['bob (ml-owner)'],
    });
    expect(
      approvalOf({ check: 'secrets', stage: 's', decision: 'allowed', time: 't', details: {} }),
    ).toBeUndefined();
  });

  it('never throws and only ever yields strings (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          check: fc.string(),
          stage: fc.string(),
          decision: fc.string(),
          time: fc.string(),
          details: fc.anything(),
        }),
        (record) => {
          const approval = approvalOf(record);
          for (const list of [approval?.exception_ids, approval?.signers, approval?.reviewers]) {
            for (const item of list ?? []) expect(typeof item).toBe('string');
          }
        },
      ),
    );
  });
});
