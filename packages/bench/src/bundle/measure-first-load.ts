/**
 * What a browser downloads as JavaScript to show a route: every `<script src>` and every
 * script (module)preload link under /_next/ in the route's HTML, each fetched and gzipped at
 * level 9. Independent of the bundler's own report, so Turbopack and webpack builds compare.
 * `nomodule` scripts (Next's legacy polyfills) are skipped: a browser that runs ES modules never
 * downloads them. They are reported apart.
 */
import { gzipSync } from "node:zlib";

export interface Chunk {
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

export type FirstLoad =
  | {
      ok: true;
      chunks: Chunk[];
      gzipBytes: number;
      rawBytes: number;
      /** `nomodule` scripts, not counted. */
      noModule: Chunk[];
      /** Chunks named only in the RSC payload, not counted. */
      payloadOnly: string[];
    }
  | { ok: false; problem: string };

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const [, name = "", double, single] = match;
    attributes.set(name.toLowerCase(), (double ?? single ?? "").replaceAll("&amp;", "&"));
  }
  return attributes;
}

/** The script URLs of this HTML, same-origin and under /_next/ only. */
export function findScriptUrls(html: string, pageUrl: string) {
  const page = new URL(pageUrl);
  const found = new Set<string>();
  const noModule = new Set<string>();
  const add = (reference: string | undefined, into = found) => {
    if (!reference) return;
    const url = new URL(reference, page);
    if (url.origin === page.origin && url.pathname.startsWith("/_next/")) into.add(url.href);
  };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const skipped = attributes.has("nomodule") || /\snomodule(\s|>|\/)/i.test(tag);
    add(attributes.get("src"), skipped ? noModule : found);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const rel = attributes.get("rel")?.toLowerCase().split(/\s+/) ?? [];
    const isScript =
      rel.includes("modulepreload") ||
      (rel.includes("preload") && attributes.get("as")?.toLowerCase() === "script");
    if (isScript) add(attributes.get("href"));
  }
  for (const href of found) noModule.delete(href);
  return { urls: [...found], noModule: [...noModule] };
}

/** Chunk paths named only inside the RSC payload (loaded later, if at all): reported, not counted. */
function payloadOnlyChunks(html: string, counted: readonly string[]): string[] {
  const countedPaths = new Set(counted.map((href) => new URL(href).pathname));
  const named = new Set<string>();
  for (const [match] of html.matchAll(/\/?_next\/static\/chunks\/[\w./~-]+?\.js/g)) {
    named.add(match.startsWith("/") ? match : `/${match}`);
  }
  for (const [match] of html.matchAll(/(?<![\w/])static\/chunks\/[\w./~-]+?\.js/g)) {
    named.add(`/_next/${match}`);
  }
  return [...named].filter((path) => !countedPaths.has(path));
}

export async function measureFirstLoad(pageUrl: string, cookie: string): Promise<FirstLoad> {
  const response = await fetch(pageUrl, {
    headers: { cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
  });
  if (response.status !== 200) {
    const location = response.headers.get("location");
    return {
      ok: false,
      problem: `HTTP ${response.status}${location ? ` → ${location}` : ""}`,
    };
  }
  const html = await response.text();
  const { urls, noModule } = findScriptUrls(html, pageUrl);
  if (urls.length === 0) return { ok: false, problem: "no /_next/ scripts in the HTML" };
  const chunks = await Promise.all(urls.map(fetchChunk));
  chunks.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    ok: true,
    chunks,
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    rawBytes: chunks.reduce((sum, chunk) => sum + chunk.rawBytes, 0),
    noModule: await Promise.all(noModule.map(fetchChunk)),
    payloadOnly: payloadOnlyChunks(html, [...urls, ...noModule]),
  };
}

async function fetchChunk(href: string): Promise<Chunk> {
  const response = await fetch(href, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${href} answered HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const url = new URL(href);
  return {
    path: `${url.pathname}${url.search}`,
    rawBytes: body.length,
    gzipBytes: gzipSync(body, { level: 9 }).length,
  };
}
