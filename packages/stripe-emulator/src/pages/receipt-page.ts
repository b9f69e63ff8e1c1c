/** The hosted invoice page (`hosted_invoice_url`) and the charge receipt (`receipt_url`). */
import type { EmulatorCore } from "../core";
import type { PageResponse } from "./layout";
import { html } from "../lib/html";
import { formatDate, formatMoney } from "../lib/money";
import { renderNotFound, renderPage } from "./layout";

export function renderInvoicePage(core: EmulatorCore, invoiceId: string): PageResponse {
  const invoice = core.state.invoices[invoiceId];
  if (!invoice) return renderNotFound("This invoice");
  const content = html`<h1>Invoice ${invoice.number ?? invoice.id}</h1>
    <p>
      Status:
      <strong>${invoice.status ?? "draft"}</strong
      >${invoice.status_transitions.paid_at ? html` — paid on ${formatDate(invoice.status_transitions.paid_at)}` : ""}
    </p>
    <p>
      Billed to ${invoice.customer_email ?? "customer"} · Period ${formatDate(invoice.period_start)}
      – ${formatDate(invoice.period_end)}
    </p>
    <table aria-label="Invoice lines">
      <thead>
        <tr>
          <th scope="col">Description</th>
          <th scope="col" class="amount">Amount</th>
        </tr>
      </thead>
      <tbody>
        ${invoice.lines.data.map(
          (line) =>
            html`<tr>
              <td>${line.description ?? ""}</td>
              <td class="amount">${formatMoney(line.amount, line.currency)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${invoice.subtotal !== invoice.total ? html`<p>Discount: −${formatMoney(invoice.subtotal - invoice.total, invoice.currency)}</p>` : ""}
    <p>
      <strong>Total: ${formatMoney(invoice.total, invoice.currency)}</strong> · Paid:
      ${formatMoney(invoice.amount_paid, invoice.currency)} · Remaining:
      ${formatMoney(invoice.amount_remaining, invoice.currency)}
    </p>`;
  return renderPage(`Invoice ${invoice.number ?? invoice.id}`, content);
}

export function renderChargeReceipt(core: EmulatorCore, chargeId: string): PageResponse {
  const charge = core.state.charges[chargeId];
  if (!charge) return renderNotFound("This receipt");
  const card = charge.payment_method_details?.card;
  const content = html`<h1>Receipt</h1>
    <p>
      Amount: <strong>${formatMoney(charge.amount, charge.currency)}</strong> ·
      ${formatDate(charge.created)}
    </p>
    <p>
      Status:
      ${charge.status}${charge.amount_refunded > 0 ? html` — refunded ${formatMoney(charge.amount_refunded, charge.currency)}` : ""}
    </p>
    ${card ? html`<p>Paid with ${card.brand ?? "card"} ending ${card.last4 ?? "????"}</p>` : ""}
    ${charge.description ? html`<p>${charge.description}</p>` : ""}`;
  return renderPage("Receipt", content);
}
