/** The customer tRPC endpoint: only the customer router is mounted in this app. */
import { handleCustomerRequest } from "@phasewise/api";

import { auth } from "~/server/auth";

async function handler(request: Request) {
  return handleCustomerRequest({ request, endpoint: "/api/trpc", session: await auth() });
}

export { handler as GET, handler as POST };
