import baseConfig from "@phasewise/eslint-config/base";
import reactConfig from "@phasewise/eslint-config/react";

/** @type {import('typescript-eslint').Config} */
export default [...baseConfig, ...reactConfig];
