// One server for every e2e file: starting the real server on a fresh embedded database takes 15–40 s, so the files
// share one, seeded with the demo data. Each journey stays independent: the foundation journey signs up a new user
// with a new organisation (its register starts empty), the others only read the demo organisation.
import type { TestProject } from "vitest/node";
import { startServer } from "./harness";

declare module "vitest" {
  export interface ProvidedContext {
    e2eServer: { url: string; startLog: string };
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer({ seedDemo: true });
  // The demo login is logged right after the server starts listening: wait for it.
  const deadline = Date.now() + 10_000;
  while (!/Demo login: /.test(server.log())) {
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`the server printed no demo login:\n${server.log()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  project.provide("e2eServer", { url: server.url, startLog: server.log() });
  return async () => {
    await server.stop();
  };
}
