/** Where the web app and its production build live, from this file's place in the repo. */
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const webDir = fileURLToPath(new URL("../../../../apps/web/", import.meta.url));
