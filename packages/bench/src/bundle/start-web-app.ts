/**
 * Starts the production build of apps/web with `next start` on a free loopback port, the way
 * packages/e2e's start-stack.ts does, and stops it (its whole process group) afterwards.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

import { inheritedEnv } from "../env";
import { webDir } from "./paths";

const host = "127.0.0.1";

export interface WebApp {
  url: string;
  stop: () => Promise<void>;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("No free port")),
      );
    });
  });
}

export async function startWebApp(databaseUrl: string): Promise<WebApp> {
  const next = join(webDir, "node_modules/.bin/next");
  if (!existsSync(next)) throw new Error(`${next} is missing: run pnpm install`);
  const port = await findFreePort();
  const url = `http://${host}:${port}`;
  const child = spawn(next, ["start", "--port", String(port), "--hostname", host], {
    cwd: webDir,
    // Its own process group, so stopping it also stops whatever it spawned.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...inheritedEnv(),
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "bench-only-secret-0123456789abcdef",
      AUTH_TRUST_HOST: "true",
      AUTH_URL: url,
      // No mail leaves the machine, whatever the launching shell has set.
      EMAIL_SERVER: "",
      EMAIL_CAPTURE: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  // If the bench itself dies (Ctrl-C, a crash), the server must not outlive it.
  const killOnExit = () => {
    if (!hasExited() && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  };
  process.once("exit", killOnExit);
  const exit = new Promise<void>((resolve) =>
    child.on("exit", () => {
      process.off("exit", killOnExit);
      resolve();
    }),
  );

  const stop = async () => {
    if (hasExited() || child.pid === undefined) return;
    const group = -child.pid;
    process.kill(group, "SIGTERM");
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5000));
    if ((await Promise.race([exit, timeout])) === "timeout" && !hasExited()) {
      process.kill(group, "SIGKILL");
      await exit;
    }
  };

  // Bounded: 60 s for the server to answer, and no longer once it has exited.
  for (let attempt = 0; attempt < 240 && !hasExited(); attempt++) {
    try {
      const response = await fetch(`${url}/api/auth/providers`);
      if (response.status < 500) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not come up on ${url}:\n${output.join("\n")}`);
}
