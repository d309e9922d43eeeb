/** Findings placed for GitHub: repository-relative paths, never a file that does not exist. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildReport, fingerprintOf, type Finding } from '../../src/report/model.js';
import { placeInWorkspace, sarifCategory } from '../../src/report/placement.js';
import { renderSarif } from '../../src/report/sarif.js';
import { tempDir, writeTree } from '../helpers/repo.js';

const finding = (file: string | undefined, i: number): Finding => ({
  check: 'checklist',
  rule: `rule-${i}`,
  severity: 'medium',
  message: `problem ${i}`,
  ...(file ? { file, line: 3, column: 1, endLine: 3, endColumn: 9 } : {}),
  fingerprint: fingerprintOf('checklist', i),
});

describe('placeInWorkspace', () => {
  it('prefixes the working directory, and drops files and positions that do not exist', () => {
    const workspace = tempDir();
    try {
      writeTree(workspace.dir, { 'ml/src/train.py': 'x\n', 'ml/.pipeguard.yml': 'version: 1\n' });
      const root = path.join(workspace.dir, 'ml');
      const findings = [
        finding('src/train.py', 0),
        finding('.env.example', 1),
        finding(undefined, 2),
      ];
      const report = buildReport('1.0.0', [
        { check: 'checklist', status: 'fail', summary: '3 findings', findings },
      ]);
      const placed = placeInWorkspace(report, { root, workspace: workspace.dir });
      expect(placed.findings.map((f) => [f.file, f.line])).toEqual([
        ['ml/src/train.py', 3],
        [undefined, undefined],
        [undefined, undefined],
      ]);
      expect(placed.checks[0]!.findings).toEqual(placed.findings);
      // The report the user gets keeps root-relative files.
      expect(report.findings[1]!.file).toBe('.env.example');

      const sarif = JSON.parse(
        renderSarif(placed, undefined, {
          category: sarifCategory('check', 'ml'),
          standIn: 'ml/.pipeguard.yml',
        }),
      );
      expect(sarif.runs[0].automationDetails.id).toBe('pipeguard/check/ml/');
      const uris = sarif.runs[0].results.map(
        (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri,
      );
      expect(uris.sort()).toEqual(['ml/.pipeguard.yml', 'ml/.pipeguard.yml', 'ml/src/train.py']);
    } finally {
      workspace.cleanup();
    }
  });

  it('names the category by action and working directory', () => {
    expect(sarifCategory('check', '')).toBe('pipeguard/check/root/');
    expect(sarifCategory('secrets', 'services/api')).toBe('pipeguard/secrets/services/api/');
  });
});
