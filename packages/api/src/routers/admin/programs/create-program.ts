/**
 * programs.create: a new program with its first draft (a skeleton, or a copy of another
 * program's draft — its content, never its versions or enrolments), in one transaction with its
 * audit entry. The slug is the program's address and identity, so a taken one is refused at the
 * field. Nothing is published: the draft may have problems until its content is written.
 */
import { eq } from "drizzle-orm";

import { programs } from "@phasewise/db/schema";

import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { AppError } from "../../../errors";
import { adminProcedure } from "../../../trpc";
import { checkDraft } from "./load-program";
import { buildSkeletonDraft, copyDraft } from "./new-program-draft";
import { ZCreateProgramRequest, ZCreateProgramResponse } from "./programs.types";

const slugTaken = () =>
  new AppError("CONFLICT", "Another program already uses that address.", {
    slug: ["That address is taken"],
  });

export const createProgram = adminProcedure
  .input(ZCreateProgramRequest)
  .output(ZCreateProgramResponse)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      let source: { id: string; slug: string; draft: unknown } | undefined;
      if (input.copyFrom !== undefined) {
        [source] = await tx
          .select({ id: programs.id, slug: programs.slug, draft: programs.draft })
          .from(programs)
          .where(eq(programs.id, input.copyFrom));
        if (!source) {
          throw new AppError("NOT_FOUND", "The program to copy does not exist.", {
            copyFrom: ["Choose a program from the list"],
          });
        }
      }
      const draft = source
        ? copyDraft(source.draft, input.title, input.slug)
        : buildSkeletonDraft(input.title, input.slug);
      const [created] = await tx
        .insert(programs)
        .values({ slug: input.slug, title: input.title, draft, draftUpdatedBy: ctx.user.id })
        .onConflictDoNothing({ target: programs.slug })
        .returning({ id: programs.id, revision: programs.draftRevision });
      if (!created) throw slugTaken();

      const { problems } = checkDraft(draft, input.slug);
      await writeAuditEntry(tx, {
        actorId: ctx.user.id,
        action: "program.create",
        targetType: "program",
        targetId: created.id,
        after: {
          slug: input.slug,
          title: input.title,
          copiedFrom: source ? { programId: source.id, slug: source.slug } : null,
          problems: problems.length,
        },
      });
      return { programId: created.id, slug: input.slug, revision: created.revision, problems };
    }),
  );
