export { customersRouter } from "./customers-router";
