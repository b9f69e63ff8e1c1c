/**
 * Top-level routing of every HTTP request: the Stripe API under `/v1`, the control API under
 * `/_emulator`, and the browser pages (checkout, portal, invoices, receipts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import type { EmulatorCore } from "../core";
import type { PageResponse } from "../pages/layout";
import { handleApiRequest } from "../api/handle-api-request";
import { handleControlRequest } from "../control/control-routes";
import { handleCheckoutPage } from "../pages/checkout-routes";
import { renderHomePage } from "../pages/home-page";
import { renderNotFound } from "../pages/layout";
import { handlePortalPage } from "../pages/portal-routes";
import { renderChargeReceipt, renderInvoicePage } from "../pages/receipt-page";
import { BodyTooLargeError, readBody, readHeaders, send, sendJson } from "./http-io";

function parseJsonBody(body: string): unknown {
  if (body.trim() === "") return {};
  return JSON.parse(body);
}

function routePage(
  core: EmulatorCore,
  method: string,
  path: string,
  form: URLSearchParams,
  query: URLSearchParams,
): PageResponse | null {
  const segments = path
    .split("/")
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  const [root, id = ""] = segments;
  if (method === "GET" && segments.length === 0) return renderHomePage(core);
  if (root === "checkout" && id) return handleCheckoutPage(core, method, segments, form);
  if (root === "portal" && id) return handlePortalPage(core, method, segments, form, query);
  if (method === "GET" && root === "invoices" && segments.length === 2)
    return renderInvoicePage(core, id);
  if (method === "GET" && root === "receipts" && segments.length === 2)
    return renderChargeReceipt(core, id);
  return null;
}

export async function handleRequest(
  core: EmulatorCore,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://emulator.local");
  const method = request.method ?? "GET";
  try {
    const body = await readBody(request);
    if (url.pathname.startsWith("/v1/")) {
      const result = handleApiRequest(core, {
        method,
        path: url.pathname,
        query: url.search.slice(1),
        body,
        headers: readHeaders(request),
      });
      send(response, result.status, result.headers, result.body);
      return;
    }
    if (url.pathname.startsWith("/_emulator/")) {
      let parsed: unknown;
      try {
        parsed = parseJsonBody(body);
      } catch {
        sendJson(response, 400, { error: { message: "The control API takes JSON bodies." } });
        return;
      }
      const result = await handleControlRequest(
        core,
        method,
        url.pathname.slice("/_emulator".length),
        parsed,
      );
      sendJson(response, result.status, result.body);
      return;
    }
    const page =
      routePage(core, method, url.pathname, new URLSearchParams(body), url.searchParams) ??
      renderNotFound("This page");
    if (method === "POST") core.onChange();
    send(response, page.status, page.headers, page.body);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendJson(response, 413, { error: { type: "invalid_request_error", message: error.message } });
      return;
    }
    console.error("[stripe-emulator] request failed", error);
    if (!response.headersSent)
      sendJson(response, 500, { error: { type: "api_error", message: "Emulator error" } });
  }
}
