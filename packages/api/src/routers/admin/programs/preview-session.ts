/**
 * programs.preview: a session exactly as the customer's player will run it — the same
 * `expandSession` over the same template and exercises — from the draft or a published version.
 * Only the parts this session needs must be valid; problems elsewhere in the draft do not block it.
 */
import type { z } from "zod";

import type { Exercise, Problem, SessionChoices, SessionTemplate } from "@phasewise/domain";
import { exerciseSchema, expandSession, sessionTemplateSchema } from "@phasewise/domain";

import { AppError } from "../../../errors";
import { adminProcedure } from "../../../trpc";
import { loadDraft, loadVersion } from "./load-program";
import { ZPreviewRequest, ZPreviewResponse } from "./programs.types";

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const textOf = (value: unknown) => (typeof value === "string" ? value : "");

function problemsOf(error: z.ZodError, prefix: (string | number)[]): Problem[] {
  return error.issues.map((issue) => ({
    path: [
      ...prefix,
      ...issue.path.map((part) => (typeof part === "number" ? part : String(part))),
    ],
    message: issue.message,
  }));
}

/** The session template and the exercises it uses, or the problems in the way. */
function readSession(doc: Loose, sessionIndex: number) {
  const parsed = sessionTemplateSchema.safeParse(listOf(doc.sessions)[sessionIndex]);
  if (!parsed.success) {
    return { problems: problemsOf(parsed.error, ["sessions", sessionIndex]) };
  }
  const template = parsed.data;
  const rawExercises = listOf(doc.exercises);
  const problems: Problem[] = [];
  const exercises: Exercise[] = [];
  template.prescriptions.forEach((prescription, index) => {
    const exerciseIndex = rawExercises.findIndex(
      (item) => isRecord(item) && item.slug === prescription.exerciseSlug,
    );
    if (exerciseIndex < 0) {
      problems.push({
        path: ["sessions", sessionIndex, "prescriptions", index, "exerciseSlug"],
        message: `Unknown exercise "${prescription.exerciseSlug}"`,
      });
      return;
    }
    if (exercises.some((exercise) => exercise.slug === prescription.exerciseSlug)) return;
    const exercise = exerciseSchema.safeParse(rawExercises[exerciseIndex]);
    if (exercise.success) exercises.push(exercise.data);
    else problems.push(...problemsOf(exercise.error, ["exercises", exerciseIndex]));
  });
  return problems.length > 0 ? { problems } : { template, exercises, problems };
}

/** "high" works at the top of every range; "low" is the default the player starts with. */
function choicesFor(template: SessionTemplate, dose: "low" | "high"): SessionChoices {
  if (dose === "low") return {};
  return Object.fromEntries(
    template.prescriptions.map((prescription) => [
      prescription.id,
      {
        sets: prescription.sets.max,
        reps: prescription.reps?.max,
        holdSeconds: prescription.holdSeconds?.max,
      },
    ]),
  );
}

export const previewSession = adminProcedure
  .input(ZPreviewRequest)
  .output(ZPreviewResponse)
  .query(async ({ ctx, input }) => {
    const draft = await loadDraft(ctx.db, input.programId);
    const version =
      input.version === undefined
        ? undefined
        : await loadVersion(ctx.db, input.programId, input.version);
    const source = version
      ? { kind: "version" as const, version: version.version }
      : { kind: "draft" as const, revision: draft.revision };
    const doc = isRecord(version?.document ?? draft.draft)
      ? ((version?.document ?? draft.draft) as Loose)
      : {};
    const sessions = listOf(doc.sessions).map((session) => ({
      key: textOf(isRecord(session) ? session.key : undefined),
      title: textOf(isRecord(session) ? session.title : undefined),
    }));
    const sessionIndex = sessions.findIndex((session) => session.key === input.sessionKey);
    const session = sessions[sessionIndex];
    if (!session) {
      throw new AppError(
        "NOT_FOUND",
        `There is no session "${input.sessionKey}" in ${version ? `version ${version.version}` : "the draft"}.`,
      );
    }
    const raw = listOf(doc.sessions)[sessionIndex];
    const summary = isRecord(raw) && typeof raw.summary === "string" ? raw.summary : null;
    const base = {
      source,
      programTitle: textOf(doc.title) || draft.title,
      sessions,
      session: { ...session, summary },
    };
    const read = readSession(doc, sessionIndex);
    if (!read.template) {
      return {
        ...base,
        problems: read.problems,
        steps: [],
        estimatedSeconds: 0,
        estimatedMinutes: 0,
      };
    }
    const expanded = expandSession(
      read.template,
      read.exercises,
      choicesFor(read.template, input.dose),
    );
    return { ...base, problems: [], ...expanded };
  });
