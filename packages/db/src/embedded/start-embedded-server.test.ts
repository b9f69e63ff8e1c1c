import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";

import { migrateDatabase } from "../migrate";
import { DataDirLockedError } from "./data-dir-lock";
import { startEmbeddedServer } from "./start-embedded-server";

const scratch = mkdtempSync(join(tmpdir(), "phasewise-embedded-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("embedded database server", () => {
  it("keeps data on disk across restarts and serves it over the PostgreSQL protocol", async () => {
    const dataDir = join(scratch, "persist");
    const first = await startEmbeddedServer({ dataDir });
    await migrateDatabase(first.url);
    const client = postgres(first.url, { max: 1, onnotice: () => undefined });
    await client`insert into users (email, name) values ('kept@test.local', 'Kept')`;
    await client.end();
    await first.stop();

    const second = await startEmbeddedServer({ dataDir });
    const again = postgres(second.url, { max: 1 });
    const rows = await again`select name from users where email = 'kept@test.local'`;
    await again.end();
    await second.stop();
    expect(rows.map((row) => row.name as string)).toEqual(["Kept"]);
  }, 60_000);

  it("refuses a second server on the same data dir with a message that says what to do", async () => {
    const dataDir = join(scratch, "owned");
    const owner = await startEmbeddedServer({ dataDir, port: 0 });
    try {
      const attempt = startEmbeddedServer({ dataDir });
      await expect(attempt).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(attempt).rejects.toThrow(/already in use by process \d+.*stop the other one/s);
    } finally {
      await owner.stop();
    }
    // Once the owner has stopped, the dir can be opened again.
    const next = await startEmbeddedServer({ dataDir });
    await next.stop();
  }, 60_000);

  it("takes over a lock left behind by a process that no longer exists", async () => {
    const dataDir = join(scratch, "stale");
    const deadPid = 2 ** 22 + 12345;
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: deadPid, port: 1, startedAt: "x" }));
    const server = await startEmbeddedServer({ dataDir });
    await server.stop();
  }, 60_000);
});
