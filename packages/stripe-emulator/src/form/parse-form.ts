/**
 * Parses Stripe's bracket-notation form encoding (`line_items[0][price]=…&expand[]=…&metadata[k]=v`)
 * into nested objects and arrays. The SDK sends this for POST bodies and GET/DELETE query strings.
 */

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

/** Splits `a[b][0][]` into `["a", "b", "0", ""]`; malformed brackets keep the raw key. */
export function splitFormKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0) return [key];
  const segments = [key.slice(0, open)];
  const pattern = /\[([^\]]*)\]/g;
  let match: RegExpExecArray | null;
  let consumed = open;
  while ((match = pattern.exec(key)) !== null) {
    if (match.index !== consumed) return [key];
    segments.push(match[1] ?? "");
    consumed = match.index + match[0].length;
  }
  return consumed === key.length ? segments : [key];
}

interface Node {
  value?: string;
  children: Map<string, Node>;
  appended: number;
}

function createNode(): Node {
  return { children: new Map(), appended: 0 };
}

function toFormValue(node: Node): FormValue {
  if (node.children.size === 0) return node.value ?? "";
  const keys = [...node.children.keys()];
  // Numeric keys mean an array: `items[1]` before `items[0]` still yields [items0, items1].
  if (keys.every((key) => /^\d+$/.test(key))) {
    return keys
      .sort((a, b) => Number(a) - Number(b))
      .map((key) => {
        const child = node.children.get(key);
        return child ? toFormValue(child) : "";
      });
  }
  const out: FormObject = {};
  for (const [key, child] of node.children) out[key] = toFormValue(child);
  return out;
}

export function parseForm(body: string): FormObject {
  const root = createNode();
  for (const [key, value] of new URLSearchParams(body)) {
    let node = root;
    for (const rawSegment of splitFormKey(key)) {
      // `expand[]=a&expand[]=b`: an empty segment appends the next index.
      const segment = rawSegment === "" ? String(node.appended++) : rawSegment;
      let child = node.children.get(segment);
      if (!child) {
        child = createNode();
        node.children.set(segment, child);
      }
      node = child;
    }
    node.value = value;
  }
  const parsed = toFormValue(root);
  return typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
}
