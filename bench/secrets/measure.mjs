// One measured process: wall time (from here, start-up included), CPU (user + system) and peak RSS
// from GNU time; the same for every tool, the read floor included.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { median } from './common.mjs';

export const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Exit codes that mean "ran to the end" (1: findings). Anything else stops the bench. */
export function measure(label, command, args, cwd, { timeoutSeconds, okStatus = [0, 1] } = {}) {
  const timed = TIME ? [TIME, ['-f', '__time__ %e %M %U %S', command, ...args]] : [command, args];
  // coreutils `timeout` kills its whole process group: killing GNU time alone would leave the
  // measured command running, orphaned, on a core the next measurements need.
  const [program, programArgs] = timeoutSeconds
    ? ['timeout', ['-s', 'KILL', String(timeoutSeconds), timed[0], ...timed[1]]]
    : timed;
  const started = process.hrtime.bigint();
  const r = spawnSync(program, programArgs, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (timeoutSeconds && (r.signal === 'SIGKILL' || r.status === 137))
    return { wall, rssMb: Number.NaN, cpu: Number.NaN, stdout: '', stderr: '', timedOut: true };
  let rssMb = Number.NaN;
  let cpu = Number.NaN;
  const line = (r.stderr ?? '').split('\n').find((l) => l.startsWith('__time__'));
  if (line) {
    const [, , rssKb, user, system] = line.split(' ');
    rssMb = Number(rssKb) / 1024;
    cpu = Number(user) + Number(system);
  }
  if (!okStatus.includes(r.status)) {
    console.error(`${label} failed (exit ${r.status}): ${(r.stderr ?? '').slice(0, 800)}`);
    process.exit(1);
  }
  return { wall, rssMb, cpu, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/**
 * `runs` rounds of every tool in turn (a, b, c, a, b, c, …), so a change in the machine's load
 * hits all of them alike. `tools`: [{ name, run: () => measurement }]. Returns, per tool, every
 * measurement and the medians.
 */
export function alternate(tools, runs) {
  const results = Object.fromEntries(tools.map((t) => [t.name, []]));
  for (let i = 0; i < runs; i++) for (const t of tools) results[t.name].push(t.run(i));
  return Object.fromEntries(
    tools.map((t) => {
      const all = results[t.name];
      return [
        t.name,
        {
          all,
          wall: median(all.map((r) => r.wall)),
          cpu: median(all.map((r) => r.cpu)),
          rssMb: median(all.map((r) => r.rssMb)),
          peakRssMb: Math.max(...all.map((r) => r.rssMb)),
          timedOut: all.some((r) => r.timedOut),
        },
      ];
    }),
  );
}
