import { readdirSync, readFileSync } from 'node:fs';

/**
 * Returns the proportional set size (PSS, bytes) of each Chromium extension renderer of one
 * profile: the processes started with `--type=renderer --extension-process` and that profile's
 * `--user-data-dir`. Linux only (reads /proc).
 */
export function extensionProcessPss(userDataDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      const args = readCommandLine(pid);
      return args.includes('--type=renderer') && args.includes('--extension-process') && args.includes(`--user-data-dir=${userDataDir}`);
    })
    .map((pid) => pssBytes(pid));
}

/**
 * Returns a process's arguments. Chromium rewrites the command line of its child processes into
 * one space-separated string, so both separators are split on.
 */
function readCommandLine(pid: string): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
  } catch (error) {
    // A process that ended between the directory listing and the read is no longer measurable.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ESRCH') return [];
    throw error;
  }
}

function pssBytes(pid: string): number {
  const line = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('Pss:'));
  if (!line) throw new Error(`No Pss line in /proc/${pid}/smaps_rollup`);
  return Number(/(\d+)/.exec(line)![1]) * 1024;
}
