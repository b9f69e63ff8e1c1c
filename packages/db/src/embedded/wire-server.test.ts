import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { EmbeddedServer } from "./start-embedded-server";
import { startEmbeddedServer } from "./start-embedded-server";

let server: EmbeddedServer;
beforeAll(async () => {
  server = await startEmbeddedServer();
});
afterAll(() => server.stop());

describe("embedded wire server with many clients", () => {
  it("keeps concurrent parameterised queries from different connections apart", async () => {
    const one = postgres(server.url, { max: 4 });
    const two = postgres(server.url, { max: 4 });
    try {
      const runs = Array.from({ length: 60 }, (_, index) =>
        index % 2
          ? one`select ${index}::int as a, ${"x"}::text as b, ${true}::bool as c`.then(
              (rows) => rows[0]?.a as number,
            )
          : two`select ${index}::int as a`.then((rows) => rows[0]?.a as number),
      );
      expect(await Promise.all(runs)).toEqual(Array.from({ length: 60 }, (_, index) => index));
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
  });

  it("isolates an open transaction: others wait and never see its uncommitted rows", async () => {
    const writer = postgres(server.url, { max: 1 });
    const reader = postgres(server.url, { max: 1 });
    try {
      await writer`create table if not exists wire_probe (n int)`;
      let readDuringTransaction: number | undefined;
      let pending: Promise<void> | undefined;
      await writer.begin(async (tx) => {
        await tx`insert into wire_probe values (1)`;
        pending = reader`select count(*)::int as n from wire_probe`.then((rows) => {
          readDuringTransaction = rows[0]?.n as number;
        });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(readDuringTransaction).toBeUndefined();
        await tx`insert into wire_probe values (2)`;
      });
      // The reader is answered once the transaction commits (however busy the machine is).
      await pending;
      expect(readDuringTransaction).toBe(2);
    } finally {
      await Promise.all([writer.end(), reader.end()]);
    }
  });

  it("rolls back the transaction of a client that disconnects mid-way", async () => {
    const quitter = postgres(server.url, { max: 1 });
    const other = postgres(server.url, { max: 1 });
    await other`create table if not exists wire_dropped (n int)`;
    const reserved = await quitter.reserve();
    await reserved`begin`;
    await reserved`insert into wire_dropped values (1)`;
    await quitter.end({ timeout: 0 });
    const rows = await other`select count(*)::int as n from wire_dropped`;
    await other.end();
    expect(rows[0]?.n).toBe(0);
  });
});
