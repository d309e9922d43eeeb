// Prints the CHANGELOG.md section of one version (`node scripts/release-notes.mjs v1.2.3`), for the
// release workflow; fails when the tag is not the package's version or the section is missing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The body of `## [version]` up to the next `## ` heading or link reference list, trimmed. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## ') || /^\[[^\]]+\]: /.test(line));
  const body = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim();
  return body || undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tag = process.argv[2] ?? '';
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (tag !== `v${version}`) {
    console.error(`release-notes: tag ${tag || '(none)'} is not v${version} (package.json)`);
    process.exit(2);
  }
  const notes = releaseNotes(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (!notes) {
    console.error(`release-notes: CHANGELOG.md has no section for ${version}`);
    process.exit(2);
  }
  process.stdout.write(`${notes}\n`);
}
