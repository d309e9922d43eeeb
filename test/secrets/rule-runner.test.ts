/**
 * pipeguard runs secretlint rule modules itself (src/checks/secrets/rule-runner.ts) instead of
 * through `@secretlint/core`'s `lintSource`, whose duplicate filter is quadratic. These tests hold
 * the two to the same answers: on every fixture text, and on generated documents that mix secrets,
 * repeated secrets and `secretlint-disable` comments of every kind, the messages are the same set.
 */
import path from 'node:path';
import fc from 'fast-check';
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { describe, expect, it } from 'vitest';
import { FILTER_COMMENTS_ID, RULE_MODULES } from '../../src/checks/secrets/catalog.js';
import { runRules, type RuleToRun } from '../../src/checks/secrets/rule-runner.js';
import { FAKE } from './fake-keys.js';
import { FIXTURES } from './fixtures.js';

secretLintProfiler.setEnabled(false);

const SCANNERS: RuleToRun[] = RULE_MODULES.filter(
  (m) => m.creator.meta.id !== FILTER_COMMENTS_ID,
).map((m) => ({ creator: m.creator, options: {} }));
const WITH_COMMENTS: RuleToRun[] = RULE_MODULES.map((m) => ({ creator: m.creator, options: {} }));

/** What secretlint reports (its own filter drops what disable comments cover). */
async function reference(rules: RuleToRun[], file: string, text: string): Promise<string[]> {
  const result = await lintSource({
    source: { filePath: file, content: text, ext: path.extname(file), contentType: 'text' },
    options: {
      config: { rules: rules.map((r) => ({ id: r.creator.meta.id, rule: r.creator as never })) },
      maskSecrets: false,
      noPhysicFilePath: true,
    },
  });
  return result.messages.filter((m) => m.type === 'message').map(keyOf);
}

async function ours(rules: RuleToRun[], file: string, text: string): Promise<string[]> {
  const messages = await runRules(rules, {
    filePath: file,
    content: text,
    ext: path.extname(file),
    contentType: 'text',
  });
  return messages.filter((m) => !m.ignored).map(keyOf);
}

function keyOf(m: {
  ruleId: string;
  messageId?: string;
  range: readonly number[];
  message: string;
}): string {
  return JSON.stringify([m.ruleId, m.messageId, m.range[0], m.range[1], m.message]);
}

describe('runRules answers as secretlint lintSource does', () => {
  const cases = FIXTURES.flatMap((f) => [...f.ng, ...f.ok].map((c) => ({ rule: f.rule, ...c })));

  it('on every fixture text, with and without disable comments, BOM and CRLF', async () => {
    for (const c of cases) {
      const variants = [
        c.text,
        `\ufeff${c.text}`,
        c.text.replace(/\n/g, '\r\n'),
        `// secretlint-disable\n${c.text}// secretlint-enable\n${c.text}`,
      ];
      for (const text of variants) {
        for (const rules of [SCANNERS, WITH_COMMENTS]) {
          const expected = await reference(rules, c.file, text);
          expect(new Set(await ours(rules, c.file, text)), `${c.rule}: ${c.name}`).toEqual(
            new Set(expected),
          );
        }
      }
    }
  }, 120_000);

  it('on generated documents of secrets, duplicates and disable comments', async () => {
    const secrets = [FAKE.anthropic, FAKE.groq, FAKE.github, FAKE.openaiLegacy, FAKE.slackBot];
    const comment = fc.constantFrom(
      '# secretlint-disable',
      '# secretlint-enable',
      '# secretlint-disable-line',
      '# secretlint-disable-next-line',
      '# secretlint-disable @secretlint/secretlint-rule-github',
      '# secretlint-enable @secretlint/secretlint-rule-github',
      '# secretlint-disable-line @pipeguard/secretlint-rule-ai -- reason',
      '',
    );
    const line = fc
      .tuple(fc.constantFrom(...secrets, 'plain text', ''), comment)
      .map(([value, note]) => `KEY=${value} ${note}`.trimEnd());
    const eol = fc.constantFrom('\n', '\r\n', '\r', '\u2028');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(line, eol), { maxLength: 12 }),
        fc.boolean(),
        async (lines, trailing) => {
          let text = lines.map(([l, e]) => l + e).join('');
          if (!trailing && lines.length) text = text.slice(0, -lines.at(-1)![1].length);
          expect(new Set(await ours(WITH_COMMENTS, 'app.env', text))).toEqual(
            new Set(await reference(WITH_COMMENTS, 'app.env', text)),
          );
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
