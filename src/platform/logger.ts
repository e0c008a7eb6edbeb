type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

// Set at boot from the parsed settings (PARTNERWISE_LOG_LEVEL, src/server/boot.ts); lines written before that,
// such as a refusal of bad settings, use the default.
let threshold: Level | "silent" = "info";

/** Sets the lowest level written (at boot, from PARTNERWISE_LOG_LEVEL). */
export function setLogLevel(level: Level | "silent"): void {
  threshold = level;
}

function write(level: Level, msg: string, fields?: Record<string, unknown>) {
  if (order[level] < order[threshold]) return;
  const time = new Date().toISOString();
  const extra = fields && Object.keys(fields).length ? " " + JSON.stringify(fields) : "";
  const line = `${time} ${level.toUpperCase().padEnd(5)} ${msg}${extra}`;
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

/** Plain line logger: one line per event, JSON fields appended. */
export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => write("debug", msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write("info", msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write("warn", msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write("error", msg, fields),
};
