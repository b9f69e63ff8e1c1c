/** A `%text%` LIKE pattern with wildcards escaped, so a search for "50%" finds that text. */
export function likePattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
