import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  transpilePackages: [
    "@phasewise/api",
    "@phasewise/auth",
    "@phasewise/billing",
    "@phasewise/db",
    "@phasewise/domain",
    "@phasewise/email",
    "@phasewise/ui",
  ],
  // pg-boss (and its `pg` driver) run as plain Node modules in the billing worker and webhook.
  serverExternalPackages: ["pg-boss"],
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // forbidden() answers 403 from a page when the server refuses access.
  experimental: { authInterrupts: true },
};

export default config;
