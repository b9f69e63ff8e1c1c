/**
 * `diffPrograms`: what changed between two program documents, as a list of changes a person can
 * read ("Session "Range at every angle": sets changed 2–3 → 3–4"). Items are matched by their
 * keys (phase and session keys, exercise slugs, prescription ids), which are also what
 * `migrateEnrollment` relies on. Pure, and forgiving: a draft with schema errors still diffs,
 * because the publish page and the audit log need it most when something is off.
 *
 * Written here rather than in packages/domain because only the admin API needs it; it can move
 * to the domain unchanged (no I/O).
 */

export type ChangeKind = "added" | "removed" | "changed" | "reordered";
export type ChangeArea =
  | "program"
  | "equipment"
  | "phase"
  | "session"
  | "prescription"
  | "exercise"
  | "assessment"
  | "screening-question";

export interface FieldChange {
  /** Dotted path inside the item, e.g. "unlockRule.minSessions". */
  field: string;
  before: unknown;
  after: unknown;
}

export interface ProgramChange {
  kind: ChangeKind;
  area: ChangeArea;
  /** The item's key, slug or prescription id ("" for the program itself). */
  key: string;
  /** What people call the item: a title or name, falling back to the key. */
  label: string;
  /** For prescriptions: the session they sit in. */
  parent?: { area: ChangeArea; key: string; label: string };
  /** One sentence describing the change. */
  summary: string;
  /** For "changed": each field that differs, with both values. */
  fields?: FieldChange[];
  /** For "added" and "removed": the whole item, so nothing is lost from the record. */
  item?: unknown;
  /** For "reordered": the keys in their old and new order. */
  order?: { before: string[]; after: string[] };
}

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function recordOf(value: unknown): Loose {
  return isRecord(value) ? value : {};
}

function listOf(value: unknown): Loose[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/** Structural equality of JSON-like values; key order does not matter, array order does. */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => isDeepEqual(item, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      // A missing optional field and an explicit undefined mean the same thing in JSON.
      if (!isDeepEqual(a[key], b[key])) return false;
    }
    return true;
  }
  return false;
}

/** A range such as `{ min: 2, max: 3 }` reads as one value ("2–3"), not two fields. */
function isRange(value: Loose): boolean {
  return Object.keys(value).every((key) => key === "min" || key === "max");
}

/** Fields that differ, descending `depth` levels into nested objects (not arrays or ranges). */
function diffFields(
  before: Loose,
  after: Loose,
  skip: ReadonlySet<string>,
  prefix = "",
  depth = 1,
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    if (prefix === "" && skip.has(key)) return [];
    const a = before[key];
    const b = after[key];
    if (isDeepEqual(a, b)) return [];
    const field = prefix ? `${prefix}.${key}` : key;
    if (depth > 0 && isRecord(a) && isRecord(b) && !isRange(a) && !isRange(b))
      return diffFields(a, b, skip, field, depth - 1);
    return [{ field, before: a, after: b }];
  });
}

const areaNames: Record<ChangeArea, string> = {
  program: "Program",
  equipment: "Equipment",
  phase: "Phase",
  session: "Session",
  prescription: "Exercise",
  exercise: "Exercise description",
  assessment: "Assessment",
  "screening-question": "Screening question",
};

const listNames: Partial<Record<ChangeArea, string>> = {
  equipment: "Equipment list",
  phase: "Phases",
  session: "Sessions",
  assessment: "Assessments",
  "screening-question": "Screening questions",
};

/** One sentence for a change; also used to re-describe changes merged across saves. */
export function describeChange(change: Omit<ProgramChange, "summary">): string {
  const name = `${areaNames[change.area]} "${change.label}"`;
  const where = change.parent ? ` in session "${change.parent.label}"` : "";
  switch (change.kind) {
    case "added":
      return `${name} added${where}`;
    case "removed":
      return `${name} removed${where}`;
    case "reordered":
      return change.parent
        ? `Exercises of session "${change.parent.label}" reordered`
        : `${listNames[change.area] ?? change.area} reordered`;
    case "changed":
      return `${name}${where} changed: ${(change.fields ?? []).map((field) => field.field).join(", ")}`;
  }
}

function withSummary(change: Omit<ProgramChange, "summary">): ProgramChange {
  return { ...change, summary: describeChange(change) };
}

interface KeyedListOptions {
  area: ChangeArea;
  keyField: string;
  labelField: string;
  /** Fields compared elsewhere (e.g. a session's prescriptions). */
  skip?: readonly string[];
}

function indexByKey(items: Loose[], keyField: string): Map<string, Loose> {
  const map = new Map<string, Loose>();
  for (const item of items) {
    const key = text(item[keyField]);
    if (key !== undefined && !map.has(key)) map.set(key, item);
  }
  return map;
}

/** Changes in the common items' order, ignoring items that were added or removed. */
function reorderOf(beforeKeys: string[], afterKeys: string[]) {
  const inBoth = (keys: string[], other: string[]) => keys.filter((key) => other.includes(key));
  const a = inBoth(beforeKeys, afterKeys);
  const b = inBoth(afterKeys, beforeKeys);
  return isDeepEqual(a, b) ? null : { before: beforeKeys, after: afterKeys };
}

