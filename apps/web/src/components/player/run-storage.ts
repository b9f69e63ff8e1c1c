/**
 * Saves an in-progress session in localStorage so a reload, a crash or a closed tab can pick
 * up where the customer left off, including the clientId so the eventual log is stored once.
 */
import { useSyncExternalStore } from "react";

import type { PrescriptionChoice, SessionChoices } from "@phasewise/domain";

import type { RunEnd } from "./step-timer";

/** What is fixed when the customer presses Start. */
export interface RunInfo {
  clientId: string;
  /** ISO timestamp. */
  startedAt: string;
  choices: SessionChoices;
  painBefore: number;
}

export interface SavedRun extends RunInfo {
  version: 1;
  stepIndex: number;
  elapsedMs: number;
  ended: RunEnd | null;
  /** Epoch ms of the last save, shown in the resume prompt. */
  savedAt: number;
}

export function runStorageKey(enrollmentId: string, sessionKey: string): string {
  return `phasewise:run:${enrollmentId}:${sessionKey}`;
}

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0;

function readChoice(value: unknown): PrescriptionChoice | null {
  if (!isRecord(value)) return null;
  const choice: PrescriptionChoice = {};
  for (const field of ["sets", "reps", "holdSeconds"] as const) {
    const raw = value[field];
    if (raw === undefined) continue;
    if (!isCount(raw)) return null;
    choice[field] = raw;
  }
  return choice;
}

function readEnd(value: unknown): RunEnd | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { outcome, at, completedStepCount } = value;
  if (outcome !== "completed" && outcome !== "stopped-early") return undefined;
  if (!isCount(at) || !isCount(completedStepCount)) return undefined;
  return { outcome, at, completedStepCount };
}

/** Anything malformed (an old format, a hand edit) reads as "no saved run". */
export function parseSavedRun(raw: string | null): SavedRun | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.version !== 1) return null;
  const { clientId, startedAt, painBefore, stepIndex, elapsedMs, savedAt } = data;
  const ended = readEnd(data.ended);
  if (
    typeof clientId !== "string" ||
    typeof startedAt !== "string" ||
    Number.isNaN(Date.parse(startedAt)) ||
    !isCount(painBefore) ||
    !isCount(stepIndex) ||
    !isCount(elapsedMs) ||
    !isCount(savedAt) ||
    ended === undefined ||
    !isRecord(data.choices)
  ) {
    return null;
  }
  const choices: Record<string, PrescriptionChoice> = {};
  for (const [id, value] of Object.entries(data.choices)) {
    const choice = readChoice(value);
    if (choice === null) return null;
    choices[id] = choice;
  }
  return {
    version: 1,
    clientId,
    startedAt,
    choices,
    painBefore,
    stepIndex,
    elapsedMs,
    ended,
    savedAt,
  };
}

// Private browsing and full quotas make storage throw; resuming is a convenience, not a must.
export function saveRun(key: string, run: SavedRun): void {
  try {
    localStorage.setItem(key, JSON.stringify(run));
  } catch {
    /* ignore */
  }
}

export function clearRun(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* ignore */
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

/** The raw saved run; null on the server and during hydration, so markup always matches. */
export function useSavedRunText(key: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    () => null,
  );
}

/** `crypto.randomUUID` only exists on secure origins; a phone on a LAN address may lack it. */
export function createClientId(): string {
  const maybe: Partial<Pick<Crypto, "randomUUID">> = crypto;
  if (maybe.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
