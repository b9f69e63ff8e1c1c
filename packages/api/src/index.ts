/** @phasewise/api: the tRPC routers, their HTTP handlers and server-side callers. */
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

import type { AdminRouter } from "./admin-router";
import type { CustomerRouter } from "./customer-router";

export { customerRouter } from "./customer-router";
export type { CustomerRouter } from "./customer-router";
export { adminRouter } from "./admin-router";
export type { AdminRouter } from "./admin-router";
export { handleAdminRequest, handleCustomerRequest } from "./handle-request";
export { createTRPCContext, createCallerFactory } from "./trpc";
export type { TRPCContext } from "./trpc";
export { AppError } from "./errors";

export type CustomerInputs = inferRouterInputs<CustomerRouter>;
export type CustomerOutputs = inferRouterOutputs<CustomerRouter>;
export type AdminInputs = inferRouterInputs<AdminRouter>;
export type AdminOutputs = inferRouterOutputs<AdminRouter>;
