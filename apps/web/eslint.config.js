import baseConfig, { restrictEnvAccess } from "@phasewise/eslint-config/base";
import nextjsConfig from "@phasewise/eslint-config/nextjs";
import reactConfig from "@phasewise/eslint-config/react";

/** @type {import('typescript-eslint').Config} */
export default [
  { ignores: [".next/**", "next-env.d.ts"] },
  ...baseConfig,
  ...reactConfig,
  ...nextjsConfig,
  ...restrictEnvAccess,
];
