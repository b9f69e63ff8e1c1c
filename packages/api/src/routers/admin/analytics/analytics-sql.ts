/**
 * SQL fragments the analytics queries share: the program being looked at, its phases (labels and
 * order from the newest version that has each phase), each version's recommendation per phase,
 * when an enrolment was last active, and knee pain at baseline and at the latest re-tests.
 *
 * Program documents are large jsonb values: they are unpacked once per query in materialized CTEs
 * over the program's few versions, never once per customer row.
 */
import type { SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { z } from "zod";

import type { Database } from "@phasewise/db/client";
import {
  assessmentResults,
  enrollments,
  phaseProgress,
  programs,
  programVersions,
  sessionLogs,
} from "@phasewise/db/schema";

import { AppError } from "../../../errors";
import { DEFAULT_PROGRAM_SLUG, INACTIVE_DAYS } from "./analytics.types";

const inactiveInterval = sql.raw(`interval '${INACTIVE_DAYS} days'`);

/**
 * Runs one analytics statement with JIT compilation off: these statements are estimated as
 * expensive (many aggregates over generated series), so PostgreSQL would spend 20–60 ms
 * compiling each one that then runs in a few milliseconds. `set local` ends with the
 * transaction. Both statements are sent at once (pipelined on the transaction's connection):
 * one round trip fewer while the transaction holds a backend (on PGlite, the only one).
 */
export async function runAnalyticsQuery(db: Database, query: SQL) {
  return db.transaction(async (tx) => {
    const [, rows] = await Promise.all([tx.execute(sql`set local jit = off`), tx.execute(query)]);
    return rows;
  });
}

/** `program(id, title)`: the chosen program, else the Knee Pain Solution, else the oldest. */
export function programCte(programId: string | undefined): SQL {
  const id = programId ?? null;
  return sql`program as (
    select p.id, p.title from ${programs} p
    where (${id}::uuid is null or p.id = ${id}::uuid)
    order by (p.slug = ${DEFAULT_PROGRAM_SLUG}) desc, p.created_at, p.id
    limit 1
  )`;
}

/** `phases(key, title, position, recommended)`: every phase key of the program's versions. */
export const phasesCte = sql`phases as materialized (
  select distinct on (ph.value->>'key')
    ph.value->>'key' as key, ph.value->>'title' as title, ph.ordinality::int as position,
    (ph.value->>'recommendedSessionsPerWeek')::float8 as recommended
  from ${programVersions} pv
  join program on pv.program_id = program.id
  cross join lateral jsonb_array_elements(pv.document->'phases') with ordinality as ph(value, ordinality)
  order by ph.value->>'key', pv.version desc
)`;

/** `version_phases(version_id, key, recommended)`: sessions per week each version asks for. */
export const versionPhasesCte = sql`version_phases as materialized (
  select pv.id as version_id, ph->>'key' as key,
    (ph->>'recommendedSessionsPerWeek')::float8 as recommended
  from ${programVersions} pv
  join program on pv.program_id = program.id
  cross join lateral jsonb_array_elements(pv.document->'phases') as ph
)`;

/**
 * The start of a window of `days` up to now, as a scalar subquery: PostgreSQL computes it once
 * (an InitPlan) and can use it in index conditions and scan filters, where `now() - interval`
 * written inline is recomputed for every row it is compared with.
 */
export function windowStart(days: SQL): SQL {
  return sql`(select now() - ${days})`;
}

/** The start of the range an admin picked (`days` up to now), computed once; see windowStart. */
export function rangeStart(days: number): SQL {
  return windowStart(sql`make_interval(days => ${days}::int)`);
}

const inactiveSince = windowStart(inactiveInterval);

/**
 * `recently_active(id)`: enrolments of the program with a session logged, the enrolment started
 * or a phase started in the last INACTIVE_DAYS days (everyone else has dropped or finished).
 * Set-based over the recent rows only, through the `ended_at` index.
 */
export const recentlyActiveCte = sql`recently_active as (
  select l.enrollment_id as id from ${sessionLogs} l
  where l.ended_at >= ${inactiveSince}
  union
  select pp.enrollment_id from ${phaseProgress} pp
  where pp.started_at >= ${inactiveSince}
  union
  select e.id from ${enrollments} e join program on e.program_id = program.id
  where e.started_at >= ${inactiveSince}
)`;

/**
 * `changes(enrollment_id, phase_key, before, after, change)`: knee pain at the latest re-test
 * (per enrolment, or per enrolment and phase) against the first baseline. Knee pain is the
 * check-in's stored `pain_score` (the mean of its pain items, 0–10, as the enrolment's version
 * defines them; set by a trigger when the check-in is stored, see migration 0005): check-ins
 * without one (no pain items) are never picked.
 */
export function painChangeCtes(options: { since: SQL; perPhase: boolean }): SQL {
  const pick = options.perPhase ? sql`ar.enrollment_id, ar.phase_key` : sql`ar.enrollment_id`;
  return sql`latest as (
    select distinct on (${pick}) ar.enrollment_id, ar.phase_key, ar.pain_score as pain
    from ${assessmentResults} ar
    join ${enrollments} e on e.id = ar.enrollment_id
    join program on e.program_id = program.id
    where ar.phase_key is not null and ar.pain_score is not null and ar.taken_at >= ${options.since}
    order by ${pick}, ar.taken_at desc
  ),
  baseline as (
    select distinct on (ar.enrollment_id) ar.enrollment_id, ar.pain_score as pain
    from ${assessmentResults} ar
    where ar.phase_key is null and ar.pain_score is not null
      and ar.enrollment_id in (select enrollment_id from latest)
    order by ar.enrollment_id, ar.taken_at
  ),
  changes as (
    select l.enrollment_id, l.phase_key, b.pain::float8 as before, l.pain::float8 as after,
      l.pain::float8 - b.pain::float8 as change
    from latest l
    join baseline b on b.enrollment_id = l.enrollment_id
  )`;
}

/** The columns every per-program statement returns first. */
export const programColumns = {
  programId: z.string().nullable(),
  programTitle: z.string().nullable(),
};

/**
 * The columns every per-phase statement returns first: one row per phase of the program, or a
 * single row of nulls when the program has no phases (so the program is still known).
 */
export const phaseColumns = {
  ...programColumns,
  key: z.string().nullable(),
  title: z.string().nullable(),
  position: z.coerce.number().nullable(),
};

interface PhaseColumns {
  programId: string | null;
  programTitle: string | null;
  key: string | null;
  title: string | null;
  position: number | null;
}

/**
 * The program and its phases from per-phase rows: the program columns checked once, the row of
 * nulls of a phaseless program dropped. Program-level columns a statement repeats on every row
 * stay on each phase here; the procedure's `.output()` schema strips them.
 */
export function splitPhaseRows<Row extends PhaseColumns>(rows: readonly Row[]) {
  return {
    program: requireProgram(rows),
    phases: rows.flatMap(
      ({ programId: _id, programTitle: _title, key, title, position, ...rest }) =>
        key === null ? [] : [{ ...rest, key, title: title ?? key, position: position ?? 0 }],
    ),
  };
}

/** The program columns every per-program query returns, checked once here. */
export function requireProgram<
  Row extends { programId: string | null; programTitle: string | null },
>(rows: readonly Row[]): { id: string; title: string } {
  const first = rows[0];
  if (!first?.programId || first.programTitle === null) {
    throw new AppError("NOT_FOUND", "That program does not exist.", {
      programId: ["Pick a program from the list."],
    });
  }
  return { id: first.programId, title: first.programTitle };
}
