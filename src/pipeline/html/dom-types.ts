/**
 * The few DOM shapes the HTML route reads, typed structurally: the pipeline builds without the DOM library (it runs
 * in Node and in a Web Worker alike), and linkedom's documents satisfy these.
 */

/** A node of a parsed page: an element (1), a text node (3) or anything else (comments, doctype), which is skipped. */
export type DomNode = {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
};

/** An element: its lower-case tag name from `localName`, its attributes and its descendants by selector. */
export type DomElement = DomNode & {
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  closest(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
};

/** A parsed page. */
export type DomDocument = DomElement & {
  readonly documentElement: DomElement | null;
  readonly title: string;
  cloneNode(deep: boolean): DomDocument;
};

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Whether a node is an element. */
export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;
