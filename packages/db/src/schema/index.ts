/** Every table of the Phasewise database, for queries and for drizzle-kit. */
export * from "./auth";
export * from "./content";
export * from "./commerce";
export * from "./progress";
export * from "./audit";
