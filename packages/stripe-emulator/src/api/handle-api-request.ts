/**
 * The `/v1` pipeline: API key check, injected failures, idempotency replay, routing, param
 * parsing, the handler, `expand[]`, and Stripe-shaped errors. Handlers run synchronously, so two
 * requests never interleave their state changes.
 */
import type { EmulatorCore, StoredResponse } from "../core";
import type { FormObject } from "../form/parse-form";
import { API_VERSION } from "../core";
import { parseForm } from "../form/parse-form";
import { invalidRequest, StripeApiError } from "../lib/errors";
import { createId } from "../lib/ids";
import { toJsonValue } from "../lib/json";
import { matchRoute } from "./api-types";
import { expandJson } from "./expand";
import { apiRoutes } from "./routes";

export interface RawApiRequest {
  method: string;
  path: string;
  query: string;
  body: string;
  headers: Record<string, string | undefined>;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function checkApiKey(authorization: string | undefined): StripeApiError | null {
  const key = authorization?.startsWith("Bearer ")
    ? authorization.slice(7)
    : authorization?.startsWith("Basic ")
      ? Buffer.from(authorization.slice(6), "base64").toString().split(":")[0]
      : undefined;
  if (!key) {
    return new StripeApiError({
      status: 401,
      type: "invalid_request_error",
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header.",
    });
  }
  if (!/^(sk|rk)_test_/.test(key)) {
    return new StripeApiError({
      status: 401,
      type: "invalid_request_error",
      message: `Invalid API Key provided: ${key.slice(0, 8)}***. The emulator accepts test-mode keys (sk_test_…) only.`,
    });
  }
  return null;
}

function takeInjectedFailure(core: EmulatorCore, path: string): StripeApiError | null {
  const rule = core.failures.find(
    (candidate) =>
      candidate.remaining > 0 &&
      (candidate.pathPrefix === null || path.startsWith(candidate.pathPrefix)),
  );
  if (!rule) return null;
  rule.remaining -= 1;
  core.failures = core.failures.filter((candidate) => candidate.remaining > 0);
  return new StripeApiError({
    status: rule.status,
    type: "api_error",
    message: "An unknown error occurred (injected by the emulator).",
  });
}

function respond(
  status: number,
  body: unknown,
  requestId: string,
  extra: Record<string, string> = {},
): ApiResponse {
  return {
    status,
    headers: {
      "content-type": "application/json",
      "request-id": requestId,
      "stripe-version": API_VERSION,
      ...extra,
    },
    body: JSON.stringify(body, null, 2),
  };
}

/** The SDK keys every POST, so the store is capped (Stripe itself forgets keys after 24 hours). */
const MAX_IDEMPOTENCY_KEYS = 5000;

function rememberIdempotentResponse(core: EmulatorCore, key: string, stored: StoredResponse): void {
  core.idempotency.set(key, stored);
  if (core.idempotency.size > MAX_IDEMPOTENCY_KEYS) {
    const oldest = core.idempotency.keys().next();
    if (!oldest.done) core.idempotency.delete(oldest.value);
  }
}

function readExpand(params: FormObject): string[] {
  const expand = params.expand;
  if (expand === undefined) return [];
  if (!Array.isArray(expand) || !expand.every((item) => typeof item === "string")) {
    throw invalidRequest("Invalid array", "expand");
  }
  return expand;
}

export function handleApiRequest(core: EmulatorCore, request: RawApiRequest): ApiResponse {
  const requestId = createId("req", 14);
  const idempotencyKey =
    request.method === "POST" ? (request.headers["idempotency-key"] ?? null) : null;
  try {
    const authError = checkApiKey(request.headers.authorization);
    if (authError) throw authError;
    const injected = takeInjectedFailure(core, request.path);
    if (injected) return respond(injected.status, injected.toBody(), requestId);

    const fingerprint = `${request.method} ${request.path}\n${request.body}`;
    if (idempotencyKey) {
      const stored = core.idempotency.get(idempotencyKey);
      if (stored && stored.fingerprint !== fingerprint) {
        throw new StripeApiError({
          status: 400,
          type: "idempotency_error",
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
        });
      }
      if (stored)
        return {
          ...stored.response,
          headers: { ...stored.response.headers, "idempotent-replayed": "true" },
        };
    }

    const match = matchRoute(apiRoutes, request.method, request.path);
    if (!match) {
      throw new StripeApiError({
        status: 404,
        type: "invalid_request_error",
        message: `Unrecognized request URL (${request.method}: ${request.path}). The emulator covers only the calls listed in its README.`,
      });
    }
    const params = { ...parseForm(request.query), ...parseForm(request.body) };
    core.currentRequest = { id: requestId, idempotencyKey };
    const result = match.route.handler({ core, params, id: match.id });
    const response = respond(
      200,
      expandJson(core, toJsonValue(result), readExpand(params)),
      requestId,
    );
    if (idempotencyKey) rememberIdempotentResponse(core, idempotencyKey, { fingerprint, response });
    return response;
  } catch (error) {
    if (error instanceof StripeApiError) return respond(error.status, error.toBody(), requestId);
    const message = error instanceof Error ? error.message : String(error);
    console.error("[stripe-emulator] unexpected error", error);
    return respond(
      500,
      { error: { type: "api_error", message: `Emulator error: ${message}` } },
      requestId,
    );
  } finally {
    core.currentRequest = null;
    if (request.method !== "GET") core.onChange();
  }
}
