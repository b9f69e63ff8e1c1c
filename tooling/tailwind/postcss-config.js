/** PostCSS setup shared by both Next apps (Tailwind v4). */
export default {
  plugins: { "@tailwindcss/postcss": {} },
};
