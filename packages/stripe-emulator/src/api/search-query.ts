/**
 * A small subset of Stripe's search query language: `field:'value'` (exact), `field~'value'`
 * (substring), `metadata['key']:'value'`, joined by all-AND or all-OR, plus `-` for negation.
 */
import { invalidRequest } from "../lib/errors";

interface Clause {
  field: string;
  metadataKey: string | null;
  operator: ":" | "~";
  value: string;
  negated: boolean;
}

const CLAUSE = /^(-?)(metadata\[['"]([^'"]+)['"]\]|[a-z_]+)\s*([:~])\s*['"]([^'"]*)['"]$/;

function parseClause(text: string): Clause {
  const match = CLAUSE.exec(text.trim());
  if (!match)
    throw invalidRequest(`Invalid search query: could not parse '${text.trim()}'.`, "query");
  const [, negation, field = "", metadataKey, operator, value = ""] = match;
  return {
    field: metadataKey ? "metadata" : field,
    metadataKey: metadataKey ?? null,
    operator: operator === "~" ? "~" : ":",
    value,
    negated: negation === "-",
  };
}

export type SearchPredicate = (
  read: (field: string, metadataKey: string | null) => string | null,
) => boolean;

export function parseSearchQuery(query: string): SearchPredicate {
  const usesOr = query.includes(" OR ");
  if (usesOr && query.includes(" AND "))
    throw invalidRequest("Search queries cannot mix AND and OR.", "query");
  const clauses = query.split(usesOr ? / OR / : / AND /).map(parseClause);
  return (read) => {
    const results = clauses.map((clause) => {
      const actual = read(clause.field, clause.metadataKey);
      const hit =
        actual !== null &&
        (clause.operator === ":"
          ? actual.toLowerCase() === clause.value.toLowerCase()
          : actual.toLowerCase().includes(clause.value.toLowerCase()));
      return clause.negated ? !hit : hit;
    });
    return usesOr ? results.some(Boolean) : results.every(Boolean);
  };
}
