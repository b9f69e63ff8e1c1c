/**
 * Program content: programs with an editable draft, immutable published versions (a validated
 * jsonb snapshot of the whole program document; a trigger refuses changes to what was published,
 * see migration 0004), and the exercise library.
 */
import { sql } from "drizzle-orm";
import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

import { users } from "./auth";

export const programs = pgTable("programs", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  /** The admin's working copy; publishing freezes it into a program_versions row. */
  draft: jsonb("draft").$type<unknown>().notNull(),
  /** Bumped on every draft save: optimistic concurrency for two admins on one draft. */
  draftRevision: integer("draft_revision").notNull().default(1),
  draftUpdatedAt: timestamp("draft_updated_at", { withTimezone: true, mode: "date" })
    .notNull()
    .defaultNow(),
  draftUpdatedBy: uuid("draft_updated_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  /**
   * Set while the program is archived: off the storefront, not sold, not startable by newcomers.
   * Enrolled customers keep going; admins still see and edit it.
   */
  archivedAt: timestamp("archived_at", { withTimezone: true, mode: "date" }),
  archivedBy: uuid("archived_by").references(() => users.id, { onDelete: "set null" }),
});

export const programVersions = pgTable(
  "program_versions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "restrict" }),
    version: integer("version").notNull(),
    /** The frozen ProgramDocument, validated by the domain before insert. */
    document: jsonb("document").$type<unknown>().notNull(),
    changelog: text("changelog").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow(),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [unique("program_versions_program_version_unique").on(t.programId, t.version)],
);

export const exercises = pgTable("exercises", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  /** The Exercise document (steps, cues, mistakes, safety, media, variants). */
  document: jsonb("document").$type<unknown>().notNull(),
  revision: integer("revision").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export type Program = typeof programs.$inferSelect;
export type ProgramVersion = typeof programVersions.$inferSelect;
export type ExerciseRow = typeof exercises.$inferSelect;
