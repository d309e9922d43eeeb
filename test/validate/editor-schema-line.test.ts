/**
 * The `# yaml-language-server: $schema=…` lines the example ships point editors at the published
 * copy of a shipped schema, so they keep working once the file is copied into another repository:
 * the URL names a file this repository ships, and pipeguard resolves it to that schema (never
 * fetching it), so a copied document is validated by it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMA_BASE, resolveSchemaId } from '../../src/schema/registry.js';
import { REPO_ROOT, runCli } from '../helpers/run.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'ml-project');
const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m;
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function exampleYamlWithModeline(): Array<{ file: string; url: string }> {
  return readdirSync(EXAMPLE, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .flatMap((file) => {
      const url = MODELINE.exec(readFileSync(path.join(EXAMPLE, file), 'utf8'))?.[1];
      return url ? [{ file, url }] : [];
    });
}

describe('editor schema lines in the example', () => {
  const lines = exampleYamlWithModeline();

  it('exist for the config, the eval policy and the dependency exception', () => {
    expect(lines.map((l) => l.file).sort()).toEqual([
      '.pipeguard.yml',
      'deps-exceptions/jinja2-GHSA-cpwx-vrp4-4pq7.yml',
      'eval-policy.yml',
    ]);
  });

  it.each(lines)('$file: an absolute URL of a schema this repository ships', ({ url }) => {
    expect(url.startsWith(PUBLISHED_SCHEMA_BASE)).toBe(true);
    const shipped = path.join(REPO_ROOT, 'schemas', url.slice(PUBLISHED_SCHEMA_BASE.length));
    const schema = JSON.parse(readFileSync(shipped, 'utf8')) as { $id: string };
    expect(resolveSchemaId(url)).toBe(schema.$id);
  });

  it('the package.json repository is where the URL points', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const slug = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository.url)![1];
    expect(PUBLISHED_SCHEMA_BASE).toBe(`https://raw.githubusercontent.com/${slug}/v1/schemas/`);
  });

  it('a copied document with the line is validated by that schema, elsewhere, unfetched', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-modeline-'));
    temps.push(dir);
    cpSync(path.join(EXAMPLE, 'eval-policy.yml'), path.join(dir, 'gates.yml'));
    const valid = runCli(['validate', 'gates.yml'], { cwd: dir });
    expect(valid.code, valid.stdout).toBe(0);
    writeFileSync(
      path.join(dir, 'gates.yml'),
      `${readFileSync(path.join(dir, 'gates.yml'), 'utf8')}surprise: true\n`,
    );
    const invalid = runCli(['validate', 'gates.yml'], { cwd: dir });
    expect(invalid.code, invalid.stdout).toBe(1);
    expect(invalid.stdout).toContain('surprise');
  });
});
