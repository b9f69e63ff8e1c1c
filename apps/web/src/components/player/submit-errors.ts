/**
 * Reads what went wrong when `submit` rejects: field errors from a tRPC-like error
 * (`error.data.fieldErrors`, keys are dotted paths such as "painDuring" or
 * "entries.0.setsDone"), a server message, or nothing at all (the network failed).
 */

export type FieldErrors = Record<string, string[]>;

export interface SubmitFailure {
  fieldErrors: FieldErrors;
  /** The server's message when it answered; undefined when the request never got through. */
  serverMessage?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function readFieldErrors(value: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!isRecord(value)) return errors;
  for (const [key, messages] of Object.entries(value)) {
    if (!Array.isArray(messages)) continue;
    const texts = messages.filter((message): message is string => typeof message === "string");
    if (texts.length > 0) errors[key] = texts;
  }
  return errors;
}

export function readSubmitFailure(error: unknown): SubmitFailure {
  if (!isRecord(error) || !isRecord(error.data)) return { fieldErrors: {} };
  const message = typeof error.message === "string" ? error.message : undefined;
  return {
    fieldErrors: readFieldErrors(error.data.fieldErrors),
    ...(message === undefined ? {} : { serverMessage: message }),
  };
}

/** Errors for one field: exact key, plus nested keys under it ("entries" gets "entries.3"). */
export function errorsFor(errors: FieldErrors, key: string): string | undefined {
  const messages = errors[key];
  return messages && messages.length > 0 ? messages.join(" ") : undefined;
}
