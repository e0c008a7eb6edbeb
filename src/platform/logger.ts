import { env } from "./env.js";

type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

function write(level: Level, msg: string, fields?: Record<string, unknown>) {
  if (order[level] < order[env().PARTNERWISE_LOG_LEVEL]) return;
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
