/**
 * JSON path filters over program documents (drafts and versions), so "where is this exercise
 * used" is answered by PostgreSQL. Lax mode: a malformed draft matches nothing instead of failing.
 */
import type { AnyColumn, SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";

const vars = (slug: AnyColumn | string) => sql`jsonb_build_object('slug', ${slug}::text)`;

/** The document carries the exercise itself (its description). */
export function carriesExercise(document: AnyColumn | SQL, slug: AnyColumn | string) {
  return sql<boolean>`jsonb_path_exists(${document}, '$.exercises[*] ? (@.slug == $slug)', ${vars(slug)})`;
}

/** Some session of the document prescribes the exercise. */
export function prescribesExercise(document: AnyColumn | SQL, slug: AnyColumn | string) {
  return sql<boolean>`jsonb_path_exists(${document}, '$.sessions[*].prescriptions[*] ? (@.exerciseSlug == $slug)', ${vars(slug)})`;
}

/** Keys of the sessions that prescribe the exercise, as a jsonb array. */
export function sessionsPrescribing(document: AnyColumn | SQL, slug: AnyColumn | string) {
  return sql<unknown>`jsonb_path_query_array(${document}, '$.sessions[*] ? (exists(@.prescriptions[*] ? (@.exerciseSlug == $slug))).key', ${vars(slug)})`;
}

/** The document's own copy of the exercise, or null. */
export function exerciseCopy(document: AnyColumn | SQL, slug: AnyColumn | string) {
  return sql<unknown>`jsonb_path_query_first(${document}, '$.exercises[*] ? (@.slug == $slug)', ${vars(slug)})`;
}
