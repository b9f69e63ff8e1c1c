import superjson from "superjson";
import { afterAll, describe, expect, it, vi } from "vitest";

import { closeDb, createDb } from "@phasewise/db/client";
import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { handleAdminRequest, handleCustomerRequest } from "./handle-request";
import { sessionFor } from "./testing/callers";

const db = useTestDb();

interface ErrorBody {
  error: {
    json: { message: string; data: { code: string; httpStatus: number; fieldErrors: unknown } };
  };
}

function post(path: string, input: unknown) {
  return new Request(`http://localhost/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(superjson.serialize(input)),
  });
}

describe("the HTTP error contract", () => {
  it("returns field messages for invalid input with status 400", async () => {
    const user = await createTestUser(db);
    const response = await handleCustomerRequest({
      request: post("me.updateProfile", { name: "" }),
      endpoint: "/api/trpc",
      session: sessionFor(user),
      db,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.json.data.code).toBe("BAD_REQUEST");
    expect(body.error.json.data.fieldErrors).toEqual({ name: ["Enter your name"] });
  });

  it("answers 401 to anonymous and 403 to a customer on the admin router", async () => {
    const customer = await createTestUser(db);
    const get = () =>
      new Request("http://localhost/api/trpc/users.list?input=%7B%22json%22%3A%7B%7D%7D");
    const anonymous = await handleAdminRequest({
      request: get(),
      endpoint: "/api/trpc",
      session: null,
      db,
    });
    const asCustomer = await handleAdminRequest({
      request: get(),
      endpoint: "/api/trpc",
      session: sessionFor(customer),
      db,
    });
    expect([anonymous.status, asCustomer.status]).toEqual([401, 403]);
  });

  it("hides database and driver details of an unexpected failure", async () => {
    const user = await createTestUser(db);
    const unreachable = createDb("postgresql://nobody:secret@127.0.0.1:1/missing", {
      maxConnections: 1,
    });
    afterAll(() => closeDb(unreachable));
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await handleCustomerRequest({
      request: new Request("http://localhost/api/trpc/me.get"),
      endpoint: "/api/trpc",
      session: sessionFor(user),
      db: unreachable,
    });
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toMatchObject({
      error: { json: { message: "Something went wrong on our side. Please try again." } },
    });
    expect(text).not.toMatch(/ECONNREFUSED|select|127\.0\.0\.1|stack|secret/i);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
