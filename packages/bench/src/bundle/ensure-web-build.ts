/**
 * Makes sure apps/web has a production build that contains the routes measured: builds it with
 * turbo when `.next/BUILD_ID` is missing or the build predates those routes.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

import { inheritedEnv } from "../env";
import { repoRoot, webDir } from "./paths";

/** `/programs/knee-pain-solution/dashboard` → `/programs/[slug]/dashboard/page`. */
const routeEntries = ["/programs/[slug]/dashboard/page", "/programs/[slug]/session/page"];

function missingReason(): string | null {
  if (!existsSync(join(webDir, ".next/BUILD_ID"))) return "no production build";
  const manifestPath = join(webDir, ".next/app-path-routes-manifest.json");
  if (!existsSync(manifestPath)) return "the build has no route manifest";
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, string>;
  const missing = routeEntries.filter((entry) => !(entry in manifest));
  return missing.length ? `the build lacks ${missing.join(", ")}` : null;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: "inherit", env: inheritedEnv() });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`)),
    );
  });
}

/** Returns what was done, for the report. */
export async function ensureWebBuild(): Promise<string> {
  const reason = missingReason();
  if (!reason) return `using the existing build (${readBuildId()})`;
  console.log(`   Building apps/web (${reason})…`);
  const started = performance.now();
  await run("pnpm", [
    "--dir",
    repoRoot,
    "exec",
    "turbo",
    "run",
    "build",
    "--filter=@phasewise/web",
    "--output-logs=errors-only",
  ]);
  const after = missingReason();
  if (after) throw new Error(`apps/web was built but ${after}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  return `built apps/web in ${seconds} s (${readBuildId()})`;
}

function readBuildId(): string {
  return readFileSync(join(webDir, ".next/BUILD_ID"), "utf8").trim();
}
