import baseConfig from "@phasewise/eslint-config/base";

/** The test harness configures processes through env, so the env rule does not apply here. */
/** @type {import('typescript-eslint').Config} */
export default [{ ignores: ["test-results/**", "playwright-report/**"] }, ...baseConfig];
