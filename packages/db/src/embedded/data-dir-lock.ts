/**
 * One owner per PGlite data dir. Two PGlite processes on one dir silently lose writes, so the
 * embedded server takes an exclusive lock file next to the dir and refuses to start while another
 * live process holds it. A lock left by a crashed process (its pid is gone) is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";

export interface LockOwner {
  pid: number;
  port: number;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The embedded database in ${dataDir} is already in use by process ${owner.pid} ` +
        `(serving on port ${owner.port} since ${owner.startedAt}). Only one server may open it: ` +
        `stop the other one (Ctrl+C in its terminal, or \`kill ${owner.pid}\`), or connect to it ` +
        `with DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:${owner.port}/postgres.`,
    );
    this.name = "DataDirLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(lockPath, "utf8")) as LockOwner;
  } catch {
    return undefined;
  }
}

/** Takes the lock or throws DataDirLockedError; returns a function that releases it. */
export function acquireDataDirLock(dataDir: string, port: number): () => void {
  const lockPath = `${dataDir}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  const owner: LockOwner = { pid: process.pid, port, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      return () => {
        if (readOwner(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const current = readOwner(lockPath);
      if (current && isAlive(current.pid)) throw new DataDirLockedError(dataDir, current);
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}: another process keeps racing for it.`);
}
