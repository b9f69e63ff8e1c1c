/**
 * A PostgreSQL wire-protocol server in front of one PGlite instance.
 *
 * Why not @electric-sql/pglite-socket's server: PGlite is a single backend, and that server
 * interleaves the messages of different connections one by one, so two clients' extended-query
 * sequences (Parse/Bind/Execute/Sync on the unnamed statement) overwrite each other ("bind message
 * supplies 3 parameters, but prepared statement requires 2"). Here a connection that has started
 * a sequence owns the backend until its Sync (and for as long as it keeps a transaction open);
 * other connections wait their turn.
 */
import { createServer } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import type { Socket } from "node:net";

const sslRequestCode = 80877103;
const cancelRequestCode = 80877102;
/** Messages that end a unit of work: Sync, simple Query, and the startup/auth exchange. */
const boundaryTypes = new Set(["S", "Q", "p"]);

interface Connection {
  socket: Socket;
  buffer: Buffer;
  started: boolean;
  queue: { data: Buffer; startup: boolean }[];
}

export class WireServer {
  private readonly connections = new Set<Connection>();
  private owner: Connection | null = null;
  private running = false;
  private readonly server = createServer((socket) => this.accept(socket));

  constructor(private readonly db: PGlite) {}

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        const address = this.server.address();
        resolve(typeof address === "object" && address ? address.port : port);
      });
    });
  }

  async close(): Promise<void> {
    for (const connection of this.connections) connection.socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket) {
    socket.setNoDelay(true);
    const connection: Connection = { socket, buffer: Buffer.alloc(0), started: false, queue: [] };
    this.connections.add(connection);
    socket.on("data", (chunk) => {
      connection.buffer = Buffer.concat([connection.buffer, chunk]);
      this.frame(connection);
      void this.drain();
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => void this.drop(connection));
  }

  /** Cuts complete protocol messages off the connection's buffer into its queue. */
  private frame(connection: Connection) {
    for (;;) {
      const { buffer } = connection;
      if (!connection.started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (buffer.length < length) return;
        connection.buffer = buffer.subarray(length);
        if (code === sslRequestCode) {
          connection.socket.write("N");
          continue;
        }
        if (code === cancelRequestCode) {
          connection.socket.end();
          return;
        }
        connection.started = true;
        connection.queue.push({ data: buffer.subarray(0, length), startup: true });
        continue;
      }
      if (buffer.length < 5) return;
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) return;
      connection.queue.push({ data: buffer.subarray(0, length), startup: false });
      connection.buffer = buffer.subarray(length);
    }
  }

  /**
   * The owner while it holds the backend; otherwise the first waiting connection, which then
   * moves to the back of the line so every client gets its turn (no starvation under load).
   */
  private nextConnection(): Connection | undefined {
    if (this.owner) return this.owner.queue.length ? this.owner : undefined;
    for (const connection of this.connections) {
      if (!connection.queue.length) continue;
      this.connections.delete(connection);
      this.connections.add(connection);
      return connection;
    }
    return undefined;
  }

  /** Runs queued messages one at a time, honouring the current owner. */
  private async drain() {
    if (this.running) return;
    this.running = true;
    try {
      for (let connection = this.nextConnection(); connection; connection = this.nextConnection()) {
        const next = connection.queue.shift();
        if (!next) continue;
        const message = next.data;
        const type = String.fromCharCode(message[0] ?? 0);
        if (type === "X") {
          connection.socket.end();
          continue;
        }
        await this.db.runExclusive(() =>
          this.db.execProtocolRawStream(new Uint8Array(message), {
            onRawData: (data) => {
              if (!connection.socket.destroyed) connection.socket.write(data);
            },
          }),
        );
        const unitDone = next.startup || boundaryTypes.has(type);
        this.owner = unitDone && !this.db.isInTransaction() ? null : connection;
      }
    } finally {
      this.running = false;
    }
  }

  /** A client went away: give up its place, rolling back a transaction it left open. */
  private async drop(connection: Connection) {
    this.connections.delete(connection);
    connection.queue.length = 0;
    if (this.owner === connection) {
      if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
      this.owner = null;
      void this.drain();
    }
  }
}
