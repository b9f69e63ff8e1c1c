/**
 * Paths into a program document ("phases", 0, "unlockRule", "minSessions"): reading and
 * immutably writing a value, and the DOM id of the field at a path. Validation problems carry
 * the same paths, which is how each message finds its input.
 */
export type Path = readonly (string | number)[];

export function pathKey(path: Path): string {
  return path.join(".");
}

export function fieldId(path: Path): string {
  return `f-${path.join("-")}`;
}

export function getAt(value: unknown, path: Path): unknown {
  let node = value;
  for (const part of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** A copy of `value` with `next` at `path`; only the objects along the path are copied. */
export function setAt<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const container: unknown = value;
  if (Array.isArray(container)) {
    const copy = [...(container as unknown[])];
    copy[Number(head)] = setAt(copy[Number(head)], rest, next);
    return copy as T;
  }
  const record = (container ?? {}) as Record<string, unknown>;
  const child = setAt(record[String(head)], rest, next);
  const copy = { ...record };
  if (child === undefined) delete copy[String(head)];
  else copy[String(head)] = child;
  return copy as T;
}
