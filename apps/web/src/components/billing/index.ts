/** Billing pieces other pages mount: the program page's Buy block and the test-payments badge. */
export { BuyProgram } from "./buy-program";
export { TestPaymentsBadge } from "./test-payments-badge";
