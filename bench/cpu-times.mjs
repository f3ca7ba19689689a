// One timed run of a command: wall time, and CPU time (user + system of the command and its children, from bash's
// `times`), which other work on the machine inflates less. Shared by `npm run bench` and `--compare`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const timesFile = path.join(os.tmpdir(), `clsm-bench-times-${process.pid}`);

const seconds = (text) => {
  const match = /^(\d+)m([\d.]+)s$/.exec(text ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
};

/** Runs `command args` through bash (its exit status kept); `options` are spawnSync's. */
export function timedRun(command, args, options = {}) {
  fs.rmSync(timesFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync('bash', ['-c', '"$@"; status=$?; times > "$CLSM_BENCH_TIMES"; exit $status', 'bash', command, ...args], {
    ...options,
    env: { ...(options.env ?? process.env), CLSM_BENCH_TIMES: timesFile },
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const lines = fs.existsSync(timesFile) ? fs.readFileSync(timesFile, 'utf8').trim().split('\n') : [];
  fs.rmSync(timesFile, { force: true });
  const [user, system] = (lines[1] ?? '').split(/\s+/);
  return { result, wall, cpu: seconds(user) + seconds(system) };
}
