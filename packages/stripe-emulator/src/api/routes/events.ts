/** `/v1/events`: retrieve and list (filter by `type`, `types[]`, `created`). */
import { z } from "zod";

import type { JsonObject } from "../../lib/json";
import type { ApiRoute } from "../api-types";
import { formInt, listParams, parseParams } from "../../form/params";
import { resourceMissing } from "../../lib/errors";
import { newestFirst, paginate } from "../list";

const listQuery = z.object({
  ...listParams,
  type: z.string().optional(),
  types: z.array(z.string()).optional(),
  created: z
    .union([
      formInt,
      z.object({
        gt: formInt.optional(),
        gte: formInt.optional(),
        lt: formInt.optional(),
        lte: formInt.optional(),
      }),
    ])
    .optional(),
});

interface EventRow extends JsonObject {
  id: string;
}

function matchesType(type: string, pattern: string): boolean {
  // Stripe accepts `*` wildcards such as `customer.subscription.*`.
  if (!pattern.includes("*")) return type === pattern;
  const regex = new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return regex.test(type);
}

export const eventRoutes: ApiRoute[] = [
  {
    method: "GET",
    pattern: "/v1/events/:id",
    handler: ({ core, id }) => {
      const event = core.state.events[id];
      if (!event) throw resourceMissing("event", id);
      return event;
    },
  },
  {
    method: "GET",
    pattern: "/v1/events",
    handler: ({ core, params }) => {
      const query = parseParams(listQuery, params);
      const created = query.created;
      const events = newestFirst(core.state.events)
        .flatMap((event): EventRow[] =>
          typeof event.id === "string" ? [{ ...event, id: event.id }] : [],
        )
        .filter((event) => {
          const type = typeof event.type === "string" ? event.type : "";
          const at = typeof event.created === "number" ? event.created : 0;
          if (query.type !== undefined && !matchesType(type, query.type)) return false;
          if (
            query.types !== undefined &&
            !query.types.some((pattern) => matchesType(type, pattern))
          )
            return false;
          if (typeof created === "number") return at === created;
          if (created === undefined) return true;
          return (
            (created.gt === undefined || at > created.gt) &&
            (created.gte === undefined || at >= created.gte) &&
            (created.lt === undefined || at < created.lt) &&
            (created.lte === undefined || at <= created.lte)
          );
        });
      return paginate(events, query, "/v1/events");
    },
  },
];
