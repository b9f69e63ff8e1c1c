/** analytics.filters: the programs an admin can pick (published at least once) and the default. */
import { sql } from "drizzle-orm";
import { z } from "zod";

import { programs, programVersions } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import { DEFAULT_PROGRAM_SLUG, ZFiltersResponse } from "./analytics.types";

const ZRow = z.object({ id: z.string(), slug: z.string(), title: z.string() });

export const getFilters = adminProcedure.output(ZFiltersResponse).query(async ({ ctx }) => {
  const rows = await ctx.db.execute(sql`
    select p.id, p.slug, p.title from ${programs} p
    where exists (select 1 from ${programVersions} pv where pv.program_id = p.id)
    order by (p.slug = ${DEFAULT_PROGRAM_SLUG}) desc, p.created_at, p.id`);
  const list = z.array(ZRow).parse(rows);
  return {
    programs: [...list].sort((a, b) => a.title.localeCompare(b.title)),
    defaultProgramId: list[0]?.id ?? null,
  };
});
