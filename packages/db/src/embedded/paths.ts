/** Where the embedded database lives: `.data/` at the root of the monorepo. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** Walks up from `start` to the folder holding pnpm-workspace.yaml. */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = start;
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
  return dir;
}

export function defaultEmbeddedDataDir(): string {
  return join(findRepoRoot(), ".data", "pglite");
}
