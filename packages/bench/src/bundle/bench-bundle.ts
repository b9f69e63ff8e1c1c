/**
 * First Load JS of the customer's dashboard and session player: builds apps/web if needed,
 * starts it on the scratch database, signs a seeded customer in with a database session row and
 * measures each route's scripts (see measure-first-load.ts).
 */
import { randomBytes } from "node:crypto";

import type { Database } from "@phasewise/db/client";
import type { User } from "@phasewise/db/schema";
import { sessions } from "@phasewise/db/schema";

import type { Report } from "../report/report";
import { benchSettings } from "../settings";
import { ensureWebBuild } from "./ensure-web-build";
import { measureFirstLoad } from "./measure-first-load";
import { startWebApp } from "./start-web-app";

const section = "First Load JS";
const kB = (bytes: number) => bytes / 1000;

export interface BenchBundleOptions {
  db: Database;
  databaseUrl: string;
  customer: User;
}

export async function benchBundle(report: Report, options: BenchBundleOptions) {
  report.heading("First Load JS of apps/web (production build, next start)");
  report.note(await ensureWebBuild());

  // Auth.js database sessions: a row in `sessions` and its token in the app's cookie.
  const sessionToken = randomBytes(32).toString("hex");
  await options.db.insert(sessions).values({
    sessionToken,
    userId: options.customer.id,
    expires: new Date(Date.now() + 86_400_000),
  });
  const cookie = `phasewise-web.session-token=${sessionToken}`;

  const app = await startWebApp(options.databaseUrl);
  try {
    report.note(`next start on ${app.url}, signed in as ${options.customer.email}`);
    for (const [name, path] of Object.entries(benchSettings.routes)) {
      report.note(`${name}: GET ${path}`);
      const measured = await measureFirstLoad(`${app.url}${path}`, cookie);
      const label = `${name} First Load JS`;
      if (!measured.ok) {
        report.add({
          section,
          label,
          value: null,
          unit: "kB",
          max: benchSettings.targets.firstLoadKb,
          note: measured.problem,
        });
        continue;
      }
      report.add({
        section,
        label,
        value: kB(measured.gzipBytes),
        unit: "kB",
        digits: 1,
        max: benchSettings.targets.firstLoadKb,
        note: `${measured.chunks.length} scripts, ${kB(measured.rawBytes).toFixed(0)} kB raw`,
      });
      for (const chunk of measured.chunks.slice(0, 5)) {
        report.note(`     ${kB(chunk.gzipBytes).toFixed(1).padStart(6)} kB  ${chunk.path}`);
      }
      for (const chunk of measured.noModule) {
        report.note(
          `     (not counted: ${chunk.path}, ${kB(chunk.gzipBytes).toFixed(1)} kB, nomodule polyfills)`,
        );
      }
      if (measured.payloadOnly.length > 0) {
        report.note(
          `     (+${measured.payloadOnly.length} chunk(s) named only in the RSC payload, not counted)`,
        );
      }
    }
  } finally {
    await app.stop();
  }
}
