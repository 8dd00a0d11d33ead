import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';

/**
 * An Xvfb X server for tests that need a headed browser and real X input (xdotool). Playwright's
 * own keyboard and mouse go to the page's renderer through the DevTools protocol, so they never
 * reach the browser's shortcut handling or its native context menu. Events that xdotool sends
 * through the X server do.
 */
export interface VirtualDisplay {
  /** Value for the DISPLAY environment variable, such as ":99". */
  display: string;
  /** The test process's environment with DISPLAY set, for the browser process. */
  env: NodeJS.ProcessEnv;
  /** Runs xdotool with this display and returns its standard output, trimmed. */
  xdotool(...args: string[]): Promise<string>;
  /** Returns the ids of mapped windows whose name matches the regular expression, oldest first. */
  findVisibleWindows(namePattern: string): Promise<string[]>;
  close(): Promise<void>;
}

const XVFB_PATH = '/usr/bin/Xvfb';
const XDOTOOL_PATH = '/usr/bin/xdotool';
const SCREEN_SIZE = '1280x1024x24';

const runFile = promisify(execFile);

/** Starts Xvfb on a display number it picks itself, so tests never collide with another X server. */
export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  for (const [path, pkg] of [
    [XVFB_PATH, 'xvfb'],
    [XDOTOOL_PATH, 'xdotool'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} not found: install it with "apt-get install -y ${pkg}" (.ci/run does)`);
  }

  // -displayfd makes Xvfb choose a free display number and write it to file descriptor 3 once it
  // accepts connections, so no guessed number and no polling for the socket.
  const server = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', SCREEN_SIZE, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = `:${await readDisplayNumber(server)}`;
  const env = { ...process.env, DISPLAY: display };

  const xdotool = async (...args: string[]): Promise<string> => {
    const { stdout } = await runFile(XDOTOOL_PATH, args, { env });
    return stdout.trim();
  };
  const findVisibleWindows = async (namePattern: string): Promise<string[]> => {
    try {
      return (await xdotool('search', '--onlyvisible', '--name', namePattern)).split('\n');
    } catch (error) {
      // xdotool search exits with status 1 and prints nothing when no window matches.
      if (isExitStatus(error, 1)) return [];
      throw error;
    }
  };
  return { display, env, xdotool, findVisibleWindows, close: () => stopServer(server) };
}

function isExitStatus(error: unknown, status: number): boolean {
  return error instanceof Error && 'code' in error && error.code === status;
}

function readDisplayNumber(server: ChildProcess): Promise<string> {
  const numberPipe = server.stdio[3] as Readable;
  let written = '';
  let errors = '';
  server.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));

  return new Promise((resolve, reject) => {
    numberPipe.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) resolve(written.trim());
    });
    server.once('error', (error) => reject(new Error(`Could not start ${XVFB_PATH}: ${error.message}`)));
    server.once('exit', (code) => reject(new Error(`${XVFB_PATH} exited with code ${code} before it was ready: ${errors.trim()}`)));
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;

  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  await exited;
}
