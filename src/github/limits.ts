// How long the gate waits for GitHub. Every request, every wait before a retry and the whole run are
// bounded, so no answer (or silence) from GitHub can keep a required check spinning for long. The bounds
// are read from the environment here and nowhere else: the end-to-end tests shorten them (as variables
// for the bundle, as Limits for the step run in-process), and an operator can widen them for a slow
// GitHub Enterprise Server.

export interface Limits {
  /** One HTTP request, from connecting to the last byte of the answer. */
  requestMs: number;
  /** The longest wait before a retry (`Retry-After`, a rate limit's reset); longer asks give up at once. */
  maxWaitMs: number;
  /** The whole run: requests still open then are aborted and the run fails. */
  deadlineMs: number;
  /** The unit of the retry back-off (1, 4, 9 units), of `Retry-After` seconds and of write spacing (1 and 3 units). */
  retryUnitMs: number;
}

export const LIMIT_VARIABLES = {
  requestMs: ['MODEL_RELEASE_GATE_REQUEST_TIMEOUT', 30],
  maxWaitMs: ['MODEL_RELEASE_GATE_MAX_RETRY_WAIT', 60],
  deadlineMs: ['MODEL_RELEASE_GATE_DEADLINE', 300],
  retryUnitMs: ['MODEL_RELEASE_GATE_RETRY_UNIT', 1],
} as const satisfies Record<keyof Limits, readonly [string, number]>;

/** The limits, in seconds in the environment (decimals allowed), as milliseconds. */
export function readLimits(env: NodeJS.ProcessEnv): Limits {
  const out = {} as Limits;
  for (const [key, [name, seconds]] of Object.entries(LIMIT_VARIABLES) as [keyof Limits, [string, number]][]) {
    const raw = env[name]?.trim();
    if (!raw) {
      out[key] = seconds * 1000;
      continue;
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`${name} is '${raw}'; set it to a positive number of seconds (default ${seconds})`);
    out[key] = value * 1000;
  }
  return out;
}

export const DEFAULT_LIMITS: Limits = readLimits({});

/** "0.5 s", "30 s": how the limits are named in messages. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
