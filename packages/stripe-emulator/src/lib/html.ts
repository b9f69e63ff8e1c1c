/**
 * A tiny escaping template for the server-rendered pages: every interpolated string is escaped
 * unless it is already `SafeHtml`, so user-controlled values (emails, metadata) cannot inject markup.
 */

export interface SafeHtml {
  readonly html: string;
}

type HtmlPart = SafeHtml | string | number | null | undefined | false | HtmlPart[];

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function renderPart(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return "";
  if (Array.isArray(part)) return part.map(renderPart).join("");
  if (typeof part === "object") return part.html;
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): SafeHtml {
  let out = strings[0] ?? "";
  parts.forEach((part, index) => {
    out += renderPart(part) + (strings[index + 1] ?? "");
  });
  return { html: out };
}
