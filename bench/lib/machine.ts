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

function cpuModel(): string {
  const line = readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? 'unknown (no "model name" in /proc/cpuinfo)';
}
