import { describe, expect, it } from "vitest";

import { addInterval } from "./subscription-changes";

const at = (iso: string) => Date.parse(iso) / 1000;

describe("addInterval", () => {
  it("adds calendar months and years", () => {
    expect(addInterval(at("2026-01-15T10:00:00Z"), "month", 1)).toBe(at("2026-02-15T10:00:00Z"));
    expect(addInterval(at("2026-11-30T00:00:00Z"), "month", 3)).toBe(at("2027-02-28T00:00:00Z"));
    expect(addInterval(at("2028-02-29T00:00:00Z"), "year", 1)).toBe(at("2029-02-28T00:00:00Z"));
  });

  it("clamps to the last day of shorter months", () => {
    expect(addInterval(at("2026-01-31T00:00:00Z"), "month", 1)).toBe(at("2026-02-28T00:00:00Z"));
  });

  it("adds days and weeks exactly", () => {
    expect(addInterval(at("2026-03-01T00:00:00Z"), "week", 2)).toBe(at("2026-03-15T00:00:00Z"));
    expect(addInterval(at("2026-03-01T00:00:00Z"), "day", 1)).toBe(at("2026-03-02T00:00:00Z"));
  });
});
