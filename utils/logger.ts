/**
 * Logger with a context prefix. Debug lines are dropped from production builds; warnings and
 * errors are kept, and the last ones stay in a small ring buffer for a diagnostics view.
 */
const RING_SIZE = 50;
const recentProblems: string[] = [];

export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

function remember(level: string, prefix: string, message: string): void {
  recentProblems.push(`${new Date().toISOString()} ${level} ${prefix} ${message}`);
  if (recentProblems.length > RING_SIZE) recentProblems.shift();
}

export function createLogger(context: string): Logger {
  const prefix = `[khien-xanh:${context}]`;
  return {
    debug: (message, ...details) => {
      if (import.meta.env?.DEV) console.debug(prefix, message, ...details);
    },
    info: (message, ...details) => console.info(prefix, message, ...details),
    warn: (message, ...details) => {
      remember('warn', prefix, message);
      console.warn(prefix, message, ...details);
    },
    error: (message, ...details) => {
      remember('error', prefix, message);
      console.error(prefix, message, ...details);
    },
  };
}

/** Returns the most recent warnings and errors, oldest first. */
export function recentLogProblems(): readonly string[] {
  return [...recentProblems];
}
