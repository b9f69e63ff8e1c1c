/** Development and tests only: captured emails as JSON (`?to=` filters by recipient). */
import { isOutboxEnabled, readEmailEnv, readOutbox } from "@phasewise/email";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!isOutboxEnabled()) return new Response("Not found", { status: 404 });
  const to = new URL(request.url).searchParams.get("to") ?? undefined;
  return Response.json(await readOutbox(readEmailEnv().EMAIL_OUTBOX_DIR, { to, limit: 20 }));
}
