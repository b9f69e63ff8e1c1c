import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  transpilePackages: [
    "@phasewise/api",
    "@phasewise/auth",
    "@phasewise/db",
    "@phasewise/domain",
    "@phasewise/email",
    "@phasewise/ui",
  ],
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // forbidden() answers 403 from a page when the server refuses access.
  experimental: { authInterrupts: true },
};

export default config;
