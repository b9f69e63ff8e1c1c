/**
 * Starts PGlite behind the PostgreSQL wire protocol so every process (apps, scripts, workers)
 * connects with postgres.js exactly as to a real server. `dataDir: undefined` keeps the data in
 * memory (tests); a directory is locked so only this process opens it.
 */
import { PGlite } from "@electric-sql/pglite";

import { acquireDataDirLock } from "./data-dir-lock";
import { WireServer } from "./wire-server";

export interface EmbeddedServerOptions {
  dataDir?: string;
  port?: number;
}

export interface EmbeddedServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

export async function startEmbeddedServer(
  options: EmbeddedServerOptions = {},
): Promise<EmbeddedServer> {
  const port = options.port ?? 0;
  const releaseLock = options.dataDir ? acquireDataDirLock(options.dataDir, port) : () => undefined;
  try {
    const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
    const server = new WireServer(db);
    const actualPort = await server.listen(port, "127.0.0.1");
    return {
      port: actualPort,
      url: `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres`,
      stop: async () => {
        await server.close();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
