export { default } from "@phasewise/tailwind-config/postcss-config";
