/** `GET /`: what this server is, with the test cards and the control API at a glance. */
import type { EmulatorCore } from "../core";
import type { PageResponse } from "./layout";
import { TEST_CARDS } from "../billing/test-cards";
import { html } from "../lib/html";
import { renderPage } from "./layout";

export function renderHomePage(core: EmulatorCore): PageResponse {
  const counts = {
    customers: Object.keys(core.state.customers).length,
    subscriptions: Object.keys(core.state.subscriptions).length,
    events: Object.keys(core.state.events).length,
  };
  return renderPage(
    "Stripe emulator",
    html`<h1>Stripe emulator</h1>
      <p>
        A local, Stripe-compatible server for Phasewise development and tests. Point the Stripe SDK
        at <code>${core.publicUrl}</code> (host, port, <code>protocol: "http"</code>).
      </p>
      <p>
        ${counts.customers} customers · ${counts.subscriptions} subscriptions · ${counts.events}
        events · webhooks
        ${core.queue.endpoint ? html`to <code>${core.queue.endpoint.url}</code>` : "not configured"}
      </p>
      <h2>Test cards</h2>
      <ul>
        ${Object.entries(TEST_CARDS).map(([number, card]) => html`<li><code>${number}</code> — ${card.summary}</li>`)}
      </ul>
      <p>Control API: <code>/_emulator/*</code> (see the package README).</p>`,
  );
}
