import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { CHROMIUM_PATH } from '../../tests/support/chromium';

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  chromiumVersion: string;
  nodeVersion: string;
  date: string;
}

/** Describes the machine the figures were measured on. */
export function describeMachine(): Machine {
  return {
    cores: cpus().length,
    cpuModel: cpuModel(),
    memoryGiB: totalmem() / 1024 ** 3,
    chromiumVersion: execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    nodeVersion: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}

/** Iterations of the speed check's loop. */
const SPEED_CHECK_ITERATIONS = 100_000_000;

/**
 * Times a fixed loop of additions on one core, in milliseconds (the fastest of three runs). A
 * shared or throttled virtual machine can run several times slower than on another day, which
 * no other reading here shows. Comparing this figure between runs tells whether the machine itself
 * was slower.
 */
export function measureCpuSpeedMs(): number {
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    let sum = 0;
    for (let index = 0; index < SPEED_CHECK_ITERATIONS; index += 1) sum += index % 7;
    if (sum < 0) throw new Error('unreachable: the sum of remainders is never negative');
    times.push(performance.now() - started);
  }
  return Math.min(...times);
}

function cpuModel(): string {
  const line = readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? 'unknown (no "model name" in /proc/cpuinfo)';
}
