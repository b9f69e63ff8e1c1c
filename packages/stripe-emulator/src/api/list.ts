/** Cursor pagination (`limit`, `starting_after`, `ending_before`) over newest-first collections. */
import type Stripe from "stripe";

import { resourceMissing } from "../lib/errors";

export interface ListQuery {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

/** Objects in a state collection, newest first (insertion order reversed). */
export function newestFirst<T>(collection: Record<string, T>): T[] {
  return Object.values(collection).reverse();
}

export function paginate<T extends { id: string }>(
  items: T[],
  query: ListQuery,
  url: string,
): Stripe.ApiList<T> {
  const limit = query.limit ?? 10;
  let start = 0;
  let end = items.length;
  if (query.starting_after) {
    const index = items.findIndex((item) => item.id === query.starting_after);
    if (index === -1) throw resourceMissing("object", query.starting_after, "starting_after");
    start = index + 1;
  } else if (query.ending_before) {
    const index = items.findIndex((item) => item.id === query.ending_before);
    if (index === -1) throw resourceMissing("object", query.ending_before, "ending_before");
    end = index;
    start = Math.max(0, end - limit);
  }
  const data = items.slice(start, Math.min(end, start + limit));
  const hasMore = query.ending_before ? start > 0 : start + data.length < end;
  return { object: "list", data, has_more: hasMore, url };
}

export function createSearchResult<T extends { id: string }>(
  items: T[],
  limit: number,
  url: string,
): Stripe.ApiSearchResult<T> {
  return {
    object: "search_result",
    data: items.slice(0, limit),
    has_more: items.length > limit,
    next_page: null,
    url,
  };
}
