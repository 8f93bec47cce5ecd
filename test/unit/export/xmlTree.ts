/**
 * A small, strict XML reader for tests: enough of XML 1.0 to say whether the SVG writer's
 * output is well formed (one root, every tag closed in order, quoted attributes, no raw
 * "<" or "&" in text, only known entities) and to read it back as a tree. It throws on
 * anything else; the e2e test parses the same output with the browser's DOMParser.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(raw)) {
    throw new Error(`raw "<" or "&" in ${where}: ${raw}`);
  }
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref] ?? "";
  });
}

const NAME = /^[A-Za-z_][\w.:-]*/;

function readAttrs(source: string, tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let rest = source.trim();
  while (rest) {
    const match = /^([A-Za-z_][\w.:-]*)="([^"]*)"\s*/.exec(rest);
    if (!match?.[1] || match[2] === undefined)
      throw new Error(`bad attribute in <${tag}>: ${rest}`);
    if (match[1] in attrs) throw new Error(`attribute ${match[1]} twice in <${tag}>`);
    attrs[match[1]] = decode(match[2], `attribute ${match[1]}`);
    rest = rest.slice(match[0].length);
  }
  return attrs;
}

/** The document's root element; throws when `xml` is not well formed. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const prolog = /^<\?xml[^?]*\?>\s*/.exec(xml);
  if (prolog) i = prolog[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    const open = stack.at(-1);
    if (open) open.text += decode(text, `<${open.name}>`);
    else if (text.trim()) throw new Error(`text outside the root: ${text}`);
    if (lt === -1) break;
    const gt = xml.indexOf(">", lt);
    if (gt === -1) throw new Error("unclosed tag");
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith("/")) {
      const closed = stack.pop();
      if (closed?.name !== tag.slice(1).trim())
        throw new Error(`</${tag.slice(1)}> closes <${closed?.name}>`);
      continue;
    }
    const selfClosing = tag.endsWith("/");
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = NAME.exec(body)?.[0];
    if (!name) throw new Error(`bad tag <${tag}>`);
    const element: XmlElement = {
      name,
      attrs: readAttrs(body.slice(name.length), name),
      children: [],
      text: "",
    };
    if (open) open.children.push(element);
    else if (root) throw new Error("two root elements");
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new Error(`<${stack.at(-1)?.name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element of the tree, depth first. */
export const allElements = (root: XmlElement): XmlElement[] => [
  root,
  ...root.children.flatMap(allElements),
];
