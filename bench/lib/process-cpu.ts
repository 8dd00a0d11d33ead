import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time used by the processes of one Chromium profile, in nanoseconds, read from
 * `/proc/PID/task/TID/schedstat` (time on a CPU, summed over every thread). Unlike wall-clock
 * page-load times, CPU time hardly grows when other jobs compete for the cores, so differences
 * between browsers stay visible on a busy machine. Linux only.
 */
export type ProcessKind = 'browser' | 'renderer' | 'extension' | 'gpu' | 'network' | 'other';
export type CpuByKind = Record<ProcessKind, number>;

export const PROCESS_KINDS: ProcessKind[] = ['browser', 'renderer', 'extension', 'gpu', 'network', 'other'];

/** Reader of the CPU time of each process in a browser's process tree, keyed by process id. */
export type CpuReader = () => Map<number, { kind: ProcessKind; ns: number }>;

/** Finds the browser process of a profile and returns a reader of its process tree's CPU time. */
export function profileCpuReader(userDataDir: string): CpuReader {
  const root = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .find((pid) => {
      const args = commandLine(pid);
      return args.includes(`--user-data-dir=${userDataDir}`) && !args.some((arg) => arg.startsWith('--type='));
    });
  if (root === undefined) throw new Error(`No browser process for ${userDataDir}`);

  return () => {
    const parents = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readOrEmpty(`/proc/${entry}/stat`);
      // The command name (field 2) may contain spaces; fields after its closing parenthesis are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields.length > 1) parents.set(Number(entry), Number(fields[1]));
    }
    const tree = new Set([root]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, parent] of parents) {
        if (!tree.has(pid) && tree.has(parent)) {
          tree.add(pid);
          grew = true;
        }
      }
    }
    const result = new Map<number, { kind: ProcessKind; ns: number }>();
    for (const pid of tree) result.set(pid, { kind: kindOf(commandLine(pid)), ns: processCpuNs(pid) });
    return result;
  };
}

/**
 * CPU time per kind of process between two readings. A process started in between counts with all
 * its CPU time (an extension process started to run the service worker, say). A process that
 * exited in between cannot be read any more, so its last part is missing.
 */
export function cpuDelta(before: Map<number, { kind: ProcessKind; ns: number }>, after: Map<number, { kind: ProcessKind; ns: number }>): CpuByKind {
  const delta = Object.fromEntries(PROCESS_KINDS.map((kind) => [kind, 0])) as CpuByKind;
  for (const [pid, entry] of after) {
    const startNs = before.get(pid)?.ns ?? 0;
    delta[entry.kind] += Math.max(0, entry.ns - startNs);
  }
  return delta;
}

function kindOf(args: string[]): ProcessKind {
  const type = args.find((arg) => arg.startsWith('--type='))?.slice('--type='.length);
  if (type === undefined) return 'browser';
  if (type === 'renderer') return args.includes('--extension-process') ? 'extension' : 'renderer';
  if (type === 'gpu-process') return 'gpu';
  if (type === 'utility' && args.some((arg) => arg.includes('NetworkService'))) return 'network';
  return 'other';
}

function processCpuNs(pid: number): number {
  let total = 0;
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0;
  }
  for (const tid of tasks) total += Number(readOrEmpty(`/proc/${pid}/task/${tid}/schedstat`).split(' ')[0] ?? 0) || 0;
  return total;
}

function commandLine(pid: number): string[] {
  return readOrEmpty(`/proc/${pid}/cmdline`).split(/[\0 ]/);
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    // The process or thread ended between the listing and the read; any other failure is real.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ESRCH') return '';
    throw error;
  }
}
