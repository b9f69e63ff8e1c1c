/**
 * Base flat config for every package: type-checked TypeScript rules, type-only imports,
 * and no `process.env` outside a package's `env.ts` (env is parsed in one place per package).
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export const restrictEnvAccess = tseslint.config({
  files: ["**/*.js", "**/*.ts", "**/*.tsx"],
  // env.ts files parse env; scripts, test harnesses and Next's instrumentation hook read it directly.
  ignores: [
    "**/env.ts",
    "**/*.config.*",
    "**/scripts/**",
    "**/*.test.ts",
    "**/test/**",
    "**/testing/**",
    "**/instrumentation.ts",
  ],
  rules: {
    "no-restricted-properties": [
      "error",
      {
        object: "process",
        property: "env",
        message: "Read environment variables through the package's env.ts so they are validated.",
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ["**/*.config.*", ".next/**", "dist/**", ".cache/**", "drizzle/**"] },
  {
    files: ["**/*.js", "**/*.ts", "**/*.tsx"],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommended,
      ...tseslint.configs.recommendedTypeChecked,
      ...tseslint.configs.stylisticTypeChecked,
    ],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "warn",
        { prefer: "type-imports", fixStyle: "separate-type-imports" },
      ],
      "@typescript-eslint/no-misused-promises": [2, { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unnecessary-condition": [
        "error",
        { allowConstantLoopConditions: true },
      ],
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  {
    linterOptions: { reportUnusedDisableDirectives: true },
    languageOptions: { parserOptions: { projectService: true } },
  },
);
