/** The shared page shell for the hosted pages: landmarks, a visible test-mode banner, light CSS. */
import type { SafeHtml } from "../lib/html";
import { html } from "../lib/html";

export interface PageResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f6f8fa;color:#1a1f36}
.banner{background:#ffde92;color:#5c3b00;text-align:center;padding:.4rem;font-size:.9rem}
main{max-width:34rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px;box-shadow:0 1px 3px #0002}
h1{font-size:1.4rem}table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:.4rem 0}
td.amount,th.amount{text-align:right}label{display:block;margin-top:1rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.55rem;font-size:1rem;border:1px solid #8792a2;border-radius:4px}
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;border-radius:4px;border:1px solid #635bff;background:#635bff;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#635bff}button.danger{background:#fff;color:#c0123c;border-color:#c0123c}
[role=alert]{background:#fde8ec;color:#8a0b2a;padding:.6rem;border-radius:4px}
.notice{background:#e3f8e8;color:#0b5c22;padding:.6rem;border-radius:4px}
.card{border:1px solid #d5dbe1;border-radius:6px;padding:1rem;margin:1rem 0}.muted{color:#5c6a7e}
.actions form{display:inline-block;margin-right:.5rem}
`;

export function renderPage(title: string, content: SafeHtml, status = 200): PageResponse {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${{ html: STYLE }}
        </style>
      </head>
      <body>
        <div class="banner" role="note">Test mode — Stripe emulator. No real payment is made.</div>
        <main>${content}</main>
      </body>
    </html>`;
  return {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    body: page.html,
  };
}

export function renderNotFound(what: string): PageResponse {
  return renderPage(
    "Not found",
    html`<h1>Not found</h1>
      <p>${what} does not exist in this emulator.</p>`,
    404,
  );
}

export function redirectTo(location: string): PageResponse {
  return { status: 303, headers: { location, "cache-control": "no-store" }, body: "" };
}
