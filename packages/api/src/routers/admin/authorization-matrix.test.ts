/**
 * The authorization matrix of the whole admin router: every procedure, found by walking the
 * router (so a new procedure is covered the moment it is added), called as an anonymous
 * visitor (UNAUTHORIZED), a customer (FORBIDDEN) and an admin (succeeds, or fails only on its
 * input or the data: never an authorization or unexpected error).
 */
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import type { User } from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { adminRouter } from "../../admin-router";
import { adminCaller } from "../../testing/callers";
import { createProgram } from "./admin-test-helpers";

const db = useTestDb();

const procedures = Object.entries(adminRouter._def.procedures as Record<string, unknown>).map(
  ([path, procedure]) => ({
    path,
    type: (procedure as { _def: { type: "query" | "mutation" | "subscription" } })._def.type,
  }),
);

type Callable = (input?: unknown) => Promise<unknown>;

function call(user: User | null, path: string, input?: unknown): Promise<unknown> {
  let node: unknown = adminCaller(db, user);
  for (const part of path.split(".")) node = (node as Record<string, unknown>)[part];
  return (node as Callable)(input);
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

/** Inputs an admin may send. Procedures missing here are still called (with no input). */
async function sampleInputs(): Promise<Record<string, unknown>> {
  const program = await createProgram(db);
  const missingUser = crypto.randomUUID();
  return {
    "users.list": {},
    "users.setRole": { userId: missingUser, role: "admin" },
    "programs.list": undefined,
    "programs.get": { programId: program.programId },
    "programs.create": {
      title: "Matrix program",
      slug: `matrix-${crypto.randomUUID().slice(0, 8)}`,
    },
    "programs.archive": { programId: program.programId },
    "programs.unarchive": { programId: program.programId },
    "programs.saveDraft": { programId: program.programId, revision: 1, draft: program.document },
    "programs.preview": { programId: program.programId, sessionKey: "restore-a" },
    "programs.diff": { programId: program.programId },
    "programs.publish": { programId: program.programId, revision: 1, changelog: "No change" },
    "enrollments.migrationPlan": { programId: program.programId, toVersion: 1 },
    "enrollments.migrate": {
      programId: program.programId,
      toVersion: 1,
      enrollmentIds: [crypto.randomUUID()],
    },
    "exercises.list": {},
    "exercises.search": { query: "hip" },
    "exercises.get": { slug: "no-such-exercise" },
    "exercises.getMany": { slugs: ["hip-axial-rotation", "no-such-exercise"] },
    "exercises.save": { revision: null, exercise: { slug: "Not valid" } },
    "exercises.usage": { slug: "hip-axial-rotation" },
    "exercises.importFromProgram": { programId: crypto.randomUUID() },
    "audit.list": {},
    "products.list": undefined,
    "products.create": {
      id: crypto.randomUUID(),
      kind: "program",
      programId: program.programId,
      name: "Matrix product",
    },
    "products.update": { productId: crypto.randomUUID(), name: "Renamed product" },
    "products.archive": { productId: crypto.randomUUID() },
    "products.createPrice": {
      id: crypto.randomUUID(),
      productId: crypto.randomUUID(),
      type: "one_time",
      unitAmount: 4900,
    },
    "products.archivePrice": { priceId: crypto.randomUUID() },
    "analytics.filters": undefined,
    "analytics.revenue": { months: 12 },
    "analytics.summary": { programId: program.programId, days: 90 },
    "analytics.customersPerPhase": { programId: program.programId },
    "analytics.funnel": { programId: program.programId, days: 90 },
    "analytics.adherence": { programId: program.programId, days: 90 },
    "analytics.painChange": { programId: program.programId, days: 90 },
    "customers.search": { query: "someone" },
    "customers.get": { userId: missingUser },
    "customers.grantAccess": { userId: missingUser, programId: null, reason: "Goodwill" },
    "customers.revokeAccess": { grantId: crypto.randomUUID(), reason: "By mistake" },
    "customers.refundPurchase": { purchaseId: crypto.randomUUID(), reason: "Asked to" },
    "customers.sendSignInLink": { userId: missingUser },
  };
}

/** What an admin may legitimately get back: a result or a refusal about the input or data. */
const inputOrDataCodes = ["OK", "BAD_REQUEST", "NOT_FOUND", "CONFLICT", "PRECONDITION_FAILED"];

describe("admin router authorization matrix", () => {
  it("covers every procedure of the admin router", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(18);
    expect(procedures.map((procedure) => procedure.path)).toEqual(
      expect.arrayContaining(["programs.saveDraft", "exercises.save", "audit.list"]),
    );
  });

  it("refuses anonymous visitors and customers on every procedure, whatever the input", async () => {
    const customer = await createTestUser(db);
    const inputs = await sampleInputs();
    const table: string[] = [];
    for (const { path, type } of procedures) {
      for (const input of [inputs[path], undefined, { junk: true }]) {
        table.push(`${type} ${path} anonymous → ${await outcome(call(null, path, input))}`);
        table.push(`${type} ${path} customer → ${await outcome(call(customer, path, input))}`);
      }
    }
    const expected = procedures.flatMap(({ path, type }) =>
      [1, 2, 3].flatMap(() => [
        `${type} ${path} anonymous → UNAUTHORIZED`,
        `${type} ${path} customer → FORBIDDEN`,
      ]),
    );
    expect(table).toEqual(expected);
  });

  it("lets an admin through on every procedure: only the input or the data can refuse", async () => {
    const admin = await createTestUser(db, { role: "admin" });
    const inputs = await sampleInputs();
    for (const { path } of procedures) {
      for (const input of [inputs[path], undefined, { junk: true }]) {
        const result = await outcome(call(admin, path, input));
        expect(inputOrDataCodes, `${path} with ${JSON.stringify(input)}`).toContain(result);
      }
    }
    // The sample inputs themselves are well-formed: none of them fails validation.
    for (const [path, input] of Object.entries(inputs)) {
      if (path === "exercises.save") continue; // deliberately invalid, so nothing is created
      expect(await outcome(call(admin, path, input)), path).not.toBe("BAD_REQUEST");
    }
  });
});
