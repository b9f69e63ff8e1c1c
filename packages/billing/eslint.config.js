import baseConfig, { restrictEnvAccess } from "@phasewise/eslint-config/base";

/** @type {import('typescript-eslint').Config} */
export default [...baseConfig, ...restrictEnvAccess];
