/** Finds the embedded server `pnpm dev` is running, from its lock file, so scripts can reach it. */
import { readFileSync } from "node:fs";

import type { LockOwner } from "./data-dir-lock";
import { defaultEmbeddedDataDir } from "./paths";

export function findRunningEmbeddedUrl(dataDir = defaultEmbeddedDataDir()): string | undefined {
  try {
    const owner = JSON.parse(readFileSync(`${dataDir}.lock`, "utf8")) as LockOwner;
    process.kill(owner.pid, 0);
    return `postgresql://postgres:postgres@127.0.0.1:${owner.port}/postgres`;
  } catch {
    return undefined;
  }
}
