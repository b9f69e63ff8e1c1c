/**
 * A minimal client for calling one customer mutation over tRPC's HTTP protocol, for pages that
 * must stay light (the session player runs on phones): no query client, no tRPC client, no
 * superjson. Only for procedures whose input and output are plain JSON (no Dates or Maps).
 */
import type { CustomerInputs, CustomerOutputs } from "@phasewise/api";

type Mutations = {
  [Router in keyof CustomerInputs]: {
    [Procedure in keyof CustomerInputs[Router] & string]: `${Router & string}.${Procedure}`;
  }[keyof CustomerInputs[Router] & string];
}[keyof CustomerInputs];

type InputOf<Path extends Mutations> = Path extends `${infer Router}.${infer Procedure}`
  ? Router extends keyof CustomerInputs
    ? Procedure extends keyof CustomerInputs[Router]
      ? CustomerInputs[Router][Procedure]
      : never
    : never
  : never;

type OutputOf<Path extends Mutations> = Path extends `${infer Router}.${infer Procedure}`
  ? Router extends keyof CustomerOutputs
    ? Procedure extends keyof CustomerOutputs[Router]
      ? CustomerOutputs[Router][Procedure]
      : never
    : never
  : never;

/** Thrown for an answer from the server; `data.fieldErrors` carries per-field messages. */
export class ProcedureError extends Error {
  constructor(
    message: string,
    readonly data: { code?: string; fieldErrors?: Record<string, string[] | undefined> | null },
  ) {
    super(message);
    this.name = "ProcedureError";
  }
}

interface Envelope<T> {
  result?: { data?: { json?: T } };
  error?: { json?: { message?: string; data?: ProcedureError["data"] } };
}

export async function postProcedure<Path extends Mutations>(
  path: Path,
  input: InputOf<Path>,
): Promise<OutputOf<Path>> {
  // A network failure rejects with a TypeError (no `data`): callers treat it as "try again".
  const response = await fetch(`/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: input }),
  });
  const body = (await response.json()) as Envelope<OutputOf<Path>>;
  if (body.error || !response.ok) {
    const error = body.error?.json;
    throw new ProcedureError(
      error?.message ?? "The server could not save this.",
      error?.data ?? {},
    );
  }
  const output = body.result?.data?.json;
  if (output === undefined) throw new ProcedureError("The server sent an empty answer.", {});
  return output;
}
