/**
 * The `/_emulator` control API dispatcher: matches `METHOD /path` (with one optional `:id`) to a
 * handler from `control-handlers.ts` and maps failures to JSON errors.
 */
import { z } from "zod";

import type { EmulatorCore } from "../core";
import type { ControlHandler } from "./control-handlers";
import { StripeApiError } from "../lib/errors";
import { controlHandlers } from "./control-handlers";

export interface ControlResponse {
  status: number;
  body: unknown;
}

function findRoute(method: string, path: string): { handler: ControlHandler; id: string } | null {
  const exact = controlHandlers[`${method} ${path}`];
  if (exact) return { handler: exact, id: "" };
  const segments = path.split("/");
  for (const [key, handler] of Object.entries(controlHandlers)) {
    const [routeMethod, pattern = ""] = key.split(" ");
    const parts = pattern.split("/");
    if (routeMethod !== method || parts.length !== segments.length) continue;
    const index = parts.indexOf(":id");
    if (index === -1) continue;
    if (parts.every((part, i) => i === index || part === segments[i])) {
      return { handler, id: decodeURIComponent(segments[index] ?? "") };
    }
  }
  return null;
}

export async function handleControlRequest(
  core: EmulatorCore,
  method: string,
  path: string,
  body: unknown,
): Promise<ControlResponse> {
  const route = findRoute(method, path);
  if (!route) {
    const message = `Unknown control route ${method} /_emulator${path}`;
    return { status: 404, body: { error: { type: "invalid_request_error", message } } };
  }
  try {
    const result = await route.handler(core, body, route.id);
    return { status: 200, body: result };
  } catch (error) {
    if (error instanceof StripeApiError) return { status: error.status, body: error.toBody() };
    if (error instanceof z.ZodError) {
      return {
        status: 400,
        body: { error: { type: "invalid_request_error", message: z.prettifyError(error) } },
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { status: 400, body: { error: { type: "invalid_request_error", message } } };
  } finally {
    if (method !== "GET") core.onChange();
  }
}
