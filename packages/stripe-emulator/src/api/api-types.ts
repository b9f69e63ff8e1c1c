/** The shape of a `/v1` route: a method, a path pattern with at most one `:id`, and a handler. */
import type { EmulatorCore } from "../core";
import type { FormObject } from "../form/parse-form";

export interface ApiRequest {
  core: EmulatorCore;
  /** Query string and form body merged (GET/DELETE carry params in the query). */
  params: FormObject;
  /** The `:id` segment of the path, or "" when the pattern has none. */
  id: string;
}

/** Handlers return SDK-typed objects; the dispatcher serialises and expands them. */
export type ApiHandler = (request: ApiRequest) => object;

export interface ApiRoute {
  method: "GET" | "POST" | "DELETE";
  pattern: string;
  handler: ApiHandler;
}

export function matchRoute(
  routes: ApiRoute[],
  method: string,
  path: string,
): { route: ApiRoute; id: string } | null {
  const segments = path.split("/").filter(Boolean);
  for (const route of routes) {
    if (route.method !== method) continue;
    const parts = route.pattern.split("/").filter(Boolean);
    if (parts.length !== segments.length) continue;
    let id = "";
    const matches = parts.every((part, index) => {
      const segment = segments[index] ?? "";
      if (part === ":id") {
        id = decodeURIComponent(segment);
        return segment.length > 0;
      }
      return part === segment;
    });
    if (matches) return { route, id };
  }
  return null;
}