function diffKeyedList(before: unknown, after: unknown, options: KeyedListOptions) {
  const { area, keyField, labelField } = options;
  const skip = new Set([keyField, ...(options.skip ?? [])]);
  const oldItems = indexByKey(listOf(before), keyField);
  const newItems = indexByKey(listOf(after), keyField);
  const label = (item: Loose, key: string) => text(item[labelField]) ?? key;
  const changes: ProgramChange[] = [];
  for (const [key, item] of newItems) {
    const old = oldItems.get(key);
    if (!old) {
      changes.push(withSummary({ kind: "added", area, key, label: label(item, key), item }));
      continue;
    }
    const fields = diffFields(old, item, skip);
    if (fields.length > 0) {
      changes.push(withSummary({ kind: "changed", area, key, label: label(item, key), fields }));
    }
  }
  for (const [key, item] of oldItems) {
    if (!newItems.has(key)) {
      changes.push(withSummary({ kind: "removed", area, key, label: label(item, key), item }));
    }
  }
  const order = reorderOf([...oldItems.keys()], [...newItems.keys()]);
  if (order) {
    changes.push(withSummary({ kind: "reordered", area, key: "", label: "", order }));
  }
  return changes;
}

interface PlacedPrescription {
  item: Loose;
  sessionKey: string;
  sessionLabel: string;
}

function placePrescriptions(doc: Loose): Map<string, PlacedPrescription> {
  const placed = new Map<string, PlacedPrescription>();
  for (const session of listOf(doc.sessions)) {
    const sessionKey = text(session.key) ?? "";
    const sessionLabel = text(session.title) ?? sessionKey;
    for (const item of listOf(session.prescriptions)) {
      const id = text(item.id);
      if (id !== undefined && !placed.has(id)) placed.set(id, { item, sessionKey, sessionLabel });
    }
  }
  return placed;
}

function exerciseNames(...docs: Loose[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const doc of docs) {
    for (const exercise of listOf(doc.exercises)) {
      const slug = text(exercise.slug);
      const name = text(exercise.name);
      if (slug && name) names.set(slug, name);
    }
  }
  return names;
}

/** Prescriptions are matched by id across the whole program, so a move between sessions shows. */
function diffPrescriptions(before: Loose, after: Loose): ProgramChange[] {
  const oldPlaced = placePrescriptions(before);
  const newPlaced = placePrescriptions(after);
  const names = exerciseNames(after, before);
  const labelOf = (item: Loose, id: string) => {
    const slug = text(item.exerciseSlug);
    return (slug && names.get(slug)) ?? slug ?? id;
  };
  const parentOf = (placed: PlacedPrescription) => ({
    area: "session" as const,
    key: placed.sessionKey,
    label: placed.sessionLabel,
  });
  const changes: ProgramChange[] = [];
  for (const [id, placed] of newPlaced) {
    const old = oldPlaced.get(id);
    const base = { area: "prescription" as const, key: id, label: labelOf(placed.item, id) };
    if (!old) {
      changes.push(
        withSummary({ ...base, kind: "added", parent: parentOf(placed), item: placed.item }),
      );
      continue;
    }
    const fields = diffFields(old.item, placed.item, new Set(["id"]));
    if (old.sessionKey !== placed.sessionKey) {
      fields.unshift({ field: "session", before: old.sessionKey, after: placed.sessionKey });
    }
    if (fields.length > 0) {
      changes.push(withSummary({ ...base, kind: "changed", parent: parentOf(placed), fields }));
    }
  }
  for (const [id, placed] of oldPlaced) {
    if (newPlaced.has(id)) continue;
    changes.push(
      withSummary({
        kind: "removed",
        area: "prescription",
        key: id,
        label: labelOf(placed.item, id),
        parent: parentOf(placed),
        item: placed.item,
      }),
    );
  }
  const oldSessions = indexByKey(listOf(before.sessions), "key");
  for (const session of listOf(after.sessions)) {
    const key = text(session.key);
    const old = key === undefined ? undefined : oldSessions.get(key);
    if (key === undefined || !old) continue;
    const ids = (value: unknown) => listOf(value).flatMap((item) => text(item.id) ?? []);
    const order = reorderOf(ids(old.prescriptions), ids(session.prescriptions));
    if (order) {
      const label = text(session.title) ?? key;
      changes.push(
        withSummary({
          kind: "reordered",
          area: "prescription",
          key: "",
          label: "",
          parent: { area: "session", key, label },
          order,
        }),
      );
    }
  }
  return changes;
}

const programFields = new Set([
  "equipment",
  "phases",
  "sessions",
  "exercises",
  "assessments",
  "screeningQuestions",
]);

/** Every change from `before` to `after`; an empty list means the two are the same program. */
export function diffPrograms(before: unknown, after: unknown): ProgramChange[] {
  const a = recordOf(before);
  const b = recordOf(after);
  const programChanges = diffFields(a, b, programFields, "", 0);
  return [
    ...(programChanges.length > 0
      ? [
          withSummary({
            kind: "changed",
            area: "program",
            key: "",
            label: text(b.title) ?? text(a.title) ?? "Program",
            fields: programChanges,
          }),
        ]
      : []),
    ...diffKeyedList(a.equipment, b.equipment, {
      area: "equipment",
      keyField: "key",
      labelField: "label",
    }),
    ...diffKeyedList(a.phases, b.phases, { area: "phase", keyField: "key", labelField: "title" }),
    ...diffKeyedList(a.sessions, b.sessions, {
      area: "session",
      keyField: "key",
      labelField: "title",
      skip: ["prescriptions"],
    }),
    ...diffPrescriptions(a, b),
    ...diffKeyedList(a.exercises, b.exercises, {
      area: "exercise",
      keyField: "slug",
      labelField: "name",
    }),
    ...diffKeyedList(a.assessments, b.assessments, {
      area: "assessment",
      keyField: "key",
      labelField: "title",
    }),
    ...diffKeyedList(a.screeningQuestions, b.screeningQuestions, {
      area: "screening-question",
      keyField: "key",
      labelField: "text",
    }),
  ];
}
