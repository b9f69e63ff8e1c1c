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
  // pg-boss (the billing job queue, for the dead-letter view) runs as a plain Node module.
  serverExternalPackages: ["pg-boss"],
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
};

export default config;
