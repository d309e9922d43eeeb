// The read floor: list the files of a tree (every regular file outside `.git`, the set both tools
// scan on the bench trees) and read each fully, once, on one thread. What no scanner can beat on
// this machine; the bench times it like the tools (a process, start-up included).
// Run: node read-floor.mjs DIR → prints {"files":N,"bytes":B} on stdout.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root-relative paths of the regular files under `dir`, `.git` left out, sorted. */
export function walkFiles(dir) {
  const out = [];
  const visit = (rel) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== '.git') visit(child);
      } else if (entry.isFile()) out.push(child);
    }
  };
  visit('');
  return out.sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? '.');
  let bytes = 0;
  const files = walkFiles(dir);
  for (const file of files) bytes += readFileSync(path.join(dir, file)).length;
  process.stdout.write(`${JSON.stringify({ files: files.length, bytes })}\n`);
}
