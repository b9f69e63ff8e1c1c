import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

import { stackPorts } from "../src/stack-ports";

test("the web app refuses to start in production without AUTH_SECRET, saying why", async () => {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: "",
    DATABASE_URL: "postgresql://x@127.0.0.1:1/x",
  };
  const child = spawn(
    "pnpm",
    [
      "--filter",
      "@phasewise/web",
      "exec",
      "next",
      "start",
      "--port",
      String(stackPorts.unconfigured),
    ],
    { env, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
      resolve(null);
    }, 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  expect(output).toContain("AUTH_SECRET is not set");
  expect(exitCode).not.toBe(0);
  expect(exitCode).not.toBeNull();
});
