/** What the database global setup hands to every test file through vitest's inject(). */
declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseEngine: "pglite" | "postgres";
  }
}

export {};
