/** The admin tRPC endpoint: only the admin router is mounted in this app. */
import { handleAdminRequest } from "@phasewise/api";

import { auth } from "~/server/auth";

async function handler(request: Request) {
  return handleAdminRequest({ request, endpoint: "/api/trpc", session: await auth() });
}

export { handler as GET, handler as POST };
