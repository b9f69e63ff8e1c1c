/**
 * What the customer's device submits after a session. `clientId` is generated on the device so a
 * retried or queued submission is stored once.
 *
 * Pain, difficulty and the note are asked once per session, not per exercise: a handful of
 * questions is what a person will answer on a phone after a workout, and the database stores
 * them per session. Entries only record the work done.
 */
import { z } from "zod";

import { keySchema, painScoreSchema, textSchema, timestampSchema } from "./primitives";

export const sessionLogEntrySchema = z.strictObject({
  prescriptionId: keySchema,
  /** `none` for prescriptions without sides; one entry per side otherwise. */
  side: z.enum(["left", "right", "none"]),
  setsDone: z.int().min(0).max(50),
  repsDone: z.int().min(0).max(500).optional(),
  /** The hold actually used inside the prescribed range. */
  holdSeconds: z.number().min(0).max(600).optional(),
});

export type SessionLogEntry = z.infer<typeof sessionLogEntrySchema>;

export const sessionLogInputSchema = z
  .strictObject({
    clientId: z.uuid(),
    phaseKey: keySchema,
    sessionKey: keySchema,
    startedAt: timestampSchema,
    endedAt: timestampSchema,
    outcome: z.enum(["completed", "stopped-early"]),
    stoppedReason: textSchema(500).optional(),
    /** How the knee was on arrival, before the first exercise. */
    painBefore: painScoreSchema,
    /** The worst pain at any point during the session. */
    painDuring: painScoreSchema,
    /** Pain right after the session. */
    painAfter: painScoreSchema,
    /** Sharp, stabbing or catching pain at any point, as opposed to effort or a dull ache. */
    sharpPain: z.boolean().default(false),
    /** The session as a whole: 1 = very easy … 5 = could not have done more. */
    difficulty: z.int().min(1).max(5),
    note: z.string().trim().max(1000).optional(),
    entries: z.array(sessionLogEntrySchema).max(200),
  })
  .superRefine((log, ctx) => {
    if (Date.parse(log.endedAt) < Date.parse(log.startedAt)) {
      ctx.addIssue({ code: "custom", message: "Ends before it starts", path: ["endedAt"] });
    }
    // A session stopped at the first exercise may have nothing to record; a completed one must.
    if (log.outcome === "completed" && log.entries.length === 0) {
      ctx.addIssue({ code: "custom", message: "Record at least one exercise", path: ["entries"] });
    }
    const seen = new Set<string>();
    log.entries.forEach((entry, index) => {
      const id = `${entry.prescriptionId}/${entry.side}`;
      if (seen.has(id)) {
        ctx.addIssue({
          code: "custom",
          message: `"${entry.prescriptionId}" (${entry.side}) is recorded twice`,
          path: ["entries", index, "side"],
        });
      }
      seen.add(id);
    });
  });

/** A parsed log: `sharpPain` is always present (missing means no sharp pain). */
export type SessionLogInput = z.infer<typeof sessionLogInputSchema>;
