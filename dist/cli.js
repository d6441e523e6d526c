#!/usr/bin/env node
import { createRequire as __mrgCreateRequire } from 'module'; const require = __mrgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name = parts2.shift();
        switch (name) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle, prefix] = parts2;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts2;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date2 -= 6e4 * d;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts2.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject4 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject4(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/cli.ts
import { existsSync, promises as fs, readFileSync as readFileSync3, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { relative as relative2, resolve, sep as sep2 } from "node:path";
import { parseArgs } from "node:util";

// src/drift/binning.ts
function linspace(start, stop, num) {
  const out = new Float64Array(num);
  const div = num - 1;
  const step = (stop - start) / div;
  for (let i = 0; i < num; i++) out[i] = step === 0 ? i / div * (stop - start) + start : i * step + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}
function sturgesEdges(min, max, count, integer = false) {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  let width = (max - min) / (Math.log2(count) + 1);
  if (width && integer && width < 1) width = 1;
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}
function histogramSorted(sorted, edges) {
  const counts = new Float64Array(edges.length - 1);
  const nb = counts.length;
  let prev = lowerBound(sorted, edges[0]);
  for (let i = 0; i < nb; i++) {
    const next = i === nb - 1 ? upperBound(sorted, edges[nb]) : lowerBound(sorted, edges[i + 1]);
    counts[i] = Math.max(0, next - prev);
    prev = Math.max(prev, next);
  }
  return counts;
}
function lowerBound(a, v) {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(a, v) {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (a[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function countDistinctSorted(a) {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) n++;
  return n;
}
function countDistinctUnion(a, b) {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    n++;
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
  }
  return n;
}
function valueCountsUnion(a, b) {
  const values = [];
  const ref = [];
  const cur = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    let ca = 0;
    let cb = 0;
    while (i < a.length && a[i] === v) {
      i++;
      ca++;
    }
    while (j < b.length && b[j] === v) {
      j++;
      cb++;
    }
    values.push(v);
    ref.push(ca);
    cur.push(cb);
  }
  return { values, ref, cur };
}
function fillZeroShares(shares4) {
  let min = Infinity;
  for (const s of shares4) if (s !== 0 && s < min) min = s;
  if (min === Infinity) return shares4;
  const fill = min <= 1e-4 ? min / 1e6 : 1e-4;
  return shares4.map((s) => s === 0 ? fill : s);
}
function evidentlyNumericShares(ref, cur, fillZeroes, integer = false) {
  let referenceCounts;
  let currentCounts;
  let edges;
  let keys;
  if (countDistinctSorted(ref) > 20) {
    const min = Math.min(ref[0], cur[0]);
    const max = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
    edges = sturgesEdges(min, max, ref.length + cur.length, integer);
    referenceCounts = histogramSorted(ref, edges);
    currentCounts = histogramSorted(cur, edges);
  } else {
    const vc = valueCountsUnion(ref, cur);
    keys = vc.values;
    referenceCounts = Float64Array.from(vc.ref);
    currentCounts = Float64Array.from(vc.cur);
  }
  return shares(referenceCounts, currentCounts, ref.length, cur.length, fillZeroes, edges, keys);
}
function evidentlyCategoricalShares(refCounts, curCounts, fillZeroes) {
  const keep = [];
  for (let k = 0; k < refCounts.length; k++) if (refCounts[k] > 0 || curCounts[k] > 0) keep.push(k);
  const rc = Float64Array.from(keep, (k) => refCounts[k]);
  const cc = Float64Array.from(keep, (k) => curCounts[k]);
  const total = (c) => c.reduce((s, v) => s + v, 0);
  return shares(rc, cc, total(rc), total(cc), fillZeroes, void 0, keep);
}
function quantileShares(ref, cur, buckets = 10) {
  const edges = new Float64Array(buckets + 1);
  for (let i = 0; i <= buckets; i++) edges[i] = percentileSorted(ref, i / buckets * 100);
  const referenceCounts = histogramSorted(ref, edges);
  const currentCounts = histogramSorted(cur, edges);
  const fill = (c, n) => c.map((v) => v === 0 ? 1e-4 : v / n);
  return {
    reference: fill(referenceCounts, ref.length),
    current: fill(currentCounts, cur.length),
    referenceCounts,
    currentCounts,
    edges
  };
}
function percentileSorted(a, q) {
  const n = a.length;
  const f = q / 100;
  const pos = n * f + (1 - f) - 1;
  if (pos >= n - 1) return a[n - 1];
  if (pos < 0) return a[0];
  const lo = Math.floor(pos);
  const t = pos - lo;
  const below = a[lo];
  const above = a[lo + 1];
  const diff = above - below;
  return t >= 0.5 ? above - diff * (1 - t) : below + diff * t;
}
function shares(referenceCounts, currentCounts, nRef, nCur, fillZeroes, edges, keys) {
  let reference = referenceCounts.map((c) => c / nRef);
  let current = currentCounts.map((c) => c / nCur);
  if (fillZeroes) {
    reference = fillZeroShares(reference);
    current = fillZeroShares(current);
  }
  return { reference, current, referenceCounts, currentCounts, edges, keys };
}

// src/drift/methods.ts
var METHODS = [
  {
    id: "ks",
    label: "Kolmogorov-Smirnov p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["K-S p_value", "kolmogorov-smirnov", "ks_2samp", "ks test"],
    strict: false,
    computable: true
  },
  {
    id: "chisquare",
    label: "chi-square p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["chi-square p_value", "chi2", "chi-square", "chisq", "chi_square"],
    strict: true,
    computable: true
  },
  {
    id: "z",
    label: "two-proportion Z-test p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["Z-test p_value", "ztest", "z-test", "z_test", "proportions ztest"],
    strict: true,
    computable: true
  },
  {
    id: "psi",
    label: "Population Stability Index",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["PSI", "population stability index"],
    strict: false,
    computable: true
  },
  {
    id: "wasserstein",
    label: "Wasserstein distance (normed)",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["Wasserstein distance (normed)", "wasserstein distance", "wasserstein_distance", "wd"],
    strict: false,
    computable: true
  },
  {
    id: "jensenshannon",
    label: "Jensen-Shannon distance",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["Jensen-Shannon distance", "jensen-shannon", "js", "jsd", "js_distance"],
    strict: false,
    computable: true
  },
  {
    id: "kl_div",
    label: "Kullback-Leibler divergence",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["Kullback-Leibler divergence", "kl", "kl divergence", "kullback-leibler"],
    strict: false,
    computable: true
  },
  {
    id: "hellinger",
    label: "Hellinger distance",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["Hellinger distance (normed)", "hellinger distance"],
    strict: false,
    computable: true
  },
  {
    id: "anderson",
    label: "Anderson-Darling p-value",
    kind: "pvalue",
    defaultThreshold: 0.1,
    aliases: ["Anderson-Darling", "anderson-darling", "anderson_ksamp"],
    strict: true,
    computable: false
  },
  {
    id: "cramer_von_mises",
    label: "Cramer-von Mises p-value",
    kind: "pvalue",
    defaultThreshold: 0.1,
    aliases: ["Cramer-von-Mises", "cramer-von mises", "cvm"],
    strict: false,
    computable: false
  },
  {
    id: "fisher_exact",
    label: "Fisher's exact test p-value",
    kind: "pvalue",
    defaultThreshold: 0.1,
    aliases: ["Fisher's Exact test", "fisher exact", "fisher"],
    strict: true,
    computable: false
  },
  {
    id: "g_test",
    label: "G-test p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["g-test", "gtest"],
    strict: true,
    computable: false
  },
  {
    id: "mannw",
    label: "Mann-Whitney U-rank test p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["Mann-Whitney U-rank test", "mann-whitney", "mannwhitneyu"],
    strict: true,
    computable: false
  },
  {
    id: "t_test",
    label: "t-test p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["t-test", "ttest"],
    strict: true,
    computable: false
  },
  {
    id: "es",
    label: "Epps-Singleton p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["Epps-Singleton", "epps_singleton"],
    strict: true,
    computable: false
  },
  {
    id: "ed",
    label: "energy distance",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["Energy-distance", "energy distance", "energy_distance"],
    strict: true,
    computable: false
  },
  {
    id: "empirical_mmd",
    label: "empirical MMD p-value",
    kind: "pvalue",
    defaultThreshold: 0.1,
    aliases: ["Empirical_MMD", "emperical_mmd", "mmd"],
    strict: true,
    computable: false
  },
  {
    id: "tvd",
    label: "Total variation distance p-value",
    kind: "pvalue",
    defaultThreshold: 0.1,
    aliases: ["TVD", "Total-Variation-Distance", "total variation distance"],
    strict: true,
    computable: false
  }
];
var normalise = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, "");
var BY_NAME = /* @__PURE__ */ new Map();
for (const m of METHODS) {
  for (const n of [m.id, m.label, ...m.aliases]) BY_NAME.set(normalise(n), m);
}
function resolveMethod(name) {
  if (!name) return void 0;
  return BY_NAME.get(normalise(name));
}
function isDrift(method, score2, threshold) {
  if (method.kind === "pvalue") return method.strict ? score2 < threshold : score2 <= threshold;
  return method.strict ? score2 > threshold : score2 >= threshold;
}
function thresholdProblem(method, value) {
  if (!Number.isFinite(value)) return `${value} is not a number`;
  if (method.kind === "pvalue" && !(value > 0 && value <= 1))
    return `${method.id} gives a p-value, so its threshold is a significance level in (0, 1], not ${value}`;
  if (method.kind === "distance" && value < 0) return `${method.id} is a distance, so its threshold is at least 0`;
  return void 0;
}
var COMPUTABLE_METHOD_IDS = METHODS.filter((m) => m.computable).map((m) => m.id);

// src/drift/sort.ts
var RADIX_MIN = 2048;
function sortedCopy(values) {
  const n = values.length;
  if (n < RADIX_MIN) return Float64Array.from(values).sort();
  let a = Float64Array.from(values);
  let b = new Float64Array(n);
  let ka = new Uint32Array(a.buffer);
  let kb = new Uint32Array(b.buffer);
  for (let i = 0; i < n; i++) {
    const hi = ka[2 * i + 1];
    if (hi & 2147483648) {
      ka[2 * i + 1] = ~hi >>> 0;
      ka[2 * i] = ~ka[2 * i] >>> 0;
    } else ka[2 * i + 1] = (hi | 2147483648) >>> 0;
  }
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    const lo = ka[2 * i];
    const hi = ka[2 * i + 1];
    counts[lo & 65535]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 65535)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    const word = pass < 2 ? 0 : 1;
    const shift = pass % 2 === 0 ? 0 : 16;
    let skip = false;
    let sum2 = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d];
      if (c === n) skip = true;
      counts[base + d] = sum2;
      sum2 += c;
    }
    if (skip) continue;
    for (let i = 0; i < n; i++) {
      const lo = ka[2 * i];
      const hi = ka[2 * i + 1];
      const digit = (word === 0 ? lo : hi) >>> shift & 65535;
      const pos = counts[base + digit]++;
      kb[2 * pos] = lo;
      kb[2 * pos + 1] = hi;
    }
    [a, b] = [b, a];
    [ka, kb] = [kb, ka];
  }
  for (let i = 0; i < n; i++) {
    const hi = ka[2 * i + 1];
    if (hi & 2147483648) ka[2 * i + 1] = (hi & 2147483647) >>> 0;
    else {
      ka[2 * i + 1] = ~hi >>> 0;
      ka[2 * i] = ~ka[2 * i] >>> 0;
    }
  }
  return a;
}

// src/drift/special.ts
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
var LOG_SQRT_2PI = 0.9189385332046727;
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
var EPS = 2220446049250313e-31;
var TINY = 1e-300;
function gammaQ(a, x) {
  if (!(a > 0) || !(x >= 0)) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let sum2 = 1 / a;
    let term = sum2;
    for (let n = 1; n < 1e4; n++) {
      term *= x / (a + n);
      sum2 += term;
      if (Math.abs(term) < Math.abs(sum2) * EPS) break;
    }
    return Math.max(0, 1 - sum2 * Math.exp(logPrefix));
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(logPrefix) * h;
}
function chi2Sf(x, dof) {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 0;
  if (x <= 0) return 1;
  return gammaQ(dof / 2, x / 2);
}
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  return gammaQ(0.5, x * x);
}
function normalTwoSided(z) {
  return erfc(Math.abs(z) / Math.SQRT2);
}
var MIN_LOG = -745.1332191019412;
function smirnovSf(n, x) {
  if (!(n > 0) || !(x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  let nxfl = Math.floor(nx);
  let alpha = nx - nxfl;
  if (alpha === 1) {
    nxfl += 1;
    alpha = 0;
  }
  if (nxfl === 0 || nxfl === 1 && alpha === 0) return 1 - x * Math.pow(1 + x, n - 1);
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxfl >= n - 1) return Math.pow(1 - x, n);
  if (n > 1e6) {
    return Math.exp(-Math.pow(6 * n * x + 1, 2) / 18 / n);
  }
  const last = n - nxfl - 1;
  let logC = 0;
  let maxLog = -Infinity;
  let sum2 = 0;
  let prev = -Infinity;
  for (let v = 0; v <= last; v++) {
    const t = logC + (v - 1) * Math.log(x + v / n) + (n - v) * Math.log((n - v) / n - x);
    if (t > maxLog) {
      sum2 = sum2 * Math.exp(maxLog - t) + 1;
      maxLog = t;
    } else sum2 += Math.exp(t - maxLog);
    if (t < prev && t < maxLog - 45) break;
    prev = t;
    logC += Math.log((n - v) / (v + 1));
  }
  const p = Math.exp(Math.log(x) + maxLog + Math.log(sum2));
  return Math.min(1, Math.max(0, p));
}
var STIRLING = [
  -0.02955065359477124,
  0.00641025641025641,
  -0.001917526917526917,
  8417508417508417e-19,
  -5952380952380952e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function logFactorialOverPower(n) {
  const rn = 1 / n;
  const z = rn / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * z + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
var E128 = 128;
var EP128 = 2 ** 128;
var EM128 = 2 ** -128;
function matmul(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      const row = k * m;
      const orow = i * m;
      for (let j = 0; j < m; j++) out[orow + j] += aik * b[row + j];
    }
  }
  return out;
}
function kolmognDurbin(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - Math.pow(h, j);
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let P = new Float64Array(m * m);
  for (let i = 0; i < m; i++) P[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let hExpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      P = matmul(P, H, m);
      expnt += hExpnt;
    }
    H = matmul(H, H, m);
    hExpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
      for (let i = 0; i < H.length; i++) H[i] /= EP128;
      hExpnt += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = P[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      expnt -= E128;
    }
  }
  if (expnt !== 0) p *= 2 ** expnt;
  return p;
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function kolmognPomeranz(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1;
  let expnt = 0;
  const gn = g / n;
  const g2n = 2 * g / n;
  const omg = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * gn / m;
    twogpower[m] = twogpower[m - 1] * g2n / m;
    onem2gpower[m] = onem2gpower[m - 1] * omg / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const aStart = k1 - V0s;
      const aLen = Math.max(0, Math.min(ln2, npwrs - aStart));
      const bLen = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let max = 0;
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c;
        let s = 0;
        const lo = Math.max(0, idx - (bLen - 1));
        const hi = Math.min(idx, aLen - 1);
        for (let a = lo; a <= hi; a++) s += V0[aStart + a] * pwrs[idx - a];
        V1[c] = s;
        if (s > max) max = s;
      }
      if (max > 0 && max < EM128) {
        for (let c = 0; c < convLen; c++) V1[c] *= EP128;
        expnt -= E128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      expnt += E128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans *= 2 ** expnt;
  return ans;
}
function kolmognPelzGood(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -(Math.PI * Math.PI) / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const PI2 = Math.PI * Math.PI;
  const PI4 = PI2 * PI2;
  const PI6 = PI4 * PI2;
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * PI2 / 4;
  const k2c = PI4 * (1 - 2 * z2) / 16;
  const k3d = PI6 * (5 - 30 * z2) / 64;
  const k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = Math.pow(q, 8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coeffs[i];
  }
  const SQRT2PI = Math.sqrt(2 * Math.PI);
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT2PI / div[i];
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = Math.pow(q, k2);
    k2extra += k2 * qp;
    const kpi = Math.PI * k;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
  }
  K[2] += k2extra * PI2 * SQRT2PI / (-36 * z3);
  K[3] += k3extra * PI2 * SQRT2PI / (216 * z6);
  let sum2 = 0;
  for (let i = 0; i < 4; i++) sum2 += K[i] / Math.pow(n, i / 2);
  return sum2;
}
var clip01 = (p) => Math.min(1, Math.max(0, p));
function kstwoSf(n, x) {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip01(1 - prob);
  }
  if (t >= n - 1) return clip01(2 * Math.pow(1 - x, n));
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x));
  const nxsquared = t * x;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip01(1 - kolmognDurbin(n, x));
    if (nxsquared <= 4) return clip01(1 - kolmognPomeranz(n, x));
    return clip01(2 * smirnovSf(n, x));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip01(2 * smirnovSf(n, x));
  let cdf;
  if (nxsquared >= 18) cdf = 1;
  else if (n <= 1e5 && n * Math.pow(x, 1.5) <= 1.4) cdf = kolmognDurbin(n, x);
  else cdf = kolmognPelzGood(n, x);
  return clip01(1 - cdf);
}

// src/drift/ks.ts
var MAX_AUTO_N = 1e4;
var INT32_MAX = 2147483647;
function ksStatisticSorted(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let minS = Infinity;
  while (i < n1 || j < n2) {
    const v = j >= n2 || i < n1 && a[i] <= b[j] ? a[i] : b[j];
    while (i < n1 && a[i] <= v) i++;
    while (j < n2 && b[j] <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  const lowS = Math.min(Math.max(-minS, 0), 1);
  return lowS > maxS ? lowS : maxS;
}
function ks2sampSorted(a, b, method = "auto") {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("ks2samp needs two non-empty samples");
  let d = ksStatisticSorted(a, b);
  let mode = method;
  const g = gcd(n1, n2);
  if (mode === "auto") mode = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  else if (mode === "exact" && n1 / g >= INT32_MAX / (n2 / g)) mode = "asymp";
  let prob = NaN;
  if (mode === "exact") {
    const exact = exactTwoSided(n1, n2, g, d);
    if (exact) {
      d = exact.d;
      prob = exact.p;
    } else mode = "asymp";
  }
  if (mode === "asymp") {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    prob = kstwoSf(roundHalfEven(m * n / (m + n)), d);
  }
  return { statistic: d, pvalue: Math.min(1, Math.max(0, prob)) };
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function exactTwoSided(n1, n2, g, dIn) {
  const lcm = n1 / g * n2;
  const h = roundHalfEven(dIn * lcm);
  const d = h / lcm;
  if (h === 0) return { d, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  if (!(p >= 0 && p <= 1)) return void 0;
  return { d, p };
}
function probOutsideSquare(n, h) {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}
function outerProbInside(mIn, nIn, g, h) {
  const m = Math.max(mIn, nIn);
  const n = Math.min(mIn, nIn);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)));
  }
  return A[maxj - minj - 1];
}

// src/drift/stats.ts
function asCategories(pair) {
  if (pair.type === "categorical") return pair;
  const vc = valueCountsUnion(pair.reference, pair.current);
  return {
    type: "categorical",
    labels: vc.values.map((v) => String(v)),
    reference: Float64Array.from(vc.ref),
    current: Float64Array.from(vc.cur),
    sorted: true
  };
}
function compareCodePoints(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 55296 && x <= 57343;
    const ys = y >= 55296 && y <= 57343;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
function binnedShares(pair, fillZeroes) {
  return pair.type === "numeric" ? evidentlyNumericShares(pair.reference, pair.current, fillZeroes, pair.integer) : evidentlyCategoricalShares(pair.reference, pair.current, fillZeroes);
}
function psi(pair, bins = "evidently") {
  const s = bins === "quantile" && pair.type === "numeric" ? quantileShares(pair.reference, pair.current) : binnedShares(pair, true);
  let sum2 = 0;
  for (let i = 0; i < s.reference.length; i++) {
    const r = s.reference[i];
    const c = s.current[i];
    sum2 += (r - c) * Math.log(r / c);
  }
  return sum2;
}
function normalise2(a) {
  let total = 0;
  for (const v of a) total += v;
  return a.map((v) => v / total);
}
function relEntr(x, y) {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}
function klDiv(pair) {
  const s = binnedShares(pair, true);
  const p = normalise2(s.reference);
  const q = normalise2(s.current);
  let sum2 = 0;
  for (let i = 0; i < p.length; i++) sum2 += relEntr(p[i], q[i]);
  return sum2;
}
function jensenShannon(pair, base) {
  const s = binnedShares(pair, false);
  const p = normalise2(s.reference);
  const q = normalise2(s.current);
  let sum2 = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    sum2 += relEntr(p[i], m) + relEntr(q[i], m);
  }
  if (base !== void 0) sum2 /= Math.log(base);
  return Math.sqrt(sum2 / 2);
}
function wassersteinDistance(a, b) {
  const na = a.length;
  const nb = b.length;
  let i = 0;
  let j = 0;
  let sum2 = 0;
  let comp = 0;
  let v = Math.min(a[0], b[0]);
  while (i < na || j < nb) {
    while (i < na && a[i] <= v) i++;
    while (j < nb && b[j] <= v) j++;
    if (i >= na && j >= nb) break;
    const next = j >= nb || i < na && a[i] <= b[j] ? a[i] : b[j];
    const term = Math.abs(i / na - j / nb) * (next - v);
    const t = sum2 + term;
    comp += Math.abs(sum2) >= Math.abs(term) ? sum2 - t + term : term - t + sum2;
    sum2 = t;
    v = next;
  }
  return sum2 + comp;
}
function pairwiseSum(a, start, n) {
  return sumPlain(a, start, n);
}
function sumPlain(a, start, n) {
  if (n < 8) {
    let res = 0;
    for (let i = start; i < start + n; i++) res += a[i];
    return res;
  }
  if (n <= 128) {
    let r0 = a[start];
    let r1 = a[start + 1];
    let r2 = a[start + 2];
    let r3 = a[start + 3];
    let r4 = a[start + 4];
    let r5 = a[start + 5];
    let r6 = a[start + 6];
    let r7 = a[start + 7];
    let i = 8;
    for (; i < n - n % 8; i += 8) {
      const j = start + i;
      r0 += a[j];
      r1 += a[j + 1];
      r2 += a[j + 2];
      r3 += a[j + 3];
      r4 += a[j + 4];
      r5 += a[j + 5];
      r6 += a[j + 6];
      r7 += a[j + 7];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += a[start + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return sumPlain(a, start, n2) + sumPlain(a, start + n2, n - n2);
}
function pairwiseSquares(a, start, n, shift) {
  if (n < 8) {
    let res = 0;
    for (let i = start; i < start + n; i++) res += (a[i] - shift) * (a[i] - shift);
    return res;
  }
  if (n <= 128) {
    let r0 = (a[start] - shift) * (a[start] - shift);
    let r1 = (a[start + 1] - shift) * (a[start + 1] - shift);
    let r2 = (a[start + 2] - shift) * (a[start + 2] - shift);
    let r3 = (a[start + 3] - shift) * (a[start + 3] - shift);
    let r4 = (a[start + 4] - shift) * (a[start + 4] - shift);
    let r5 = (a[start + 5] - shift) * (a[start + 5] - shift);
    let r6 = (a[start + 6] - shift) * (a[start + 6] - shift);
    let r7 = (a[start + 7] - shift) * (a[start + 7] - shift);
    let i = 8;
    for (; i < n - n % 8; i += 8) {
      const j = start + i;
      r0 += (a[j] - shift) * (a[j] - shift);
      r1 += (a[j + 1] - shift) * (a[j + 1] - shift);
      r2 += (a[j + 2] - shift) * (a[j + 2] - shift);
      r3 += (a[j + 3] - shift) * (a[j + 3] - shift);
      r4 += (a[j + 4] - shift) * (a[j + 4] - shift);
      r5 += (a[j + 5] - shift) * (a[j + 5] - shift);
      r6 += (a[j + 6] - shift) * (a[j + 6] - shift);
      r7 += (a[j + 7] - shift) * (a[j + 7] - shift);
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += (a[start + i] - shift) * (a[start + i] - shift);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSquares(a, start, n2, shift) + pairwiseSquares(a, start + n2, n - n2, shift);
}
function std(a) {
  const n = a.length;
  const mean = pairwiseSum(a, 0, n) / n;
  return Math.sqrt(pairwiseSquares(a, 0, n, mean) / n);
}
function wasserstein(pair) {
  return wassersteinDistance(pair.reference, pair.current) / Math.max(std(pair.reference), 1e-3);
}
function ks(pair) {
  return ks2sampSorted(pair.reference, pair.current);
}
function chiSquare(pair) {
  const c = asCategories(pair);
  const nRef = sum(c.reference);
  const nCur = sum(c.current);
  const kNorm = nCur / nRef;
  let stat = 0;
  let k = 0;
  for (let i = 0; i < c.labels.length; i++) {
    if (c.reference[i] === 0 && c.current[i] === 0) continue;
    k++;
    const expected = c.reference[i] * kNorm;
    const diff = c.current[i] - expected;
    stat += diff * diff / expected;
  }
  if (k < 2) return { statistic: 0, pvalue: 1 };
  return { statistic: stat, pvalue: chi2Sf(stat, k - 1) };
}
function zTest(pair) {
  const c = asCategories(pair);
  const present = c.labels.map((_, i) => i).filter((i) => c.reference[i] > 0 || c.current[i] > 0);
  const refKinds = present.filter((i) => c.reference[i] > 0);
  const curKinds = present.filter((i) => c.current[i] > 0);
  if (refKinds.length === 1 && curKinds.length === 1 && refKinds[0] === curKinds[0]) {
    return { statistic: 0, pvalue: 1 };
  }
  const first = c.sorted ? present[0] : present.reduce((a, b) => compareCodePoints(c.labels[b], c.labels[a]) < 0 ? b : a);
  const n1 = sum(c.reference);
  const n2 = sum(c.current);
  const p1 = (n1 - c.reference[first]) / n1;
  const p2 = (n2 - c.current[first]) / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
  return { statistic: z, pvalue: normalTwoSided(z) };
}
function hellinger(pair) {
  let bc = 0;
  if (pair.type === "categorical") {
    const nRef = sum(pair.reference);
    const nCur = sum(pair.current);
    for (let i = 0; i < pair.labels.length; i++) bc += Math.sqrt(pair.reference[i] / nRef * (pair.current[i] / nCur));
  } else {
    const distinct = valueCountsUnion(pair.reference, pair.current).values;
    const edges = sturgesEdges(distinct[0], distinct[distinct.length - 1], distinct.length, pair.integer);
    const h1 = density(histogramSorted(pair.reference, edges), edges);
    const h2 = density(histogramSorted(pair.current, edges), edges);
    const width = (edges[edges.length - 1] - edges[0]) / (edges.length - 1);
    for (let i = 0; i < h1.length; i++) bc += Math.sqrt(h1[i] * h2[i]) * width;
  }
  bc = Math.min(1, Math.max(0, bc));
  return Math.sqrt(1 - bc);
}
function density(counts, edges) {
  const total = sum(counts);
  return counts.map((c, i) => c / (edges[i + 1] - edges[i]) / total);
}
function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

// src/drift/compute.ts
var TYPE_INFERENCES = ["evidently-0.7", "legacy"];
var INTEGER_CARDINALITY_LIMIT = 10;
function distinctNumbers(values) {
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < values.length; i++) {
    seen.add(values[i]);
    if (seen.size > INTEGER_CARDINALITY_LIMIT) break;
  }
  return seen.size;
}
function inferColumnType(col) {
  if (col.type === "numeric") {
    if (col.integer && distinctNumbers(col.values) <= INTEGER_CARDINALITY_LIMIT) return "categorical";
    return "numeric";
  }
  const used = new Uint8Array(col.categories.length);
  let distinct = 0;
  for (let i = 0; i < col.codes.length; i++) {
    if (!used[col.codes[i]]) {
      used[col.codes[i]] = 1;
      distinct++;
    }
  }
  return distinct > col.codes.length * 0.5 ? "text" : "categorical";
}
var AUTO_SMALL_REFERENCE = 1e3;
function chooseMethod(referenceRows, type, uniqueValues) {
  if (referenceRows <= AUTO_SMALL_REFERENCE) {
    if (type === "numeric" && uniqueValues > 5) return "ks";
    return uniqueValues > 2 ? "chisquare" : "z";
  }
  return type === "numeric" && uniqueValues > 5 ? "wasserstein" : "jensenshannon";
}
var NUMERIC_ONLY = /* @__PURE__ */ new Set(["ks", "wasserstein"]);
function methodInfo(id) {
  const m = resolveMethod(id);
  if (!m) throw new Error(`unknown drift method "${id}"`);
  return m;
}
function resolveComputableMethod(name) {
  if (name === "auto") return "auto";
  const m = resolveMethod(name);
  if (!m || !m.computable) {
    const known = ["auto", "ks", "psi", "wasserstein", "jensenshannon", "chisquare", "z", "kl_div", "hellinger"];
    throw new Error(`drift method "${name}" cannot be computed from samples; use one of: ${known.join(", ")}`);
  }
  return m.id;
}
function thresholdFor(column, method, explicitMethod, thresholds) {
  if (typeof thresholds === "number") {
    if (explicitMethod !== "auto") return thresholds;
    return method.kind === "distance" ? thresholds : method.defaultThreshold;
  }
  if (thresholds) {
    if (thresholds[column] !== void 0) return thresholds[column];
    for (const [key, value] of Object.entries(thresholds)) {
      if (resolveMethod(key)?.id === method.id) return value;
    }
  }
  return method.defaultThreshold;
}
function categoricalCounts(col, index, labels) {
  const local = new Float64Array(col.categories.length);
  for (let i = 0; i < col.codes.length; i++) local[col.codes[i]]++;
  const counts = [];
  col.categories.forEach((label, k) => {
    let g = index.get(label);
    if (g === void 0) {
      g = labels.length;
      labels.push(label);
      index.set(label, g);
    }
    counts[g] = (counts[g] ?? 0) + local[k];
  });
  return counts;
}
function asLabels(col) {
  if (col.type === "categorical") return col;
  const index = /* @__PURE__ */ new Map();
  const categories = [];
  const codes = new Int32Array(col.values.length);
  col.values.forEach((v, i) => {
    const label = String(v);
    let k = index.get(label);
    if (k === void 0) {
      k = categories.length;
      categories.push(label);
      index.set(label, k);
    }
    codes[i] = k;
  });
  return { name: col.name, type: "categorical", codes, categories, missing: col.missing };
}
function prepare(ref, cur, type) {
  if (ref.type === "numeric" && cur.type === "numeric") {
    const r = sortedCopy(ref.values);
    const c = sortedCopy(cur.values);
    const integer = !!ref.integer && !!cur.integer;
    const numeric2 = { type: "numeric", reference: r, current: c, ...integer ? { integer } : {} };
    const pair2 = type === "numeric" ? numeric2 : asCategories(numeric2);
    return { pair: pair2, unique: pair2.type === "numeric" ? countDistinctUnion(r, c) : pair2.labels.length };
  }
  const index = /* @__PURE__ */ new Map();
  const labels = [];
  const rc = categoricalCounts(asLabels(ref), index, labels);
  const cc = categoricalCounts(asLabels(cur), index, labels);
  const order = labels.map((_, k) => k).sort((a, b) => compareCodePoints(labels[a], labels[b]));
  const pair = {
    type: "categorical",
    labels: order.map((k) => labels[k]),
    reference: Float64Array.from(order, (k) => rc[k] ?? 0),
    current: Float64Array.from(order, (k) => cc[k] ?? 0),
    sorted: true
  };
  return { pair, unique: labels.length };
}
function score(methodId, pair, options) {
  switch (methodId) {
    case "ks": {
      const r = ks(pair);
      return { score: r.pvalue, statistic: r.statistic };
    }
    case "wasserstein":
      return { score: wasserstein(pair) };
    case "psi":
      return { score: psi(pair, options.psiBins ?? "evidently") };
    case "jensenshannon":
      return { score: jensenShannon(pair, options.jsBase) };
    case "kl_div":
      return { score: klDiv(pair) };
    case "hellinger":
      return { score: hellinger(pair) };
    case "chisquare":
      return { score: chiSquare(pair).pvalue };
    case "z":
      return { score: zTest(pair).pvalue };
    default:
      throw new Error(`drift method "${methodId}" is not computable`);
  }
}
function computeDrift(reference, current, options = {}) {
  const method = resolveComputableMethod(options.method ?? "auto");
  const datasetShare = options.datasetShare ?? 0.5;
  const notes = [...reference.notes, ...current.notes];
  const currentByName = new Map(current.columns.map((c) => [c.name, c]));
  const referenceNames = new Set(reference.columns.map((c) => c.name));
  const features = [];
  for (const refCol of reference.columns) {
    const curCol = currentByName.get(refCol.name);
    if (!curCol) {
      notes.push(`column "${refCol.name}" is in ${reference.source} only; skipped`);
      continue;
    }
    const name = refCol.name;
    const declared = options.columns?.[name];
    let type;
    if (declared) type = declared;
    else if (options.typeInference === "legacy") type = refCol.type === curCol.type ? refCol.type : "categorical";
    else {
      const inferred = inferColumnType(curCol);
      if (inferred === "text") {
        notes.push(
          `column "${name}" is text (more than half of its values in ${current.source} are distinct): Evidently 0.7 judges text columns with a text-content classifier the gate does not compute, so it is not judged; declare it categorical under columns to judge its categories`
        );
        continue;
      }
      type = inferred;
    }
    if (!declared && refCol.type !== curCol.type) {
      notes.push(`column "${name}" is numeric on one side and categorical on the other; compared as categories`);
    }
    if (type === "numeric" && (refCol.type !== "numeric" || curCol.type !== "numeric")) type = "categorical";
    const base = {
      name,
      type,
      method: method === "auto" ? "" : method,
      score: null,
      missing: { reference: refCol.missing, current: curCol.missing },
      rows: { reference: reference.rows, current: current.rows }
    };
    const refCount = refCol.type === "numeric" ? refCol.values.length : refCol.codes.length;
    const curCount = curCol.type === "numeric" ? curCol.values.length : curCol.codes.length;
    if (refCount === 0 || curCount === 0) {
      const side2 = refCount === 0 ? reference.source : current.source;
      notes.push(`column "${name}" has no value in ${side2} once missing values are dropped; it cannot be judged`);
      if (!base.method) base.method = chooseMethod(refCount, type, 0);
      base.threshold = thresholdFor(name, methodInfo(base.method), method, options.thresholds);
      features.push(base);
      continue;
    }
    const prepared = prepare(refCol, curCol, type);
    let methodId = method === "auto" ? chooseMethod(refCount, type, prepared.unique) : method;
    if (NUMERIC_ONLY.has(methodId) && prepared.pair.type !== "numeric") {
      const fallback = chooseMethod(refCount, "categorical", prepared.unique);
      notes.push(
        `${methodId} does not apply to categorical column "${name}"; used ${fallback} as Evidently's auto would`
      );
      methodId = fallback;
    }
    const info = methodInfo(methodId);
    const threshold = thresholdFor(name, info, method, options.thresholds);
    const bad = thresholdProblem(info, threshold);
    if (bad) throw new Error(`drift threshold for column "${name}": ${bad}`);
    const { score: value, statistic } = score(methodId, prepared.pair, options);
    features.push({
      ...base,
      method: methodId,
      score: value,
      threshold,
      drifted: Number.isNaN(value) ? void 0 : isDrift(info, value, threshold),
      ...statistic !== void 0 ? { statistic } : {},
      histogram: histogram(prepared.pair)
    });
  }
  for (const c of current.columns) {
    if (!referenceNames.has(c.name)) notes.push(`column "${c.name}" is in ${current.source} only; skipped`);
  }
  const judged = features.filter((f) => f.drifted !== void 0);
  const drifted = judged.filter((f) => f.drifted).length;
  const total = judged.length;
  const share = total === 0 ? 0 : drifted / total;
  return {
    source: options.source ?? `${reference.source} vs ${current.source}`,
    format: "computed",
    features,
    dataset: { drifted, total, share, threshold: datasetShare },
    notes
  };
}
function datasetDrifted(evidence) {
  const d = evidence.dataset;
  return !!d && d.total > 0 && d.share >= (d.threshold ?? 0.5);
}
var NUMERIC_BINS = 10;
var TOP_CATEGORIES = 9;
function formatEdge(v) {
  if (v === 0) return "0";
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-3) return v.toExponential(2);
  return String(Number(v.toPrecision(4)));
}
function histogram(pair) {
  if (pair.type === "numeric") {
    const distinct = countDistinctUnion(pair.reference, pair.current);
    if (distinct > NUMERIC_BINS) {
      const min = Math.min(pair.reference[0], pair.current[0]);
      const max = Math.max(pair.reference[pair.reference.length - 1], pair.current[pair.current.length - 1]);
      const edges = linspace(min, max, NUMERIC_BINS + 1);
      const labels = [];
      for (let i = 0; i < NUMERIC_BINS; i++) {
        labels.push(`[${formatEdge(edges[i])}, ${formatEdge(edges[i + 1])}${i === NUMERIC_BINS - 1 ? "]" : ")"}`);
      }
      return {
        labels,
        reference: Array.from(histogramSorted(pair.reference, edges)),
        current: Array.from(histogramSorted(pair.current, edges))
      };
    }
  }
  const c = asCategories(pair);
  const order = c.labels.map((_, i) => i).filter((i) => c.reference[i] + c.current[i] > 0);
  if (pair.type === "categorical")
    order.sort(
      (a, b) => c.reference[b] + c.current[b] - (c.reference[a] + c.current[a]) || compareCodePoints(c.labels[a], c.labels[b])
    );
  const shown3 = order.length > TOP_CATEGORIES + 1 ? order.slice(0, TOP_CATEGORIES) : order;
  const rest = order.slice(shown3.length);
  const h = {
    labels: shown3.map((i) => c.labels[i]),
    reference: shown3.map((i) => c.reference[i]),
    current: shown3.map((i) => c.current[i])
  };
  if (rest.length > 0) {
    h.labels.push(`other (${rest.length})`);
    h.reference.push(rest.reduce((s, i) => s + c.reference[i], 0));
    h.current.push(rest.reduce((s, i) => s + c.current[i], 0));
  }
  return h;
}
function toGenericReport(evidence) {
  const features = {};
  for (const f of evidence.features) {
    features[f.name] = {
      type: f.type,
      method: f.method,
      score: f.score !== null && Number.isFinite(f.score) ? f.score : null,
      threshold: f.threshold,
      drifted: f.drifted,
      ...f.statistic !== void 0 ? { statistic: f.statistic } : {},
      missing: f.missing,
      rows: f.rows,
      histogram: f.histogram
    };
  }
  const d = evidence.dataset ?? { drifted: 0, total: 0, share: 0 };
  const threshold = d.threshold ?? 0.5;
  return {
    features,
    dataset: { drifted: d.drifted, total: d.total, share: d.share, threshold, detected: datasetDrifted(evidence) },
    ...evidence.notes.length ? { notes: evidence.notes } : {}
  };
}

// src/engine.ts
import { createHash as createHash5 } from "node:crypto";

// src/evidence/gather.ts
import { createHash as createHash2 } from "node:crypto";

// src/files/paths.ts
import { posix } from "node:path";
function resolveReference(fromFile, ref) {
  if (typeof ref !== "string" || ref.trim() === "") return { ok: false, message: "the path is empty" };
  if (ref.includes("\0")) return { ok: false, message: "the path contains a NUL byte" };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref))
    return { ok: false, message: `'${ref}' is a URL; evidence must be a file in the repository` };
  if (ref.startsWith("/") || ref.startsWith("\\") || /^[a-z]:[\\/]/i.test(ref))
    return {
      ok: false,
      message: `'${ref}' is an absolute path; write it relative to the manifest so it stays in the repository`
    };
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), ref.replace(/\\/g, "/")));
  if (joined === ".." || joined.startsWith("../"))
    return { ok: false, message: `'${ref}' leaves the repository; evidence must be inside it` };
  if (insideGitDir(joined))
    return { ok: false, message: `'${ref}' is inside .git, which is never evidence (it can hold credentials)` };
  return { ok: true, path: joined === "." ? "" : joined.replace(/\/$/, "") };
}
function normaliseRepoPath(p) {
  return resolveReference("", p);
}
function insideGitDir(path) {
  return path.split(/[\\/]/).some((part) => part.toLowerCase() === ".git");
}

// src/files/text.ts
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes) {
  if (bytes.length === 0) return { ok: false, message: "the file is empty" };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, message: "the file is binary (it contains NUL bytes), not text" };
  let text2;
  try {
    text2 = decoder.decode(bytes);
  } catch {
    return { ok: false, message: "the file is not valid UTF-8 text; save it as UTF-8" };
  }
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  if (text2.trim() === "") return { ok: false, message: "the file is empty (only white space)" };
  return { ok: true, text: text2 };
}

// src/evidence/document.ts
var import_yaml = __toESM(require_dist(), 1);

// src/evidence/result.ts
var EvidenceError = class extends Error {
  constructor(message, at2, line, fix) {
    super(message);
    this.at = at2;
    this.line = line;
    this.fix = fix;
    this.name = "EvidenceError";
  }
  at;
  line;
  fix;
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isFiniteNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
function describeValue(value) {
  if (value === null) return "null";
  if (value === void 0) return "missing";
  if (typeof value === "string") {
    const shown3 = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `the string '${shown3}'`;
  }
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN (not a number)";
    if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
    return `the number ${value}`;
  }
  if (typeof value === "boolean") return `the boolean ${value}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return "an object";
}
function formatPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
function runReader(path, read, locate2) {
  try {
    return { ok: true, evidence: read() };
  } catch (err) {
    if (!(err instanceof EvidenceError)) throw err;
    const line = err.line ?? (err.at ? locateNearest(err.at, locate2) : void 0);
    const where2 = line !== void 0 ? `${path}:${line}` : path;
    return {
      ok: false,
      message: `${where2}: ${err.message}`,
      ...line !== void 0 ? { line } : {},
      ...err.fix !== void 0 ? { fix: err.fix } : {}
    };
  }
}
function locateNearest(at2, locate2) {
  for (let n = at2.length; n >= 0; n--) {
    const line = locate2(at2.slice(0, n));
    if (line !== void 0) return line;
  }
  return void 0;
}
function setKey(obj, key, value) {
  if (key === "__proto__")
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
function hasKey(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

// src/evidence/json.ts
var JsonSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var MAX_DEPTH = 512;
function parseLenientJson(text2) {
  try {
    return { ok: true, value: JSON.parse(text2) };
  } catch {
  }
  const parser = new LenientParser(text2);
  try {
    return { ok: true, value: parser.document() };
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    const { line, column } = lineAndColumn(text2, err.offset);
    return { ok: false, message: err.message, line, column };
  }
}
function locateJsonPath(text2, path) {
  const parser = new LenientParser(text2, path);
  try {
    parser.document();
  } catch {
  }
  return parser.foundAt === void 0 ? void 0 : lineAndColumn(text2, parser.foundAt).line;
}
function lineAndColumn(text2, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text2.length);
  for (let i = 0; i < end; i++) {
    if (text2.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
var LenientParser = class {
  constructor(text2, target) {
    this.text = text2;
    this.target = target;
    if (text2.charCodeAt(0) === 65279) this.pos = 1;
  }
  text;
  target;
  pos = 0;
  depth = 0;
  /** The path of the value being parsed; maintained only when a target is looked for. */
  path = [];
  foundAt;
  document() {
    const value = this.value();
    this.skipSpace();
    if (this.pos < this.text.length) {
      throw new JsonSyntaxError("unexpected text after the end of the JSON value", this.pos);
    }
    return value;
  }
  fail(message, offset = this.pos) {
    throw new JsonSyntaxError(message, offset);
  }
  skipSpace() {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.pos++;
      else break;
    }
  }
  startsWith(word) {
    return this.text.startsWith(word, this.pos);
  }
  value() {
    this.skipSpace();
    if (this.target && this.foundAt === void 0 && samePath(this.path, this.target)) this.foundAt = this.pos;
    const t = this.text;
    if (this.pos >= t.length) this.fail("unexpected end of the file: a value is missing");
    const c = t[this.pos];
    switch (c) {
      case "{":
        return this.object();
      case "[":
        return this.array();
      case '"':
        return this.string();
      case "'":
        this.fail(
          'strings must use double quotes ("..."), not single quotes; this looks like a Python repr: save the data with json.dump'
        );
    }
    const code = t.charCodeAt(this.pos);
    if (code >= 48 && code <= 57 || code === 45 && t.charCodeAt(this.pos + 1) !== 73) {
      NUMBER.lastIndex = this.pos;
      const m = NUMBER.exec(t);
      if (m) {
        this.pos += m[0].length;
        return Number(m[0]);
      }
    }
    if (this.literal("true")) return true;
    if (this.literal("false")) return false;
    if (this.literal("null")) return null;
    if (this.literal("NaN")) return NaN;
    if (this.literal("Infinity")) return Infinity;
    if (this.literal("-Infinity")) return -Infinity;
    if (this.startsWith("None") || this.startsWith("True") || this.startsWith("False")) {
      this.fail("None/True/False are Python, not JSON (null/true/false): save the data with json.dump, not print()");
    }
    if (this.startsWith("nan") || this.startsWith("inf") || this.startsWith("-inf")) {
      this.fail("'nan'/'inf' are not JSON; write NaN, Infinity or a number");
    }
    this.fail(`unexpected character '${c}' where a value should start`);
  }
  literal(word) {
    if (!this.startsWith(word)) return false;
    const next = this.text.charCodeAt(this.pos + word.length);
    if (next >= 65 && next <= 90 || next >= 97 && next <= 122 || next >= 48 && next <= 57 || next === 95) {
      return false;
    }
    this.pos += word.length;
    return true;
  }
  string() {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    let escaped = false;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 32)
        this.fail("a string is not closed before the end of the line (or holds a raw control character)", start);
      i++;
    }
    if (i >= t.length) this.fail("a string is not closed before the end of the file", start);
    this.pos = i + 1;
    const raw = t.slice(start, i + 1);
    if (!escaped) return raw.slice(1, -1);
    try {
      return JSON.parse(raw);
    } catch {
      this.fail(
        'a string holds an invalid escape sequence (a backslash must start \\n, \\", \\\\, \\uXXXX, ...)',
        start
      );
    }
  }
  enter() {
    if (++this.depth > MAX_DEPTH) this.fail(`the document is nested deeper than ${MAX_DEPTH} levels`);
    this.pos++;
  }
  object() {
    this.enter();
    const out = {};
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      this.depth--;
      return out;
    }
    for (; ; ) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c !== '"') {
        if (c === "}") this.fail("a comma before } is not allowed in JSON (trailing comma)");
        if (c === "'")
          this.fail(
            "object keys must use double quotes, not single quotes; this looks like a Python repr: save the data with json.dump"
          );
        if (c === void 0) this.fail("unexpected end of the file inside an object: a } is missing");
        this.fail("expected a key in double quotes");
      }
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ":") this.fail(`expected ':' after the key "${key}"`);
      this.pos++;
      if (this.target) this.path.push(key);
      const value = this.value();
      if (this.target) this.path.pop();
      setKey(out, key, value);
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ",") {
        this.pos++;
        continue;
      }
      if (next === "}") {
        this.pos++;
        this.depth--;
        return out;
      }
      if (next === void 0) this.fail("unexpected end of the file inside an object: a } is missing");
      this.fail("expected ',' or '}' after a value in an object");
    }
  }
  array() {
    this.enter();
    const out = [];
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      this.depth--;
      return out;
    }
    for (; ; ) {
      this.skipSpace();
      if (this.text[this.pos] === "]") this.fail("a comma before ] is not allowed in JSON (trailing comma)");
      if (this.target) this.path.push(out.length);
      out.push(this.value());
      if (this.target) this.path.pop();
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ",") {
        this.pos++;
        continue;
      }
      if (next === "]") {
        this.pos++;
        this.depth--;
        return out;
      }
      if (next === void 0) this.fail("unexpected end of the file inside a list: a ] is missing");
      this.fail("expected ',' or ']' after a value in a list");
    }
  }
};
function samePath(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/evidence/document.ts
function syntaxOf(path, text2) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yml") || lower.endsWith(".yaml")) return "yaml";
  const first = text2.trimStart()[0];
  return first === "{" || first === "[" ? "json" : "yaml";
}
function parseText(text2, syntax, lineOffset = 0) {
  return syntax === "json" ? parseJsonDocument(text2) : parseYamlDocument(text2, lineOffset);
}
function parseJsonDocument(text2) {
  const parsed = parseLenientJson(text2);
  if (!parsed.ok) {
    throw new EvidenceError(
      `invalid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
      void 0,
      parsed.line
    );
  }
  return { value: parsed.value, locate: (at2) => locateJsonPath(text2, at2) };
}
function parseYamlDocument(text2, lineOffset) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text2, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = lineCounter.linePos(err.pos[0]);
    const line = pos.line + lineOffset;
    const what = err.message.split("\n")[0];
    throw new EvidenceError(`invalid YAML at line ${line}, column ${pos.col}: ${what}`, void 0, line);
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new EvidenceError(`the YAML could not be read: ${err.message}`);
  }
  return {
    value,
    locate: (at2) => {
      const node = doc.getIn(at2, true);
      if (!(0, import_yaml.isNode)(node) || !node.range) return void 0;
      return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
  };
}

// src/evidence/metric-values.ts
var MAX_GROUP_DEPTH = 4;
function notANumberMessage(raw, label) {
  if (typeof raw === "string") {
    const trimmed = raw.trim();
    if (trimmed !== "" && Number.isFinite(Number(trimmed))) {
      return `${label} is the string '${raw}'; write it as a number without quotes: ${Number(trimmed)}`;
    }
    return `${label} is the string '${raw}'; write a number like 0.91`;
  }
  if (typeof raw === "number") {
    if (Number.isNaN(raw)) {
      return `${label} is NaN (not a number): the tool that wrote it could not compute it; fix the evaluation or leave the metric out`;
    }
    return `${label} is ${raw > 0 ? "Infinity" : "-Infinity"}; write a finite number`;
  }
  if (raw === null) return `${label} is null; write a number like 0.91, or leave the metric out`;
  if (raw === void 0) return `${label} is missing; write a number like 0.91`;
  if (typeof raw === "boolean") return `${label} is the boolean ${raw}; write a number like 0.91`;
  if (Array.isArray(raw))
    return `${label} is a list; write a number like 0.91, or { "value": 0.91, "ci": [0.89, 0.93] }`;
  return `${label} is an object without "value"; write a number, or { "value": 0.874, "ci": [0.869, 0.879], "n": 1200 }`;
}
function requireNumber(raw, at2) {
  if (isFiniteNumber(raw)) return raw;
  throw new EvidenceError(notANumberMessage(raw, formatPath(at2)), at2);
}
function requireCount(raw, at2) {
  const n = requireNumber(raw, at2);
  if (!Number.isInteger(n) || n < 0) {
    throw new EvidenceError(`${formatPath(at2)} is ${n}; it counts rows, so write a whole number >= 0`, at2);
  }
  return n;
}
function readMetricValue(raw, at2) {
  if (isFiniteNumber(raw)) return { value: raw };
  if (!isRecord(raw) || !("value" in raw)) {
    if (isRecord(raw) && ("ci" in raw || "n" in raw)) {
      throw new EvidenceError(
        `${formatPath(at2)} has ${"ci" in raw ? "ci" : "n"} but no "value"; add "value": <the metric>`,
        at2
      );
    }
    throw new EvidenceError(notANumberMessage(raw, formatPath(at2)), at2);
  }
  const out = { value: requireNumber(raw.value, [...at2, "value"]) };
  if (raw.ci !== void 0) out.ci = readInterval(raw.ci, [...at2, "ci"]);
  if (raw.n !== void 0) out.n = requireCount(raw.n, [...at2, "n"]);
  return out;
}
function readInterval(raw, at2) {
  if (!Array.isArray(raw) || raw.length !== 2) {
    throw new EvidenceError(`${formatPath(at2)} must be [low, high], two numbers like [0.869, 0.879]`, at2);
  }
  const low = requireNumber(raw[0], [...at2, 0]);
  const high = requireNumber(raw[1], [...at2, 1]);
  if (low > high) {
    throw new EvidenceError(`${formatPath(at2)} is [${low}, ${high}]: low is above high; write [low, high]`, at2);
  }
  return [low, high];
}
function readMetricMap(raw, at2, skip = /* @__PURE__ */ new Set()) {
  if (!isRecord(raw)) {
    throw new EvidenceError(
      `${formatPath(at2) || "the file"} must be an object of metric names to numbers, like { "auc": 0.91 }`,
      at2
    );
  }
  const out = {};
  collect(raw, at2, "", 0, skip, out);
  return out;
}
function collect(obj, at2, prefix, depth, skip, out) {
  for (const [key, value] of Object.entries(obj)) {
    if (depth === 0 && skip.has(key)) continue;
    const here = [...at2, key];
    const name = prefix + key;
    const isGroup = isRecord(value) && !("value" in value) && !("ci" in value) && !("n" in value);
    if (isGroup && depth < MAX_GROUP_DEPTH && Object.keys(value).length > 0) {
      collect(value, here, `${name}.`, depth + 1, skip, out);
      continue;
    }
    if (hasKey(out, name)) throw new EvidenceError(`the metric "${name}" is written twice; keep one`, here);
    setKey(out, name, readMetricValue(value, here));
  }
}

// src/evidence/drift-feature.ts
var UNRECORDED_METHOD = "unrecorded";
function buildFeature(raw, at2, tool, notes) {
  let method;
  if (raw.method === void 0 || raw.method.trim() === "") {
    method = UNRECORDED_METHOD;
    notes.push(
      `${raw.name}: ${tool} did not record which drift method it used, so the score's direction is unknown; set the method explicitly when producing the report`
    );
  } else {
    const known = resolveMethod(raw.method);
    method = known ? known.id : raw.method;
    if (!known)
      notes.push(
        `${raw.name}: unknown drift method '${raw.method}'; the gate cannot tell whether a high or a low score means drift`
      );
  }
  const score2 = isFiniteNumber(raw.score) ? raw.score : readScore(raw.score, raw.name, [...at2, raw.keys?.score ?? "score"], tool, notes);
  const feature = { name: raw.name, method, score: score2 };
  if (raw.threshold !== void 0 && raw.threshold !== null) {
    feature.threshold = requireNumber(raw.threshold, [...at2, raw.keys?.threshold ?? "threshold"]);
  }
  if (raw.type) feature.type = raw.type;
  if (raw.drifted !== void 0) feature.drifted = raw.drifted;
  if (isFiniteNumber(raw.statistic)) feature.statistic = raw.statistic;
  if (raw.histogram) feature.histogram = raw.histogram;
  if (raw.missing) feature.missing = raw.missing;
  if (raw.rows) feature.rows = raw.rows;
  return feature;
}
function readScore(raw, name, at2, tool, notes) {
  if (isFiniteNumber(raw)) return raw;
  if (raw === null || raw === void 0) {
    notes.push(`${name}: ${tool} gives no drift score`);
    return null;
  }
  if (typeof raw === "number") {
    notes.push(
      `${name}: ${tool} wrote ${describeValue(raw)} as the drift score (it could not compute one); kept as no score`
    );
    return null;
  }
  throw new EvidenceError(
    `the drift score of '${name}' is ${describeValue(raw)}; write a number, or null when there is none`,
    at2
  );
}
function columnType(raw) {
  if (typeof raw !== "string") return void 0;
  const t = raw.toLowerCase();
  if (t === "numeric" || t === "num" || t === "numerical") return "numeric";
  if (t === "categorical" || t === "cat" || t === "category") return "categorical";
  return void 0;
}
function readPair(raw, at2) {
  if (!isRecord(raw))
    throw new EvidenceError(`${formatPath(at2)} must be { "reference": <count>, "current": <count> }`, at2);
  return {
    reference: requireCount(raw.reference, [...at2, "reference"]),
    current: requireCount(raw.current, [...at2, "current"])
  };
}
function readHistogram(raw, at2) {
  const shape = `${formatPath(at2)} must be { "labels": [...], "reference": [numbers], "current": [numbers] } of equal lengths`;
  if (!isRecord(raw) || !Array.isArray(raw.labels) || !Array.isArray(raw.reference) || !Array.isArray(raw.current)) {
    throw new EvidenceError(shape, at2);
  }
  const { labels, reference, current } = raw;
  if (reference.length !== labels.length || current.length !== labels.length) throw new EvidenceError(shape, at2);
  return {
    labels: labels.map((l) => String(l)),
    // Check before building a path: histograms are the bulk of a report, and paths are only for errors.
    reference: reference.map((v, i) => isFiniteNumber(v) ? v : requireNumber(v, [...at2, "reference", i])),
    current: current.map((v, i) => isFiniteNumber(v) ? v : requireNumber(v, [...at2, "current", i]))
  };
}

// src/evidence/histogram.ts
function side(raw) {
  const dist = isRecord(raw) ? raw.small_distribution : void 0;
  if (!isRecord(dist) || !Array.isArray(dist.x) || !Array.isArray(dist.y)) return void 0;
  if (!dist.y.every((v) => isFiniteNumber(v) && v >= 0)) return void 0;
  return { x: dist.x, y: dist.y };
}
function evidentlyHistogram(reference, current) {
  const ref = side(reference);
  const cur = side(current);
  if (!ref || !cur) return void 0;
  if (ref.x.length === ref.y.length && cur.x.length === cur.y.length) return categorical(ref, cur);
  if (ref.x.length === ref.y.length + 1 && cur.x.length === cur.y.length + 1) return numeric(ref, cur);
  return void 0;
}
function shares2(values) {
  const total = values.reduce((a, b) => a + b, 0);
  return total > 0 ? values.map((v) => v / total) : void 0;
}
function categorical(ref, cur) {
  const labels = [];
  const index = /* @__PURE__ */ new Map();
  for (const x of [...ref.x, ...cur.x]) {
    const label = String(x);
    if (!index.has(label)) {
      index.set(label, labels.length);
      labels.push(label);
    }
  }
  const counts = (s) => {
    const out = new Array(labels.length).fill(0);
    s.x.forEach((x, i) => out[index.get(String(x))] += s.y[i]);
    return out;
  };
  const r = shares2(counts(ref));
  const c = shares2(counts(cur));
  return r && c ? { histogram: { labels, reference: r, current: c }, rebinned: false } : void 0;
}
function edgesOf(s) {
  const edges = s.x;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    if (!isFiniteNumber(e) || i > 0 && e < edges[i - 1]) return void 0;
  }
  return edges;
}
var near = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
function numeric(ref, cur) {
  const re = edgesOf(ref);
  const ce = edgesOf(cur);
  if (!re || !ce) return void 0;
  const sameBins = re.length === ce.length && re.every((e, i) => near(e, ce[i]));
  const grid = sameBins ? re : commonGrid(re, ce, Math.max(ref.y.length, cur.y.length));
  const r = shares2(spread(re, ref.y, grid));
  const c = shares2(spread(ce, cur.y, grid));
  if (!r || !c) return void 0;
  const labels = grid.slice(0, -1).map((lo, i) => `[${fmt(lo)}, ${fmt(grid[i + 1])}${i === grid.length - 2 ? "]" : ")"}`);
  return { histogram: { labels, reference: r, current: c }, rebinned: !sameBins };
}
function commonGrid(a, b, bins) {
  const lo = Math.min(a[0], b[0]);
  const hi = Math.max(a[a.length - 1], b[b.length - 1]);
  const width = (hi - lo) / bins;
  return Array.from({ length: bins + 1 }, (_, i) => i === bins ? hi : lo + i * width);
}
function spread(edges, density2, grid) {
  const out = new Array(grid.length - 1).fill(0);
  for (let i = 0; i < density2.length; i++) {
    const a = edges[i];
    const b = edges[i + 1];
    const mass = density2[i] * (b - a);
    if (mass <= 0) continue;
    for (let j = 0; j < out.length; j++) {
      const overlap = Math.min(b, grid[j + 1]) - Math.max(a, grid[j]);
      if (overlap > 0) out[j] += mass * (overlap / (b - a));
    }
  }
  return out;
}
function fmt(n) {
  return String(Number(n.toPrecision(4)));
}

// src/evidence/evidently.ts
var TOOL = "Evidently";
var shortType = (t) => typeof t === "string" ? t.split(":").pop() ?? t : "";
var FeatureSet = class {
  constructor(notes) {
    this.notes = notes;
  }
  notes;
  list = [];
  names = /* @__PURE__ */ new Set();
  add(raw, at2) {
    if (this.names.has(raw.name)) {
      this.notes.push(`${raw.name}: the report gives this column's drift more than once; the first is used`);
      return;
    }
    this.names.add(raw.name);
    this.list.push(buildFeature(raw, at2, TOOL, this.notes));
  }
};
function readDataset(drifted, total, share, at2, names, from) {
  const d = requireCount(drifted, [...at2, names[0]]);
  const t = requireCount(total, [...at2, names[1]]);
  const s = share === void 0 ? t > 0 ? d / t : 0 : requireNumber(share, [...at2, names[2]]);
  if (d > t) throw new EvidenceError(`${names[0]} (${d}) is more than ${names[1]} (${t})`, at2);
  return { drifted: d, total: t, share: s, from };
}
function isEvidentlyLegacyReport(doc) {
  return Array.isArray(doc.metrics) && doc.metrics.some((m) => isRecord(m) && typeof m.metric === "string" && "result" in m);
}
function readEvidentlyLegacyReport(doc, source) {
  const notes = [];
  const features = new FeatureSet(notes);
  let dataset;
  let tableDataset;
  let rebinned = false;
  const seen = [];
  const column = (r, fallbackName, at2) => {
    const hist = evidentlyHistogram(r.reference, r.current);
    rebinned ||= hist?.rebinned ?? false;
    features.add(
      {
        name: typeof r.column_name === "string" ? r.column_name : fallbackName,
        method: typeof r.stattest_name === "string" ? r.stattest_name : void 0,
        score: r.drift_score,
        threshold: r.stattest_threshold,
        type: columnType(r.column_type),
        drifted: typeof r.drift_detected === "boolean" ? r.drift_detected : void 0,
        histogram: hist?.histogram,
        keys: { score: "drift_score", threshold: "stattest_threshold" }
      },
      at2
    );
  };
  doc.metrics.forEach((m, i) => {
    if (!isRecord(m)) return;
    const type = shortType(m.metric);
    seen.push(type);
    const at2 = ["metrics", i, "result"];
    const r = m.result;
    if (!isRecord(r)) return;
    if (type === "ColumnDriftMetric") column(r, `column ${i}`, at2);
    else if (type === "DataDriftTable") {
      if (!isRecord(r.drift_by_columns)) throw new EvidenceError("DataDriftTable has no drift_by_columns", at2);
      for (const [name, col] of Object.entries(r.drift_by_columns)) {
        if (isRecord(col)) column(col, name, [...at2, "drift_by_columns", name]);
      }
      tableDataset = readDataset(
        r.number_of_drifted_columns,
        r.number_of_columns,
        r.share_of_drifted_columns,
        at2,
        ["number_of_drifted_columns", "number_of_columns", "share_of_drifted_columns"],
        "DataDriftTable"
      );
    } else if (type === "DatasetDriftMetric") {
      dataset = readDataset(
        r.number_of_drifted_columns,
        r.number_of_columns,
        r.share_of_drifted_columns,
        at2,
        ["number_of_drifted_columns", "number_of_columns", "share_of_drifted_columns"],
        "DatasetDriftMetric"
      );
      if (r.drift_share !== void 0) dataset.threshold = requireNumber(r.drift_share, [...at2, "drift_share"]);
    }
  });
  dataset ??= tableDataset;
  if (features.list.length === 0 && !dataset) {
    throw new EvidenceError(
      `the Evidently report has no drift metric (DataDriftTable, ColumnDriftMetric or DatasetDriftMetric); it has: ${seen.join(", ") || "none"}. Add DataDriftPreset() or DataDriftTable() to the report`
    );
  }
  if (features.list.length === 0) notes.push("the report gives only the dataset summary, no per-column drift");
  if (rebinned)
    notes.push(
      "numeric histograms are redrawn on common bins: Evidently saves reference and current on bins of their own"
    );
  return { source, format: "evidently-legacy", features: features.list, ...dataset ? { dataset } : {}, notes };
}
function isEvidentlyTestSuite(doc) {
  return !Array.isArray(doc.metrics) && Array.isArray(doc.tests) && doc.tests.some((t) => isRecord(t) && typeof t.name === "string" && ("parameters" in t || "group" in t));
}
function readEvidentlyTestSuite(doc, source) {
  const notes = [];
  const features = new FeatureSet(notes);
  let dataset;
  let driftTests = 0;
  doc.tests.forEach((t, i) => {
    if (!isRecord(t) || !isRecord(t.parameters)) return;
    const p = t.parameters;
    const at2 = ["tests", i, "parameters"];
    const name = typeof t.name === "string" ? t.name : `test ${i}`;
    const isTable = isRecord(p.features) && Object.values(p.features).some((f) => isRecord(f) && "stattest" in f);
    const isColumn = "stattest" in p;
    if (!isTable && !isColumn) return;
    driftTests++;
    if (t.status === "ERROR") {
      throw new EvidenceError(
        `Evidently could not run the test '${name}' (status ERROR: ${String(t.description ?? "")}); fix the test suite and save it again`,
        ["tests", i]
      );
    }
    const fromParam = (f, col, fat) => features.add(
      {
        name: col,
        method: typeof f.stattest === "string" ? f.stattest : void 0,
        score: f.score,
        threshold: f.threshold,
        drifted: typeof f.detected === "boolean" ? f.detected : void 0
      },
      fat
    );
    if (isTable) {
      const cols = Object.entries(p.features).filter((e) => isRecord(e[1]));
      cols.forEach(([col, f]) => fromParam(f, col, [...at2, "features", col]));
      const drifted = cols.filter(([, f]) => f.detected === true).length;
      const condition = isRecord(p.condition) ? p.condition.lt ?? p.condition.lte : void 0;
      const onShare = /share/i.test(name);
      if (!dataset || onShare) {
        dataset = { drifted, total: cols.length, share: cols.length > 0 ? drifted / cols.length : 0 };
        if (onShare && isFiniteNumber(condition)) dataset.threshold = condition;
      }
    } else {
      const described = typeof t.description === "string" ? /\*\*(.+?)\*\*/.exec(t.description)?.[1] : void 0;
      const col = typeof p.column_name === "string" ? p.column_name : described;
      if (!col) throw new EvidenceError(`the test '${name}' does not say which column it checked`, ["tests", i]);
      fromParam(p, col, at2);
    }
  });
  if (driftTests === 0) {
    throw new EvidenceError(
      "the Evidently test suite has no drift test (TestShareOfDriftedColumns, TestNumberOfDriftedColumns or TestColumnDrift); add one, or save a Report with DataDriftPreset() instead"
    );
  }
  notes.push("Evidently's test suite rounds drift scores to 3 decimals");
  return { source, format: "evidently-testsuite", features: features.list, ...dataset ? { dataset } : {}, notes };
}
function isEvidentlySnapshot(doc) {
  return Array.isArray(doc.metrics) && doc.metrics.some(
    (m) => isRecord(m) && "value" in m && (typeof m.metric_id === "string" || typeof m.metric_name === "string" || isRecord(m.config))
  );
}
function parseMetricCall(text2) {
  const open = text2.indexOf("(");
  if (open < 0 || !text2.endsWith(")")) return { kind: text2, args: {} };
  const args = {};
  const inner = text2.slice(open + 1, -1);
  for (const part of inner === "" ? [] : inner.split(/,(?=[A-Za-z_][A-Za-z0-9_]*=)/)) {
    const eq = part.indexOf("=");
    if (eq > 0) args[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return { kind: text2.slice(0, open), args };
}
var TEST_DESCRIPTION = /The drift detection method is (.+?)\. The drift threshold is (-?\d+(?:\.\d+)?)/;
function readEvidentlySnapshot(doc, source) {
  const notes = [];
  const features = new FeatureSet(notes);
  const tests = snapshotDriftTests(doc.tests);
  let counted;
  const kinds = [];
  let valueDrifts = 0;
  doc.metrics.forEach((m, i) => {
    if (!isRecord(m)) return;
    const at2 = ["metrics", i];
    let kind;
    let params;
    if (isRecord(m.config)) {
      kind = shortType(m.config.type);
      params = m.config;
    } else {
      const call = parseMetricCall(String(m.metric_name ?? m.metric_id ?? ""));
      kind = call.kind;
      params = call.args;
    }
    kinds.push(kind);
    if (kind === "ValueDrift") {
      valueDrifts++;
      const column = typeof params.column === "string" ? params.column : void 0;
      if (!column) throw new EvidenceError("a ValueDrift metric does not name its column", at2);
      let method = typeof params.method === "string" ? params.method : void 0;
      let threshold = toNumber(params.threshold);
      const test = tests.get(column);
      if (test && (method === void 0 || threshold === void 0)) {
        const described = TEST_DESCRIPTION.exec(test.description);
        if (described) {
          method ??= described[1];
          if (threshold === void 0 && Number(described[2]) > 0) {
            threshold = Number(described[2]);
            notes.push(
              `${column}: threshold ${threshold} read from the test description (Evidently rounds it to 2 decimals there)`
            );
          }
        }
      }
      features.add(
        {
          name: column,
          method,
          score: m.value,
          threshold,
          drifted: test?.status === "FAIL" ? true : test?.status === "SUCCESS" ? false : void 0,
          keys: { score: "value" }
        },
        at2
      );
    } else if (kind === "DriftedColumnsCount") {
      const value = isRecord(m.value) ? m.value : {};
      counted = {
        count: requireCount(value.count, [...at2, "value", "count"]),
        share: requireNumber(value.share, [...at2, "value", "share"]),
        threshold: toNumber(params.drift_share) ?? 0.5,
        at: at2
      };
    }
  });
  if (valueDrifts === 0 && !counted) {
    throw new EvidenceError(
      `the Evidently snapshot has no drift metric (ValueDrift or DriftedColumnsCount); it has: ${kinds.join(", ") || "none"}. Add DataDriftPreset() to the report`
    );
  }
  let dataset;
  if (counted) {
    const total = counted.share > 0 ? Math.round(counted.count / counted.share) : features.list.length;
    dataset = {
      drifted: counted.count,
      total,
      share: counted.share,
      threshold: counted.threshold,
      from: "DriftedColumnsCount"
    };
  }
  if (features.list.length === 0)
    notes.push("the snapshot gives only the count of drifted columns, no per-column drift");
  return { source, format: "evidently-0.7", features: features.list, ...dataset ? { dataset } : {}, notes };
}
function snapshotDriftTests(raw) {
  const out = /* @__PURE__ */ new Map();
  if (!Array.isArray(raw)) return out;
  for (const t of raw) {
    if (!isRecord(t) || typeof t.name !== "string") continue;
    const named = /^Value Drift for column (.+)$/.exec(t.name)?.[1];
    const params = isRecord(t.metric_config) && isRecord(t.metric_config.params) ? t.metric_config.params : {};
    const column = typeof params.column === "string" ? params.column : named;
    if (column && named !== void 0) {
      out.set(column, { status: t.status, description: typeof t.description === "string" ? t.description : "" });
    }
  }
  return out;
}
function toNumber(raw) {
  if (isFiniteNumber(raw)) return raw;
  if (typeof raw === "string" && raw.trim() !== "" && Number.isFinite(Number(raw))) return Number(raw);
  return void 0;
}

// src/evidence/whylogs.ts
var TOOL2 = "whylogs";
function isWhylogsDriftScores(doc) {
  const values = Object.values(doc);
  return values.length > 0 && values.every((v) => isRecord(v) && typeof v.algorithm === "string");
}
function readWhylogsDriftScores(doc, source) {
  const notes = [];
  const features = [];
  let possible = 0;
  for (const [name, entry] of Object.entries(doc)) {
    const v = entry;
    const algorithm = v.algorithm;
    const kind = resolveMethod(algorithm)?.kind;
    const useStatistic = kind === "distance" || kind === void 0 && (v.pvalue === null || v.pvalue === void 0);
    const band = isRecord(v.thresholds) ? v.thresholds.DRIFT : void 0;
    let threshold;
    if (Array.isArray(band) && band.length === 2 && isFiniteNumber(band[0]) && isFiniteNumber(band[1]) && kind !== void 0) {
      threshold = kind === "pvalue" ? band[1] : band[0];
    }
    if (v.drift_category === "POSSIBLE_DRIFT") possible++;
    features.push(
      buildFeature(
        {
          name,
          method: algorithm,
          score: useStatistic ? v.statistic : v.pvalue,
          threshold,
          drifted: typeof v.drift_category === "string" ? v.drift_category === "DRIFT" : void 0,
          statistic: resolveMethod(algorithm)?.id === "ks" ? v.statistic : void 0,
          keys: { score: useStatistic ? "statistic" : "pvalue" }
        },
        [name],
        TOOL2,
        notes
      )
    );
  }
  if (possible > 0) {
    notes.push(
      `whylogs put ${possible} column(s) in POSSIBLE_DRIFT; they are read as not drifted, and the gate judges each score against its threshold`
    );
  }
  return { source, format: "whylogs", features, notes };
}

// src/evidence/drift-report.ts
var FORMATS_UNDERSTOOD = 'understood formats: generic ({"features": {"age": {"method": "psi", "score": 0.31}}}), Evidently Report JSON (legacy `metrics: [{metric, result}]` and 0.7+ snapshots), Evidently TestSuite JSON (`tests: [...]`) and whylogs calculate_drift_scores saved as JSON ({"age": {"algorithm": "ks", "pvalue": ...}}); see docs/evidence-formats.md';
function parseDriftReport(text2, path) {
  let doc;
  return runReader(
    path,
    () => {
      if (/^\s*</.test(text2)) {
        throw new EvidenceError(
          "this is an HTML page, not a JSON report; save Evidently's JSON with report.save_json(...) or json()"
        );
      }
      doc = parseText(text2, syntaxOf(path, text2));
      return readDriftValue(doc.value, path);
    },
    (at2) => doc?.locate(at2)
  );
}
function readDriftValue(value, source) {
  if (!isRecord(value))
    throw new EvidenceError(`the file holds ${describeValue(value)}, not a drift report; ${FORMATS_UNDERSTOOD}`);
  if ("features" in value) return readGenericDrift(value, source);
  if (isEvidentlyLegacyReport(value)) return readEvidentlyLegacyReport(value, source);
  if (isEvidentlySnapshot(value)) return readEvidentlySnapshot(value, source);
  if (isEvidentlyTestSuite(value)) return readEvidentlyTestSuite(value, source);
  if (isRecord(value.suite) && "metric_ids" in value) {
    throw new EvidenceError(
      "this is an Evidently snapshot saved with report.save(); save the report's results with report.save_json(...) or json() instead"
    );
  }
  if (isWhylogsDriftScores(value)) return readWhylogsDriftScores(value, source);
  throw new EvidenceError(`not a drift report this gate understands; ${FORMATS_UNDERSTOOD}`);
}
function readGenericDrift(doc, source) {
  const notes = [];
  const entries = [];
  const features = doc.features;
  if (Array.isArray(features)) {
    features.forEach((f, i) => {
      const name = isRecord(f) ? f.name : void 0;
      if (typeof name !== "string" || name === "") {
        throw new EvidenceError('each entry of the features list needs a "name"', ["features", i]);
      }
      entries.push([name, f, ["features", i]]);
    });
  } else if (isRecord(features)) {
    for (const [name, f] of Object.entries(features)) entries.push([name, f, ["features", name]]);
  } else {
    throw new EvidenceError(
      '"features" must be an object of feature name -> { "method", "score" } (or a list of them with "name")',
      ["features"]
    );
  }
  const seen = /* @__PURE__ */ new Set();
  const out = entries.map(([name, f, at2]) => {
    if (seen.has(name)) throw new EvidenceError(`the feature '${name}' is listed twice; keep one`, at2);
    seen.add(name);
    if (!isRecord(f))
      throw new EvidenceError(`the feature '${name}' must be an object like { "method": "psi", "score": 0.31 }`, at2);
    if (typeof f.method !== "string" || f.method.trim() === "") {
      throw new EvidenceError(
        `the feature '${name}' has no "method"; write the method that produced its score, like "psi" or "ks"`,
        [...at2, "method"]
      );
    }
    if (!("score" in f))
      throw new EvidenceError(
        `the feature '${name}' has no "score"; write its drift score, or null when there is none`,
        at2
      );
    if (f.type !== void 0 && !columnType(f.type)) {
      throw new EvidenceError(`the type of '${name}' is ${describeValue(f.type)}; write "numeric" or "categorical"`, [
        ...at2,
        "type"
      ]);
    }
    if (f.drifted !== void 0 && typeof f.drifted !== "boolean") {
      throw new EvidenceError(`"drifted" of '${name}' is ${describeValue(f.drifted)}; write true or false`, [
        ...at2,
        "drifted"
      ]);
    }
    if (f.statistic !== void 0 && f.statistic !== null) requireNumber(f.statistic, [...at2, "statistic"]);
    return buildFeature(
      {
        name,
        method: f.method,
        score: f.score,
        threshold: f.threshold,
        type: columnType(f.type),
        drifted: f.drifted,
        statistic: f.statistic,
        histogram: f.histogram === void 0 ? void 0 : readHistogram(f.histogram, [...at2, "histogram"]),
        missing: f.missing === void 0 ? void 0 : readPair(f.missing, [...at2, "missing"]),
        rows: f.rows === void 0 ? void 0 : readPair(f.rows, [...at2, "rows"])
      },
      at2,
      "the report",
      notes
    );
  });
  const evidence = { source, format: "generic", features: out, notes };
  if (doc.dataset !== void 0) evidence.dataset = readGenericDataset(doc.dataset);
  else if (out.length === 0) {
    throw new EvidenceError("the report has no features and no dataset summary: there is no drift to check", [
      "features"
    ]);
  }
  if (typeof doc.model_version === "string") evidence.modelVersion = doc.model_version;
  else if (typeof doc.model_version === "number") {
    evidence.modelVersion = String(doc.model_version);
    notes.push(
      `model_version is the number ${doc.model_version}; quote it so that versions like 3.10 are read exactly`
    );
  }
  return evidence;
}
function readGenericDataset(raw) {
  const at2 = ["dataset"];
  if (!isRecord(raw))
    throw new EvidenceError('"dataset" must be { "drifted": <count>, "total": <count>, "share": <0..1> }', at2);
  const drifted = requireCount(raw.drifted, [...at2, "drifted"]);
  const total = requireCount(raw.total, [...at2, "total"]);
  if (drifted > total)
    throw new EvidenceError(`dataset.drifted (${drifted}) is more than dataset.total (${total})`, at2);
  const share = raw.share === void 0 ? total > 0 ? drifted / total : 0 : requireNumber(raw.share, [...at2, "share"]);
  if (share < 0 || share > 1)
    throw new EvidenceError(`dataset.share is ${share}; write a share between 0 and 1`, [...at2, "share"]);
  const out = { drifted, total, share, from: "dataset" };
  if (raw.threshold !== void 0) out.threshold = requireNumber(raw.threshold, [...at2, "threshold"]);
  return out;
}

// src/evidence/huggingface.ts
function extractFrontMatter(text2) {
  const body = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  const open = /^---[ \t]*\r?\n/.exec(body);
  if (!open) return null;
  const rest = body.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!close) return null;
  return { yaml: rest.slice(0, close.index), firstLine: 2 };
}
function describeCandidate(c) {
  const details = [c.type, c.config, c.split].filter((s) => s !== void 0 && s !== c.name);
  const label = `'${c.name ?? c.type ?? "(unnamed)"}'`;
  return details.length > 0 ? `${label} (${details.join(", ")})` : label;
}
var asText = (v) => typeof v === "string" ? v : typeof v === "number" ? String(v) : void 0;
function readModelIndex(doc, source, options = {}) {
  if (!isRecord(doc) || !hasKey(doc, "model-index")) {
    throw new EvidenceError(
      "the model card has no `model-index` in its YAML front matter; add eval results to the card or point evaluation.metrics at a metrics file"
    );
  }
  const index = doc["model-index"];
  if (!Array.isArray(index)) {
    throw new EvidenceError("`model-index` must be a list of models, each with `results`", ["model-index"]);
  }
  const candidates = [];
  index.forEach((model, i) => {
    if (!isRecord(model))
      throw new EvidenceError("each `model-index` entry must be an object with `name` and `results`", [
        "model-index",
        i
      ]);
    const results = model.results;
    if (results === void 0 || results === null) return;
    if (!Array.isArray(results)) throw new EvidenceError("`results` must be a list", ["model-index", i, "results"]);
    results.forEach((result, j) => {
      const at2 = ["model-index", i, "results", j];
      if (!isRecord(result)) throw new EvidenceError("each result must be an object with `dataset` and `metrics`", at2);
      const dataset = isRecord(result.dataset) ? result.dataset : {};
      candidates.push({
        at: at2,
        name: asText(dataset.name),
        type: asText(dataset.type),
        split: asText(dataset.split),
        config: asText(dataset.config),
        metrics: result.metrics
      });
    });
  });
  if (candidates.length === 0) {
    throw new EvidenceError(
      "the model card's `model-index` has no evaluation results (results: []); add results to the card or point evaluation.metrics at a metrics file",
      index.length > 0 ? ["model-index", 0, "results"] : ["model-index"]
    );
  }
  const chosen = choose(candidates, options.dataset);
  const notes = [];
  if (candidates.length > 1) notes.push(`read the model card's results for dataset ${describeCandidate(chosen)}`);
  return {
    source,
    format: "huggingface",
    metrics: readResultMetrics(chosen, notes),
    slices: {},
    notes
  };
}
function choose(candidates, wanted) {
  const listing = candidates.map(describeCandidate).join(", ");
  if (wanted === void 0 || wanted === "") {
    if (candidates.length === 1) return candidates[0];
    throw new EvidenceError(
      `the model card has results for ${candidates.length} datasets: ${listing}; choose one with \`evaluation.dataset\` in the manifest (a dataset name or type)`
    );
  }
  const lower = wanted.toLowerCase();
  const tiers = [
    (c) => c.name === wanted,
    (c) => c.name?.toLowerCase() === lower,
    (c) => c.type?.toLowerCase() === lower
  ];
  for (const matches of tiers) {
    const found = candidates.filter(matches);
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      throw new EvidenceError(
        `dataset '${wanted}' matches ${found.length} results: ${found.map(describeCandidate).join(", ")}; choose one by its name`
      );
    }
  }
  throw new EvidenceError(`the model card has no results for dataset '${wanted}'; it has: ${listing}`);
}
function readResultMetrics(chosen, notes) {
  const at2 = [...chosen.at, "metrics"];
  if (!Array.isArray(chosen.metrics)) {
    throw new EvidenceError(
      "the result has no `metrics` list; each metric is { type, value }",
      chosen.metrics === void 0 ? chosen.at : at2
    );
  }
  const out = {};
  const absent = /* @__PURE__ */ new Set();
  chosen.metrics.forEach((metric, k) => {
    const here = [...at2, k];
    if (!isRecord(metric))
      throw new EvidenceError("each metric must be an object like { type: accuracy, value: 0.91 }", here);
    const type = asText(metric.type);
    const name = asText(metric.name);
    let key = type ?? name;
    if (key === void 0)
      throw new EvidenceError("the metric has neither `type` nor `name`; add `type: <metric id>`", here);
    if (hasKey(out, key) || absent.has(key)) {
      if (name === void 0 || name === key || hasKey(out, name) || absent.has(name)) {
        throw new EvidenceError(
          `the metric '${key}' appears twice in this result; give each a distinct \`name\``,
          here
        );
      }
      notes.push(`a second '${key}' metric is read under its name '${name}'`);
      key = name;
    }
    const value = readHfValue(metric.value, [...here, "value"], key, notes);
    if (value === void 0) absent.add(key);
    else setKey(out, key, { value });
  });
  return out;
}
var ABSENT_WORDS = /* @__PURE__ */ new Set(["", "na", "n/a", "nan", "-", "none", "null"]);
function readHfValue(raw, at2, key, notes) {
  if (isFiniteNumber(raw)) return raw;
  if (raw === null || raw === void 0) {
    notes.push(
      `${key}: the card gives no value (${raw === null ? "null" : "missing"}); the metric is treated as absent`
    );
    return void 0;
  }
  if (typeof raw === "string") {
    const text2 = raw.trim();
    if (ABSENT_WORDS.has(text2.toLowerCase())) {
      notes.push(`${key}: the card writes '${raw}'; the metric is treated as absent`);
      return void 0;
    }
    const percent2 = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text2);
    if (percent2) {
      const value = Number(percent2[1]);
      notes.push(
        `${key}: '${raw}' read as ${value} (percent scale, as the card's plain numbers are; the % sign is dropped, not divided by 100)`
      );
      return value;
    }
    const comma = /^(-?\d+),(\d+)$/.exec(text2);
    if (comma) {
      const [, whole, decimals] = comma;
      if (decimals.length === 3 && whole.replace("-", "") !== "0") {
        throw new EvidenceError(
          `${key} is '${raw}': is the comma a thousands separator or a decimal point? write ${whole}${decimals} or ${whole}.${decimals}`,
          at2
        );
      }
      const value = Number(`${whole}.${decimals}`);
      notes.push(`${key}: '${raw}' read as ${value} (comma decimal separator)`);
      return value;
    }
    if (/^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text2)) {
      const value = Number(text2);
      notes.push(`${key}: the quoted value '${raw}' read as the number ${value}`);
      return value;
    }
  }
  throw new EvidenceError(`${notANumberMessage(raw, `${key} (${formatPath(at2)})`)}`, at2);
}

// src/evidence/metrics.ts
var META_KEYS = /* @__PURE__ */ new Set(["model_version", "sample_size", "slices", "metrics"]);
var FORMATS_UNDERSTOOD2 = 'understood: generic ({"metrics": {"auc": 0.91}}), flat ({"auc": 0.91}), a Hugging Face model card (README.md with model-index) or an MLflow run folder';
function parseMetricsFile(text2, path, options = {}) {
  let doc;
  return runReader(
    path,
    () => {
      doc = parseMetricsDocument(text2, path);
      return readMetricsValue(doc.value, path, options);
    },
    (at2) => doc?.locate(at2)
  );
}
function parseInlineMetrics(obj, manifestPath2) {
  return runReader(
    manifestPath2,
    () => {
      if (isRecord(obj) && hasKey(obj, "metrics") && isRecord(obj.metrics)) {
        return readGeneric(obj, manifestPath2, "inline", ["evaluation", "metrics"]);
      }
      return readFlat(obj, manifestPath2, "inline", ["evaluation", "metrics"]);
    },
    () => void 0
  );
}
function parseMetricsDocument(text2, path) {
  const lower = path.toLowerCase();
  const isMarkdown = lower.endsWith(".md") || lower.endsWith(".markdown");
  if (isMarkdown || /^\uFEFF?---[ \t]*\r?\n/.test(text2)) {
    const front = extractFrontMatter(text2);
    if (!front) {
      throw new EvidenceError(
        "the file has no YAML front matter (a block between --- lines at the top); a Hugging Face model card keeps its eval results in `model-index` there"
      );
    }
    return parseText(front.yaml, "yaml", front.firstLine - 1);
  }
  return parseText(text2, syntaxOf(path, text2));
}
function readMetricsValue(value, path, options) {
  if (!isRecord(value)) {
    throw new EvidenceError(
      `the file is not a metrics object (it holds ${Array.isArray(value) ? "a list" : String(value)}); ${FORMATS_UNDERSTOOD2}`
    );
  }
  notAnMlflowFile(value, path);
  if (hasKey(value, "model-index")) return readModelIndex(value, path, options);
  if (hasKey(value, "metrics")) return readGeneric(value, path, "generic", []);
  return readFlat(value, path, "flat", []);
}
function notAnMlflowFile(value, path) {
  const name = path.split("/").pop() ?? path;
  const isMLmodel = name === "MLmodel" || hasKey(value, "flavors") && hasKey(value, "artifact_path");
  const isMeta = name === "meta.yaml" && hasKey(value, "experiment_id") && hasKey(value, "lifecycle_stage");
  if (!isMLmodel && !isMeta) return;
  const folder = isMLmodel ? /^(.*)\/artifacts\/(?:.*\/)?MLmodel$/.exec(path)?.[1] : path.slice(0, -"/meta.yaml".length);
  const runId = isMLmodel && typeof value.run_id === "string" ? value.run_id : void 0;
  const where2 = folder ? ` (here ${folder})` : ` (mlruns/<experiment>/${runId ?? "<run>"}${runId ? ", the run that logged this model" : ""})`;
  throw new EvidenceError(
    `this is an MLflow ${isMLmodel ? "MLmodel file (how to load the model), not the model's metrics" : "run's meta.yaml, not its metrics"}; point evaluation.metrics at the run folder${where2}, which holds meta.yaml and metrics/`,
    void 0,
    void 0,
    `Point evaluation.metrics at the MLflow run folder${where2}, not at a file inside it.`
  );
}
function readGeneric(doc, source, format, at2) {
  const metricsAt = [...at2, "metrics"];
  if (!isRecord(doc.metrics)) {
    throw new EvidenceError('`metrics` must be an object of metric names to numbers, like { "auc": 0.91 }', metricsAt);
  }
  const evidence = withMeta(doc, source, format, readMetricMap(doc.metrics, metricsAt), at2);
  const unknown = Object.keys(doc).filter((k) => !META_KEYS.has(k));
  if (unknown.length > 0)
    evidence.notes.push(`ignored top-level keys that are not part of the metrics format: ${unknown.join(", ")}`);
  return evidence;
}
function readFlat(doc, source, format, at2) {
  if (!isRecord(doc)) {
    throw new EvidenceError(
      `metrics must be an object of metric names to numbers, like { "auc": 0.91 }; ${FORMATS_UNDERSTOOD2}`,
      at2
    );
  }
  return withMeta(doc, source, format, readMetricMap(doc, at2, META_KEYS), at2);
}
function withMeta(doc, source, format, metrics, at2) {
  const notes = [];
  if (Object.keys(metrics).length === 0) {
    throw new EvidenceError('the file has no metrics; write them as { "metrics": { "auc": 0.91 } }', [
      ...at2,
      "metrics"
    ]);
  }
  const evidence = {
    source,
    format,
    metrics,
    slices: readSlices(doc.slices, [...at2, "slices"]),
    notes
  };
  const version2 = doc.model_version;
  if (typeof version2 === "string" && version2.trim() !== "") evidence.modelVersion = version2;
  else if (typeof version2 === "number") {
    evidence.modelVersion = String(version2);
    notes.push(
      `model_version is the number ${version2}; quote it ("${version2}") so that versions like 3.10 are read exactly`
    );
  } else if (version2 !== void 0 && version2 !== null) {
    throw new EvidenceError(
      `model_version is ${typeof version2 === "boolean" ? `the boolean ${version2}` : "not text"}; write the version as a string like "3.2.0"`,
      [...at2, "model_version"]
    );
  }
  if (doc.sample_size !== void 0) evidence.sampleSize = requireCount(doc.sample_size, [...at2, "sample_size"]);
  return evidence;
}
function readSlices(raw, at2) {
  const out = {};
  if (raw === void 0) return out;
  if (!isRecord(raw)) {
    throw new EvidenceError(
      '`slices` must map a slice name to its metrics, like { "region=eu": { "auc": 0.905 } }',
      at2
    );
  }
  for (const [name, metrics] of Object.entries(raw)) setKey(out, name, readMetricMap(metrics, [...at2, name]));
  return out;
}

// src/evidence/mlflow.ts
import { createHash } from "node:crypto";
var RUN_STATUS = {
  "1": "RUNNING",
  "2": "SCHEDULED",
  "3": "FINISHED",
  "4": "FAILED",
  "5": "KILLED"
};
function parseMlflowRun(files, dir) {
  const metaPath = `${dir}/meta.yaml`;
  const parsedMeta = runReader(
    metaPath,
    () => parseText(files.meta, "yaml").value,
    () => void 0
  );
  if (!parsedMeta.ok) return parsedMeta;
  const meta = parsedMeta.evidence;
  const metaCheck = runReader(
    metaPath,
    () => checkFinished(meta),
    () => void 0
  );
  if (!metaCheck.ok) return metaCheck;
  const metrics = {};
  const notes = [];
  for (const key of Object.keys(files.metrics).sort()) {
    const result = runReader(
      `${dir}/metrics/${key}`,
      () => latestValue(files.metrics[key], key),
      () => void 0
    );
    if (!result.ok) return result;
    if (result.evidence === void 0) notes.push(`${key}: the metric file is empty; the metric is treated as absent`);
    else setKey(metrics, key, { value: result.evidence });
  }
  if (Object.keys(metrics).length === 0) {
    return {
      ok: false,
      message: `${dir}: the MLflow run has no metrics (metrics/ is empty or missing); log metrics with mlflow.log_metric`
    };
  }
  const runName = isRecord(meta) && typeof meta.run_name === "string" ? meta.run_name : void 0;
  if (runName) notes.push(`MLflow run '${runName}'`);
  return { ok: true, evidence: { source: dir, format: "mlflow", metrics, slices: {}, notes } };
}
function checkFinished(meta) {
  if (!isRecord(meta))
    throw new EvidenceError("meta.yaml is not an MLflow run description (expected keys like run_id and status)");
  if (meta.lifecycle_stage === "deleted")
    throw new EvidenceError("the MLflow run is deleted (lifecycle_stage: deleted); point to a live run");
  const raw = meta.status;
  const status = RUN_STATUS[String(raw)] ?? (typeof raw === "string" ? raw.toUpperCase() : void 0);
  if (status === "FINISHED") return;
  if (raw === void 0)
    throw new EvidenceError("meta.yaml has no status; only a FINISHED run can be evidence", ["status"]);
  throw new EvidenceError(
    `the MLflow run's status is ${status ?? String(raw)}${typeof raw === "number" ? ` (${raw})` : ""}, not FINISHED; evidence must come from a run that completed`,
    ["status"]
  );
}
function latestValue(text2, key) {
  let best;
  const lines = text2.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const parts2 = line.split(/\s+/);
    if (parts2.length < 2 || parts2.length > 3) {
      throw new EvidenceError(
        `line ${i + 1} of metric '${key}' is '${line}'; expected '<timestamp_ms> <value> <step>'`,
        void 0,
        i + 1
      );
    }
    const ts = Number(parts2[0]);
    const value = Number(parts2[1]);
    const step = parts2.length === 3 ? Number(parts2[2]) : 0;
    if (!Number.isFinite(ts) || !Number.isFinite(step)) {
      throw new EvidenceError(
        `line ${i + 1} of metric '${key}' is '${line}'; its timestamp and step must be numbers`,
        void 0,
        i + 1
      );
    }
    if (!Number.isFinite(value)) {
      throw new EvidenceError(
        `metric '${key}' logged ${parts2[1]} at step ${step} (line ${i + 1}); log a finite number`,
        void 0,
        i + 1
      );
    }
    if (!best || step > best.step || step === best.step && ts >= best.ts) best = { step, ts, value };
  }
  return best?.value;
}
var MAX_DEPTH2 = 16;
var MAX_METRIC_FILES = 1e4;
async function readMlflowRun(source, dir, inputs = []) {
  const base = dir.replace(/\/+$/, "");
  const readText = (path) => readHashed(source, path, inputs);
  const meta = await readText(`${base}/meta.yaml`);
  if (!meta.ok) {
    return {
      ok: false,
      message: `${base}: not an MLflow run folder (meta.yaml: ${meta.message}); point evaluation.metrics at mlruns/<experiment>/<run>`
    };
  }
  const metrics = {};
  const pending = [
    { folder: `${base}/metrics`, prefix: "", depth: 0 }
  ];
  let count = 0;
  while (pending.length > 0) {
    const { folder, prefix, depth } = pending.pop();
    const entries = await source.list(folder);
    if (entries === null) continue;
    for (const name of entries) {
      const path = `${folder}/${name}`;
      if (await source.list(path) !== null) {
        if (depth + 1 > MAX_DEPTH2)
          return { ok: false, message: `${path}: metric keys nest deeper than ${MAX_DEPTH2} folders` };
        pending.push({ folder: path, prefix: `${prefix}${name}/`, depth: depth + 1 });
        continue;
      }
      if (++count > MAX_METRIC_FILES)
        return { ok: false, message: `${base}/metrics: more than ${MAX_METRIC_FILES} metric files` };
      const text2 = await readText(path);
      if (!text2.ok) return { ok: false, message: `${path}: ${text2.message}` };
      setKey(metrics, `${prefix}${name}`, text2.text);
    }
  }
  return parseMlflowRun({ meta: meta.text, metrics }, base);
}
async function readHashed(source, path, inputs) {
  const read = await source.read(path);
  if (!read.ok) return { ok: false, message: read.message };
  inputs.push({ path, sha256: createHash("sha256").update(read.bytes).digest("hex") });
  if (read.bytes.length === 0) return { ok: true, text: "" };
  return decodeText(read.bytes);
}

// src/evidence/samples.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { basename, extname } from "node:path";

// src/evidence/csv.ts
var CsvFormatError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};
var QUOTE = 34;
var COMMA = 44;
var LF = 10;
var CR = 13;
var CsvTokenizer = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  carry = null;
  line = 1;
  first = true;
  push(chunk) {
    let buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    if (this.first) {
      this.first = false;
      if (buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) buf = buf.subarray(3);
    }
    let boundary = 0;
    if (buf.indexOf(QUOTE) < 0) boundary = buf.lastIndexOf(LF) + 1;
    else {
      let inQuotes = false;
      for (let i = 0; i < buf.length; i++) {
        const b = buf[i];
        if (b === QUOTE) inQuotes = !inQuotes;
        else if (b === LF && !inQuotes) boundary = i + 1;
      }
    }
    if (boundary > 0) this.records(buf, 0, boundary);
    if (boundary < buf.length) this.carry = Buffer.from(buf.subarray(boundary));
  }
  end() {
    const buf = this.carry;
    this.carry = null;
    if (buf && buf.length > 0) this.records(buf, 0, buf.length);
  }
  /** Tokenizes the records in [pos, end); the last may lack its newline. */
  records(buf, pos, end) {
    const sink = this.sink;
    let i = pos;
    while (i < end) {
      if (buf[i] === LF || buf[i] === CR) {
        if (buf[i] === LF) this.line++;
        i++;
        continue;
      }
      const startLine = this.line;
      let fieldNo = 0;
      for (; ; ) {
        fieldNo++;
        if (i < end && buf[i] === QUOTE) {
          let j = i + 1;
          let text2 = "";
          let segment = j;
          for (; ; ) {
            if (j >= end) throw new CsvFormatError(`field ${fieldNo} opens a quote that is never closed`, startLine);
            const b = buf[j];
            if (b === QUOTE) {
              if (j + 1 < end && buf[j + 1] === QUOTE) {
                text2 += buf.toString("utf8", segment, j + 1);
                j += 2;
                segment = j;
                continue;
              }
              text2 += buf.toString("utf8", segment, j);
              j++;
              break;
            }
            if (b === LF) this.line++;
            j++;
          }
          if (j < end && buf[j] !== COMMA && buf[j] !== LF && buf[j] !== CR) {
            throw new CsvFormatError(`text after the closing quote of field ${fieldNo}`, this.line);
          }
          sink.field(buf, 0, 0, text2, startLine);
          i = j;
        } else {
          let j = i;
          while (j < end) {
            const b = buf[j];
            if (b === COMMA || b === LF || b === CR) break;
            j++;
          }
          sink.field(buf, i, j, null, startLine);
          i = j;
        }
        if (i >= end) break;
        const sep3 = buf[i];
        if (sep3 === COMMA) {
          i++;
          if (i >= end) {
            sink.field(buf, i, i, null, startLine);
            break;
          }
          continue;
        }
        i += sep3 === CR && i + 1 < end && buf[i + 1] === LF ? 2 : 1;
        this.line++;
        break;
      }
      sink.endRecord(startLine);
    }
  }
};

// src/evidence/samples.ts
var SampleFormatError = class extends Error {
  constructor(message, file, line) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
    this.file = file;
    this.line = line;
    this.name = "SampleFormatError";
  }
  file;
  line;
};
var PANDAS_NA_VALUES = /* @__PURE__ */ new Set([
  "",
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null"
]);
function isMissingToken(text2) {
  return PANDAS_NA_VALUES.has(text2);
}
var POW10 = [
  1,
  10,
  100,
  1e3,
  1e4,
  1e5,
  1e6,
  1e7,
  1e8,
  1e9,
  1e10,
  1e11,
  1e12,
  1e13,
  1e14,
  1e15,
  1e16,
  1e17,
  1e18,
  1e19,
  1e20,
  1e21,
  1e22
];
var NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var INTEGER_RE = /^[+-]?\d+$/;
var INFINITY_RE = /^[+-]?inf(inity)?$/i;
var INT64_LIMIT = 2 ** 63;
var lastWasInteger = false;
function parseNumberBytes(buf, start, end) {
  while (start < end && buf[start] === 32) start++;
  while (end > start && buf[end - 1] === 32) end--;
  let i = start;
  let negative = false;
  if (i < end && (buf[i] === 45 || buf[i] === 43)) {
    negative = buf[i] === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let any = false;
  let dot = false;
  while (i < end) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    if (mantissa !== 0) digits++;
    any = true;
    i++;
  }
  if (i < end && buf[i] === 46) {
    dot = true;
    i++;
    while (i < end) {
      const d = buf[i] - 48;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      if (mantissa !== 0) digits++;
      scale--;
      any = true;
      i++;
    }
  }
  if (i === end && any && digits <= 15) {
    const v = scale === 0 ? mantissa : mantissa / POW10[-scale];
    if (-scale <= 22) {
      lastWasInteger = !dot;
      return negative ? -v : v;
    }
  }
  const text2 = buf.toString("latin1", start, end);
  return parseNumberText(text2);
}
function parseNumberText(text2) {
  const t = text2.trim();
  if (!NUMBER_RE.test(t)) {
    if (INFINITY_RE.test(t)) {
      lastWasInteger = false;
      return t[0] === "-" ? -Infinity : Infinity;
    }
    return NaN;
  }
  const v = Number(t);
  lastWasInteger = INTEGER_RE.test(t) && Math.abs(v) < INT64_LIMIT;
  return v;
}
var ColumnBuilder = class {
  constructor(name, forced, capacity) {
    this.name = name;
    this.forced = forced;
    this.capacity = capacity;
    this.type = forced ?? "numeric";
    this.values = this.type === "numeric" ? new Float64Array(capacity) : new Float64Array(0);
    if (this.type === "categorical") this.codes = new Int32Array(capacity);
  }
  name;
  forced;
  capacity;
  type;
  values;
  codes = null;
  length = 0;
  missing = 0;
  infinite = 0;
  /** Every value so far an integer literal (see NumericColumn.integer). */
  integer = true;
  /** Turned from numbers to labels part-way: the table is read again with this column as text. */
  mixed = false;
  categories = [];
  index = /* @__PURE__ */ new Map();
  grow() {
    this.capacity = Math.max(16, Math.ceil(this.capacity * 1.5));
    if (this.type === "numeric") {
      const next = new Float64Array(this.capacity);
      next.set(this.values.subarray(0, this.length));
      this.values = next;
    } else {
      const next = new Int32Array(this.capacity);
      next.set(this.codes.subarray(0, this.length));
      this.codes = next;
    }
  }
  /** A number; integer says whether it was written as an integer. Infinities are dropped and counted. */
  addNumber(v, integer) {
    if (this.type === "categorical") return this.addLabel(String(v));
    if (v === Infinity || v === -Infinity) {
      this.infinite++;
      this.integer = false;
      return;
    }
    if (!integer) this.integer = false;
    if (this.length === this.capacity) this.grow();
    this.values[this.length++] = v;
  }
  addLabel(label) {
    if (this.type === "numeric") this.becomeCategorical();
    if (this.length === this.capacity) this.grow();
    let code = this.index.get(label);
    if (code === void 0) {
      code = this.categories.length;
      this.categories.push(label);
      this.index.set(label, code);
    }
    this.codes[this.length++] = code;
  }
  /** Numbers seen so far become labels (their shortest decimal form). */
  becomeCategorical() {
    if (this.length > 0 || this.infinite > 0) this.mixed = true;
    const numbers = this.values.subarray(0, this.length);
    this.type = "categorical";
    this.codes = new Int32Array(this.capacity);
    const count = this.length;
    this.length = 0;
    for (let i = 0; i < count; i++) this.addLabel(String(numbers[i]));
    this.values = new Float64Array(0);
  }
  finish() {
    if (this.type === "numeric") {
      const col = {
        name: this.name,
        type: "numeric",
        values: this.values.subarray(0, this.length),
        missing: this.missing
      };
      if (this.infinite > 0) col.infinite = this.infinite;
      if (this.integer && this.missing === 0 && this.infinite === 0 && this.length > 0) col.integer = true;
      return col;
    }
    return {
      name: this.name,
      type: "categorical",
      codes: this.codes.subarray(0, this.length),
      categories: this.categories,
      missing: this.missing
    };
  }
};
var TableBuilder = class {
  constructor(source, format, options, expectedRows = 1024) {
    this.source = source;
    this.format = format;
    this.options = options;
    this.expectedRows = expectedRows;
  }
  source;
  format;
  options;
  expectedRows;
  columns = [];
  byName = /* @__PURE__ */ new Map();
  rows = 0;
  header = null;
  fieldIndex = 0;
  notes = [];
  fail(message, line) {
    throw new SampleFormatError(message, this.source, line);
  }
  addColumn(name) {
    const col = new ColumnBuilder(name, this.options.columns?.[name], Math.ceil(this.expectedRows * 1.05) + 16);
    col.missing = this.rows;
    this.columns.push(col);
    this.byName.set(name, col);
    return col;
  }
  // ---- CSV ----
  csvSink() {
    return {
      field: (buf, start, end, quoted, line) => this.csvField(buf, start, end, quoted, line),
      endRecord: (line) => this.csvEndRecord(line)
    };
  }
  headerFields = [];
  csvField(buf, start, end, quoted, line) {
    if (!this.header) {
      this.headerFields.push(quoted ?? buf.toString("utf8", start, end).trim());
      return;
    }
    const col = this.columns[this.fieldIndex++];
    if (!col) return;
    if (quoted === null && col.type === "numeric") {
      const v = parseNumberBytes(buf, start, end);
      if (!Number.isNaN(v)) return col.addNumber(v, lastWasInteger);
    }
    const text2 = quoted ?? buf.toString("utf8", start, end);
    this.addText(col, text2, line);
  }
  addText(col, text2, line) {
    if (isMissingToken(text2)) {
      col.missing++;
      return;
    }
    if (col.type === "numeric") {
      const v = parseNumberText(text2);
      if (!Number.isNaN(v)) return col.addNumber(v, lastWasInteger);
      if (col.forced === "numeric") {
        this.fail(
          `column "${col.name}" is declared numeric but holds "${text2.slice(0, 40)}"; fix the value or declare the column categorical`,
          line || void 0
        );
      }
    }
    col.addLabel(text2);
  }
  csvEndRecord(line) {
    if (!this.header) {
      const names = this.headerFields;
      if (names.length === 0 || names.every((n) => n === "")) this.fail("the header row is empty", line);
      const seen = /* @__PURE__ */ new Set();
      names.forEach((n, i) => {
        if (n === "") this.fail(`column ${i + 1} of the header has no name`, line);
        if (seen.has(n)) this.fail(`column "${n}" appears twice in the header`, line);
        seen.add(n);
      });
      this.header = names;
      for (const n of names) this.addColumn(n);
      return;
    }
    if (this.fieldIndex !== this.columns.length) {
      this.fail(
        `row has ${this.fieldIndex} fields but the header has ${this.columns.length}; quote fields that contain commas`,
        line
      );
    }
    this.fieldIndex = 0;
    this.rows++;
  }
  // ---- JSON ----
  addObject(row, line) {
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      this.fail("each row must be a JSON object of column values", line);
    }
    const seen = /* @__PURE__ */ new Set();
    for (const [name, value] of Object.entries(row)) {
      const col = this.byName.get(name) ?? this.addColumn(name);
      seen.add(col);
      if (value === null) col.missing++;
      else if (typeof value === "number") {
        if (col.type === "numeric") col.addNumber(value, Number.isInteger(value) && Math.abs(value) < INT64_LIMIT);
        else col.addLabel(String(value));
      } else if (typeof value === "string") {
        if (col.forced === "numeric") this.addText(col, value, line ?? 0);
        else if (isMissingToken(value)) col.missing++;
        else col.addLabel(value);
      } else if (typeof value === "boolean") col.addLabel(String(value));
      else this.fail(`column "${name}" holds a nested ${Array.isArray(value) ? "array" : "object"}; flatten it`, line);
    }
    for (const col of this.columns) if (!seen.has(col)) col.missing++;
    this.rows++;
  }
  finish() {
    if (this.format === "csv" && !this.header) this.fail("no header row: the first line must name the columns");
    if (this.columns.length === 0) this.fail("no columns found");
    for (const [name] of Object.entries(this.options.columns ?? {})) {
      if (!this.byName.has(name))
        this.notes.push(`column "${name}" is typed in the configuration but absent from ${this.source}`);
    }
    for (const c of this.columns) {
      if (c.infinite > 0 && c.type === "numeric")
        this.notes.push(
          `column "${c.name}" in ${this.source}: ${c.infinite} infinite value${c.infinite === 1 ? "" : "s"} dropped, as Evidently does`
        );
    }
    return {
      source: this.source,
      format: this.format,
      rows: this.rows,
      columns: this.columns.map((c) => c.finish()),
      notes: this.notes
    };
  }
  /** Columns that held numbers before their first text value (not declared in the configuration). */
  mixedColumns() {
    return this.columns.filter((c) => c.mixed && c.forced === void 0).map((c) => c.name);
  }
};
function detectFormat(name, head) {
  const ext = extname(name).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".json") return "json";
  for (const b of head) {
    if (b === 32 || b === 10 || b === 13 || b === 9 || b === 239 || b === 187 || b === 191) continue;
    if (b === 91) return "json";
    if (b === 123) return "jsonl";
    break;
  }
  return "csv";
}
var CHUNK = 4 << 20;
async function readSamples(input, options = {}) {
  const first = await readOnce(input, options);
  const mixed = first.builder.mixedColumns();
  if (mixed.length === 0) return first.builder.finish();
  const columns2 = { ...options.columns };
  for (const name of mixed) columns2[name] = "categorical";
  const again = (await readOnce(input, { ...options, columns: columns2 })).builder;
  const table2 = again.finish();
  for (const name of mixed)
    table2.notes.push(
      `column "${name}" in ${table2.source} mixes numbers and text; every value is compared as its text, as pandas reads it`
    );
  return table2;
}
async function readOnce(input, options) {
  const source = options.source ?? (typeof input === "string" ? input : "samples");
  if (typeof input !== "string") return { builder: readBuffer(input, source, options) };
  let fd;
  let size2;
  try {
    fd = openSync(input, "r");
    size2 = fstatSync(fd).size;
  } catch (e) {
    throw new SampleFormatError(`cannot read the file (${e.code ?? String(e)})`, source);
  }
  let builder = null;
  let tokenizer = null;
  let jsonl = null;
  const jsonChunks = [];
  let format = null;
  try {
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const got = readSync(fd, chunk, 0, CHUNK, null);
      if (got === 0) break;
      const data = got < CHUNK ? chunk.subarray(0, got) : chunk;
      if (!format) {
        format = options.format ?? detectFormat(input, data.subarray(0, 256));
        builder = new TableBuilder(source, format, options, estimateRows(data, size2));
        if (format === "csv") tokenizer = new CsvTokenizer(builder.csvSink());
        if (format === "jsonl") jsonl = new JsonLines(builder);
      }
      if (tokenizer) tokenizer.push(data);
      else if (jsonl) jsonl.push(data);
      else jsonChunks.push(data);
    }
    if (!format || !builder) throw new SampleFormatError("the file is empty; it needs a header row and data", source);
    tokenizer?.end();
    jsonl?.end();
    if (format === "json") readJsonArray(Buffer.concat(jsonChunks), builder);
  } catch (e) {
    throw rethrow(e, source);
  } finally {
    closeSync(fd);
  }
  await Promise.resolve();
  return { builder };
}
function rethrow(e, source) {
  if (e instanceof SampleFormatError) return e;
  if (e instanceof CsvFormatError) return new SampleFormatError(e.message, source, e.line);
  return new SampleFormatError(`cannot read the file (${e.message ?? String(e)})`, source);
}
function estimateRows(first, size2) {
  let lines = 0;
  for (let i = 0; i < first.length; i++) if (first[i] === 10) lines++;
  if (lines < 2) return 1024;
  return Math.ceil(size2 / first.length * lines);
}
function readBuffer(buf, source, options) {
  if (buf.length === 0) throw new SampleFormatError("the file is empty; it needs a header row and data", source);
  const format = options.format ?? detectFormat(source, buf.subarray(0, 256));
  let lines = 0;
  for (let i = 0; i < Math.min(buf.length, CHUNK); i++) if (buf[i] === 10) lines++;
  const builder = new TableBuilder(
    source,
    format,
    options,
    Math.max(16, Math.ceil(lines * buf.length / Math.min(buf.length, CHUNK)))
  );
  try {
    if (format === "csv") {
      const t = new CsvTokenizer(builder.csvSink());
      t.push(buf);
      t.end();
    } else if (format === "jsonl") {
      const j = new JsonLines(builder);
      j.push(buf);
      j.end();
    } else readJsonArray(buf, builder);
  } catch (e) {
    throw rethrow(e, source);
  }
  return builder;
}
var JsonLines = class {
  constructor(builder) {
    this.builder = builder;
  }
  builder;
  carry = null;
  line = 0;
  push(chunk) {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    let start = 0;
    for (let i = 0; i < buf.length; i++) {
      if (buf[i] === 10) {
        this.row(buf.toString("utf8", start, i));
        start = i + 1;
      }
    }
    if (start < buf.length) this.carry = Buffer.from(buf.subarray(start));
  }
  end() {
    if (this.carry) this.row(this.carry.toString("utf8"));
    this.carry = null;
  }
  row(text2) {
    this.line++;
    const t = text2.trim();
    if (t === "") return;
    let value;
    try {
      value = JSON.parse(this.line === 1 ? t.replace(/^\uFEFF/, "") : t);
    } catch (e) {
      throw new SampleFormatError(
        `not valid JSON (${e.message}); each line must be one JSON object`,
        this.builder.source,
        this.line
      );
    }
    this.builder.addObject(value, this.line);
  }
};
function readJsonArray(buf, builder) {
  let value;
  try {
    value = JSON.parse(buf.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new SampleFormatError(`not valid JSON (${e.message})`, builder.source);
  }
  if (!Array.isArray(value)) {
    throw new SampleFormatError(
      "a JSON sample must be an array of objects (one per row), or JSON lines",
      builder.source
    );
  }
  for (const row of value) builder.addObject(row, void 0);
}

// src/evidence/gather.ts
var FIX_BY_REASON = {
  missing: (path, field) => `Commit ${path}, or correct ${field}.`,
  outside: () => "Evidence must be a regular file inside the repository (no links that leave it).",
  "too-large": () => "Keep evidence files small (summaries, not raw data), or raise limits.max_file_mb in the policy."
};
var EvidenceReader = class {
  constructor(source, loaded) {
    this.source = source;
    this.loaded = loaded;
  }
  source;
  loaded;
  /** evidence.missing findings, in the order the problems were met. */
  findings = [];
  /** Files read, with their sha256, for the decision record. */
  inputs = [];
  /** Records an evidence.missing finding at the manifest field that names the evidence; returns null. */
  missing(subject, field, message, fix) {
    const pos = this.loaded.positionOf(field);
    this.findings.push({
      rule: "evidence.missing",
      status: "fail",
      subject,
      message,
      fix,
      file: this.loaded.path,
      line: pos?.line,
      column: pos?.column
    });
    return null;
  }
  /** One referenced file as text (or a folder); says why not, and returns null, when it cannot be read. */
  async referenced(ref, subject, field) {
    const name = field.join(".");
    const resolved = resolveReference(this.loaded.path, ref);
    if (!resolved.ok)
      return this.missing(
        subject,
        field,
        `${name}: ${resolved.message}`,
        "Point it at a file inside the repository, relative to the manifest."
      );
    const read = await this.source.read(resolved.path);
    if (!read.ok) {
      if (read.reason === "not-a-file" && await this.source.list(resolved.path) !== null)
        return { path: resolved.path, directory: true };
      const fix = FIX_BY_REASON[read.reason]?.(resolved.path, name) ?? `Check that ${resolved.path} can be read.`;
      return this.missing(subject, field, `${name}: ${read.message}`, fix);
    }
    this.inputs.push({ path: resolved.path, sha256: createHash2("sha256").update(read.bytes).digest("hex") });
    const text2 = decodeText(read.bytes);
    if (!text2.ok)
      return this.missing(
        subject,
        field,
        `${resolved.path}: ${text2.message}`,
        `Regenerate ${resolved.path} as UTF-8 JSON or YAML.`
      );
    return { path: resolved.path, text: text2.text, bytes: read.bytes };
  }
  /** undefined: the manifest names no metrics; null: it names them and they cannot be read. */
  async metrics(manifest) {
    const spec = manifest.evaluation?.metrics;
    if (spec === void 0) return void 0;
    const field = ["evaluation", "metrics"];
    const subject = "evaluation.metrics";
    if (typeof spec !== "string") {
      const parsed2 = parseInlineMetrics(spec, this.loaded.path);
      return parsed2.ok ? parsed2.evidence : this.missing(
        subject,
        field,
        `${this.loaded.path}: ${parsed2.message}`,
        "Write each metric as a number, or { value, ci, n }."
      );
    }
    const file = await this.referenced(spec, subject, field);
    if (!file) return null;
    if ("directory" in file) {
      const run = await readMlflowRun(this.source, file.path, this.inputs);
      return run.ok ? run.evidence : this.missing(
        subject,
        field,
        run.message,
        "Point evaluation.metrics at a finished MLflow run folder (meta.yaml and metrics/)."
      );
    }
    const parsed = parseMetricsFile(file.text, file.path, { dataset: manifest.evaluation?.dataset });
    return parsed.ok ? parsed.evidence : this.missing(
      subject,
      field,
      parsed.message,
      parsed.fix ?? `Fix ${file.path} so it is a metrics file the gate reads (see docs/evidence-formats.md).`
    );
  }
  /** undefined: the manifest names no drift evidence; null: it does and it cannot be read. */
  async drift(manifest, rule) {
    const spec = manifest.drift;
    if (!spec) return void 0;
    if (spec.report !== void 0) {
      const field = ["drift", "report"];
      const file = await this.referenced(spec.report, "drift", field);
      if (!file) return null;
      if ("directory" in file)
        return this.missing(
          "drift",
          field,
          `drift.report: ${file.path} is a folder, not a report file`,
          "Point drift.report at the report file."
        );
      const parsed = parseDriftReport(file.text, file.path);
      return parsed.ok ? parsed.evidence : this.missing(
        "drift",
        field,
        parsed.message,
        `Fix ${file.path} so it is a drift report the gate reads (see docs/evidence-formats.md).`
      );
    }
    if (spec.reference === void 0 || spec.current === void 0)
      return this.missing(
        "drift",
        ["drift"],
        `${this.loaded.path}: drift needs either report, or both reference and current`,
        "Add drift.report, or drift.reference and drift.current."
      );
    const ref = await this.referenced(spec.reference, "drift", ["drift", "reference"]);
    const cur = await this.referenced(spec.current, "drift", ["drift", "current"]);
    if (!ref || !cur) return null;
    if ("directory" in ref || "directory" in cur)
      return this.missing(
        "drift",
        ["drift"],
        "drift.reference and drift.current must be files",
        "Point them at CSV or JSON lines files."
      );
    try {
      const [refTable, curTable] = await Promise.all([
        readSamples(ref.bytes, { source: ref.path }),
        readSamples(cur.bytes, { source: cur.path })
      ]);
      const evidence = computeDrift(refTable, curTable, {
        method: rule?.method ?? "auto",
        columns: { ...rule?.columns ?? {}, ...spec.columns ?? {} },
        datasetShare: rule?.max_drifted_share,
        typeInference: rule?.type_inference
      });
      return { ...evidence, source: `${ref.path} vs ${cur.path}` };
    } catch (e) {
      return this.missing(
        "drift",
        ["drift"],
        e.message,
        "Fix the sample files (CSV with a header row, or JSON lines)."
      );
    }
  }
};

// src/dates.ts
var DAY_MS = 864e5;
function parseDay(text2) {
  if (typeof text2 !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text2)) return void 0;
  const d = /* @__PURE__ */ new Date(`${text2}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text2 ? void 0 : d;
}
function startOfDayUtc(t) {
  return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
}
function daysBetween(from, to) {
  return Math.round((startOfDayUtc(to).getTime() - startOfDayUtc(from).getTime()) / DAY_MS);
}

// src/rules/types.ts
function at(ctx, path) {
  const pos = ctx.release.loaded.positionOf(path);
  return { file: ctx.release.loaded.path, line: pos?.line, column: pos?.column };
}

// src/rules/waivers.ts
var NOT_WAIVABLE = /* @__PURE__ */ new Set([
  "manifest.invalid",
  "evidence.missing",
  "waiver.invalid",
  "policy.protected",
  "approvals.required",
  "release.risk_tier_lowered"
]);
var WAIVER_WARNING_DAYS = 14;
var login = (who) => who.trim().replace(/^@/, "").toLowerCase();
function ownerStatus(policy, pr, who) {
  const name = login(who);
  const teams = [];
  for (const o of policy.owners) {
    if (!o.includes("/")) {
      if (login(o) === name) return { owner: true };
    } else teams.push(o);
  }
  if (teams.length === 0) return { owner: false };
  if (!pr)
    return { owner: false, unverifiable: `team membership (${teams.join(", ")}) is not checked on the command line` };
  const refused = [];
  for (const team of teams) {
    const members = pr.teams[login(team)] ?? pr.teams[team];
    if (!members) refused.push(`${team}: not looked up`);
    else if ("error" in members) refused.push(`${team}: ${members.error}`);
    else if (members.some((m) => login(m) === name)) return { owner: true };
  }
  return refused.length > 0 ? { owner: false, unverifiable: refused.join("; ") } : { owner: false };
}
function judge(ctx, w) {
  const problems = [];
  if (!w.reason?.trim()) problems.push("it gives no reason");
  if (!w.ticket?.trim()) problems.push("it names no ticket");
  if (!w.approved_by?.trim()) problems.push("it names no approver (approved_by)");
  if (NOT_WAIVABLE.has(w.rule)) problems.push(`${w.rule} cannot be waived`);
  const expires = parseDay(w.expires);
  let daysLeft = NaN;
  if (!w.expires) problems.push("it has no expiry date (expires)");
  else if (!expires) problems.push(`its expiry '${w.expires}' is not a date YYYY-MM-DD`);
  else {
    daysLeft = daysBetween(ctx.today, expires);
    if (daysLeft < 0) problems.push(`it expired on ${w.expires}`);
    else if (daysLeft > ctx.policy.waivers.max_days)
      problems.push(`it runs ${daysLeft} days, longer than the ${ctx.policy.waivers.max_days} days the policy allows`);
  }
  let verified = false;
  if (w.approved_by?.trim()) {
    const owner = ownerStatus(ctx.policy, ctx.pullRequest, w.approved_by);
    const pr = ctx.pullRequest;
    if (pr) {
      if (!owner.owner)
        problems.push(
          owner.unverifiable ? `${w.approved_by}'s ownership could not be verified (${owner.unverifiable})` : `${w.approved_by} is not a policy owner (${ctx.policy.owners.join(", ") || "the policy names none"})`
        );
      else if (login(pr.author) === login(w.approved_by))
        problems.push(`${w.approved_by} opened this pull request and cannot approve its own waiver`);
      else {
        const review = pr.reviews.find((r) => login(r.user) === login(w.approved_by));
        if (review?.state !== "APPROVED") problems.push(`${w.approved_by} has not approved this pull request`);
        else verified = true;
      }
    } else if (!owner.owner && !owner.unverifiable) {
      problems.push(
        `${w.approved_by} is not a policy owner (${ctx.policy.owners.join(", ") || "the policy names none"})`
      );
    }
  }
  if (problems.length > 0) return { waiver: w, problems };
  return {
    waiver: w,
    problems,
    applied: {
      ticket: w.ticket,
      approved_by: w.approved_by,
      expires: w.expires,
      days_left: daysLeft,
      reason: w.reason,
      approval_verified: verified
    }
  };
}
var describe = (w) => w.subject ? `${w.rule} ${w.subject}` : w.rule;
function applyWaivers(ctx, findings) {
  const out = findings.map((f) => ({ ...f }));
  const applied = [];
  for (const w of ctx.manifest.waivers) {
    const pos = at(ctx, ["waivers", w.index]);
    const targets = out.filter(
      (f) => f.status === "fail" && f.rule === w.rule && (f.subject ?? "") === (w.subject ?? "")
    );
    const j = judge(ctx, w);
    if (j.problems.length > 0) {
      out.push({
        rule: "waiver.invalid",
        status: "fail",
        subject: describe(w),
        message: `the waiver for ${describe(w)} does not count: ${j.problems.join("; ")}`,
        fix: "Fix the waiver (reason, ticket, approver who is a policy owner and approves the PR, expiry within the limit) or fix the failure it covers.",
        ...pos
      });
      continue;
    }
    if (targets.length === 0) {
      out.push({
        rule: "waiver.invalid",
        status: "warn",
        subject: describe(w),
        message: `the waiver for ${describe(w)} matches no failing gate; remove it so it cannot hide a future failure`,
        fix: "Delete the waiver from the manifest.",
        ...pos
      });
      continue;
    }
    const a = j.applied;
    applied.push(a);
    for (const t of targets) {
      t.status = "waived";
      t.waiver = a;
    }
    if (a.days_left <= WAIVER_WARNING_DAYS)
      out.push({
        rule: "waiver.invalid",
        status: "warn",
        subject: describe(w),
        message: `the waiver for ${describe(w)} (${a.ticket}) expires in ${a.days_left} days, on ${a.expires}`,
        fix: "Fix the underlying failure or renew the waiver with a policy owner.",
        ...pos
      });
    if (!a.approval_verified && !ctx.pullRequest)
      out.push({
        rule: "waiver.invalid",
        status: "warn",
        subject: describe(w),
        message: `the approval of the waiver for ${describe(w)} by ${a.approved_by} is not verified on the command line; the pull request gate checks it`,
        ...pos
      });
  }
  return { findings: out, applied };
}

// src/rules/approvals.ts
var approvals = (n) => `${n} ${n === 1 ? "approval" : "approvals"}`;
function approvalRules(ctx) {
  const rule = ctx.tier.approvals;
  if (!rule || rule.min <= 0) return [];
  const pr = ctx.pullRequest;
  const who = rule.from.length > 0 ? rule.from.join(", ") : "anyone with write access";
  if (!pr)
    return [
      {
        rule: "approvals.required",
        status: "warn",
        subject: "approvals",
        expected: `${rule.min} from ${who}`,
        message: ctx.mergeQueue ? `the ${ctx.tier.name} tier needs ${approvals(rule.min)} from ${who}; not re-checked in the merge queue: each pull request needed them (this gate's required check) before it could join the queue` : `the ${ctx.tier.name} tier needs ${approvals(rule.min)} from ${who}; approvals are checked on the pull request, not on the command line`
      }
    ];
  const users = new Set(rule.from.filter((f) => !f.includes("/")).map(login));
  const teams = rule.from.filter((f) => f.includes("/"));
  const unresolved = [];
  const members = /* @__PURE__ */ new Set();
  for (const t of teams) {
    const m = pr.teams[login(t)] ?? pr.teams[t];
    if (!m) unresolved.push(`${t} (not looked up)`);
    else if ("error" in m) unresolved.push(`${t} (${m.error})`);
    else m.forEach((u) => members.add(login(u)));
  }
  const eligible = (u) => rule.from.length === 0 || users.has(u) || members.has(u);
  const approvers = [];
  const ignored = [];
  for (const r of pr.reviews) {
    if (r.state !== "APPROVED") continue;
    const u = login(r.user);
    if (u === login(pr.author)) ignored.push(`@${r.user} (the author)`);
    else if (rule.require_latest_commit && r.commit !== pr.headSha)
      ignored.push(`@${r.user} (approved an older commit)`);
    else if (!eligible(u)) ignored.push(`@${r.user} (not in ${who})`);
    else approvers.push(`@${r.user}`);
  }
  const enough = approvers.length >= rule.min;
  const parts2 = [`${approvers.length} of ${approvals(rule.min)} from ${who}`];
  if (approvers.length > 0) parts2.push(`approved by ${approvers.join(", ")}`);
  if (ignored.length > 0) parts2.push(`not counted: ${ignored.join(", ")}`);
  if (!enough && unresolved.length > 0)
    parts2.push(
      `team membership could not be read for ${unresolved.join(", ")}: give the action a token that can read the organisation's teams (a GitHub App or a fine-grained token with "Members: read")`
    );
  return [
    {
      rule: "approvals.required",
      status: enough ? "pass" : "fail",
      subject: "approvals",
      actual: approvers.length,
      expected: `>= ${rule.min} from ${who}`,
      message: parts2.join("; "),
      fix: enough ? void 0 : `Ask for ${approvals(rule.min - approvers.length)} more from ${who}.`
    }
  ];
}

// src/format.ts
function fmt2(n) {
  if (n === null || n === void 0) return "n/a";
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e7)) return n.toExponential(3);
  return String(Number(n.toPrecision(6)));
}
function fmtSigned(n) {
  const s = fmt2(Math.abs(n));
  return n > 0 ? `+${s}` : n < 0 ? `-${s}` : `\xB10`;
}

// src/rules/drift.ts
var DEFAULT_DRIFTED_SHARE = 0.5;
function policyThreshold(rule, method) {
  const ft = rule.feature_threshold;
  if (ft === void 0) return void 0;
  if (typeof ft === "number") {
    if (rule.method && rule.method !== "auto") return rule.method === method.id ? ft : void 0;
    return method.kind === "distance" ? ft : void 0;
  }
  return ft[method.id];
}
function severity(method, score2, threshold) {
  if (method.kind === "distance") return threshold > 0 ? score2 / threshold : score2 > 0 ? Infinity : 0;
  if (score2 <= 0) return Infinity;
  if (score2 >= 1 || threshold >= 1) return 0;
  return Math.log(score2) / Math.log(threshold);
}
function driftRules(ctx) {
  const ev = ctx.release.drift;
  const rule = ctx.tier.drift;
  if (!ev || !rule) {
    if (!ev) return { findings: [], results: [] };
    const results2 = describeOnly(ev.features);
    const d = results2.filter((r) => r.drifted).length;
    const counts2 = datasetCounts(ev, results2.length, d).summary;
    return { findings: [], results: results2, summary: { ...counts2, features: results2.length } };
  }
  const findings = [];
  const results = [];
  const pos = at(ctx, ctx.manifest.drift?.report !== void 0 ? ["drift", "report"] : ["drift"]);
  if (rule.method !== "auto") {
    const others = [...new Set(ev.features.map((f) => resolveMethod(f.method)?.id ?? f.method))].filter(
      (m) => m !== rule.method
    );
    if (others.length > 0)
      findings.push({
        rule: "drift.feature",
        status: "warn",
        subject: "method",
        actual: others.join(", "),
        expected: rule.method,
        message: `the ${ctx.tier.name} tier asks for ${rule.method} but ${ev.source} measured drift with ${others.join(", ")}; those features are judged by their own method's threshold`,
        fix: `Produce the drift report with ${rule.method}, or compute it from samples (drift.reference and drift.current).`,
        ...pos
      });
  }
  let drifted = 0;
  let judged = 0;
  for (const feature of ev.features) {
    const method = resolveMethod(feature.method);
    if (!method) {
      findings.push({
        rule: "drift.feature",
        status: "fail",
        subject: feature.name,
        actual: feature.method,
        message: `${feature.name}: the drift method '${feature.method}' is unknown, so the gate cannot tell whether its score means drift`,
        fix: "Use a method the gate knows (psi, ks, wasserstein, jensenshannon, chisquare, z, kl_div, hellinger, ...) or compute drift from samples.",
        ...pos
      });
      judged++;
      drifted++;
      continue;
    }
    const threshold = policyThreshold(rule, method) ?? feature.threshold ?? method.defaultThreshold;
    const direction = method.kind === "pvalue" ? "below" : "above";
    judged++;
    if (feature.score === null || !Number.isFinite(feature.score)) {
      drifted++;
      findings.push({
        rule: "drift.feature",
        status: "fail",
        subject: feature.name,
        actual: null,
        expected: `${method.id} ${direction === "below" ? ">" : "<"} ${fmt2(threshold)}`,
        message: `${feature.name}: ${ev.source} gives no ${method.label} score, so drift cannot be ruled out`,
        fix: "Regenerate the drift report so that every feature has a score.",
        ...pos
      });
      results.push({
        name: feature.name,
        type: feature.type,
        method: method.id,
        score: null,
        threshold,
        direction,
        drifted: true,
        severity: Infinity,
        histogram: feature.histogram
      });
      continue;
    }
    const isDrifted = isDrift(method, feature.score, threshold);
    if (isDrifted) drifted++;
    const sev = severity(method, feature.score, threshold);
    results.push({
      name: feature.name,
      type: feature.type,
      method: method.id,
      score: feature.score,
      threshold,
      direction,
      drifted: isDrifted,
      severity: sev,
      histogram: feature.histogram
    });
    const cmp = driftComparison(method, isDrifted);
    findings.push({
      rule: "drift.feature",
      status: isDrifted ? "fail" : "pass",
      subject: feature.name,
      actual: feature.score,
      expected: `${method.id} ${driftComparison(method, false)} ${fmt2(threshold)}`,
      message: `${feature.name}: ${method.label} ${fmt2(feature.score)} ${cmp} ${fmt2(threshold)}${isDrifted ? " (drift)" : ""}`,
      fix: isDrifted ? `Investigate the shift in ${feature.name} (retrain on recent data, fix the pipeline), or waive it with a ticket if it is expected.` : void 0,
      ...pos
    });
  }
  const limit = rule.max_drifted_share ?? DEFAULT_DRIFTED_SHARE;
  const counts = datasetCounts(ev, judged, drifted);
  results.sort(bySeverity);
  const summary = { ...counts.summary, limit, features: judged };
  if (counts.summary.total > 0) {
    const { drifted: d, total, share } = counts.summary;
    const fails = share >= limit;
    const unit = counts.summary.counted_from === "features" ? "feature" : "column";
    findings.push({
      rule: "drift.dataset",
      status: fails ? "fail" : "pass",
      subject: "dataset",
      actual: Number(share.toPrecision(6)),
      expected: `< ${fmt2(limit)}`,
      message: `${d} of ${total} ${unit}s drifted (share ${fmt2(share)}${fails ? `, at or above the limit of ${fmt2(limit)}` : `; limit ${fmt2(limit)}`})` + (counts.how ? `: ${counts.how}; the limit is ${rule.max_drifted_share !== void 0 ? "the policy's max_drifted_share" : "Evidently's default"}, not the report's own` : ""),
      fix: fails ? "The data the model sees has moved: retrain or re-validate before release." : void 0,
      ...pos
    });
  } else {
    findings.push({
      rule: "evidence.missing",
      status: "fail",
      subject: "drift",
      message: `${ev.source} has no features, so drift cannot be judged`,
      fix: "Regenerate the drift report over the model input features.",
      ...pos
    });
  }
  return { findings, results, summary };
}
function datasetCounts(ev, judged, drifted) {
  const own = { drifted, total: judged, share: judged > 0 ? drifted / judged : 0, counted_from: "features" };
  const d = ev.dataset;
  if (!d || d.total <= ev.features.length) return { summary: own };
  const from = d.from ?? "dataset summary";
  const reportDrifted = ev.features.filter((f) => {
    if (f.drifted !== void 0) return f.drifted;
    const method = resolveMethod(f.method);
    return method !== void 0 && f.score !== null && isDrift(method, f.score, f.threshold ?? method.defaultThreshold);
  }).length;
  const unlisted = d.total - ev.features.length;
  const unlistedDrifted = Math.min(unlisted, Math.max(0, d.drifted - reportDrifted));
  const total = d.total;
  const count = unlistedDrifted + drifted;
  const listed = ev.features.length === 0 ? "it lists no column" : `the ${plural(ev.features.length, "column")} it lists judged by this policy (${drifted} drifted)`;
  return {
    summary: { drifted: count, total, share: count / total, counted_from: from },
    how: `counted from the report's ${from} (${d.drifted} of ${total} drifted by the report's own thresholds), with ${listed}`
  };
}
var plural = (n, one) => `${n} ${n === 1 ? one : `${one}s`}`;
var severityKey = (s) => typeof s === "number" && !Number.isNaN(s) ? s : Infinity;
function bySeverity(a, b) {
  if (a.drifted !== b.drifted) return a.drifted ? -1 : 1;
  const sa = severityKey(a.severity);
  const sb = severityKey(b.severity);
  if (sa !== sb) return sa > sb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function describeOnly(features) {
  const out = [];
  for (const f of features) {
    const method = resolveMethod(f.method);
    if (!method || f.score === null || !Number.isFinite(f.score)) continue;
    const threshold = f.threshold ?? method.defaultThreshold;
    out.push({
      name: f.name,
      type: f.type,
      method: method.id,
      score: f.score,
      threshold,
      direction: method.kind === "pvalue" ? "below" : "above",
      drifted: isDrift(method, f.score, threshold),
      severity: severity(method, f.score, threshold),
      histogram: f.histogram
    });
  }
  return out.sort(bySeverity);
}
function driftComparison(method, drifted) {
  if (method.kind === "pvalue") {
    if (method.strict) return drifted ? "<" : ">=";
    return drifted ? "<=" : ">";
  }
  if (method.strict) return drifted ? ">" : "<=";
  return drifted ? ">=" : "<";
}

// src/rules/evidence.ts
function evidenceRules(ctx) {
  const { release, manifest, tier } = ctx;
  const findings = [...release.loadFindings];
  const needsMetrics = Object.keys(tier.metrics).length > 0 || Object.keys(tier.slices).length > 0;
  const needsDrift = tier.drift !== void 0;
  if (needsMetrics && release.metrics === void 0 && !release.loadFindings.some((f) => f.subject === "evaluation.metrics"))
    findings.push({
      rule: "evidence.missing",
      status: "fail",
      subject: "evaluation.metrics",
      message: `the ${tier.name} tier has metric rules but the manifest names no metrics`,
      fix: "Add evaluation.metrics: a path to a metrics file (JSON/YAML, a model card, an MLflow run) or the metrics inline.",
      ...at(ctx, manifest.evaluation ? ["evaluation"] : ["model"])
    });
  if (needsDrift && release.drift === void 0 && !release.loadFindings.some((f) => f.subject === "drift"))
    findings.push({
      rule: "evidence.missing",
      status: "fail",
      subject: "drift",
      message: `the ${tier.name} tier has drift rules but the manifest names no drift report or samples`,
      fix: "Add drift.report (a drift report file) or drift.reference and drift.current (samples the gate compares).",
      ...at(ctx, manifest.drift ? ["drift"] : ["model"])
    });
  const version2 = manifest.model.version;
  for (const [kind, ev, path] of [
    ["metrics", release.metrics, ["evaluation", "metrics"]],
    ["drift report", release.drift, ["drift", "report"]]
  ]) {
    if (!ev) continue;
    if (ev.modelVersion !== void 0 && ev.modelVersion !== version2)
      findings.push({
        rule: "evidence.stale",
        status: "fail",
        subject: ev.source,
        actual: ev.modelVersion,
        expected: version2,
        message: `the ${kind} in ${ev.source} are for model version ${ev.modelVersion}, not ${version2}`,
        fix: `Re-run the evaluation for ${version2}, or correct model.version.`,
        ...at(ctx, [...path])
      });
    else if (ev.modelVersion !== void 0)
      findings.push({
        rule: "evidence.stale",
        status: "pass",
        subject: ev.source,
        message: `${kind} are for ${version2}`
      });
  }
  return findings;
}

// src/rules/lifecycle.ts
var REVIEW_WARNING_DAYS = 30;
function lifecycleRules(ctx) {
  const findings = [];
  const lifecycle = ctx.manifest.lifecycle ?? {};
  const status = lifecycle.status ?? "active";
  if (status === "retired") {
    findings.push({
      rule: "lifecycle.retired",
      status: "fail",
      subject: "lifecycle.status",
      actual: "retired",
      expected: "active or deprecated",
      message: `${ctx.manifest.model.name} is marked retired; a retired model cannot be released`,
      fix: "Set lifecycle.status to active (with a new review) or remove the release.",
      ...at(ctx, ["lifecycle", "status"])
    });
  } else if (status === "deprecated") {
    findings.push({
      rule: "lifecycle.retired",
      status: "warn",
      subject: "lifecycle.status",
      actual: "deprecated",
      message: `${ctx.manifest.model.name} is deprecated; plan its retirement`,
      ...at(ctx, ["lifecycle", "status"])
    });
  } else {
    findings.push({
      rule: "lifecycle.retired",
      status: "pass",
      subject: "lifecycle.status",
      message: `status ${status}`
    });
  }
  const maxDays = ctx.tier.lifecycle?.max_review_days;
  const reviewBy = lifecycle.review_by;
  const state = reviewState(reviewBy, maxDays, ctx.today);
  const pos = at(ctx, ["lifecycle", "review_by"]);
  const base = { rule: "lifecycle.review", subject: "lifecycle.review_by" };
  switch (state.kind) {
    case "not-required":
      break;
    case "missing":
      findings.push({
        ...base,
        status: "fail",
        actual: null,
        expected: `a date within ${maxDays} days`,
        message: `lifecycle.review_by is missing; the ${ctx.tier.name} tier requires a review at most ${maxDays} days ahead`,
        fix: "Add lifecycle.review_by: YYYY-MM-DD.",
        ...at(ctx, ["lifecycle"])
      });
      break;
    case "invalid":
      findings.push({
        ...base,
        status: "fail",
        actual: String(reviewBy),
        expected: "a date YYYY-MM-DD",
        message: `lifecycle.review_by '${String(reviewBy)}' is not a date`,
        fix: "Write the date as YYYY-MM-DD.",
        ...pos
      });
      break;
    case "overdue":
      findings.push({
        ...base,
        status: "fail",
        actual: reviewBy,
        expected: "a date not yet passed",
        message: `the review was due on ${reviewBy}, ${-state.daysLeft} days ago`,
        fix: "Review the model with its risk owner and set a new lifecycle.review_by.",
        ...pos
      });
      break;
    case "too-far":
      findings.push({
        ...base,
        status: "fail",
        actual: reviewBy,
        expected: `within ${maxDays} days`,
        message: `review_by ${reviewBy} is ${state.daysLeft} days away, more than the ${maxDays} days the ${ctx.tier.name} tier allows`,
        fix: `Set lifecycle.review_by to a date at most ${maxDays} days ahead.`,
        ...pos
      });
      break;
    case "due-soon":
      findings.push({
        ...base,
        status: "warn",
        actual: reviewBy,
        message: `the review is due in ${state.daysLeft} days (${reviewBy})`,
        fix: "Schedule the review before the date passes; the gate blocks after it.",
        ...pos
      });
      break;
    case "ok":
      findings.push({
        ...base,
        status: "pass",
        actual: reviewBy,
        message: `review due in ${state.daysLeft} days`,
        ...pos
      });
  }
  return findings;
}
function reviewState(reviewBy, maxDays, today) {
  if (reviewBy === void 0) return { kind: maxDays !== void 0 ? "missing" : "not-required" };
  const due = parseDay(reviewBy);
  if (!due) return { kind: "invalid" };
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return { kind: "overdue", daysLeft };
  if (maxDays !== void 0 && daysLeft > maxDays) return { kind: "too-far", daysLeft };
  if (daysLeft <= REVIEW_WARNING_DAYS) return { kind: "due-soon", daysLeft };
  return { kind: "ok", daysLeft };
}

// src/rules/manifest.ts
function lookup(data, dotted) {
  let cur = data;
  for (const key of dotted.split(".")) {
    if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return void 0;
    cur = cur[key];
  }
  return cur;
}
function isEmpty(v) {
  if (v === void 0 || v === null) return true;
  if (typeof v === "string") return v.trim() === "";
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.keys(v).length === 0;
  return false;
}
function requiredFields(ctx) {
  return ctx.tier.require.map((field) => {
    const rule = field.startsWith("monitoring.") || field === "monitoring" ? "monitoring.required" : "manifest.required";
    const present = !isEmpty(lookup(ctx.manifest.data, field));
    const path = field.split(".");
    let pos = at(ctx, path);
    for (let i = path.length - 1; pos.line === void 0 && i > 0; i--) pos = at(ctx, path.slice(0, i));
    if (present) return { rule, status: "pass", subject: field, message: `${field} is set`, ...pos };
    return {
      rule,
      status: "fail",
      subject: field,
      actual: null,
      expected: "present and not empty",
      message: `${field} is missing or empty; the ${ctx.tier.name} tier requires it`,
      fix: `Add \`${field}\` to ${ctx.release.loaded.path}.`,
      ...pos
    };
  });
}

// src/rules/significance.ts
var PROPORTION = /accuracy|precision|recall|sensitivity|specificity|\b[tf][pn]r\b|hit_?rate|error_?rate|top_?\d+/i;
function isProportionMetric(name, value) {
  return PROPORTION.test(name) && value >= 0 && value <= 1;
}
function normalSf(z) {
  return erfc(z / Math.SQRT2) / 2;
}
var Z_TEST = "two-proportion z-test (pooled, one-sided)";
var CI_TEST = "confidence interval";
var NO_TEST = "point estimate";
var MIN_EXPECTED = 10;
function testRegression(name, candidate, baseline, alpha, worse) {
  const n1 = baseline.n;
  const n2 = candidate.n;
  if (n1 !== void 0 && n2 !== void 0 && isProportionMetric(name, candidate.value) && isProportionMetric(name, baseline.value)) {
    const p1 = baseline.value;
    const p2 = candidate.value;
    const small = [n1 * p1, n1 * (1 - p1), n2 * p2, n2 * (1 - p2)].some((c) => c < MIN_EXPECTED);
    if (small)
      return {
        kind: "undecided",
        text: `samples too small for a ${Z_TEST} (n = ${n2} vs ${n1}); judged on the point estimate`,
        result: { test: NO_TEST, alpha, n: { candidate: n2, baseline: n1 } }
      };
    const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (se === 0)
      return {
        kind: "undecided",
        text: "no variance in either sample; judged on the point estimate",
        result: { test: NO_TEST, alpha, n: { candidate: n2, baseline: n1 } }
      };
    const z = worse === "lower" ? (p1 - p2) / se : (p2 - p1) / se;
    const p = normalSf(z);
    const significant = p < alpha;
    const text2 = `${Z_TEST}: z = ${fmt2(z)}, p = ${fmt2(p)} at n = ${n2} vs ${n1}, alpha ${alpha}`;
    const result = {
      test: Z_TEST,
      alpha,
      statistic: z,
      p_value: p,
      n: { candidate: n2, baseline: n1 },
      significant
    };
    return significant ? { kind: "significant", text: text2, result } : { kind: "noise", text: `within noise (${text2})`, result };
  }
  if (candidate.ci) {
    const [lo, hi] = candidate.ci;
    const outside = worse === "lower" ? baseline.value > hi : baseline.value < lo;
    const text2 = `baseline ${fmt2(baseline.value)} is ${outside ? "outside" : "inside"} the candidate's ${CI_TEST} [${fmt2(lo)}, ${fmt2(hi)}]`;
    const result = { test: CI_TEST, alpha, significant: outside };
    return outside ? { kind: "significant", text: text2, result } : { kind: "noise", text: `within noise (${text2})`, result };
  }
  return {
    kind: "undecided",
    text: "no sample sizes or confidence interval; judged on the point estimate",
    result: { test: NO_TEST, alpha }
  };
}

// src/rules/metrics.ts
var LOWER_IS_BETTER = new Set(
  "loss error errors err latency ms sec secs seconds wer cer rmse mse mae mape smape perplexity ppl brier logloss cost memory mb bytes size time fpr fnr".split(
    " "
  )
);
function lowerIsBetter(name, rule) {
  if (rule?.max_increase !== void 0) return true;
  if (rule?.max_drop !== void 0) return false;
  return name.toLowerCase().split(/[^a-z0-9]+/).some((word) => LOWER_IS_BETTER.has(word));
}
function allowed(base, tol2, worse) {
  const delta = tol2.kind === "absolute" ? tol2.value : Math.abs(base) * tol2.value;
  const bound = worse === "lower" ? base - delta : base + delta;
  const op = worse === "lower" ? ">=" : "<=";
  const sign = worse === "lower" ? "-" : "+";
  return { bound, text: `${op} ${fmt2(bound)} (baseline ${fmt2(base)} ${sign} ${tol2.text})` };
}
function metricsPos(ctx) {
  return at(ctx, ["evaluation", "metrics"]);
}
function thresholdRules(ctx) {
  const ev = ctx.release.metrics;
  if (!ev) return [];
  const findings = [];
  for (const [name, rule] of Object.entries(ctx.tier.metrics)) {
    if (rule.min === void 0 && rule.max === void 0) continue;
    const m = ev.metrics[name];
    const expected = [
      rule.min !== void 0 ? `>= ${fmt2(rule.min)}` : "",
      rule.max !== void 0 ? `<= ${fmt2(rule.max)}` : ""
    ].filter(Boolean).join(" and ");
    if (!m) {
      findings.push({
        rule: "metrics.threshold",
        status: "fail",
        subject: name,
        actual: null,
        expected,
        message: `${name} is not in ${ev.source}; the ${ctx.tier.name} tier requires it`,
        fix: `Report ${name} in the evaluation, or ask the policy owners whether the tier should require it.`,
        ...metricsPos(ctx)
      });
      continue;
    }
    const low = rule.min !== void 0 && m.value < rule.min;
    const high = rule.max !== void 0 && m.value > rule.max;
    findings.push({
      rule: "metrics.threshold",
      status: low || high ? "fail" : "pass",
      subject: name,
      actual: m.value,
      expected,
      message: low ? `${name} is ${fmt2(m.value)}, below the ${ctx.tier.name} tier's floor of ${fmt2(rule.min)}` : high ? `${name} is ${fmt2(m.value)}, above the ${ctx.tier.name} tier's ceiling of ${fmt2(rule.max)}` : `${name} ${fmt2(m.value)} is within bounds`,
      fix: low || high ? `Improve ${name} before release, or waive it with a ticket approved by a policy owner.` : void 0,
      ...metricsPos(ctx)
    });
  }
  return findings;
}
function regressionRules(ctx) {
  const ev = ctx.release.metrics;
  if (!ev) return [];
  const findings = [];
  const rules = Object.entries(ctx.tier.metrics).filter(
    ([, r]) => r.max_drop !== void 0 || r.max_increase !== void 0
  );
  if (rules.length === 0) return findings;
  const baseline = ctx.release.baseline;
  if (!baseline) {
    const problem2 = ctx.release.baselineProblem;
    for (const [name] of rules)
      findings.push(
        problem2 ? {
          rule: "metrics.regression",
          status: "warn",
          subject: name,
          message: `${name} was not compared with production: ${problem2}`,
          fix: "Check the production manifest and its evidence on the base branch.",
          ...metricsPos(ctx)
        } : {
          rule: "metrics.regression",
          status: "pass",
          subject: name,
          message: `first release: no baseline to compare ${name} with`
        }
      );
    return findings;
  }
  if (!baseline.metrics) {
    for (const [name] of rules)
      findings.push({
        rule: "metrics.regression",
        status: "warn",
        subject: name,
        message: `the baseline's metrics could not be read (${baseline.problem ?? "the baseline names none"}); ${name} was not compared`,
        fix: "Check the evidence the production manifest points to on the base branch.",
        ...metricsPos(ctx)
      });
    return findings;
  }
  for (const [name, rule] of rules) {
    const cand = ev.metrics[name];
    const base = baseline.metrics.metrics[name];
    if (!cand) continue;
    if (!base) {
      findings.push({
        rule: "metrics.regression",
        status: "pass",
        subject: name,
        actual: cand.value,
        message: `the baseline has no ${name}: nothing to compare`
      });
      continue;
    }
    const worse = lowerIsBetter(name, rule) ? "higher" : "lower";
    const tol2 = worse === "lower" ? rule.max_drop : rule.max_increase;
    if (!tol2) continue;
    const { bound, text: text2 } = allowed(base.value, tol2, worse);
    const regressed = worse === "lower" ? cand.value < bound : cand.value > bound;
    const delta = cand.value - base.value;
    const finding = {
      rule: "metrics.regression",
      status: regressed ? "fail" : "pass",
      subject: name,
      actual: cand.value,
      expected: text2,
      message: regressed ? `${name} ${worse === "lower" ? "dropped" : "rose"} from ${fmt2(base.value)} to ${fmt2(cand.value)} (${fmtSigned(delta)}), more than the allowed ${tol2.text}` : `${name} ${fmt2(cand.value)} vs baseline ${fmt2(base.value)} (${fmtSigned(delta)})`,
      fix: regressed ? `Find what made ${name} worse than production, or waive it with a ticket approved by a policy owner.` : void 0,
      ...metricsPos(ctx)
    };
    if (regressed && rule.significance !== void 0) {
      const verdict = testRegression(
        name,
        withN(cand, ev.sampleSize),
        withN(base, baseline.metrics.sampleSize),
        rule.significance,
        worse
      );
      finding.significance = verdict.result;
      if (verdict.kind === "noise") {
        finding.status = "warn";
        finding.message = `${finding.message}, but ${verdict.text}`;
        finding.fix = "Evaluate on a larger sample to tell a real regression from noise.";
      } else finding.message = `${finding.message}; ${verdict.text}`;
    }
    findings.push(finding);
  }
  return findings;
}
function withN(m, sampleSize) {
  return m.n === void 0 && sampleSize !== void 0 ? { ...m, n: sampleSize } : m;
}
function sliceRules(ctx) {
  const ev = ctx.release.metrics;
  if (!ev) return [];
  const findings = [];
  for (const [name, rule] of Object.entries(ctx.tier.slices)) {
    const values = Object.entries(ev.slices).filter(([, metrics]) => metrics[name] !== void 0).map(([slice, metrics]) => ({ slice, value: metrics[name].value }));
    if (values.length === 0) {
      findings.push({
        rule: "metrics.slice",
        status: "fail",
        subject: name,
        actual: null,
        message: `no slice in ${ev.source} reports ${name}; the ${ctx.tier.name} tier has slice rules for it`,
        fix: `Report ${name} per slice under "slices" in the metrics file.`,
        ...metricsPos(ctx)
      });
      continue;
    }
    for (const { slice, value } of values) {
      const low = rule.min !== void 0 && value < rule.min;
      const high = rule.max !== void 0 && value > rule.max;
      findings.push({
        rule: "metrics.slice",
        status: low || high ? "fail" : "pass",
        subject: `${slice}: ${name}`,
        actual: value,
        expected: low ? `>= ${fmt2(rule.min)}` : high ? `<= ${fmt2(rule.max)}` : void 0,
        message: low || high ? `${name} on slice ${slice} is ${fmt2(value)}, ${low ? `below the floor of ${fmt2(rule.min)}` : `above the ceiling of ${fmt2(rule.max)}`}` : `${name} on slice ${slice} is ${fmt2(value)}`,
        fix: low || high ? `Improve the model on ${slice}, or document and waive the gap.` : void 0,
        ...metricsPos(ctx)
      });
    }
    if (rule.max_gap !== void 0 && values.length > 1) {
      const sorted = [...values].sort((a, b) => a.value - b.value);
      const worst2 = sorted[0];
      const best = sorted[sorted.length - 1];
      const gap = best.value - worst2.value;
      const tooWide = gap > rule.max_gap + 1e-12;
      findings.push({
        rule: "metrics.slice",
        status: tooWide ? "fail" : "pass",
        subject: `${name} gap`,
        actual: Number(gap.toPrecision(12)),
        expected: `<= ${fmt2(rule.max_gap)}`,
        message: tooWide ? `${name} ranges from ${fmt2(worst2.value)} (${worst2.slice}) to ${fmt2(best.value)} (${best.slice}): a gap of ${fmt2(gap)}, wider than ${fmt2(rule.max_gap)}` : `${name} gap between slices is ${fmt2(gap)}`,
        fix: tooWide ? `Close the gap on ${worst2.slice}, or waive it with a ticket.` : void 0,
        ...metricsPos(ctx)
      });
    }
  }
  return findings;
}
function compareMetrics(ctx) {
  const ev = ctx.release.metrics;
  if (!ev) return [];
  const base = ctx.release.baseline?.metrics?.metrics ?? {};
  return Object.entries(ev.metrics).map(([name, m]) => {
    const b = base[name];
    return {
      name,
      value: m.value,
      baseline: b?.value,
      delta: b ? Number((m.value - b.value).toPrecision(12)) : void 0,
      better: lowerIsBetter(name, ctx.tier.metrics[name]) ? "lower" : "higher"
    };
  });
}

// src/gate.ts
var RULES = [
  requiredFields,
  evidenceRules,
  thresholdRules,
  regressionRules,
  sliceRules,
  lifecycleRules,
  approvalRules
];
var RANK = { go: 0, conditional: 1, blocked: 2 };
function decide(findings) {
  if (findings.some((f) => f.status === "fail")) return "blocked";
  if (findings.some((f) => f.status === "warn" || f.status === "waived")) return "conditional";
  return "go";
}
function worst(decisions) {
  return decisions.reduce((a, b) => RANK[b] > RANK[a] ? b : a, "go");
}
function evaluateRelease(release, policy, options) {
  const { loaded } = release;
  const manifest = loaded.manifest;
  if (!manifest) {
    const findings2 = [...loaded.findings];
    return {
      manifest: loaded.path,
      name: loaded.path,
      version: "unknown",
      risk_tier: "unknown",
      decision: "blocked",
      findings: findings2,
      scorecard: scorecard(findings2)
    };
  }
  const tierName = release.tier?.tier ?? manifest.model.risk_tier ?? policy.defaultTier;
  const tier = policy.tiers[tierName];
  const ctx = {
    release,
    manifest,
    tier,
    policy,
    today: startOfDayUtc(options.now),
    pullRequest: options.pullRequest,
    mergeQueue: options.mergeQueue
  };
  const raw = [...loaded.findings];
  if (release.tier?.finding) raw.push(release.tier.finding);
  for (const rule of RULES) raw.push(...rule(ctx));
  const drift2 = driftRules(ctx);
  raw.push(...drift2.findings);
  const { findings, applied } = applyWaivers(ctx, raw);
  return {
    manifest: loaded.path,
    name: manifest.model.name,
    version: manifest.model.version,
    risk_tier: tierName,
    decision: decide(findings),
    findings,
    metrics: compareMetrics(ctx),
    drift: mostDrifted(drift2.results),
    ...drift2.summary ? { drift_summary: drift2.summary } : {},
    waivers: applied,
    ...notesOf(release),
    scorecard: scorecard(findings),
    baseline: release.baseline ? { manifest: release.baseline.path, version: release.baseline.manifest.model.version } : null
  };
}
function notesOf(release) {
  const notes = [];
  for (const ev of [release.metrics, release.drift])
    for (const message of ev?.notes ?? []) notes.push({ source: ev.source, message });
  const base = release.baseline?.metrics;
  for (const message of base?.notes ?? []) notes.push({ source: base.source, message, baseline: true });
  return notes.length > 0 ? { notes } : {};
}
var DRIFT_FEATURES_SHOWN = 10;
function mostDrifted(results) {
  const drifted = results.filter((r) => r.drifted).length;
  return results.slice(0, Math.max(drifted, DRIFT_FEATURES_SHOWN));
}
function scorecard(findings) {
  const out = {};
  for (const f of findings) {
    const family = f.rule.split(".")[0];
    const s = out[family] ??= { passed: 0, total: 0 };
    s.total++;
    if (f.status === "pass") s.passed++;
  }
  return out;
}
function evaluate(releases, policy, options) {
  const models = releases.map((r) => evaluateRelease(r, policy, options));
  const seen = /* @__PURE__ */ new Map();
  for (const r of releases) for (const i of r.inputs) seen.set(`${i.source ?? ""}:${i.path}`, i);
  const prFindings = options.pullRequestFindings ?? [];
  return {
    schema: "model-release-gate/report/v1",
    decision: worst([...models.map((m) => m.decision), decide(prFindings)]),
    evaluated_at: options.now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    policy: { source: policy.source, ref: options.policyRef, sha256: policy.sha256, builtin: policy.builtin },
    models,
    // Code-point order: stable across machines, and it avoids loading ICU collation (~8 ms at startup).
    inputs: [...seen].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, input]) => input),
    summary: models.length === 0 ? "No model release in this pull request." : void 0,
    ...prFindings.length > 0 ? { findings: prFindings } : {}
  };
}

// src/policy/policy.ts
import { createHash as createHash3 } from "node:crypto";

// src/types.ts
var RULE_IDS = [
  "manifest.invalid",
  "manifest.required",
  "evidence.missing",
  "evidence.stale",
  "metrics.threshold",
  "metrics.regression",
  "metrics.slice",
  "drift.feature",
  "drift.dataset",
  "monitoring.required",
  "lifecycle.review",
  "lifecycle.retired",
  "approvals.required",
  "waiver.invalid",
  "policy.protected",
  "release.risk_tier_lowered"
];

// src/policy/schemas.ts
var API_VERSION = "model-release-gate/v1";
var WAIVABLE_RULES = RULE_IDS.filter((r) => !NOT_WAIVABLE.has(r));
var PERCENT_PATTERN = "^[0-9]+(\\.[0-9]+)?%$";
var HANDLE_PATTERN = "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$";
var FIELD_PATH_PATTERN = "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$";
var text = (description) => ({ type: "string", minLength: 1, description });
var date = (description) => ({ type: "string", format: "date", description });
var MANIFEST_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "model-release-gate manifest (model-release.yml)",
  description: "One model release: what it is, who owns it, where its evidence is, and its waivers.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "model"],
  properties: {
    apiVersion: { type: "string", const: API_VERSION, description: `Always ${API_VERSION}.` },
    model: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: {
        name: text("The model name, stable across releases."),
        version: text("The version released (kept exactly as written: 3.10 stays 3.10)."),
        owner: text('The owning team or person, e.g. "@acme/churn-ml".'),
        risk_tier: text("A tier the policy defines; the policy default tier applies when absent."),
        intended_use: text("What the model is for."),
        limitations: text("Where the model must not be relied on.")
      }
    },
    training_data: {
      type: "object",
      description: "Where the training data came from. Fields beyond these are allowed.",
      properties: {
        source: text("A table, bucket or dataset name."),
        version: text("A snapshot date, tag or version (any text)."),
        sha256: text("Digest of the training data snapshot.")
      }
    },
    evaluation: {
      type: "object",
      additionalProperties: false,
      properties: {
        metrics: {
          type: ["string", "object"],
          minLength: 1,
          description: "Path (relative to the manifest) of a metrics file (generic JSON/YAML, Hugging Face model card, MLflow run folder), or metrics written inline."
        },
        dataset: text("Which model-index result to use when a Hugging Face card has several.")
      }
    },
    drift: {
      type: "object",
      additionalProperties: false,
      description: "A drift report, or reference and current samples for the gate to compare.",
      properties: {
        report: text("Path of a drift report (generic, Evidently, whylogs), relative to the manifest."),
        reference: text("Path of the reference sample (CSV or JSON lines), relative to the manifest."),
        current: text("Path of the current sample (CSV or JSON lines), relative to the manifest."),
        columns: {
          type: "object",
          description: "Column type overrides for drift computed from samples.",
          additionalProperties: { type: "string", enum: ["numeric", "categorical"] }
        }
      },
      dependencies: { reference: ["current"], current: ["reference"] }
    },
    monitoring: {
      type: "object",
      description: "How the model is watched in production. Fields beyond these are allowed.",
      properties: {
        dashboard: text("A dashboard URL."),
        alerts: text("Where alerts go: a channel, a pager rotation."),
        drift_check: text("How often drift is checked in production, e.g. daily.")
      }
    },
    lifecycle: {
      type: "object",
      additionalProperties: false,
      properties: {
        status: { type: "string", enum: ["active", "deprecated", "retired"] },
        review_by: date("The date (YYYY-MM-DD) by which the model must be reviewed again.")
      }
    },
    waivers: {
      type: "array",
      description: "Exceptions to a rule, each approved by a policy owner and with an expiry date.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason", "ticket", "approved_by", "expires"],
        properties: {
          rule: { type: "string", enum: [...WAIVABLE_RULES] },
          subject: text("The metric, feature, slice or field waived; all of the rule when absent."),
          reason: text("Why the exception is acceptable."),
          ticket: text("The tracking ticket."),
          approved_by: text('The policy owner who approved it, e.g. "@alice".'),
          expires: date("The last day (YYYY-MM-DD) the waiver applies.")
        }
      }
    }
  }
};
var number = (description) => ({ type: "number", description });
var tolerance = (description) => ({
  type: ["number", "string"],
  minimum: 0,
  pattern: PERCENT_PATTERN,
  description
});
var POLICY_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "model-release-gate policy (.github/model-release-policy.yml)",
  description: "Risk tiers and the gates each one sets on a model release.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "tiers"],
  properties: {
    apiVersion: { type: "string", const: API_VERSION, description: `Always ${API_VERSION}.` },
    manifests: {
      type: "array",
      minItems: 1,
      items: { type: "string", minLength: 1 },
      description: 'Globs that find manifests. Default ["**/model-release.yml"].'
    },
    owners: {
      type: "array",
      items: { $ref: "#/definitions/handle" },
      description: "Users and teams who approve policy changes and waivers."
    },
    protected: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Globs of paths a pull request may change only with an owner's approval."
    },
    tiers: {
      type: "object",
      required: ["default"],
      properties: { default: text("The tier of a manifest that names none.") },
      additionalProperties: { $ref: "#/definitions/tier" }
    },
    waivers: {
      type: "object",
      additionalProperties: false,
      properties: {
        max_days: { type: "integer", minimum: 1, description: "Longest waiver allowed, in days. Default 90." }
      }
    },
    limits: {
      type: "object",
      additionalProperties: false,
      properties: {
        max_file_mb: {
          type: "number",
          exclusiveMinimum: 0,
          description: "Largest evidence file read, in MB. Default 50."
        }
      }
    }
  },
  definitions: {
    handle: { type: "string", pattern: HANDLE_PATTERN },
    tier: {
      type: "object",
      additionalProperties: false,
      properties: {
        extends: text("A tier whose rules this one inherits."),
        require: {
          type: "array",
          items: { type: "string", pattern: FIELD_PATH_PATTERN },
          description: "Dotted manifest fields that must be present and not empty (added to the parent tier ones)."
        },
        metrics: { type: "object", additionalProperties: { $ref: "#/definitions/metric" } },
        slices: { type: "object", additionalProperties: { $ref: "#/definitions/slice" } },
        drift: { $ref: "#/definitions/drift" },
        lifecycle: {
          type: "object",
          additionalProperties: false,
          properties: { max_review_days: { type: "integer", minimum: 1 } }
        },
        approvals: {
          type: "object",
          additionalProperties: false,
          properties: {
            min: { type: "integer", minimum: 0, description: "Approving reviews needed. Default 1." },
            from: {
              type: "array",
              items: { $ref: "#/definitions/handle" },
              description: "Users and teams whose approvals count; any reviewer when absent."
            },
            require_latest_commit: {
              type: "boolean",
              description: "Count only approvals of the latest commit of the pull request."
            }
          }
        }
      }
    },
    metric: {
      type: "object",
      additionalProperties: false,
      properties: {
        min: number("Lowest value allowed."),
        max: number("Highest value allowed."),
        max_drop: tolerance("Largest drop against the baseline: 0.01 (absolute) or 2% (relative)."),
        max_increase: tolerance("Largest rise against the baseline: 5 (absolute) or 10% (relative)."),
        significance: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          description: "Significance level of the regression test; a point comparison when absent."
        }
      }
    },
    slice: {
      type: "object",
      additionalProperties: false,
      properties: {
        min: number("Every slice at least this."),
        max: number("Every slice at most this."),
        max_gap: { type: "number", minimum: 0, description: "Largest allowed best-minus-worst gap." }
      }
    },
    drift: {
      type: "object",
      additionalProperties: false,
      properties: {
        method: text("auto, or a drift method: psi, ks, wasserstein, jensenshannon, chisquare, ..."),
        feature_threshold: {
          type: ["number", "object"],
          minimum: 0,
          additionalProperties: { type: "number", minimum: 0 },
          description: "A number, or a map by method: { psi: 0.2, ks: 0.01 }."
        },
        max_drifted_share: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "Largest share of drifted features allowed. Default 0.5 (Evidently)."
        },
        columns: {
          type: "object",
          additionalProperties: { type: "string", enum: ["numeric", "categorical"] }
        },
        type_inference: {
          type: "string",
          enum: ["evidently-0.7", "legacy"],
          description: "How column types of samples are inferred: evidently-0.7 (default; integers with at most 10 values are categorical, mostly-distinct text is not judged), or legacy (any all-number column is numeric)."
        }
      }
    }
  }
};

// src/policy/suggest.ts
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
function nearest(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = editDistance(w, c.toLowerCase());
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  const allowed2 = Math.min(2, Math.floor(word.length / 3));
  if (best === void 0 || best === word) return void 0;
  return bestDistance <= Math.max(1, allowed2) ? best : void 0;
}
function didYouMean(word, candidates) {
  const s = nearest(word, candidates);
  return s ? `; did you mean '${s}'?` : "";
}

// src/policy/validators.generated.ts
var validateManifest = validate10;
var schema11 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "model-release-gate manifest (model-release.yml)",
  description: "One model release: what it is, who owns it, where its evidence is, and its waivers.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "model"],
  properties: {
    apiVersion: { type: "string", const: "model-release-gate/v1", description: "Always model-release-gate/v1." },
    model: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: {
        name: { type: "string", minLength: 1, description: "The model name, stable across releases." },
        version: {
          type: "string",
          minLength: 1,
          description: "The version released (kept exactly as written: 3.10 stays 3.10)."
        },
        owner: { type: "string", minLength: 1, description: 'The owning team or person, e.g. "@acme/churn-ml".' },
        risk_tier: {
          type: "string",
          minLength: 1,
          description: "A tier the policy defines; the policy default tier applies when absent."
        },
        intended_use: { type: "string", minLength: 1, description: "What the model is for." },
        limitations: { type: "string", minLength: 1, description: "Where the model must not be relied on." }
      }
    },
    training_data: {
      type: "object",
      description: "Where the training data came from. Fields beyond these are allowed.",
      properties: {
        source: { type: "string", minLength: 1, description: "A table, bucket or dataset name." },
        version: { type: "string", minLength: 1, description: "A snapshot date, tag or version (any text)." },
        sha256: { type: "string", minLength: 1, description: "Digest of the training data snapshot." }
      }
    },
    evaluation: {
      type: "object",
      additionalProperties: false,
      properties: {
        metrics: {
          type: ["string", "object"],
          minLength: 1,
          description: "Path (relative to the manifest) of a metrics file (generic JSON/YAML, Hugging Face model card, MLflow run folder), or metrics written inline."
        },
        dataset: {
          type: "string",
          minLength: 1,
          description: "Which model-index result to use when a Hugging Face card has several."
        }
      }
    },
    drift: {
      type: "object",
      additionalProperties: false,
      description: "A drift report, or reference and current samples for the gate to compare.",
      properties: {
        report: {
          type: "string",
          minLength: 1,
          description: "Path of a drift report (generic, Evidently, whylogs), relative to the manifest."
        },
        reference: {
          type: "string",
          minLength: 1,
          description: "Path of the reference sample (CSV or JSON lines), relative to the manifest."
        },
        current: {
          type: "string",
          minLength: 1,
          description: "Path of the current sample (CSV or JSON lines), relative to the manifest."
        },
        columns: {
          type: "object",
          description: "Column type overrides for drift computed from samples.",
          additionalProperties: { type: "string", enum: ["numeric", "categorical"] }
        }
      },
      dependencies: { reference: ["current"], current: ["reference"] }
    },
    monitoring: {
      type: "object",
      description: "How the model is watched in production. Fields beyond these are allowed.",
      properties: {
        dashboard: { type: "string", minLength: 1, description: "A dashboard URL." },
        alerts: { type: "string", minLength: 1, description: "Where alerts go: a channel, a pager rotation." },
        drift_check: {
          type: "string",
          minLength: 1,
          description: "How often drift is checked in production, e.g. daily."
        }
      }
    },
    lifecycle: {
      type: "object",
      additionalProperties: false,
      properties: {
        status: { type: "string", enum: ["active", "deprecated", "retired"] },
        review_by: {
          type: "string",
          format: "date",
          description: "The date (YYYY-MM-DD) by which the model must be reviewed again."
        }
      }
    },
    waivers: {
      type: "array",
      description: "Exceptions to a rule, each approved by a policy owner and with an expiry date.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason", "ticket", "approved_by", "expires"],
        properties: {
          rule: {
            type: "string",
            enum: [
              "manifest.required",
              "evidence.stale",
              "metrics.threshold",
              "metrics.regression",
              "metrics.slice",
              "drift.feature",
              "drift.dataset",
              "monitoring.required",
              "lifecycle.review",
              "lifecycle.retired"
            ]
          },
          subject: {
            type: "string",
            minLength: 1,
            description: "The metric, feature, slice or field waived; all of the rule when absent."
          },
          reason: { type: "string", minLength: 1, description: "Why the exception is acceptable." },
          ticket: { type: "string", minLength: 1, description: "The tracking ticket." },
          approved_by: {
            type: "string",
            minLength: 1,
            description: 'The policy owner who approved it, e.g. "@alice".'
          },
          expires: { type: "string", format: "date", description: "The last day (YYYY-MM-DD) the waiver applies." }
        }
      }
    }
  }
};
var func2 = function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320) pos++;
    }
  }
  return length;
};
var formats0 = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "apiVersion" },
        message: "must have required property 'apiVersion'"
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "model" },
        message: "must have required property 'model'"
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "model" || key0 === "training_data" || key0 === "evaluation" || key0 === "drift" || key0 === "monitoring" || key0 === "lifecycle" || key0 === "waivers")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties"
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err3 = {
          instancePath: instancePath + "/apiVersion",
          schemaPath: "#/properties/apiVersion/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if ("model-release-gate/v1" !== data0) {
        const err4 = {
          instancePath: instancePath + "/apiVersion",
          schemaPath: "#/properties/apiVersion/const",
          keyword: "const",
          params: { allowedValue: "model-release-gate/v1" },
          message: "must be equal to constant"
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data1 = data.model;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err5 = {
            instancePath: instancePath + "/model",
            schemaPath: "#/properties/model/required",
            keyword: "required",
            params: { missingProperty: "name" },
            message: "must have required property 'name'"
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err6 = {
            instancePath: instancePath + "/model",
            schemaPath: "#/properties/model/required",
            keyword: "required",
            params: { missingProperty: "version" },
            message: "must have required property 'version'"
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "version" || key1 === "owner" || key1 === "risk_tier" || key1 === "intended_use" || key1 === "limitations")) {
            const err7 = {
              instancePath: instancePath + "/model",
              schemaPath: "#/properties/model/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err8 = {
                instancePath: instancePath + "/model/name",
                schemaPath: "#/properties/model/properties/name/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + "/model/name",
              schemaPath: "#/properties/model/properties/name/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          let data3 = data1.version;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err10 = {
                instancePath: instancePath + "/model/version",
                schemaPath: "#/properties/model/properties/version/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + "/model/version",
              schemaPath: "#/properties/model/properties/version/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.owner !== void 0) {
          let data4 = data1.owner;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err12 = {
                instancePath: instancePath + "/model/owner",
                schemaPath: "#/properties/model/properties/owner/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + "/model/owner",
              schemaPath: "#/properties/model/properties/owner/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.risk_tier !== void 0) {
          let data5 = data1.risk_tier;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err14 = {
                instancePath: instancePath + "/model/risk_tier",
                schemaPath: "#/properties/model/properties/risk_tier/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = {
              instancePath: instancePath + "/model/risk_tier",
              schemaPath: "#/properties/model/properties/risk_tier/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data1.intended_use !== void 0) {
          let data6 = data1.intended_use;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err16 = {
                instancePath: instancePath + "/model/intended_use",
                schemaPath: "#/properties/model/properties/intended_use/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + "/model/intended_use",
              schemaPath: "#/properties/model/properties/intended_use/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.limitations !== void 0) {
          let data7 = data1.limitations;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err18 = {
                instancePath: instancePath + "/model/limitations",
                schemaPath: "#/properties/model/properties/limitations/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/model/limitations",
              schemaPath: "#/properties/model/properties/limitations/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/model",
          schemaPath: "#/properties/model/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.training_data !== void 0) {
      let data8 = data.training_data;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.source !== void 0) {
          let data9 = data8.source;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err21 = {
                instancePath: instancePath + "/training_data/source",
                schemaPath: "#/properties/training_data/properties/source/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = {
              instancePath: instancePath + "/training_data/source",
              schemaPath: "#/properties/training_data/properties/source/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.version !== void 0) {
          let data10 = data8.version;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err23 = {
                instancePath: instancePath + "/training_data/version",
                schemaPath: "#/properties/training_data/properties/version/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = {
              instancePath: instancePath + "/training_data/version",
              schemaPath: "#/properties/training_data/properties/version/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data8.sha256 !== void 0) {
          let data11 = data8.sha256;
          if (typeof data11 === "string") {
            if (func2(data11) < 1) {
              const err25 = {
                instancePath: instancePath + "/training_data/sha256",
                schemaPath: "#/properties/training_data/properties/sha256/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = {
              instancePath: instancePath + "/training_data/sha256",
              schemaPath: "#/properties/training_data/properties/sha256/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + "/training_data",
          schemaPath: "#/properties/training_data/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.evaluation !== void 0) {
      let data12 = data.evaluation;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key2 in data12) {
          if (!(key2 === "metrics" || key2 === "dataset")) {
            const err28 = {
              instancePath: instancePath + "/evaluation",
              schemaPath: "#/properties/evaluation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data12.metrics !== void 0) {
          let data13 = data12.metrics;
          if (typeof data13 !== "string" && !(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
            const err29 = {
              instancePath: instancePath + "/evaluation/metrics",
              schemaPath: "#/properties/evaluation/properties/metrics/type",
              keyword: "type",
              params: { type: schema11.properties.evaluation.properties.metrics.type },
              message: "must be string,object"
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err30 = {
                instancePath: instancePath + "/evaluation/metrics",
                schemaPath: "#/properties/evaluation/properties/metrics/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        }
        if (data12.dataset !== void 0) {
          let data14 = data12.dataset;
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err31 = {
                instancePath: instancePath + "/evaluation/dataset",
                schemaPath: "#/properties/evaluation/properties/dataset/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = {
              instancePath: instancePath + "/evaluation/dataset",
              schemaPath: "#/properties/evaluation/properties/dataset/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + "/evaluation",
          schemaPath: "#/properties/evaluation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.drift !== void 0) {
      let data15 = data.drift;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key3 in data15) {
          if (!(key3 === "report" || key3 === "reference" || key3 === "current" || key3 === "columns")) {
            const err34 = {
              instancePath: instancePath + "/drift",
              schemaPath: "#/properties/drift/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data15.reference !== void 0) {
          if (data15.current === void 0) {
            const err35 = {
              instancePath: instancePath + "/drift",
              schemaPath: "#/properties/drift/dependencies",
              keyword: "dependencies",
              params: { property: "reference", missingProperty: "current", depsCount: 1, deps: "current" },
              message: "must have property current when property reference is present"
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data15.current !== void 0) {
          if (data15.reference === void 0) {
            const err36 = {
              instancePath: instancePath + "/drift",
              schemaPath: "#/properties/drift/dependencies",
              keyword: "dependencies",
              params: { property: "current", missingProperty: "reference", depsCount: 1, deps: "reference" },
              message: "must have property reference when property current is present"
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data15.report !== void 0) {
          let data16 = data15.report;
          if (typeof data16 === "string") {
            if (func2(data16) < 1) {
              const err37 = {
                instancePath: instancePath + "/drift/report",
                schemaPath: "#/properties/drift/properties/report/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = {
              instancePath: instancePath + "/drift/report",
              schemaPath: "#/properties/drift/properties/report/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data15.reference !== void 0) {
          let data17 = data15.reference;
          if (typeof data17 === "string") {
            if (func2(data17) < 1) {
              const err39 = {
                instancePath: instancePath + "/drift/reference",
                schemaPath: "#/properties/drift/properties/reference/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = {
              instancePath: instancePath + "/drift/reference",
              schemaPath: "#/properties/drift/properties/reference/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data15.current !== void 0) {
          let data18 = data15.current;
          if (typeof data18 === "string") {
            if (func2(data18) < 1) {
              const err41 = {
                instancePath: instancePath + "/drift/current",
                schemaPath: "#/properties/drift/properties/current/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = {
              instancePath: instancePath + "/drift/current",
              schemaPath: "#/properties/drift/properties/current/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data15.columns !== void 0) {
          let data19 = data15.columns;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            for (const key4 in data19) {
              let data20 = data19[key4];
              if (typeof data20 !== "string") {
                const err43 = {
                  instancePath: instancePath + "/drift/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/drift/properties/columns/additionalProperties/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (!(data20 === "numeric" || data20 === "categorical")) {
                const err44 = {
                  instancePath: instancePath + "/drift/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/drift/properties/columns/additionalProperties/enum",
                  keyword: "enum",
                  params: { allowedValues: schema11.properties.drift.properties.columns.additionalProperties.enum },
                  message: "must be equal to one of the allowed values"
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = {
              instancePath: instancePath + "/drift/columns",
              schemaPath: "#/properties/drift/properties/columns/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = {
          instancePath: instancePath + "/drift",
          schemaPath: "#/properties/drift/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.monitoring !== void 0) {
      let data21 = data.monitoring;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.dashboard !== void 0) {
          let data22 = data21.dashboard;
          if (typeof data22 === "string") {
            if (func2(data22) < 1) {
              const err47 = {
                instancePath: instancePath + "/monitoring/dashboard",
                schemaPath: "#/properties/monitoring/properties/dashboard/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = {
              instancePath: instancePath + "/monitoring/dashboard",
              schemaPath: "#/properties/monitoring/properties/dashboard/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data21.alerts !== void 0) {
          let data23 = data21.alerts;
          if (typeof data23 === "string") {
            if (func2(data23) < 1) {
              const err49 = {
                instancePath: instancePath + "/monitoring/alerts",
                schemaPath: "#/properties/monitoring/properties/alerts/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = {
              instancePath: instancePath + "/monitoring/alerts",
              schemaPath: "#/properties/monitoring/properties/alerts/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data21.drift_check !== void 0) {
          let data24 = data21.drift_check;
          if (typeof data24 === "string") {
            if (func2(data24) < 1) {
              const err51 = {
                instancePath: instancePath + "/monitoring/drift_check",
                schemaPath: "#/properties/monitoring/properties/drift_check/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = {
              instancePath: instancePath + "/monitoring/drift_check",
              schemaPath: "#/properties/monitoring/properties/drift_check/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = {
          instancePath: instancePath + "/monitoring",
          schemaPath: "#/properties/monitoring/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      let data25 = data.lifecycle;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key5 in data25) {
          if (!(key5 === "status" || key5 === "review_by")) {
            const err54 = {
              instancePath: instancePath + "/lifecycle",
              schemaPath: "#/properties/lifecycle/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key5 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data25.status !== void 0) {
          let data26 = data25.status;
          if (typeof data26 !== "string") {
            const err55 = {
              instancePath: instancePath + "/lifecycle/status",
              schemaPath: "#/properties/lifecycle/properties/status/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (!(data26 === "active" || data26 === "deprecated" || data26 === "retired")) {
            const err56 = {
              instancePath: instancePath + "/lifecycle/status",
              schemaPath: "#/properties/lifecycle/properties/status/enum",
              keyword: "enum",
              params: { allowedValues: schema11.properties.lifecycle.properties.status.enum },
              message: "must be equal to one of the allowed values"
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data25.review_by !== void 0) {
          let data27 = data25.review_by;
          if (typeof data27 === "string") {
            if (!formats0.test(data27)) {
              const err57 = {
                instancePath: instancePath + "/lifecycle/review_by",
                schemaPath: "#/properties/lifecycle/properties/review_by/format",
                keyword: "format",
                params: { format: "date" },
                message: 'must match format "date"'
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = {
              instancePath: instancePath + "/lifecycle/review_by",
              schemaPath: "#/properties/lifecycle/properties/review_by/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = {
          instancePath: instancePath + "/lifecycle",
          schemaPath: "#/properties/lifecycle/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data28 = data.waivers;
      if (Array.isArray(data28)) {
        const len0 = data28.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data29 = data28[i0];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.rule === void 0) {
              const err60 = {
                instancePath: instancePath + "/waivers/" + i0,
                schemaPath: "#/properties/waivers/items/required",
                keyword: "required",
                params: { missingProperty: "rule" },
                message: "must have required property 'rule'"
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data29.reason === void 0) {
              const err61 = {
                instancePath: instancePath + "/waivers/" + i0,
                schemaPath: "#/properties/waivers/items/required",
                keyword: "required",
                params: { missingProperty: "reason" },
                message: "must have required property 'reason'"
              };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data29.ticket === void 0) {
              const err62 = {
                instancePath: instancePath + "/waivers/" + i0,
                schemaPath: "#/properties/waivers/items/required",
                keyword: "required",
                params: { missingProperty: "ticket" },
                message: "must have required property 'ticket'"
              };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data29.approved_by === void 0) {
              const err63 = {
                instancePath: instancePath + "/waivers/" + i0,
                schemaPath: "#/properties/waivers/items/required",
                keyword: "required",
                params: { missingProperty: "approved_by" },
                message: "must have required property 'approved_by'"
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data29.expires === void 0) {
              const err64 = {
                instancePath: instancePath + "/waivers/" + i0,
                schemaPath: "#/properties/waivers/items/required",
                keyword: "required",
                params: { missingProperty: "expires" },
                message: "must have required property 'expires'"
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            for (const key6 in data29) {
              if (!(key6 === "rule" || key6 === "subject" || key6 === "reason" || key6 === "ticket" || key6 === "approved_by" || key6 === "expires")) {
                const err65 = {
                  instancePath: instancePath + "/waivers/" + i0,
                  schemaPath: "#/properties/waivers/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key6 },
                  message: "must NOT have additional properties"
                };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data29.rule !== void 0) {
              let data30 = data29.rule;
              if (typeof data30 !== "string") {
                const err66 = {
                  instancePath: instancePath + "/waivers/" + i0 + "/rule",
                  schemaPath: "#/properties/waivers/items/properties/rule/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (!(data30 === "manifest.required" || data30 === "evidence.stale" || data30 === "metrics.threshold" || data30 === "metrics.regression" || data30 === "metrics.slice" || data30 === "drift.feature" || data30 === "drift.dataset" || data30 === "monitoring.required" || data30 === "lifecycle.review" || data30 === "lifecycle.retired")) {
                const err67 = {
                  instancePath: instancePath + "/waivers/" + i0 + "/rule",
                  schemaPath: "#/properties/waivers/items/properties/rule/enum",
                  keyword: "enum",
                  params: { allowedValues: schema11.properties.waivers.items.properties.rule.enum },
                  message: "must be equal to one of the allowed values"
                };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data29.subject !== void 0) {
              let data31 = data29.subject;
              if (typeof data31 === "string") {
                if (func2(data31) < 1) {
                  const err68 = {
                    instancePath: instancePath + "/waivers/" + i0 + "/subject",
                    schemaPath: "#/properties/waivers/items/properties/subject/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              } else {
                const err69 = {
                  instancePath: instancePath + "/waivers/" + i0 + "/subject",
                  schemaPath: "#/properties/waivers/items/properties/subject/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data29.reason !== void 0) {
              let data32 = data29.reason;
              if (typeof data32 === "string") {
                if (func2(data32) < 1) {
                  const err70 = {
                    instancePath: instancePath + "/waivers/" + i0 + "/reason",
                    schemaPath: "#/properties/waivers/items/properties/reason/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = {
                  instancePath: instancePath + "/waivers/" + i0 + "/reason",
                  schemaPath: "#/properties/waivers/items/properties/reason/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data29.ticket !== void 0) {
              let data33 = data29.ticket;
              if (typeof data33 === "string") {
                if (func2(data33) < 1) {
                  const err72 = {
                    instancePath: instancePath + "/waivers/" + i0 + "/ticket",
                    schemaPath: "#/properties/waivers/items/properties/ticket/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = {
                  instancePath: instancePath + "/waivers/" + i0 + "/ticket",
                  schemaPath: "#/properties/waivers/items/properties/ticket/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data29.approved_by !== void 0) {
              let data34 = data29.approved_by;
              if (typeof data34 === "string") {
                if (func2(data34) < 1) {
                  const err74 = {
                    instancePath: instancePath + "/waivers/" + i0 + "/approved_by",
                    schemaPath: "#/properties/waivers/items/properties/approved_by/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = {
                  instancePath: instancePath + "/waivers/" + i0 + "/approved_by",
                  schemaPath: "#/properties/waivers/items/properties/approved_by/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data29.expires !== void 0) {
              let data35 = data29.expires;
              if (typeof data35 === "string") {
                if (!formats0.test(data35)) {
                  const err76 = {
                    instancePath: instancePath + "/waivers/" + i0 + "/expires",
                    schemaPath: "#/properties/waivers/items/properties/expires/format",
                    keyword: "format",
                    params: { format: "date" },
                    message: 'must match format "date"'
                  };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              } else {
                const err77 = {
                  instancePath: instancePath + "/waivers/" + i0 + "/expires",
                  schemaPath: "#/properties/waivers/items/properties/expires/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          } else {
            const err78 = {
              instancePath: instancePath + "/waivers/" + i0,
              schemaPath: "#/properties/waivers/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = {
          instancePath: instancePath + "/waivers",
          schemaPath: "#/properties/waivers/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
  } else {
    const err80 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err80];
    } else {
      vErrors.push(err80);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validatePolicy = validate11;
var pattern0 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$", "u");
var schema15 = {
  type: "object",
  additionalProperties: false,
  properties: {
    min: { type: "number", description: "Lowest value allowed." },
    max: { type: "number", description: "Highest value allowed." },
    max_drop: {
      type: ["number", "string"],
      minimum: 0,
      pattern: "^[0-9]+(\\.[0-9]+)?%$",
      description: "Largest drop against the baseline: 0.01 (absolute) or 2% (relative)."
    },
    max_increase: {
      type: ["number", "string"],
      minimum: 0,
      pattern: "^[0-9]+(\\.[0-9]+)?%$",
      description: "Largest rise against the baseline: 5 (absolute) or 10% (relative)."
    },
    significance: {
      type: "number",
      exclusiveMinimum: 0,
      exclusiveMaximum: 1,
      description: "Significance level of the regression test; a point comparison when absent."
    }
  }
};
var schema17 = {
  type: "object",
  additionalProperties: false,
  properties: {
    method: {
      type: "string",
      minLength: 1,
      description: "auto, or a drift method: psi, ks, wasserstein, jensenshannon, chisquare, ..."
    },
    feature_threshold: {
      type: ["number", "object"],
      minimum: 0,
      additionalProperties: { type: "number", minimum: 0 },
      description: "A number, or a map by method: { psi: 0.2, ks: 0.01 }."
    },
    max_drifted_share: {
      type: "number",
      minimum: 0,
      maximum: 1,
      description: "Largest share of drifted features allowed. Default 0.5 (Evidently)."
    },
    columns: { type: "object", additionalProperties: { type: "string", enum: ["numeric", "categorical"] } },
    type_inference: {
      type: "string",
      enum: ["evidently-0.7", "legacy"],
      description: "How column types of samples are inferred: evidently-0.7 (default; integers with at most 10 values are categorical, mostly-distinct text is not judged), or legacy (any all-number column is numeric)."
    }
  }
};
var pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$", "u");
var pattern2 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "extends" || key0 === "require" || key0 === "metrics" || key0 === "slices" || key0 === "drift" || key0 === "lifecycle" || key0 === "approvals")) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties"
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data0 = data.extends;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = {
            instancePath: instancePath + "/extends",
            schemaPath: "#/properties/extends/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters"
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + "/extends",
          schemaPath: "#/properties/extends/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.require !== void 0) {
      let data1 = data.require;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern1.test(data2)) {
              const err3 = {
                instancePath: instancePath + "/require/" + i0,
                schemaPath: "#/properties/require/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$" },
                message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$"'
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = {
              instancePath: instancePath + "/require/" + i0,
              schemaPath: "#/properties/require/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/require",
          schemaPath: "#/properties/require/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data3 = data.metrics;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
              if (!(key2 === "min" || key2 === "max" || key2 === "max_drop" || key2 === "max_increase" || key2 === "significance")) {
                const err6 = {
                  instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/metric/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties"
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data4.min !== void 0) {
              let data5 = data4.min;
              if (!(typeof data5 == "number" && isFinite(data5))) {
                const err7 = {
                  instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min",
                  schemaPath: "#/definitions/metric/properties/min/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number"
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data4.max !== void 0) {
              let data6 = data4.max;
              if (!(typeof data6 == "number" && isFinite(data6))) {
                const err8 = {
                  instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max",
                  schemaPath: "#/definitions/metric/properties/max/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number"
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data4.max_drop !== void 0) {
              let data7 = data4.max_drop;
              if (!(typeof data7 == "number" && isFinite(data7)) && typeof data7 !== "string") {
                const err9 = {
                  instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop",
                  schemaPath: "#/definitions/metric/properties/max_drop/type",
                  keyword: "type",
                  params: { type: schema15.properties.max_drop.type },
                  message: "must be number,string"
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 < 0 || isNaN(data7)) {
                  const err10 = {
                    instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop",
                    schemaPath: "#/definitions/metric/properties/max_drop/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0"
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
              if (typeof data7 === "string") {
                if (!pattern2.test(data7)) {
                  const err11 = {
                    instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop",
                    schemaPath: "#/definitions/metric/properties/max_drop/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" },
                    message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"'
                  };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            }
            if (data4.max_increase !== void 0) {
              let data8 = data4.max_increase;
              if (!(typeof data8 == "number" && isFinite(data8)) && typeof data8 !== "string") {
                const err12 = {
                  instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase",
                  schemaPath: "#/definitions/metric/properties/max_increase/type",
                  keyword: "type",
                  params: { type: schema15.properties.max_increase.type },
                  message: "must be number,string"
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 < 0 || isNaN(data8)) {
                  const err13 = {
                    instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase",
                    schemaPath: "#/definitions/metric/properties/max_increase/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0"
                  };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              if (typeof data8 === "string") {
                if (!pattern2.test(data8)) {
                  const err14 = {
                    instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_increase",
                    schemaPath: "#/definitions/metric/properties/max_increase/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" },
                    message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"'
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
            }
            if (data4.significance !== void 0) {
              let data9 = data4.significance;
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 >= 1 || isNaN(data9)) {
                  const err15 = {
                    instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/significance",
                    schemaPath: "#/definitions/metric/properties/significance/exclusiveMaximum",
                    keyword: "exclusiveMaximum",
                    params: { comparison: "<", limit: 1 },
                    message: "must be < 1"
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data9 <= 0 || isNaN(data9)) {
                  const err16 = {
                    instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/significance",
                    schemaPath: "#/definitions/metric/properties/significance/exclusiveMinimum",
                    keyword: "exclusiveMinimum",
                    params: { comparison: ">", limit: 0 },
                    message: "must be > 0"
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = {
                  instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/significance",
                  schemaPath: "#/definitions/metric/properties/significance/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number"
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = {
              instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/definitions/metric/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + "/metrics",
          schemaPath: "#/properties/metrics/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.slices !== void 0) {
      let data10 = data.slices;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key3 in data10) {
          let data11 = data10[key3];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key4 in data11) {
              if (!(key4 === "min" || key4 === "max" || key4 === "max_gap")) {
                const err20 = {
                  instancePath: instancePath + "/slices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/slice/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key4 },
                  message: "must NOT have additional properties"
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data11.min !== void 0) {
              let data12 = data11.min;
              if (!(typeof data12 == "number" && isFinite(data12))) {
                const err21 = {
                  instancePath: instancePath + "/slices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/min",
                  schemaPath: "#/definitions/slice/properties/min/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number"
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data11.max !== void 0) {
              let data13 = data11.max;
              if (!(typeof data13 == "number" && isFinite(data13))) {
                const err22 = {
                  instancePath: instancePath + "/slices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/max",
                  schemaPath: "#/definitions/slice/properties/max/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number"
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data11.max_gap !== void 0) {
              let data14 = data11.max_gap;
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 0 || isNaN(data14)) {
                  const err23 = {
                    instancePath: instancePath + "/slices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_gap",
                    schemaPath: "#/definitions/slice/properties/max_gap/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0"
                  };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = {
                  instancePath: instancePath + "/slices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_gap",
                  schemaPath: "#/definitions/slice/properties/max_gap/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number"
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = {
              instancePath: instancePath + "/slices/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/definitions/slice/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/slices",
          schemaPath: "#/properties/slices/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.drift !== void 0) {
      let data15 = data.drift;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key5 in data15) {
          if (!(key5 === "method" || key5 === "feature_threshold" || key5 === "max_drifted_share" || key5 === "columns" || key5 === "type_inference")) {
            const err27 = {
              instancePath: instancePath + "/drift",
              schemaPath: "#/definitions/drift/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key5 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data15.method !== void 0) {
          let data16 = data15.method;
          if (typeof data16 === "string") {
            if (func2(data16) < 1) {
              const err28 = {
                instancePath: instancePath + "/drift/method",
                schemaPath: "#/definitions/drift/properties/method/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + "/drift/method",
              schemaPath: "#/definitions/drift/properties/method/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data15.feature_threshold !== void 0) {
          let data17 = data15.feature_threshold;
          if (!(typeof data17 == "number" && isFinite(data17)) && !(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
            const err30 = {
              instancePath: instancePath + "/drift/feature_threshold",
              schemaPath: "#/definitions/drift/properties/feature_threshold/type",
              keyword: "type",
              params: { type: schema17.properties.feature_threshold.type },
              message: "must be number,object"
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err31 = {
                instancePath: instancePath + "/drift/feature_threshold",
                schemaPath: "#/definitions/drift/properties/feature_threshold/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0"
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key6 in data17) {
              let data18 = data17[key6];
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 < 0 || isNaN(data18)) {
                  const err32 = {
                    instancePath: instancePath + "/drift/feature_threshold/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "#/definitions/drift/properties/feature_threshold/additionalProperties/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0"
                  };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = {
                  instancePath: instancePath + "/drift/feature_threshold/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/drift/properties/feature_threshold/additionalProperties/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number"
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          }
        }
        if (data15.max_drifted_share !== void 0) {
          let data19 = data15.max_drifted_share;
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 > 1 || isNaN(data19)) {
              const err34 = {
                instancePath: instancePath + "/drift/max_drifted_share",
                schemaPath: "#/definitions/drift/properties/max_drifted_share/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 1 },
                message: "must be <= 1"
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data19 < 0 || isNaN(data19)) {
              const err35 = {
                instancePath: instancePath + "/drift/max_drifted_share",
                schemaPath: "#/definitions/drift/properties/max_drifted_share/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0"
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = {
              instancePath: instancePath + "/drift/max_drifted_share",
              schemaPath: "#/definitions/drift/properties/max_drifted_share/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number"
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data15.columns !== void 0) {
          let data20 = data15.columns;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key7 in data20) {
              let data21 = data20[key7];
              if (typeof data21 !== "string") {
                const err37 = {
                  instancePath: instancePath + "/drift/columns/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/drift/properties/columns/additionalProperties/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (!(data21 === "numeric" || data21 === "categorical")) {
                const err38 = {
                  instancePath: instancePath + "/drift/columns/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/definitions/drift/properties/columns/additionalProperties/enum",
                  keyword: "enum",
                  params: { allowedValues: schema17.properties.columns.additionalProperties.enum },
                  message: "must be equal to one of the allowed values"
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = {
              instancePath: instancePath + "/drift/columns",
              schemaPath: "#/definitions/drift/properties/columns/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data15.type_inference !== void 0) {
          let data22 = data15.type_inference;
          if (typeof data22 !== "string") {
            const err40 = {
              instancePath: instancePath + "/drift/type_inference",
              schemaPath: "#/definitions/drift/properties/type_inference/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (!(data22 === "evidently-0.7" || data22 === "legacy")) {
            const err41 = {
              instancePath: instancePath + "/drift/type_inference",
              schemaPath: "#/definitions/drift/properties/type_inference/enum",
              keyword: "enum",
              params: { allowedValues: schema17.properties.type_inference.enum },
              message: "must be equal to one of the allowed values"
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = {
          instancePath: instancePath + "/drift",
          schemaPath: "#/definitions/drift/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      let data23 = data.lifecycle;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key8 in data23) {
          if (!(key8 === "max_review_days")) {
            const err43 = {
              instancePath: instancePath + "/lifecycle",
              schemaPath: "#/properties/lifecycle/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key8 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data23.max_review_days !== void 0) {
          let data24 = data23.max_review_days;
          if (!(typeof data24 == "number" && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
            const err44 = {
              instancePath: instancePath + "/lifecycle/max_review_days",
              schemaPath: "#/properties/lifecycle/properties/max_review_days/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 < 1 || isNaN(data24)) {
              const err45 = {
                instancePath: instancePath + "/lifecycle/max_review_days",
                schemaPath: "#/properties/lifecycle/properties/max_review_days/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1"
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        }
      } else {
        const err46 = {
          instancePath: instancePath + "/lifecycle",
          schemaPath: "#/properties/lifecycle/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data25 = data.approvals;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key9 in data25) {
          if (!(key9 === "min" || key9 === "from" || key9 === "require_latest_commit")) {
            const err47 = {
              instancePath: instancePath + "/approvals",
              schemaPath: "#/properties/approvals/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key9 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data25.min !== void 0) {
          let data26 = data25.min;
          if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
            const err48 = {
              instancePath: instancePath + "/approvals/min",
              schemaPath: "#/properties/approvals/properties/min/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 < 0 || isNaN(data26)) {
              const err49 = {
                instancePath: instancePath + "/approvals/min",
                schemaPath: "#/properties/approvals/properties/min/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0"
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
        }
        if (data25.from !== void 0) {
          let data27 = data25.from;
          if (Array.isArray(data27)) {
            const len1 = data27.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data28 = data27[i1];
              if (typeof data28 === "string") {
                if (!pattern0.test(data28)) {
                  const err50 = {
                    instancePath: instancePath + "/approvals/from/" + i1,
                    schemaPath: "#/definitions/handle/pattern",
                    keyword: "pattern",
                    params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$" },
                    message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"'
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = {
                  instancePath: instancePath + "/approvals/from/" + i1,
                  schemaPath: "#/definitions/handle/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = {
              instancePath: instancePath + "/approvals/from",
              schemaPath: "#/properties/approvals/properties/from/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array"
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data25.require_latest_commit !== void 0) {
          if (typeof data25.require_latest_commit !== "boolean") {
            const err53 = {
              instancePath: instancePath + "/approvals/require_latest_commit",
              schemaPath: "#/properties/approvals/properties/require_latest_commit/type",
              keyword: "type",
              params: { type: "boolean" },
              message: "must be boolean"
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = {
          instancePath: instancePath + "/approvals",
          schemaPath: "#/properties/approvals/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
  } else {
    const err55 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "apiVersion" },
        message: "must have required property 'apiVersion'"
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tiers === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "tiers" },
        message: "must have required property 'tiers'"
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "manifests" || key0 === "owners" || key0 === "protected" || key0 === "tiers" || key0 === "waivers" || key0 === "limits")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties"
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err3 = {
          instancePath: instancePath + "/apiVersion",
          schemaPath: "#/properties/apiVersion/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if ("model-release-gate/v1" !== data0) {
        const err4 = {
          instancePath: instancePath + "/apiVersion",
          schemaPath: "#/properties/apiVersion/const",
          keyword: "const",
          params: { allowedValue: "model-release-gate/v1" },
          message: "must be equal to constant"
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data1 = data.manifests;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err5 = {
            instancePath: instancePath + "/manifests",
            schemaPath: "#/properties/manifests/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items"
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err6 = {
                instancePath: instancePath + "/manifests/" + i0,
                schemaPath: "#/properties/manifests/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + "/manifests/" + i0,
              schemaPath: "#/properties/manifests/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/manifests",
          schemaPath: "#/properties/manifests/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      let data3 = data.owners;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (!pattern0.test(data4)) {
              const err9 = {
                instancePath: instancePath + "/owners/" + i1,
                schemaPath: "#/definitions/handle/pattern",
                keyword: "pattern",
                params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$" },
                message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$"'
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + "/owners/" + i1,
              schemaPath: "#/definitions/handle/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/owners",
          schemaPath: "#/properties/owners/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.protected !== void 0) {
      let data5 = data.protected;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err12 = {
                instancePath: instancePath + "/protected/" + i2,
                schemaPath: "#/properties/protected/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + "/protected/" + i2,
              schemaPath: "#/properties/protected/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/protected",
          schemaPath: "#/properties/protected/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.tiers !== void 0) {
      let data7 = data.tiers;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.default === void 0) {
          const err15 = {
            instancePath: instancePath + "/tiers",
            schemaPath: "#/properties/tiers/required",
            keyword: "required",
            params: { missingProperty: "default" },
            message: "must have required property 'default'"
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data7) {
          if (!(key1 === "default")) {
            if (!validate12(data7[key1], {
              instancePath: instancePath + "/tiers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
              parentData: data7,
              parentDataProperty: key1,
              rootData
            })) {
              vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
              errors = vErrors.length;
            }
          }
        }
        if (data7.default !== void 0) {
          let data9 = data7.default;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err16 = {
                instancePath: instancePath + "/tiers/default",
                schemaPath: "#/properties/tiers/properties/default/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + "/tiers/default",
              schemaPath: "#/properties/tiers/properties/default/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/tiers",
          schemaPath: "#/properties/tiers/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data10 = data.waivers;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key2 in data10) {
          if (!(key2 === "max_days")) {
            const err19 = {
              instancePath: instancePath + "/waivers",
              schemaPath: "#/properties/waivers/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data10.max_days !== void 0) {
          let data11 = data10.max_days;
          if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            const err20 = {
              instancePath: instancePath + "/waivers/max_days",
              schemaPath: "#/properties/waivers/properties/max_days/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 1 || isNaN(data11)) {
              const err21 = {
                instancePath: instancePath + "/waivers/max_days",
                schemaPath: "#/properties/waivers/properties/max_days/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1"
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/waivers",
          schemaPath: "#/properties/waivers/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data12 = data.limits;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key3 in data12) {
          if (!(key3 === "max_file_mb")) {
            const err23 = {
              instancePath: instancePath + "/limits",
              schemaPath: "#/properties/limits/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data12.max_file_mb !== void 0) {
          let data13 = data12.max_file_mb;
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 <= 0 || isNaN(data13)) {
              const err24 = {
                instancePath: instancePath + "/limits/max_file_mb",
                schemaPath: "#/properties/limits/properties/max_file_mb/exclusiveMinimum",
                keyword: "exclusiveMinimum",
                params: { comparison: ">", limit: 0 },
                message: "must be > 0"
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + "/limits/max_file_mb",
              schemaPath: "#/properties/limits/properties/max_file_mb/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number"
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/limits",
          schemaPath: "#/properties/limits/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}

// src/policy/yaml-source.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
function formatPath2(path) {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || "(top level)";
}
var keyText = (key) => (0, import_yaml2.isScalar)(key) ? String(key.value) : String(key);
function deref(doc, node) {
  return (0, import_yaml2.isAlias)(node) ? node.resolve(doc) : node;
}
function locate(doc, path) {
  let node = doc.contents;
  let key;
  for (const seg of path) {
    node = deref(doc, node);
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(seg));
      if (!pair) return void 0;
      key = pair.key;
      node = pair.value;
    } else if ((0, import_yaml2.isSeq)(node) && typeof seg === "number") {
      key = void 0;
      node = node.items[seg];
    } else {
      return void 0;
    }
  }
  return { key, value: deref(doc, node) ?? void 0 };
}
function nodeStart(node) {
  return node?.range ? node.range[0] : void 0;
}
function positionIn(parsed, path) {
  const { doc, lineCounter } = parsed;
  if (!doc) return void 0;
  const at2 = (offset) => {
    if (offset === void 0) return void 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (path.length === 0) return at2(nodeStart(doc.contents) ?? 0);
  const found = locate(doc, path);
  if (!found) return void 0;
  const value = found.value;
  const scalarWithText = (0, import_yaml2.isScalar)(value) && value.range && value.range[1] > value.range[0];
  if (scalarWithText || !found.key) return at2(nodeStart(value) ?? nodeStart(found.key));
  return at2(nodeStart(found.key));
}
function keyPositionIn(parsed, path) {
  if (!parsed.doc) return void 0;
  const found = locate(parsed.doc, path);
  const offset = nodeStart(found?.key);
  if (offset === void 0) return positionIn(parsed, path);
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line, column: col };
}
function nearestPosition(parsed, path) {
  for (let n = path.length; n >= 0; n--) {
    const pos = positionIn(parsed, path.slice(0, n));
    if (pos) return pos;
  }
  return { line: 1, column: 1 };
}
var SYNTAX_FIXES = {
  TAB_AS_INDENT: "indent with spaces, not tabs",
  BAD_INDENT: "check the indentation and that every [ or { is closed",
  BLOCK_AS_IMPLICIT_KEY: 'check the indentation: a nested key must be indented under a key that ends with ":"',
  MULTILINE_IMPLICIT_KEY: 'check the indentation, and quote values that contain ": "',
  MISSING_CHAR: "close the quote or bracket opened here",
  UNEXPECTED_TOKEN: 'check the syntax near this point; quote values that contain ":", "#", "{" or "["',
  BAD_ALIAS: "define the anchor (&name) before using it (*name)"
};
function syntaxProblems(doc, lineCounter) {
  const problems = [];
  for (const error of doc.errors) {
    if (error.code === "DUPLICATE_KEY") continue;
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const message = error.message.split("\n")[0].replace(/\.$/, "");
    problems.push({
      path: [],
      line,
      column: col,
      message: `YAML syntax error: ${message}`,
      fix: SYNTAX_FIXES[error.code] ?? "fix the YAML syntax at this point"
    });
  }
  return problems;
}
function duplicateKeys(doc, lineCounter) {
  const problems = [];
  const visit = (node, path) => {
    if ((0, import_yaml2.isMap)(node)) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        const name = keyText(pair.key);
        const offset = nodeStart(pair.key) ?? 0;
        const first = seen.get(name);
        if (first === void 0) {
          seen.set(name, offset);
          visit(pair.value, [...path, name]);
          continue;
        }
        const { line, col } = lineCounter.linePos(offset);
        const firstLine = lineCounter.linePos(first).line;
        problems.push({
          path: [...path, name],
          line,
          column: col,
          message: `${formatPath2([...path, name])} is written twice (first on line ${firstLine}); YAML would silently keep only the last one`,
          fix: `keep one '${name}:' and remove the other`
        });
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    }
  };
  visit(doc.contents, []);
  return problems;
}
function badAlias(doc) {
  const anchors = /* @__PURE__ */ new Map();
  const walk = (node) => {
    if ((0, import_yaml2.isAlias)(node)) {
      const state = anchors.get(node.source);
      return state === "done" ? void 0 : { alias: node, cycle: state === "open" };
    }
    const anchor = node?.anchor;
    if (anchor) anchors.set(anchor, "open");
    let found;
    if ((0, import_yaml2.isMap)(node)) {
      for (const pair of node.items) found ??= walk(pair.key) ?? walk(pair.value);
    } else if ((0, import_yaml2.isSeq)(node)) {
      for (const item of node.items) found ??= walk(item);
    }
    if (anchor) anchors.set(anchor, "done");
    return found;
  };
  return walk(doc.contents);
}
var kindOf = (node) => (0, import_yaml2.isSeq)(node) ? "a list" : (0, import_yaml2.isScalar)(node) ? `the value ${JSON.stringify(node.value)}` : "something else";
function parseYaml(text2, what, schema) {
  const lineCounter = new import_yaml2.LineCounter();
  const empty = (message, fix, pos = { line: 1, column: 1 }) => ({
    doc: null,
    lineCounter,
    data: null,
    problems: [{ path: [], ...pos, message, fix }]
  });
  const docs = (0, import_yaml2.parseAllDocuments)(text2, {
    version: "1.2",
    schema: "core",
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false
  });
  const list = Array.from(docs);
  if (list.length === 0 || list.length === 1 && list[0].contents === null && list[0].errors.length === 0) {
    return empty(
      `the ${what} is empty`,
      `write the ${what} as YAML, starting with "apiVersion: model-release-gate/v1"`
    );
  }
  if (list.length > 1) {
    const second = list[1];
    const { line, col } = lineCounter.linePos(second.range[0]);
    return empty(
      `the ${what} holds ${list.length} YAML documents (separated by "---"); it must hold one`,
      `keep one document: one ${what} per file`,
      { line, column: col }
    );
  }
  const doc = list[0];
  const problems = [...syntaxProblems(doc, lineCounter), ...duplicateKeys(doc, lineCounter)];
  const parsed = { doc, lineCounter, data: null, problems };
  if (problems.length > 0) return parsed;
  if (!(0, import_yaml2.isMap)(doc.contents)) {
    const pos = positionIn(parsed, []) ?? { line: 1, column: 1 };
    problems.push({
      path: [],
      ...pos,
      message: `the ${what} must be a YAML mapping of "key: value" lines at the top level; found ${kindOf(doc.contents)}`,
      fix: `start the ${what} with "apiVersion: model-release-gate/v1" and write its fields as "key: value" lines`
    });
    return parsed;
  }
  const bad = badAlias(doc);
  if (bad) {
    const name = bad.alias.source;
    const { line, col } = lineCounter.linePos(bad.alias.range?.[0] ?? 0);
    problems.push({
      path: [],
      line,
      column: col,
      message: bad.cycle ? `the alias *${name} is inside the value anchored as &${name}, so it would repeat itself forever` : `the alias *${name} refers to no anchor &${name} defined before it`,
      fix: bad.cycle ? "write the value out instead of referring to itself" : `define "&${name}" before this line, or write the value out`
    });
    return parsed;
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error.message;
    const bomb = /excessive alias count/i.test(message);
    problems.push({
      path: [],
      line: 1,
      column: 1,
      message: bomb ? `the ${what} expands YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times; refusing to read it (a file built like this can exhaust memory)` : `the ${what} cannot be read: ${message}`,
      fix: bomb ? "write the values out instead of nesting aliases" : "define every anchor (&name) before its alias (*name)"
    });
    return parsed;
  }
  parsed.data = keepNumberText(doc, data, schema, schema, doc.contents);
  return parsed;
}
function childSchema(root, schema, seg) {
  const s = resolveRef(root, schema);
  if (!s) return void 0;
  if (typeof seg === "number") return resolveRef(root, s.items);
  const props = s.properties;
  if (props && Object.prototype.hasOwnProperty.call(props, seg)) return resolveRef(root, props[seg]);
  const extra = s.additionalProperties;
  return typeof extra === "object" && extra !== null ? resolveRef(root, extra) : void 0;
}
function schemaAt(root, path) {
  let s = root;
  for (const seg of path) s = childSchema(root, s, seg);
  return resolveRef(root, s);
}
function resolveRef(root, schema) {
  const ref = schema?.$ref;
  if (typeof ref !== "string") return schema;
  const name = ref.replace(/^#\/definitions\//, "");
  return root.definitions[name];
}
function keepNumberText(doc, value, root, schema, node) {
  const s = resolveRef(root, schema);
  const n = deref(doc, node);
  if (typeof value === "number" && s?.type === "string" && (0, import_yaml2.isScalar)(n) && n.type === "PLAIN" && n.source) {
    return n.source;
  }
  if (Array.isArray(value)) {
    return value.map(
      (item, i) => keepNumberText(doc, item, root, childSchema(root, s, i), (0, import_yaml2.isSeq)(n) ? n.items[i] : void 0)
    );
  }
  if (value && typeof value === "object") {
    const nodes = /* @__PURE__ */ new Map();
    if ((0, import_yaml2.isMap)(n)) for (const pair of n.items) nodes.set(keyText(pair.key), pair.value);
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = keepNumberText(doc, v, root, childSchema(root, s, k), nodes.get(k));
      Object.defineProperty(out, k, { value: kept, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

// src/policy/validate.ts
var VALIDATORS = {
  manifest: { validate: validateManifest, schema: MANIFEST_SCHEMA },
  policy: { validate: validatePolicy, schema: POLICY_SCHEMA }
};
function isCalendarDate(text2) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text2);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date2 = new Date(Date.UTC(year, month - 1, day));
  return date2.getUTCFullYear() === year && date2.getUTCMonth() === month - 1 && date2.getUTCDate() === day;
}
function valueAt(data, path) {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object" || !Object.prototype.hasOwnProperty.call(v, seg)) return void 0;
    v = v[seg];
  }
  return v;
}
function toPath(data, instancePath) {
  const path = [];
  if (!instancePath) return path;
  for (const raw of instancePath.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    path.push(Array.isArray(valueAt(data, path)) && /^\d+$/.test(seg) ? Number(seg) : seg);
  }
  return path;
}
function describe2(value) {
  if (value === null || value === void 0) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `'${value}'`;
  return String(value);
}
var TYPE_WORDS = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  object: 'a mapping of "key: value" lines',
  array: "a list",
  boolean: "true or false",
  null: "empty"
};
var typeWords = (type) => (Array.isArray(type) ? type : [type]).map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(" or ");
var PATTERN_HINTS = {
  [PERCENT_PATTERN]: {
    what: "is not a tolerance",
    fix: "write an absolute number (0.01) or a percentage with no space (2%)"
  },
  [HANDLE_PATTERN]: { what: "is not a GitHub user or team", fix: "write @user or @organisation/team" },
  [FIELD_PATH_PATTERN]: {
    what: "is not a manifest field path",
    fix: "write a dotted manifest field such as model.owner or monitoring.alerts"
  }
};
var REQUIRED_FIXES = {
  apiVersion: `add "apiVersion: ${API_VERSION}" as the first line`,
  "tiers.default": 'add "default: <tier>" under tiers: the tier of a manifest that names none, e.g. default: medium',
  "model.name": 'add "name:" under model: the model name, stable across releases',
  "model.version": 'add "version:" under model: the version this pull request releases'
};
var WAIVER_FIELDS = {
  expires: {
    message: "has no expiry date (expires)",
    fix: `add "expires: YYYY-MM-DD": every waiver must end, at most the policy's waivers.max_days away`
  },
  approved_by: {
    message: "names no approver (approved_by)",
    fix: 'add "approved_by: @someone": a policy owner who approved the waiver'
  },
  reason: { message: "gives no reason", fix: 'add "reason:": why the exception is acceptable' },
  ticket: { message: "names no ticket", fix: 'add "ticket:": the issue that tracks the exception, e.g. GOV-142' },
  rule: { message: "names no rule", fix: 'add "rule:": the rule id the waiver covers, e.g. drift.feature' }
};
function translate(kind, error, data, parsed, extraFields) {
  const { schema } = VALIDATORS[kind];
  const path = toPath(data, error.instancePath);
  const p = formatPath2(path);
  const value = valueAt(data, path);
  const params = error.params;
  const located = (message, fix, at2 = path, key = false) => ({
    path: at2,
    ...key ? keyPositionIn(parsed, at2) ?? nearestPosition(parsed, at2) : nearestPosition(parsed, at2),
    message,
    fix
  });
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const full = [...path, missing];
      const fp = formatPath2(full);
      const waiverField = path[0] === "waivers" && path.length === 2 ? WAIVER_FIELDS[missing] : void 0;
      if (waiverField) return located(`${p} ${waiverField.message}`, waiverField.fix, full);
      const fix = REQUIRED_FIXES[fp] ?? (path.length ? `add "${missing}:" under ${p}` : `add "${missing}:" at the top level`);
      return located(`${fp} is missing`, fix, full);
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const known = [...Object.keys(schemaAt(schema, path)?.properties ?? {}), ...extraFields];
      const where2 = path.length ? `a field of ${p}` : `a ${kind} field`;
      if (extra === "<<") {
        return located(
          `${formatPath2([...path, extra])}: YAML merge keys (<<) are not supported`,
          kind === "policy" ? 'use "extends: <tier>" to inherit a tier' : "write the fields out",
          [...path, extra],
          true
        );
      }
      const suggestion = nearest(extra, known);
      return located(
        `'${extra}' is not ${where2}${suggestion ? `; did you mean '${suggestion}'?` : ""}`,
        suggestion ? `rename '${extra}' to '${suggestion}'` : `remove '${extra}'; the fields of ${path.length ? p : `the ${kind}`} are ${known.join(", ")}`,
        [...path, extra],
        true
      );
    }
    case "type":
      return located(
        `${p} must be ${typeWords(params.type)}, not ${describe2(value)}`,
        `write ${p} as ${typeWords(params.type)}`
      );
    case "const":
      if (path.length === 1 && path[0] === "apiVersion") {
        return located(
          `apiVersion ${describe2(value)} is not supported; this gate reads ${API_VERSION}`,
          `set "apiVersion: ${API_VERSION}"`
        );
      }
      return located(`${p} must be ${describe2(params.allowedValue)}`, `set ${p} to ${describe2(params.allowedValue)}`);
    case "enum": {
      const allowed2 = params.allowedValues.map(String);
      const waiverRule = path[0] === "waivers" && path[2] === "rule";
      if (waiverRule && RULE_IDS.includes(value)) {
        return located(
          `${p}: ${describe2(value)} cannot be waived: it is one of the gate's own integrity checks`,
          `fix what ${value} reports instead; a waiver can cover ${allowed2.join(", ")}`
        );
      }
      const what = path[0] === "waivers" && path[2] === "rule" ? "a rule a waiver can cover" : `one of ${allowed2.join(", ")}`;
      return located(
        `${p}: ${describe2(value)} is not ${what}${didYouMean(String(value), allowed2)}`,
        `use one of ${allowed2.join(", ")}`
      );
    }
    case "pattern": {
      const hint = PATTERN_HINTS[String(params.pattern)];
      return located(
        `${p}: ${describe2(value)} ${hint?.what ?? "is not valid here"}`,
        hint?.fix ?? `match ${params.pattern}`
      );
    }
    case "format":
      return located(`${p}: ${describe2(value)} is not a date`, "write the date as YYYY-MM-DD, e.g. 2026-12-31");
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const words = {
        minimum: "at least",
        exclusiveMinimum: "greater than",
        maximum: "at most",
        exclusiveMaximum: "less than"
      }[error.keyword];
      return located(
        `${p} is ${describe2(value)}; it must be ${words} ${params.limit}`,
        `use a number ${words} ${params.limit}`
      );
    }
    case "minLength":
      return located(`${p} is empty`, `write a value for ${p}`);
    case "minItems":
      return located(`${p} is an empty list`, `list at least one entry in ${p}, or remove it to use the default`);
    case "dependencies": {
      const has = formatPath2([...path, String(params.property)]);
      const needs = formatPath2([...path, String(params.missingProperty)]);
      return located(
        `${has} is given without ${needs}`,
        `add ${needs} or remove ${has}: the gate compares two samples`
      );
    }
    default:
      return located(`${p} ${error.message ?? "is not valid"}`, "see the schema in schemas/ for what is allowed");
  }
}
function calendarProblems(data, schema, parsed) {
  const problems = [];
  const visit = (value, path) => {
    const s = schemaAt(schema, path);
    if (typeof value === "string" && s?.format === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isCalendarDate(value)) {
      problems.push({
        path,
        ...nearestPosition(parsed, path),
        message: `${formatPath2(path)}: '${value}' is not a real calendar date`,
        fix: "write an existing day as YYYY-MM-DD, e.g. 2026-12-31"
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(data, []);
  return problems;
}
function schemaProblems(kind, parsed, options = {}) {
  const data = parsed.data;
  const { validate, schema } = VALIDATORS[kind];
  validate(data);
  const extra = (e) => options.extraFields?.(toPath(data, e.instancePath)) ?? [];
  const errors = (validate.errors ?? []).filter(
    (e) => !(e.keyword === "additionalProperties" && extra(e).includes(String(e.params.additionalProperty)))
  );
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const kept = errors.filter((e) => e.keyword === "type" || !wrongType.has(e.instancePath));
  const problems = kept.map((e) => translate(kind, e, data, parsed, extra(e)));
  return [...problems, ...calendarProblems(data, schema, parsed)];
}
function sortProblems(problems) {
  const seen = /* @__PURE__ */ new Set();
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column).filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/policy/policy.ts
var POLICY_DEFAULTS = {
  manifests: ["**/model-release.yml"],
  waiverMaxDays: 90,
  maxFileMb: 50,
  /** Evidently's dataset drift share. */
  maxDriftedShare: 0.5,
  approvalsMin: 1
};
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function tierNames(data) {
  const tiers = data.tiers;
  return isObject(tiers) ? Object.keys(tiers).filter((k) => k !== "default" && isObject(tiers[k])) : [];
}
var KNOWN_METHODS = () => `auto, ${METHODS.map((m) => m.id).join(", ")}`;
function problem(parsed, path, message, fix, onKey = false) {
  const pos = onKey ? keyPositionIn(parsed, path) : void 0;
  return { path, ...pos ?? nearestPosition(parsed, path), message, fix };
}
function semanticProblems(data, parsed) {
  const problems = [];
  const names = tierNames(data);
  const tiers = isObject(data.tiers) ? data.tiers : {};
  const tierList = names.length ? names.join(", ") : "(none)";
  const def = tiers.default;
  if (typeof def === "string" && !names.includes(def)) {
    problems.push(
      problem(
        parsed,
        ["tiers", "default"],
        `tiers.default: '${def}' is not a tier of the policy; tiers are ${tierList}${didYouMean(def, names)}`,
        names.length ? `set tiers.default to one of ${tierList}` : "define a tier under tiers: and name it in tiers.default"
      )
    );
  }
  for (const name of names) {
    const tier = tiers[name];
    const at2 = (...rest) => ["tiers", name, ...rest];
    if (typeof tier.extends === "string" && !names.includes(tier.extends)) {
      problems.push(
        problem(
          parsed,
          at2("extends"),
          `tiers.${name}.extends: '${tier.extends}' is not a tier of the policy; tiers are ${tierList}${didYouMean(tier.extends, names)}`,
          `extend one of ${tierList}, or remove extends`
        )
      );
    }
    problems.push(...driftProblems(tier.drift, at2("drift"), parsed));
    problems.push(...requireProblems(tier.require, at2("require"), parsed));
  }
  problems.push(...cycleProblems(tiers, names, parsed));
  return problems;
}
function cycleProblems(tiers, names, parsed) {
  const problems = [];
  const reported = /* @__PURE__ */ new Set();
  for (const start of names) {
    const chain = [start];
    let next = tiers[start].extends;
    while (typeof next === "string" && names.includes(next)) {
      const loopAt = chain.indexOf(next);
      if (loopAt >= 0) {
        const loop = chain.slice(loopAt);
        const key = [...loop].sort().join(" ");
        if (!reported.has(key)) {
          reported.add(key);
          const text2 = [...loop, next].join(" -> ");
          problems.push(
            problem(
              parsed,
              ["tiers", loop[0], "extends"],
              `tiers extend each other in a cycle: ${text2}`,
              `remove one extends from ${loop.map((t) => `tiers.${t}`).join(", ")}`
            )
          );
        }
        break;
      }
      chain.push(next);
      next = tiers[next].extends;
    }
  }
  return problems;
}
function thresholdProblem2(method, value, path, parsed) {
  const why = thresholdProblem(method, value);
  if (!why) return void 0;
  return problem(
    parsed,
    path,
    `${formatPath2(path)} is ${value}; ${why}`,
    `use a level such as ${method.defaultThreshold}`
  );
}
function driftProblems(drift2, path, parsed) {
  if (!isObject(drift2)) return [];
  const problems = [];
  const unknownMethod = (name, at2, onKey) => problem(
    parsed,
    at2,
    `${formatPath2(at2)}: '${name}' is not a drift method the gate knows${didYouMean(
      name,
      METHODS.map((m) => m.id)
    )}`,
    `use one of ${KNOWN_METHODS()}`,
    onKey
  );
  let method;
  if (typeof drift2.method === "string" && drift2.method !== "auto") {
    method = resolveMethod(drift2.method);
    if (!method) problems.push(unknownMethod(drift2.method, [...path, "method"], false));
  }
  const ft = drift2.feature_threshold;
  if (typeof ft === "number" && method) {
    const p = thresholdProblem2(method, ft, [...path, "feature_threshold"], parsed);
    if (p) problems.push(p);
  }
  if (isObject(ft)) {
    const seen = /* @__PURE__ */ new Map();
    for (const [name, value] of Object.entries(ft)) {
      const at2 = [...path, "feature_threshold", name];
      const m = resolveMethod(name);
      if (!m) {
        problems.push(unknownMethod(name, at2, true));
        continue;
      }
      const earlier = seen.get(m.id);
      if (earlier !== void 0) {
        problems.push(
          problem(
            parsed,
            at2,
            `${formatPath2(at2)}: '${name}' and '${earlier}' are the same method (${m.id})`,
            "keep one of them",
            true
          )
        );
      }
      seen.set(m.id, name);
      if (typeof value === "number") {
        const p = thresholdProblem2(m, value, at2, parsed);
        if (p) problems.push(p);
      }
    }
  }
  return problems;
}
var MANIFEST_SECTIONS = Object.keys(MANIFEST_SCHEMA.properties);
function requireProblems(require2, path, parsed) {
  if (!Array.isArray(require2)) return [];
  const problems = [];
  require2.forEach((entry, i) => {
    if (typeof entry !== "string") return;
    const [section, field] = entry.split(".");
    const at2 = [...path, i];
    if (!MANIFEST_SECTIONS.includes(section)) {
      const s2 = nearest(section, MANIFEST_SECTIONS);
      problems.push(
        problem(
          parsed,
          at2,
          `${formatPath2(at2)}: '${entry}' is not a manifest field: '${section}' is not a manifest section${s2 ? `; did you mean '${s2}'?` : ""}`,
          `start the path with one of ${MANIFEST_SECTIONS.join(", ")}`
        )
      );
      return;
    }
    const props = MANIFEST_SCHEMA.properties[section].properties;
    const known = props ? Object.keys(props) : [];
    const s = field !== void 0 && !known.includes(field) ? nearest(field, known) : void 0;
    if (s) {
      problems.push(
        problem(
          parsed,
          at2,
          `${formatPath2(at2)}: '${entry}' is not a manifest field; did you mean '${section}.${s}'?`,
          `write ${section}.${s} (a policy may require fields of its own, but this one looks like a typo)`
        )
      );
    }
  });
  return problems;
}
function mergeByKey(parent, child) {
  const out = { ...parent };
  for (const [k, v] of Object.entries(child ?? {})) out[k] = { ...parent?.[k], ...v };
  return out;
}
function mergeTier(parent, child) {
  const merged = {
    require: [.../* @__PURE__ */ new Set([...parent.require ?? [], ...child.require ?? []])],
    metrics: mergeByKey(parent.metrics, child.metrics),
    slices: mergeByKey(parent.slices, child.slices)
  };
  if (parent.drift || child.drift) {
    const drift2 = { ...parent.drift, ...child.drift };
    const [pf, cf] = [parent.drift?.feature_threshold, child.drift?.feature_threshold];
    if (isObject(pf) && isObject(cf)) drift2.feature_threshold = { ...pf, ...cf };
    if (parent.drift?.columns || child.drift?.columns)
      drift2.columns = { ...parent.drift?.columns, ...child.drift?.columns };
    merged.drift = drift2;
  }
  if (parent.lifecycle || child.lifecycle) merged.lifecycle = { ...parent.lifecycle, ...child.lifecycle };
  if (parent.approvals || child.approvals) merged.approvals = { ...parent.approvals, ...child.approvals };
  return merged;
}
function tolerance2(value) {
  if (value === void 0) return void 0;
  if (typeof value === "number") return { kind: "absolute", value, text: String(value) };
  return { kind: "relative", value: Number(value.slice(0, -1)) / 100, text: value };
}
function metricRule(raw) {
  const rule = {};
  if (raw.min !== void 0) rule.min = raw.min;
  if (raw.max !== void 0) rule.max = raw.max;
  if (raw.max_drop !== void 0) rule.max_drop = tolerance2(raw.max_drop);
  if (raw.max_increase !== void 0) rule.max_increase = tolerance2(raw.max_increase);
  if (raw.significance !== void 0) rule.significance = raw.significance;
  return rule;
}
function driftRule(raw) {
  const rule = {
    method: raw.method === void 0 || raw.method === "auto" ? "auto" : resolveMethod(raw.method).id,
    max_drifted_share: raw.max_drifted_share ?? POLICY_DEFAULTS.maxDriftedShare
  };
  const ft = raw.feature_threshold;
  if (typeof ft === "number") rule.feature_threshold = ft;
  else if (ft)
    rule.feature_threshold = Object.fromEntries(Object.entries(ft).map(([k, v]) => [resolveMethod(k).id, v]));
  if (raw.columns) rule.columns = { ...raw.columns };
  if (raw.type_inference) rule.type_inference = raw.type_inference;
  return rule;
}
function buildTier(name, raw, parent) {
  const tier = {
    name,
    ...parent ? { extends: parent } : {},
    require: raw.require ?? [],
    metrics: Object.fromEntries(Object.entries(raw.metrics ?? {}).map(([k, v]) => [k, metricRule(v)])),
    slices: Object.fromEntries(Object.entries(raw.slices ?? {}).map(([k, v]) => [k, { ...v }]))
  };
  if (raw.drift) tier.drift = driftRule(raw.drift);
  if (raw.lifecycle) tier.lifecycle = { ...raw.lifecycle };
  if (raw.approvals) {
    tier.approvals = { min: raw.approvals.min ?? POLICY_DEFAULTS.approvalsMin, from: raw.approvals.from ?? [] };
    if (raw.approvals.require_latest_commit !== void 0) {
      tier.approvals.require_latest_commit = raw.approvals.require_latest_commit;
    }
  }
  return tier;
}
function resolveTiers(raw) {
  const resolved = {};
  const resolve2 = (name) => {
    if (resolved[name]) return resolved[name];
    const own = raw.tiers[name];
    const merged = own.extends ? mergeTier(resolve2(own.extends), own) : mergeTier({}, own);
    resolved[name] = merged;
    return merged;
  };
  for (const name of tierNames(raw)) resolve2(name);
  return resolved;
}
function resolvedProblems(raw, tiers, parsed) {
  const problems = [];
  for (const [name, tier] of Object.entries(tiers)) {
    const own = raw.tiers[name];
    const inherits = own.extends ? ` (with what it inherits from ${own.extends})` : "";
    for (const family of ["metrics", "slices"]) {
      for (const [metric, rule] of Object.entries(tier[family] ?? {})) {
        if (!own[family]?.[metric]) continue;
        const at2 = ["tiers", name, family, metric];
        const r = rule;
        if (r.min !== void 0 && r.max !== void 0 && r.min > r.max) {
          problems.push(
            problem(
              parsed,
              at2,
              `${formatPath2(at2)}: min ${r.min} is above max ${r.max}${inherits}, so no value can pass`,
              "lower min or raise max"
            )
          );
        }
        if (r.max_drop !== void 0 && r.max_increase !== void 0) {
          problems.push(
            problem(
              parsed,
              at2,
              `${formatPath2(at2)} has both max_drop and max_increase${inherits}; a metric is better either higher (max_drop) or lower (max_increase)`,
              "keep max_drop where higher is better (auc), max_increase where lower is better (latency)"
            )
          );
        }
      }
    }
  }
  return problems;
}
function sha256(text2) {
  return createHash3("sha256").update(text2, "utf8").digest("hex");
}
function loadPolicy(text2, source, options = {}) {
  const parsed = parseYaml(text2, "policy", POLICY_SCHEMA);
  const fail = (problems2) => ({
    ok: false,
    errors: sortProblems(problems2).map((p) => ({
      file: source,
      line: p.line,
      column: p.column,
      path: formatPath2(p.path),
      message: p.message,
      fix: p.fix
    }))
  });
  if (!parsed.data || parsed.problems.length) return fail(parsed.problems);
  const data = parsed.data;
  const schema = schemaProblems("policy", parsed);
  const version2 = schema.filter(
    (p) => p.path.length === 1 && p.path[0] === "apiVersion" && data.apiVersion !== void 0
  );
  if (version2.length) return fail(version2);
  const problems = [...schema, ...semanticProblems(data, parsed)];
  if (problems.length) return fail(problems);
  const raw = data;
  const rawTiers = resolveTiers(raw);
  const late = resolvedProblems(raw, rawTiers, parsed);
  if (late.length) return fail(late);
  const policy = {
    apiVersion: raw.apiVersion,
    source,
    builtin: options.builtin ?? false,
    sha256: sha256(text2),
    manifests: raw.manifests ?? [...POLICY_DEFAULTS.manifests],
    owners: raw.owners ?? [],
    protected: raw.protected ?? [],
    defaultTier: raw.tiers.default,
    tiers: Object.fromEntries(
      Object.entries(rawTiers).map(([name, tier]) => [
        name,
        buildTier(name, tier, raw.tiers[name].extends)
      ])
    ),
    waivers: { max_days: raw.waivers?.max_days ?? POLICY_DEFAULTS.waiverMaxDays },
    limits: { max_file_bytes: Math.round((raw.limits?.max_file_mb ?? POLICY_DEFAULTS.maxFileMb) * 1024 * 1024) },
    positionOf: (path) => positionIn(parsed, path)
  };
  return { ok: true, policy };
}
function formatPolicyError(error) {
  const end = /[.?!]$/.test(error.message) ? "" : ".";
  return `${error.file}:${error.line}:${error.column}: ${error.message}${end} Fix: ${error.fix}.`;
}
function formatPolicyErrors(errors) {
  return errors.map(formatPolicyError).join("\n");
}

// src/policy/builtin.ts
var BUILTIN_POLICY_YAML = `# model-release-gate built-in default policy
apiVersion: model-release-gate/v1
manifests: ["**/model-release.yml"]
owners: []          # nobody can approve waivers until a policy names owners
protected: []
tiers:
  default: medium   # a manifest that names no risk_tier is treated as medium
  low:
    require: [model.owner, model.intended_use]
  medium:
    extends: low
    require:
      - model.limitations
      - evaluation.metrics
      - training_data.version
      - monitoring.alerts
      - lifecycle.review_by
    lifecycle: { max_review_days: 365 }
  high:
    extends: medium
    require: [training_data.source, training_data.sha256, monitoring.dashboard]
    drift:
      method: auto              # Evidently's per-column choice, Evidently's thresholds
      max_drifted_share: 0.3
    lifecycle: { max_review_days: 180 }
    approvals: { min: 1 }       # one approving review, from anyone but the author
waivers: { max_days: 90 }
limits: { max_file_mb: 50 }
`;
var BUILTIN_POLICY_SOURCE = "built-in";
var cached;
function builtinPolicy() {
  if (!cached) {
    const result = loadPolicy(BUILTIN_POLICY_YAML, BUILTIN_POLICY_SOURCE, { builtin: true });
    if (!result.ok) throw new Error(`built-in policy is invalid: ${result.errors.map((e) => e.message).join("; ")}`);
    cached = result.policy;
  }
  return cached;
}

// src/policy/manifest.ts
import { createHash as createHash4 } from "node:crypto";
var isObject2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function requiredPaths(policy) {
  return [...new Set(Object.values(policy.tiers).flatMap((t) => t.require))];
}
function policyProblems(data, policy, parsed) {
  const problems = [];
  const at2 = (path, message, fix) => ({
    path,
    ...nearestPosition(parsed, path),
    message,
    fix
  });
  const model = isObject2(data.model) ? data.model : {};
  const tier = model.risk_tier;
  const tiers = Object.keys(policy.tiers);
  if (typeof tier === "string" && tier !== "" && !tiers.includes(tier)) {
    const s = nearest(tier, tiers);
    problems.push(
      at2(
        ["model", "risk_tier"],
        `model.risk_tier: '${tier}' is not a tier of the policy; tiers are ${tiers.join(", ")}`,
        s ? `write "risk_tier: ${s}", or remove risk_tier to use the default tier ${policy.defaultTier}` : `use one of ${tiers.join(", ")}, or remove risk_tier to use the default tier ${policy.defaultTier}`
      )
    );
  }
  const drift2 = data.drift;
  if (isObject2(drift2) && drift2.report !== void 0 && (drift2.reference !== void 0 || drift2.current !== void 0)) {
    problems.push(
      at2(
        ["drift", "report"],
        "drift gives both a report and samples (reference/current); the gate would not know which to judge",
        "keep drift.report, or drift.reference with drift.current, not both"
      )
    );
  }
  return problems;
}
function toFinding(file, p) {
  const finding = {
    rule: "manifest.invalid",
    status: "fail",
    message: p.message,
    fix: p.fix,
    file,
    line: p.line,
    column: p.column
  };
  if (p.path.length) finding.subject = formatPath2(p.path);
  return finding;
}
function buildManifest(data) {
  const waivers = (Array.isArray(data.waivers) ? data.waivers : []).map(
    (w, index) => ({ ...w, index })
  );
  const manifest = {
    apiVersion: data.apiVersion,
    model: { ...data.model },
    waivers,
    data
  };
  for (const section of ["training_data", "evaluation", "drift", "monitoring", "lifecycle"]) {
    if (data[section] !== void 0) manifest[section] = data[section];
  }
  return manifest;
}
function loadManifest(text2, path, policy) {
  const parsed = parseYaml(text2, "manifest", MANIFEST_SCHEMA);
  const sha2563 = createHash4("sha256").update(text2, "utf8").digest("hex");
  const positionOf = (p) => positionIn(parsed, p);
  const invalid = (problems2) => ({
    path,
    manifest: null,
    findings: sortProblems(problems2).map((p) => toFinding(path, p)),
    sha256: sha2563,
    positionOf
  });
  if (!parsed.data || parsed.problems.length) return invalid(parsed.problems);
  const data = parsed.data;
  const required = requiredPaths(policy);
  const schema = schemaProblems("manifest", parsed, {
    // A field the policy requires is a field the manifest may have (model.license, ...).
    extraFields: (parent) => {
      const prefix = parent.length ? `${parent.join(".")}.` : "";
      return required.filter((r) => r.startsWith(prefix)).map((r) => r.slice(prefix.length).split(".")[0]);
    }
  });
  const version2 = schema.filter(
    (p) => p.path.length === 1 && p.path[0] === "apiVersion" && data.apiVersion !== void 0
  );
  if (version2.length) return invalid(version2);
  const problems = [...schema, ...policyProblems(data, policy, parsed)];
  if (problems.length) return invalid(problems);
  return { path, manifest: buildManifest(data), findings: [], sha256: sha2563, positionOf };
}

// src/rules/policy-diff.ts
var LOOSER_WHEN = {
  min: "lower",
  max: "higher",
  max_drop: "higher",
  max_increase: "higher",
  max_gap: "higher",
  max_drifted_share: "higher",
  max_review_days: "higher",
  max_days: "higher",
  significance: "lower"
};
var tol = (t) => t?.text;
function flatten(p) {
  const out = /* @__PURE__ */ new Map();
  const put = (k, v) => {
    if (v === void 0) return;
    out.set(
      k,
      typeof v === "number" ? v : Array.isArray(v) ? [...v].sort().join(", ") : typeof v === "object" ? JSON.stringify(v) : String(v)
    );
  };
  put("default tier", p.defaultTier);
  put("owners", p.owners);
  put("protected", p.protected);
  put("manifests", p.manifests);
  put("waivers.max_days", p.waivers.max_days);
  for (const [name, t] of Object.entries(p.tiers)) {
    const at2 = `tiers.${name}`;
    put(`${at2}.require`, t.require);
    for (const [m, r] of Object.entries(t.metrics)) {
      put(`${at2}.metrics.${m}.min`, r.min);
      put(`${at2}.metrics.${m}.max`, r.max);
      put(`${at2}.metrics.${m}.max_drop`, tol(r.max_drop));
      put(`${at2}.metrics.${m}.max_increase`, tol(r.max_increase));
      put(`${at2}.metrics.${m}.significance`, r.significance);
    }
    for (const [m, r] of Object.entries(t.slices)) {
      put(`${at2}.slices.${m}.min`, r.min);
      put(`${at2}.slices.${m}.max`, r.max);
      put(`${at2}.slices.${m}.max_gap`, r.max_gap);
    }
    if (t.drift) {
      put(`${at2}.drift.method`, t.drift.method);
      put(`${at2}.drift.feature_threshold`, t.drift.feature_threshold);
      put(`${at2}.drift.max_drifted_share`, t.drift.max_drifted_share);
    }
    put(`${at2}.lifecycle.max_review_days`, t.lifecycle?.max_review_days);
    put(`${at2}.approvals.min`, t.approvals?.min);
    put(`${at2}.approvals.from`, t.approvals?.from);
  }
  return out;
}
function toNumber2(v) {
  return typeof v === "number" ? v : v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
}
function diffPolicies(before, after) {
  const a = flatten(before);
  const b = flatten(after);
  const lines = [];
  for (const key of [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(key);
    const y = b.get(key);
    if (x === y) continue;
    const field = key.split(".").pop() ?? key;
    let note = "";
    const sameKind = String(x).endsWith("%") === String(y).endsWith("%");
    if (x !== void 0 && y !== void 0 && sameKind && LOOSER_WHEN[field] && !Number.isNaN(toNumber2(x)) && !Number.isNaN(toNumber2(y))) {
      const looser = LOOSER_WHEN[field] === "lower" ? toNumber2(y) < toNumber2(x) : toNumber2(y) > toNumber2(x);
      note = looser ? " (looser)" : " (stricter)";
    } else if (y === void 0) note = " (removed: looser)";
    lines.push(`${key}: ${x ?? "(none)"} -> ${y ?? "(none)"}${note}`);
  }
  return lines;
}

// src/rules/protected.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function protectedPathRule(policy, pr, policyChanges = []) {
  const globs = [...policy.protected];
  if (!policy.builtin) globs.push(policy.source);
  if (globs.length === 0) return [];
  const isProtected = (0, import_picomatch.default)(globs, { dot: true });
  const touched = [...new Set(pr.changedFiles.filter((f) => isProtected(f)))].sort();
  if (touched.length === 0) return [];
  const approvers = [];
  const problems = [];
  for (const r of pr.reviews) {
    if (r.state !== "APPROVED" || login(r.user) === login(pr.author)) continue;
    const s = ownerStatus(policy, pr, r.user);
    if (s.owner) approvers.push(`@${r.user}`);
    else if (s.unverifiable) problems.push(s.unverifiable);
  }
  const files = touched.join(", ");
  const changes = policyChanges.length > 0 ? `; policy changes: ${policyChanges.join("; ")}` : "";
  if (approvers.length > 0)
    return [
      {
        rule: "policy.protected",
        status: "pass",
        subject: files,
        message: `protected files changed (${files}), approved by policy owner ${approvers.join(", ")}${changes}`
      }
    ];
  return [
    {
      rule: "policy.protected",
      status: "fail",
      subject: files,
      actual: files,
      expected: `an approving review from a policy owner (${policy.owners.join(", ") || "the policy names none"})`,
      message: `this pull request changes protected files (${files}) and no policy owner has approved it${changes}` + (problems.length > 0 ? `; ${[...new Set(problems)].join("; ")}` : ""),
      fix: `Ask a policy owner (${policy.owners.join(", ") || "add owners to the policy"}) to review and approve the change.`,
      file: touched[0]
    }
  ];
}
function queuedProtectedRule(policy, changedFiles, policyChanges = []) {
  const globs = [...policy.protected];
  if (!policy.builtin) globs.push(policy.source);
  if (globs.length === 0) return [];
  const isProtected = (0, import_picomatch.default)(globs, { dot: true });
  const touched = [...new Set(changedFiles.filter((f) => isProtected(f)))].sort();
  if (touched.length === 0) return [];
  const files = touched.join(", ");
  const changes = policyChanges.length > 0 ? `; policy changes: ${policyChanges.join("; ")}` : "";
  return [
    {
      rule: "policy.protected",
      status: "warn",
      subject: files,
      actual: files,
      expected: `an approving review from a policy owner (${policy.owners.join(", ") || "the policy names none"}) on each pull request`,
      message: `this merge group changes protected files (${files})${changes}; a policy owner's approval was required on the pull request before it could join the queue and is not re-checked here; the group is judged by the policy of its base`,
      file: touched[0]
    }
  ];
}

// src/rules/risk-tier.ts
function ancestors(policy, name) {
  const out = [];
  for (let t = policy.tiers[name]?.extends; t && !out.includes(t); t = policy.tiers[t]?.extends) out.push(t);
  return out;
}
function tierOf(policy, manifest) {
  return manifest.model.risk_tier ?? policy.defaultTier;
}
function decideTier(policy, head, base, pr, where2, queued = false) {
  const now = tierOf(policy, head);
  if (!base) return { tier: now };
  const before = tierOf(policy, base);
  if (before === now || !policy.tiers[before] || ancestors(policy, now).includes(before)) return { tier: now };
  const lowered = ancestors(policy, before).includes(now);
  const change = `risk_tier ${before} -> ${now}${head.model.risk_tier === void 0 ? " (the line was removed: the default tier)" : ""}`;
  if (queued)
    return {
      tier: now,
      finding: {
        rule: "release.risk_tier_lowered",
        status: "warn",
        subject: "model.risk_tier",
        actual: now,
        expected: before,
        message: `${change}: not re-checked in the merge queue; the pull request needed a policy owner's approval of the change, or had to pass as ${before} (this gate's required check), before it could join the queue`,
        ...where2
      }
    };
  const approvers = [];
  const problems = [];
  for (const r of pr?.reviews ?? []) {
    if (r.state !== "APPROVED" || login(r.user) === login(pr.author)) continue;
    const s = ownerStatus(policy, pr, r.user);
    if (s.owner) approvers.push(`@${r.user}`);
    else if (s.unverifiable) problems.push(s.unverifiable);
  }
  const owners = policy.owners.join(", ") || "the policy names none";
  if (approvers.length > 0)
    return {
      tier: now,
      finding: {
        rule: "release.risk_tier_lowered",
        status: "pass",
        subject: "model.risk_tier",
        actual: now,
        message: `${change}, approved by policy owner ${approvers.join(", ")}: judged as ${now}`,
        ...where2
      }
    };
  const why = problems.length > 0 ? `; ${[...new Set(problems)].join("; ")}` : "";
  const fix = `Keep risk_tier: ${before}, or ask a policy owner (${owners}) to approve the change.`;
  if (lowered)
    return {
      tier: before,
      finding: {
        rule: "release.risk_tier_lowered",
        status: "warn",
        subject: "model.risk_tier",
        actual: now,
        expected: before,
        message: `${change} lowers the production tier: judged as ${before} until a policy owner approves the change${why}`,
        fix,
        ...where2
      }
    };
  return {
    tier: before,
    finding: {
      rule: "release.risk_tier_lowered",
      status: "fail",
      subject: "model.risk_tier",
      actual: now,
      expected: `${before}, or a tier that extends it`,
      message: `${change}: neither tier extends the other, so the gate cannot tell which is stricter; judged as ${before}, and the change needs a policy owner's approval${why}`,
      fix,
      ...where2
    }
  };
}

// src/engine.ts
var DEFAULT_POLICY_PATH = ".github/model-release-policy.yml";
var sha2562 = (bytes) => createHash5("sha256").update(bytes).digest("hex");
async function readPolicy(source, path, optional) {
  if (path === null) return { ok: true, policy: builtinPolicy() };
  const read = await source.read(path);
  if (!read.ok) {
    if (read.reason === "missing" && optional) return { ok: true, policy: builtinPolicy() };
    return {
      ok: false,
      errors: [],
      message: `The policy ${path} cannot be read from the ${source.description}: ${read.message}`
    };
  }
  const text2 = decodeText(read.bytes);
  if (!text2.ok) return { ok: false, errors: [], message: `The policy ${path}: ${text2.message}` };
  const loaded = loadPolicy(text2.text, path);
  if (!loaded.ok)
    return {
      ok: false,
      errors: loaded.errors,
      message: `The policy ${path} is invalid (${loaded.errors.length} error(s))`
    };
  return { ok: true, policy: loaded.policy };
}
async function checkRepository(options) {
  const policyResult = await readPolicy(options.policySource, options.policyPath, options.policyOptional ?? false);
  if (!policyResult.ok) return policyResult;
  const policy = policyResult.policy;
  const pullRequest = options.pullRequest ? await withTeams(options.pullRequest, policy, options.resolveTeams) : void 0;
  const pullRequestFindings = pullRequest ? await protectedFindings(policy, pullRequest, options) : options.mergeGroup ? await queuedProtectedFindings(policy, options.mergeGroup, options) : [];
  const limit = options.maxFileBytes ?? policy.limits.max_file_bytes;
  options = {
    ...options,
    head: options.head.withLimit(limit),
    baseline: options.baseline ? options.baseline.withLimit(limit) : null
  };
  const manifestPaths = options.manifests ?? await options.head.glob(policy.manifests);
  const heads = [];
  for (const path of manifestPaths) heads.push({ path, head: await readManifest(options.head, path, policy) });
  const names = /* @__PURE__ */ new Map();
  for (const { path, head } of heads) {
    const name = head?.loaded.manifest?.model.name;
    if (name !== void 0) names.set(nameKey(name), [...names.get(nameKey(name)) ?? [], path]);
  }
  const lookup2 = {
    headNames: names,
    baseNames: options.baseline ? new BaseManifests(options.baseline, policy) : null
  };
  const releases = [];
  for (const { path, head } of heads) {
    const release = await gatherRelease(path, head, policy, { ...options, pullRequest }, lookup2);
    if (release) releases.push(release);
  }
  const report = evaluate(releases, policy, {
    now: options.now,
    pullRequest,
    policyRef: options.policyRef,
    pullRequestFindings,
    mergeQueue: options.mergeGroup !== void 0
  });
  if (report.models.length === 0)
    report.summary = pullRequest ? "No model release in this pull request." : options.mergeGroup ? "No model release in this merge group." : `No model release found (manifests: ${policy.manifests.join(", ")}).`;
  if (pullRequest) report.context = { ...report.context, ...pullRequestRecord(pullRequest) };
  if (options.mergeGroup) report.context = { ...report.context, ...mergeGroupRecord(options.mergeGroup) };
  return { ok: true, report, policy, releases };
}
function teamsNamed(policy) {
  const all = [...policy.owners, ...Object.values(policy.tiers).flatMap((t) => t.approvals?.from ?? [])];
  return [...new Set(all.filter((e) => e.includes("/")).map(login))].sort();
}
async function withTeams(pr, policy, resolve2) {
  const wanted = teamsNamed(policy).filter((t) => !(t in pr.teams));
  if (wanted.length === 0 || !resolve2) return pr;
  return { ...pr, teams: { ...pr.teams, ...await resolve2(wanted) } };
}
async function protectedFindings(policy, pr, options) {
  let changes = [];
  if (!policy.builtin && pr.changedFiles.includes(policy.source)) {
    const head = await readPolicy(options.head, policy.source, false);
    changes = head.ok ? diffPolicies(policy, head.policy) : ["the policy in this pull request is invalid: " + head.message];
  }
  return protectedPathRule(policy, pr, changes);
}
async function queuedProtectedFindings(policy, group, options) {
  let changes = [];
  if (!policy.builtin && group.changedFiles.includes(policy.source)) {
    const head = await readPolicy(options.head, policy.source, false);
    changes = head.ok ? diffPolicies(policy, head.policy) : ["the policy in this group is invalid: " + head.message];
  }
  return queuedProtectedRule(policy, group.changedFiles, changes);
}
function mergeGroupRecord(group) {
  return {
    merge_group: group.headRef,
    base_sha: group.baseSha,
    head_sha: group.headSha,
    run_url: group.runUrl
  };
}
function pullRequestRecord(pr) {
  return {
    pull_request: pr.number,
    author: pr.author,
    base_sha: pr.baseSha,
    head_sha: pr.headSha,
    run_url: pr.runUrl,
    reviews: pr.reviews.map((r) => ({ user: r.user, state: r.state, commit: r.commit }))
  };
}
function referencedFiles(loaded) {
  const m = loaded.manifest;
  if (!m) return [];
  const refs = [
    typeof m.evaluation?.metrics === "string" ? m.evaluation.metrics : void 0,
    m.drift?.report,
    m.drift?.reference,
    m.drift?.current
  ];
  const out = [];
  for (const r of refs) {
    if (typeof r !== "string") continue;
    const resolved = resolveReference(loaded.path, r);
    if (resolved.ok) out.push(resolved.path);
  }
  return out;
}
function touches(changed, manifestPath2, refs) {
  if (changed.has(manifestPath2)) return true;
  for (const c of changed) for (const r of refs) if (c === r || c.startsWith(r + "/")) return true;
  return false;
}
async function touchesRelease(changedFiles, head, loaded) {
  const changed = new Set(changedFiles);
  const refs = referencedFiles(loaded);
  if (touches(changed, loaded.path, refs)) return true;
  const targets = [];
  for (const r of [loaded.path, ...refs]) targets.push(...(await head.resolve(r)).filter((t) => t !== r));
  return targets.length > 0 && touches(changed, "", targets);
}
async function readManifest(source, path, policy) {
  const read = await source.read(path);
  if (!read.ok) {
    if (read.reason === "missing") return null;
    return { loaded: invalidManifest(path, read.message) };
  }
  const text2 = decodeText(read.bytes);
  if (!text2.ok) return { loaded: invalidManifest(path, `${path}: ${text2.message}`), bytes: read.bytes };
  return { loaded: loadManifest(text2.text, path, policy), bytes: read.bytes };
}
function invalidManifest(path, message) {
  return {
    path,
    manifest: null,
    findings: [
      {
        rule: "manifest.invalid",
        status: "fail",
        subject: path,
        message,
        fix: "Make the manifest a readable UTF-8 YAML file inside the repository.",
        file: path
      }
    ],
    positionOf: () => void 0
  };
}
var nameKey = (name) => name.normalize("NFKC").replace(/[\p{Cf}\s]+/gu, "").toLowerCase();
var BaseManifests = class {
  constructor(source, policy) {
    this.source = source;
    this.policy = policy;
  }
  source;
  policy;
  index = null;
  async find(name) {
    this.index ??= this.build();
    const index = await this.index;
    return index.ok ? { ok: true, paths: index.byName.get(nameKey(name)) ?? [] } : index;
  }
  async build() {
    let paths;
    try {
      paths = await this.source.glob(this.policy.manifests);
    } catch (e) {
      return {
        ok: false,
        message: `the manifests of ${this.source.description} cannot be listed (${e.message})`
      };
    }
    const byName2 = /* @__PURE__ */ new Map();
    for (const path of paths) {
      const read = await readManifest(this.source, path, this.policy);
      if (read && !read.bytes)
        return {
          ok: false,
          message: `${path} cannot be read from ${this.source.description}: ${read.loaded.findings[0]?.message}`
        };
      const name = read?.loaded.manifest?.model.name;
      if (name !== void 0) byName2.set(nameKey(name), [...byName2.get(nameKey(name)) ?? [], path]);
    }
    return { ok: true, byName: byName2 };
  }
};
async function gatherRelease(path, head, policy, options, lookup2) {
  if (!head) {
    if (options.manifests)
      return { loaded: invalidManifest(path, `${path} does not exist`), loadFindings: [], baseline: null, inputs: [] };
    return null;
  }
  const { loaded } = head;
  const changedFiles = options.pullRequest?.changedFiles ?? options.mergeGroup?.changedFiles;
  if (changedFiles && !await touchesRelease(changedFiles, options.head, loaded)) return null;
  const inputs = [];
  if (head.bytes) inputs.push({ path, sha256: sha2562(head.bytes) });
  const release = { loaded, loadFindings: [], baseline: null, inputs };
  const manifest = loaded.manifest;
  if (!manifest) return release;
  const where2 = (field) => {
    const pos = loaded.positionOf(field);
    return { file: path, line: pos?.line, column: pos?.column };
  };
  const twins = (lookup2.headNames.get(nameKey(manifest.model.name)) ?? []).filter((p) => p !== path);
  if (twins.length > 0)
    release.loadFindings.push({
      rule: "manifest.invalid",
      status: "fail",
      subject: "model.name",
      actual: manifest.model.name,
      message: `model.name '${manifest.model.name}' is also released by ${twins.join(", ")}: one model needs one manifest, so that its release is compared with its production baseline`,
      fix: `Give each model its own name, or remove the copy (${twins.join(", ")}).`,
      ...where2(["model", "name"])
    });
  let production = null;
  if (options.baseline && lookup2.baseNames) {
    const found = await findBaseline(options.baseline, loaded, options.pullRequest, policy, lookup2.baseNames);
    if (found.kind === "found") {
      release.baseline = found.baseline;
      production = found.baseline.manifest;
      inputs.push(...found.baseline.inputs);
    } else if (found.kind === "problem") {
      release.baselineProblem = found.message;
      if (found.fatal)
        release.loadFindings.push({
          rule: "evidence.missing",
          status: "fail",
          subject: "baseline",
          message: `the production baseline cannot be used: ${found.message}`,
          fix: "Re-run the job; if it fails again, check that the token may read the repository (`contents: read`).",
          ...where2(["model"])
        });
    }
  }
  const tierDecision = decideTier(
    policy,
    manifest,
    production,
    options.pullRequest,
    where2(manifest.model.risk_tier === void 0 ? ["model"] : ["model", "risk_tier"]),
    options.mergeGroup !== void 0
  );
  release.tier = tierDecision;
  const tier = policy.tiers[tierDecision.tier];
  const reader = new EvidenceReader(options.head, loaded);
  const metrics = await reader.metrics(manifest);
  if (metrics !== void 0) release.metrics = metrics;
  const drift2 = await reader.drift(manifest, tier?.drift);
  if (drift2 !== void 0) release.drift = drift2;
  release.loadFindings.push(...reader.findings);
  inputs.push(...reader.inputs);
  return release;
}
async function findBaseline(source, loaded, pr, policy, baseNames) {
  const tried = [];
  for (const candidate of [loaded.path, pr?.renamed?.[loaded.path]]) {
    if (!candidate || tried.includes(candidate)) continue;
    tried.push(candidate);
    const found2 = await readBaseline(source, candidate, policy);
    if (found2.kind !== "none") return found2;
  }
  const name = loaded.manifest.model.name;
  const byName2 = await baseNames.find(name);
  if (!byName2.ok) return { kind: "problem", fatal: true, message: byName2.message };
  const paths = byName2.paths.filter((p) => !tried.includes(p));
  if (paths.length === 0) return { kind: "none" };
  if (paths.length > 1)
    return {
      kind: "problem",
      fatal: true,
      message: `${source.description} has ${paths.length} manifests for model '${name}' (${paths.join(", ")}), so the gate cannot tell which one is in production`
    };
  const found = await readBaseline(source, paths[0], policy);
  return found.kind === "none" ? { kind: "problem", fatal: true, message: `${paths[0]} was listed in ${source.description} but cannot be read` } : found;
}
async function readBaseline(source, path, policy) {
  const read = await source.read(path);
  if (!read.ok) {
    if (read.reason === "missing") return { kind: "none" };
    return { kind: "problem", fatal: true, message: read.message };
  }
  const text2 = decodeText(read.bytes);
  const loaded = text2.ok ? loadManifest(text2.text, path, policy) : null;
  if (!loaded?.manifest)
    return {
      kind: "problem",
      fatal: false,
      message: `the production manifest ${path} in ${source.description} is invalid (${text2.ok ? loaded?.findings[0]?.message : text2.message}), so there is nothing to compare with`
    };
  const failures = [];
  const reader = new EvidenceReader(recordingFailures(source, failures), loaded);
  const metrics = await reader.metrics(loaded.manifest);
  if (failures.length > 0) return { kind: "problem", fatal: true, message: failures.join("; ") };
  const inputs = [{ path, sha256: sha2562(read.bytes), source: "baseline" }];
  for (const i of reader.inputs) inputs.push({ ...i, source: "baseline" });
  return {
    kind: "found",
    baseline: {
      path,
      manifest: loaded.manifest,
      metrics,
      problem: reader.findings.length > 0 ? reader.findings.map((p) => p.message).join("; ") : void 0,
      inputs
    }
  };
}
function recordingFailures(source, failures) {
  const wrapped = {
    description: source.description,
    withLimit: () => wrapped,
    resolve: (p) => source.resolve(p),
    list: (d) => source.list(d),
    glob: (g) => source.glob(g),
    read: async (p) => {
      const r = await source.read(p);
      if (!r.ok && r.reason === "error") failures.push(r.message);
      return r;
    }
  };
  return wrapped;
}

// src/files/local.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

// src/files/source.ts
var DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
var size = (bytes) => bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KB` : `${Number((bytes / 1048576).toFixed(1))} MB`;
function tooLarge(path, bytes, maxBytes) {
  return {
    ok: false,
    reason: "too-large",
    message: `'${path}' is ${bytes === null ? "over" : `${size(bytes)}, over`} the ${size(maxBytes)} limit (limits.max_file_mb)`
  };
}

// src/files/local.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var LocalFileSource = class _LocalFileSource {
  constructor(root, maxBytes = DEFAULT_MAX_FILE_BYTES, description = "working tree") {
    this.root = root;
    this.maxBytes = maxBytes;
    this.description = description;
  }
  root;
  maxBytes;
  description;
  realRoot;
  withLimit(maxBytes) {
    return new _LocalFileSource(this.root, maxBytes, this.description);
  }
  root_() {
    return this.realRoot ??= realpathSync(this.root);
  }
  async confine(path) {
    const norm = normaliseRepoPath(path);
    if (!norm.ok) return { ok: false, result: { ok: false, reason: "outside", message: norm.message } };
    const root = this.root_();
    let real;
    try {
      real = realpathSync(join(root, norm.path));
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR")
        return { ok: false, result: { ok: false, reason: "missing", message: `'${path}' does not exist` } };
      return { ok: false, result: { ok: false, reason: "error", message: `'${path}' cannot be read (${code})` } };
    }
    const rel = relative(root, real);
    if (rel === ".." || rel.startsWith(".." + sep) || rel.startsWith("/"))
      return {
        ok: false,
        result: {
          ok: false,
          reason: "outside",
          message: `'${path}' is a symbolic link that points outside the repository`
        }
      };
    if (insideGitDir(rel.split(sep).join("/")))
      return {
        ok: false,
        result: {
          ok: false,
          reason: "outside",
          message: `'${path}' is a symbolic link into .git, which is never evidence (it can hold credentials)`
        }
      };
    return { ok: true, real };
  }
  async read(path) {
    const c = await this.confine(path);
    if (!c.ok) return c.result;
    try {
      const st = statSync(c.real);
      if (!st.isFile()) return { ok: false, reason: "not-a-file", message: `'${path}' is not a regular file` };
      if (st.size > this.maxBytes) return tooLarge(path, st.size, this.maxBytes);
      return { ok: true, bytes: readFileSync(c.real) };
    } catch (e) {
      return { ok: false, reason: "error", message: `'${path}' cannot be read (${e.message})` };
    }
  }
  async resolve(path) {
    const c = await this.confine(path);
    return c.ok ? [relative(this.root_(), c.real).split(sep).join("/")] : [];
  }
  async list(dir) {
    const c = await this.confine(dir === "" ? "." : dir);
    if (!c.ok) return null;
    try {
      return readdirSync(c.real).sort();
    } catch {
      return null;
    }
  }
  async glob(patterns) {
    const isMatch = (0, import_picomatch2.default)(patterns, { dot: false });
    const root = this.root_();
    const out = [];
    const walk = async (abs, rel) => {
      let entries;
      try {
        entries = readdirSync(abs, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const childRel = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) await walk(join(abs, e.name), childRel);
        } else if ((e.isFile() || e.isSymbolicLink()) && isMatch(childRel)) out.push(childRel);
      }
    };
    await walk(root, "");
    return out.sort();
  }
};

// src/report/escape.ts
var MAX_NAME_CHARS = 100;
var MAX_PROSE_CHARS = 500;
var ZWSP = "\u200B";
var LINE_BREAKS = /\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g;
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function truncate(text2, maxChars) {
  const chars = Array.from(text2);
  return chars.length <= maxChars ? text2 : chars.slice(0, Math.max(0, maxChars - 1)).join("") + "\u2026";
}
function plainText(text2, maxChars = MAX_PROSE_CHARS) {
  const s = String(text2 ?? "").replace(LINE_BREAKS, " ").replace(INVISIBLE, "").replace(/ {2,}/g, " ").trim();
  return truncate(s, maxChars);
}
function neutraliseReferences(text2) {
  return text2.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`).replace(/#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
function escapeMarkdown(text2, maxChars = MAX_NAME_CHARS) {
  return neutraliseReferences(plainText(text2, maxChars)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]#~|$]/g, "\\$&");
}
function escapeHtml(text2, maxChars = MAX_NAME_CHARS) {
  return neutraliseReferences(plainText(text2, maxChars)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function codeText(text2, maxChars = MAX_NAME_CHARS) {
  return plainText(text2, maxChars).replace(/<!--/g, `<${ZWSP}!--`);
}
function codeBlock(lines) {
  const body = lines.join("\n");
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}text
${body}
${fence}`;
}

// src/report/common.ts
var VERDICT = {
  go: { emoji: "\u2705", title: "Ready", word: "ready" },
  conditional: { emoji: "\u26A0\uFE0F", title: "Ready with conditions", word: "ready with conditions" },
  blocked: { emoji: "\u26D4", title: "Blocked", word: "blocked" }
};
var NO_RELEASE_SUMMARY = "No model release in this pull request.";
function formatNumber(n) {
  if (typeof n === "number" && Number.isFinite(n) === false) return Number.isNaN(n) ? "NaN" : n > 0 ? "\u221E" : "\u2212\u221E";
  return fmt2(n).replace(/^-/, "\u2212");
}
function formatDelta(delta) {
  if (!Number.isFinite(delta)) return formatNumber(delta);
  if (delta === 0) return "\xB10";
  return (delta > 0 ? "+" : "\u2212") + fmt2(Math.abs(delta));
}
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function formatActual(actual) {
  if (actual === void 0) return void 0;
  if (actual === null) return "none";
  return typeof actual === "number" ? formatNumber(actual) : String(actual);
}
function findingsOf(model, status) {
  return model.findings.filter((f) => f.status === status);
}
function gatesPassed(model) {
  if (model.scorecard && Object.keys(model.scorecard).length > 0) {
    let passed2 = 0;
    let total = 0;
    for (const entry of Object.values(model.scorecard)) {
      passed2 += entry.passed;
      total += entry.total;
    }
    return { passed: passed2, total };
  }
  const passed = model.findings.filter((f) => f.status === "pass" || f.status === "warn").length;
  return { passed, total: model.findings.length };
}
function modelLabel(model) {
  return model.name || model.manifest;
}
function topDrifted(drift2, limit) {
  return [...drift2 ?? []].sort(bySeverity).slice(0, limit);
}
function driftCondition(feature) {
  return `${feature.direction === "below" ? "\u2264" : "\u2265"} ${formatNumber(feature.threshold)}`;
}
function shortRef(ref) {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
function shortSha256(sha) {
  return /^[0-9a-f]{12,}$/i.test(sha) ? sha.slice(0, 12).toLowerCase() : void 0;
}
function daysLeftText(days) {
  if (days < 0) return `expired ${plural2(-days, "day")} ago`;
  if (days === 0) return "expires today";
  return `${plural2(days, "day")} left`;
}
function waiversInForce(model) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of model.findings) {
    if (f.status === "waived" && f.waiver) {
      out.push({ rule: f.rule, subject: f.subject, waiver: f.waiver });
      seen.add(f.waiver);
    }
  }
  const key = (w) => `${w.ticket}\0${w.expires}\0${w.approved_by}`;
  const keys = new Set(out.map((w) => key(w.waiver)));
  for (const w of model.waivers ?? []) {
    if (!seen.has(w) && !keys.has(key(w))) out.push({ waiver: w });
  }
  return out;
}
function verdictSentence(report) {
  const prFailing = (report.findings ?? []).filter((f) => f.status === "fail");
  const prSentence = prFailing.length > 0 ? `the pull request fails ${plural2(prFailing.length, "gate")} of its own` : "";
  const models = report.models;
  if (models.length === 0)
    return prSentence ? `${prSentence}; it releases no model.` : report.summary || NO_RELEASE_SUMMARY;
  if (prSentence && !models.some((m) => m.decision === "blocked")) return `${prSentence}.`;
  const releases = plural2(models.length, "model release");
  if (report.decision === "blocked") {
    const blocked = models.filter((m) => m.decision === "blocked");
    const failing = blocked.reduce((n, m) => n + findingsOf(m, "fail").length, 0);
    const which = models.length === 1 ? "the model release fails" : `${blocked.length} of ${releases} fail`;
    return `${which} ${plural2(failing, "gate")}.`;
  }
  const all = models.length === 1 ? "the model release passes" : `all ${releases} pass`;
  if (report.decision === "conditional") {
    const waived = models.reduce((n, m) => n + findingsOf(m, "waived").length, 0);
    const warnings = models.reduce((n, m) => n + findingsOf(m, "warn").length, 0);
    const conditions = [
      waived ? `${plural2(waived, "waiver")} in force` : "",
      warnings ? plural2(warnings, "warning") : ""
    ].filter(Boolean).join(", ");
    return `${all}${conditions ? ` with ${conditions}` : ""}.`;
  }
  return `${all} the release gate.`;
}

// src/report/histogram.ts
var MAX_BINS = 10;
var MAX_LABEL_CHARS = 20;
function shares3(counts) {
  const clean = counts.map((c) => Number.isFinite(c) && c > 0 ? c : 0);
  const total = clean.reduce((a, b) => a + b, 0);
  return clean.map((c) => total > 0 ? c / total : 0);
}
var RANGE = /^([[(])\s*([^,]+?)\s*,\s*([^\])]+?)\s*([\])])$/;
function fitBins(bins) {
  if (bins.length <= MAX_BINS) return bins;
  const ranges = bins.map((b) => RANGE.exec(b.label));
  if (ranges.every(Boolean)) {
    const size2 = Math.ceil(bins.length / MAX_BINS);
    const merged = [];
    for (let i = 0; i < bins.length; i += size2) {
      const group = bins.slice(i, i + size2);
      const first = ranges[i];
      const last = ranges[i + group.length - 1];
      merged.push({
        label: `${first[1]}${first[2]}, ${last[3]}${last[4]}`,
        reference: group.reduce((s, b) => s + b.reference, 0),
        current: group.reduce((s, b) => s + b.current, 0)
      });
    }
    return merged;
  }
  const bySize = [...bins].sort((a, b) => Math.max(b.reference, b.current) - Math.max(a.reference, a.current));
  const kept = bySize.slice(0, MAX_BINS - 1);
  const rest = bySize.slice(MAX_BINS - 1);
  return [
    ...kept,
    {
      label: `(${rest.length} others)`,
      reference: rest.reduce((s, b) => s + b.reference, 0),
      current: rest.reduce((s, b) => s + b.current, 0)
    }
  ];
}
var BAR_WIDTH = 12;
var PARTIALS = ["", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"];
function bar(share, largest) {
  if (share <= 0 || largest <= 0) return "\xB7".padEnd(BAR_WIDTH);
  const eighths = Math.max(1, Math.round(share / largest * BAR_WIDTH * 8));
  const full = Math.floor(eighths / 8);
  return ("\u2588".repeat(full) + PARTIALS[eighths % 8]).padEnd(BAR_WIDTH);
}
var percent = (share) => `${(share * 100).toFixed(1)}%`.padStart(6);
var columns = (text2) => Array.from(text2.replace(/\u200b/g, "")).length;
var padEnd = (text2, width) => text2 + " ".repeat(Math.max(0, width - columns(text2)));
function histogramLines(histogram2) {
  const n = Math.min(histogram2.labels.length, histogram2.reference.length, histogram2.current.length);
  if (n === 0) return [];
  const ref = shares3(histogram2.reference.slice(0, n));
  const cur = shares3(histogram2.current.slice(0, n));
  const bins = fitBins(
    histogram2.labels.slice(0, n).map((label, i) => ({
      label: codeText(label, MAX_LABEL_CHARS),
      reference: ref[i],
      current: cur[i]
    }))
  );
  const largest = Math.max(...bins.map((b) => Math.max(b.reference, b.current)));
  const width = Math.max(3, ...bins.map((b) => columns(b.label)));
  return [
    `${padEnd("bin", width)}  ${padEnd("reference", BAR_WIDTH + 7)}   current`,
    ...bins.map(
      (b) => `${padEnd(b.label, width)}  ${percent(b.reference)} ${bar(b.reference, largest)}   ` + `${percent(b.current)} ${bar(b.current, largest)}`.trimEnd()
    )
  ];
}
function featureHistogram(feature) {
  const verdict = feature.drifted ? "DRIFTED" : "stable";
  const header = `${codeText(feature.name)}  ${codeText(feature.method, 40)} ${formatNumber(feature.score)} (drift when ${driftCondition(feature)}): ${verdict}`;
  return [header, ...feature.histogram ? histogramLines(feature.histogram) : ["(no histogram in the evidence)"]];
}

// src/report/text.ts
var ANSI = {
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  dim: [2, 22],
  bold: [1, 22]
};
function painter(color) {
  return (style, text2) => color ? `\x1B[${ANSI[style][0]}m${text2}\x1B[${ANSI[style][1]}m` : text2;
}
var DECISION_STYLE = {
  go: { mark: "\u2714", label: "GO", style: "green" },
  conditional: { mark: "!", label: "CONDITIONAL", style: "yellow" },
  blocked: { mark: "\u2716", label: "BLOCKED", style: "red" }
};
var LABEL_WIDTH = Math.max(...Object.values(DECISION_STYLE).map((d) => d.label.length));
function where(f) {
  if (!f.file) return void 0;
  return [plainText(f.file, 300), f.line, f.line ? f.column : void 0].filter((x) => x !== void 0).join(":");
}
function renderText(report, options) {
  const paint = painter(options.color);
  const name = (text2) => plainText(text2, MAX_NAME_CHARS);
  const out = [];
  const finding = (f, mark, style) => {
    const subject = f.subject ? ` ${paint("bold", name(f.subject))}` : "";
    out.push(`  ${paint(style, mark)} ${f.rule}${subject}: ${plainText(f.message)}`);
    const actual = formatActual(f.actual);
    const facts = [
      actual !== void 0 ? `actual ${plainText(actual)}` : "",
      f.expected ? `expected ${plainText(f.expected)}` : ""
    ].filter(Boolean);
    if (facts.length) out.push(`      ${facts.join(", ")}`);
    const at2 = where(f);
    if (at2) out.push(`      ${paint("dim", `at ${at2}`)}`);
    if (f.fix) out.push(`      ${paint("cyan", `fix: ${plainText(f.fix)}`)}`);
  };
  const model = (m) => {
    const d = DECISION_STYLE[m.decision];
    const { passed, total } = gatesPassed(m);
    const title = `${name(modelLabel(m))} ${name(m.version)}`.trim();
    out.push(
      `${paint(d.style, `${d.mark} ${d.label.padEnd(LABEL_WIDTH)}`)}  ${paint("bold", title)}` + // A model without a name is already titled by its manifest's path.
      paint(
        "dim",
        `  tier ${name(m.risk_tier)} \xB7 ${passed}/${total} gates${m.name ? ` \xB7 ${plainText(m.manifest, 300)}` : ""}`
      )
    );
    for (const f of findingsOf(m, "fail")) finding(f, "\u2716", "red");
    for (const f of findingsOf(m, "warn")) finding(f, "!", "yellow");
    for (const { rule, subject, waiver: w } of waiversInForce(m)) {
      const what = [rule, subject ? name(subject) : ""].filter(Boolean).join(" ");
      out.push(
        `  ${paint("cyan", "~")} waived${what ? ` ${what}` : ""}: ${name(w.ticket)} approved by ${name(w.approved_by)}${w.approval_verified ? "" : " (not verified)"}, until ${name(w.expires)} (${daysLeftText(w.days_left)})`
      );
    }
    for (const n of m.notes ?? []) {
      const source = `${n.baseline ? "production baseline " : ""}${plainText(n.source, 300)}`;
      out.push(`  ${paint("dim", `i note: ${source}: ${plainText(n.message)}`)}`);
    }
  };
  const prFindings = (report.findings ?? []).filter((f) => f.status !== "pass");
  if (prFindings.length > 0) {
    out.push(paint("bold", "Pull request"));
    for (const f of prFindings) finding(f, f.status === "fail" ? "\u2716" : "!", f.status === "fail" ? "red" : "yellow");
    out.push("");
  }
  for (const m of report.models) model(m);
  if (report.models.length > 0) out.push("");
  const v = VERDICT[report.decision];
  out.push(
    paint("bold", paint(DECISION_STYLE[report.decision].style, `${v.title}: ${plainText(verdictSentence(report))}`))
  );
  const p = report.policy;
  const policy = p.builtin ? "Built-in default policy" : `Policy ${plainText(p.source, 300)}`;
  const ref = p.ref ? ` at commit ${plainText(shortRef(p.ref), 60)}` : "";
  const sha = shortSha256(p.sha256) ? ` (sha256 ${shortSha256(p.sha256)})` : "";
  out.push(paint("dim", `${policy}${ref}${sha} \xB7 evaluated at ${plainText(report.evaluated_at, 40)}`));
  return out.join("\n") + "\n";
}

// src/report/drift-text.ts
var MAX_HISTOGRAMS = 10;
function drawn(f) {
  const method = resolveMethod(f.method);
  return {
    name: f.name,
    method: method?.id ?? f.method,
    score: f.score,
    threshold: f.threshold ?? method?.defaultThreshold ?? NaN,
    direction: method?.kind === "pvalue" ? "below" : "above",
    drifted: f.drifted === true,
    histogram: f.histogram
  };
}
function renderDriftText(evidence, options) {
  const paint = painter(options.color);
  const features = evidence.features.map(drawn);
  const cell = (text2, width) => plainText(text2, width).padEnd(width);
  const nameWidth = Math.min(30, Math.max(7, ...features.map((f) => plainText(f.name, 30).length)));
  const out = [];
  features.forEach((f, i) => {
    const mark = f.drifted ? paint("red", "\u2716 drifted") : paint("green", "\u2714 stable ");
    out.push(
      `${mark}  ${cell(f.name, nameWidth)}  ${cell(evidence.features[i].type ?? "", 11)}  ${cell(f.method, 13)}  ${formatNumber(f.score).padStart(9)}  ${paint("dim", `drift when ${driftCondition(f)}`)}`
    );
  });
  const d = evidence.dataset;
  const drifted = d?.drifted ?? features.filter((f) => f.drifted).length;
  const total = d?.total ?? features.length;
  const share = d?.share ?? (total ? drifted / total : 0);
  if (out.length) out.push("");
  const threshold = d?.threshold !== void 0 ? ` (dataset drift at ${formatNumber(d.threshold * 100)}%)` : "";
  const datasetDrift = d?.threshold !== void 0 && share >= d.threshold;
  out.push(
    paint(
      "bold",
      paint(
        datasetDrift ? "red" : drifted ? "yellow" : "green",
        `${drifted} of ${plural2(total, "column")} drifted: ${formatNumber(Math.round(share * 1e3) / 10)}%${threshold}`
      )
    )
  );
  const shown3 = features.filter((f) => f.drifted && f.histogram).slice(0, MAX_HISTOGRAMS);
  for (const f of shown3) out.push("", ...featureHistogram(f).map((line) => `  ${line}`));
  if (evidence.notes.length) out.push("");
  for (const note of evidence.notes) out.push(paint("dim", `note: ${plainText(note, MAX_NAME_CHARS * 3)}`));
  return out.join("\n") + "\n";
}

// src/report/json.ts
var KEY_ORDER = [
  // report: schema, decision, evaluated_at, summary, policy, models, inputs, context
  // model: manifest, name, version, risk_tier, decision, baseline, scorecard, findings, metrics, drift,
  // drift_summary, waivers, notes
  "schema",
  "manifest",
  "name",
  "version",
  "risk_tier",
  "decision",
  "evaluated_at",
  "summary",
  "policy",
  "models",
  "inputs",
  "context",
  "baseline",
  "scorecard",
  "findings",
  "metrics",
  "drift",
  "drift_summary",
  "waivers",
  "notes",
  // policy and input: source, ref, sha256, builtin; path, sha256
  "path",
  "source",
  "ref",
  "sha256",
  "builtin",
  // finding
  "rule",
  "status",
  "subject",
  "actual",
  "expected",
  "message",
  "fix",
  "file",
  "line",
  "column",
  "waiver",
  "significance",
  // significance: test, alpha, statistic, p_value, n (candidate, baseline), significant
  "test",
  "alpha",
  "statistic",
  "p_value",
  "n",
  "candidate",
  "significant",
  // waiver
  "ticket",
  "approved_by",
  "expires",
  "days_left",
  "reason",
  "approval_verified",
  // metric comparison, drift feature, histogram, scorecard entry
  "slice",
  "value",
  "delta",
  "better",
  "type",
  "method",
  "score",
  "threshold",
  "direction",
  "drifted",
  "severity",
  "histogram",
  "labels",
  "reference",
  "current",
  "passed",
  "total",
  // drift summary (drifted, total as above)
  "share",
  "limit",
  "counted_from",
  "features"
];
var RANK2 = new Map(KEY_ORDER.map((k, i) => [k, i]));
var RECORD_KEYS = /* @__PURE__ */ new Set(["scorecard", "context"]);
function byRank(a, b) {
  const ra = RANK2.get(a) ?? Infinity;
  const rb = RANK2.get(b) ?? Infinity;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}
function byName(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function ordered(value, compare) {
  if (Array.isArray(value)) return value.map((v) => ordered(v, compare));
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const key of Object.keys(value).sort(compare)) {
    const child = value[key];
    out[key] = RECORD_KEYS.has(key) && child && typeof child === "object" && !Array.isArray(child) ? Object.fromEntries(
      Object.keys(child).sort(byName).map((k) => [k, ordered(child[k], key === "context" ? byName : byRank)])
    ) : ordered(child, compare);
  }
  return out;
}
function renderJson(report) {
  return JSON.stringify(ordered(report, byRank), null, 2) + "\n";
}

// src/report/attestation.ts
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_TYPE = "https://model-release-gate.dev/decision-record/v1";
function subjectsOf(report) {
  const seen = /* @__PURE__ */ new Map();
  for (const i of report.inputs)
    if (i.source !== "baseline") seen.set(i.path, { name: i.path, digest: { sha256: i.sha256 } });
  if (seen.size === 0 && !report.policy.builtin)
    seen.set(report.policy.source, { name: report.policy.source, digest: { sha256: report.policy.sha256 } });
  return [...seen.values()];
}
function toStatement(report) {
  const record = JSON.parse(renderJson(report));
  return {
    _type: STATEMENT_TYPE,
    subject: subjectsOf(report),
    predicateType: PREDICATE_TYPE,
    predicate: { decision: record.decision, ...record }
  };
}
function renderAttestation(report) {
  return JSON.stringify(toStatement(report), null, 2) + "\n";
}

// src/report/links.ts
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var NAME = /^[A-Za-z0-9_.-]+$/;
function safeBaseUrl(url) {
  if (!url || !/^[A-Za-z0-9:/.%_~-]+$/.test(url)) return void 0;
  let u;
  try {
    u = new URL(url);
  } catch {
    return void 0;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:" || !u.hostname || u.username || u.password) return void 0;
  if (u.search || u.hash || url.includes("?") || url.includes("#")) return void 0;
  const base = `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, "")}`;
  return /^[A-Za-z0-9:/.%_~-]+$/.test(base) ? base : void 0;
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function encodePath(path) {
  return path.split("/").map(encodeSegment).join("/");
}
function safeRunUrl(url, repoUrl) {
  const prefix = `${repoUrl}/actions/runs/`;
  return url?.startsWith(prefix) && /^\d+(\/attempts\/\d+)?$/.test(url.slice(prefix.length)) ? url : void 0;
}
function makeLinker(report, ctx) {
  if (!ctx) return void 0;
  const server = safeBaseUrl(ctx.serverUrl);
  if (!server || !NAME.test(ctx.owner) || !NAME.test(ctx.repo) || !SHA.test(ctx.headSha)) return void 0;
  const repoUrl = `${server}/${ctx.owner}/${ctx.repo}`;
  const read = new Set(report.inputs.filter((i) => i.source !== "baseline").map((i) => i.path));
  return {
    file(path, line) {
      if (!read.has(path)) return void 0;
      const anchor = line !== void 0 && Number.isInteger(line) && line > 0 ? `#L${line}` : "";
      return `${repoUrl}/blob/${ctx.headSha}/${encodePath(path)}${anchor}`;
    },
    run: safeRunUrl(ctx.runUrl, repoUrl)
  };
}

// src/report/markdown.ts
var COMMENT_MAX_LENGTH = 65536 - 536;
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024 - 1024;
var TOP_DRIFTED = 10;
var DETAIL_LEVELS = [
  { histograms: true, passingDetails: true, blockedExtras: true },
  { histograms: false, passingDetails: true, blockedExtras: true },
  { histograms: false, passingDetails: false, blockedExtras: true },
  { histograms: false, passingDetails: false, blockedExtras: false }
];
function table(headers, align, rows) {
  const line = (cells) => `| ${cells.map((c) => c || "\u2014").join(" | ")} |`;
  return [line(headers), `|${align.map((a) => a === "r" ? "---:" : "---").join("|")}|`, ...rows.map(line)];
}
function verdictLines(report, mode) {
  const v = VERDICT[report.decision];
  const lines = [`## ${v.emoji} ${v.title}: ${escapeMarkdown(verdictSentence(report), MAX_PROSE_CHARS)}`];
  if (mode === "advisory") lines.push("", "> **advisory**: this check does not block the merge.");
  return lines;
}
var MODEL_TABLE_HEADERS = ["Model", "Version", "Tier", "Decision", "Gates passed"];
var MODEL_TABLE_ALIGN = ["l", "l", "l", "l", "r"];
function linked(text2, url) {
  return url ? `[${text2}](${url})` : text2;
}
function modelRow(model, links) {
  const v = VERDICT[model.decision];
  const { passed, total } = gatesPassed(model);
  return [
    linked(escapeMarkdown(modelLabel(model)), links?.file(model.manifest)),
    escapeMarkdown(model.version),
    escapeMarkdown(model.risk_tier),
    `${v.emoji} ${v.title}`,
    `${passed}/${total}`
  ];
}
function ruleCode(rule) {
  return /^[a-z]+(\.[a-z]+)*$/.test(rule) ? `\`${rule}\`` : escapeMarkdown(rule);
}
function location(f, links) {
  if (!f.file) return "";
  return linked(`${escapeMarkdown(f.file, 200)}${f.line ? ` line ${f.line}` : ""}`, links?.file(f.file, f.line));
}
function typographic(text2) {
  return text2.replace(/>=/g, "\u2265").replace(/<=/g, "\u2264");
}
function findingItem(f, icon, links) {
  const subject = f.subject ? ` **${escapeMarkdown(f.subject)}**` : "";
  const lines = [`- ${icon} ${ruleCode(f.rule)}${subject}: ${escapeMarkdown(f.message, MAX_PROSE_CHARS)}`];
  const actual = formatActual(f.actual);
  const facts = [
    actual !== void 0 ? `actual **${escapeMarkdown(actual)}**` : "",
    f.expected ? `expected **${escapeMarkdown(typographic(f.expected), MAX_PROSE_CHARS)}**` : "",
    location(f, links)
  ].filter(Boolean);
  if (facts.length) lines.push(`  - ${facts.join(" \xB7 ")}`);
  if (f.fix) lines.push(`  - \u{1F4A1} ${escapeMarkdown(f.fix, MAX_PROSE_CHARS)}`);
  return lines;
}
function findingsBlock(title, icon, findings, links) {
  if (findings.length === 0) return [];
  return [`**${title} (${findings.length})**`, "", ...findings.flatMap((f) => findingItem(f, icon, links))];
}
function metricName(m) {
  return escapeMarkdown(m.slice ? `${m.name} [${m.slice}]` : m.name);
}
function metricChange(m) {
  if (m.baseline === void 0) return "new";
  const delta = m.delta ?? m.value - m.baseline;
  if (delta === 0) return "\xB10";
  const better = m.better === "higher" ? delta > 0 : delta < 0;
  return `${formatDelta(delta)} ${better ? "(better)" : "(worse)"}`;
}
function metricsBlock(model) {
  const metrics = model.metrics ?? [];
  if (metrics.length === 0) return [];
  const base = model.baseline;
  const against = base ? `against production${base.version ? ` ${escapeMarkdown(base.version)}` : ""}` : "(first release: no production baseline)";
  return [
    `**\u{1F4CA} Metrics ${against}**`,
    "",
    ...table(
      ["Metric", "Production", "This release", "Change"],
      ["l", "r", "r", "r"],
      metrics.map((m) => [
        metricName(m),
        m.baseline === void 0 ? "\u2014" : formatNumber(m.baseline),
        formatNumber(m.value),
        metricChange(m)
      ])
    )
  ];
}
function driftBlock(model, histograms) {
  const all = model.drift ?? [];
  if (all.length === 0) return [];
  const top = topDrifted(all, TOP_DRIFTED);
  const waived = new Set(
    model.findings.filter((f) => f.rule === "drift.feature" && f.status === "waived").map((f) => f.subject)
  );
  const lines = [
    `**\u{1F30A} Drift: ${escapeMarkdown(driftHeadline(model.drift_summary, all, top.length), MAX_PROSE_CHARS)}**`,
    "",
    ...table(
      ["Feature", "Method", "Score", "Drift when", "Drifted"],
      ["l", "l", "r", "r", "l"],
      top.map((f) => [
        escapeMarkdown(f.name),
        escapeMarkdown(f.method),
        formatNumber(f.score),
        driftCondition(f),
        f.drifted ? waived.has(f.name) ? "\u{1F534} yes (waived)" : "\u{1F534} yes" : "no"
      ])
    )
  ];
  const withHistogram = top.filter((f) => f.histogram);
  if (histograms && withHistogram.length > 0) {
    const body = withHistogram.flatMap((f, i) => [...i > 0 ? [""] : [], ...featureHistogram(f)]);
    lines.push("", "Reference vs current share per bin (\u2588 is the largest share of the feature):", "", codeBlock(body));
  }
  return lines;
}
function driftHeadline(summary, all, shown3) {
  const listed = summary?.features ?? all.length;
  const cut = shown3 < listed ? `; the ${shown3} most drifted of ${listed} shown` : "";
  if (!summary || summary.counted_from === "features") {
    const drifted = summary?.drifted ?? all.filter((f) => f.drifted).length;
    return `${drifted} of ${plural2(summary?.total ?? listed, "feature")} drifted${cut}`;
  }
  return `${summary.drifted} of ${plural2(summary.total, "column")} drifted, counted from the report's ${summary.counted_from}; ${plural2(listed, "column")} listed${cut}`;
}
function waiversBlock(model) {
  const waivers = waiversInForce(model);
  if (waivers.length === 0) return [];
  return [
    `**\u{1F4DD} Waivers in force (${waivers.length})**`,
    "",
    ...waivers.flatMap(({ rule, subject, waiver: w }) => [
      `- ${rule ? ruleCode(rule) : ""}${subject ? ` **${escapeMarkdown(subject)}**` : ""}: ${escapeMarkdown(w.ticket)}, approved by ${escapeMarkdown(w.approved_by)}${w.approval_verified ? "" : " (approval not verified)"}, expires ${escapeMarkdown(w.expires)} (${daysLeftText(w.days_left)})`,
      `  - ${escapeMarkdown(w.reason, MAX_PROSE_CHARS)}`
    ])
  ];
}
function notesBlock(model) {
  const notes = model.notes ?? [];
  if (notes.length === 0) return [];
  return [
    `<details><summary>\u2139\uFE0F ${plural2(notes.length, "note")} on how the evidence was read</summary>`,
    "",
    ...notes.map(
      (n) => `- ${n.baseline ? "production baseline " : ""}${escapeMarkdown(n.source, 200)}: ${escapeMarkdown(n.message, MAX_PROSE_CHARS)}`
    ),
    "",
    "</details>"
  ];
}
function pullRequestBlock(report, links) {
  const findings = (report.findings ?? []).filter((f) => f.status !== "pass");
  if (findings.length === 0) return [];
  return [
    "",
    ...findingsBlock(
      "\u{1F512} Pull request",
      "\u274C",
      findings.filter((f) => f.status === "fail"),
      links
    ),
    ...findingsBlock(
      "\u{1F512} Pull request",
      "\u26A0\uFE0F",
      findings.filter((f) => f.status === "warn"),
      links
    )
  ];
}
function scorecardLine(model) {
  const entries = Object.entries(model.scorecard ?? {}).sort(([a], [b]) => a < b ? -1 : 1);
  if (entries.length === 0) return "";
  return `Scorecard: ${entries.map(([family, s]) => `${escapeMarkdown(family)} ${s.passed}/${s.total}`).join(" \xB7 ")}`;
}
function modelSection(model, detail, links) {
  const blocked = model.decision === "blocked";
  if (!blocked && !detail.passingDetails) return void 0;
  const extras = !blocked || detail.blockedExtras;
  const v = VERDICT[model.decision];
  const failing = findingsOf(model, "fail");
  const summaryFacts = blocked ? plural2(failing.length, "failing gate") : v.word;
  const title = [modelLabel(model), model.version].filter(Boolean).map((t) => escapeHtml(t));
  const summary = `${v.emoji} <b>${title.join(" ")}</b> (${escapeHtml(model.risk_tier)}): ${summaryFacts}`;
  const base = model.baseline;
  const context = `Manifest ${linked(escapeMarkdown(model.manifest, 200), links?.file(model.manifest))} \xB7 tier ${escapeMarkdown(model.risk_tier)} \xB7 ` + (base ? `production ${escapeMarkdown(base.version ?? "version unknown")}` + (base.manifest !== model.manifest ? ` (${escapeMarkdown(base.manifest, 200)})` : "") : model.findings.some((f) => f.rule === "evidence.missing" && f.subject === "baseline") ? "production baseline unreadable" : "first release");
  const scorecard2 = scorecardLine(model);
  const approvals2 = model.findings.filter((f) => (f.rule === "approvals.required" || f.rule === "release.risk_tier_lowered") && f.status === "pass").map(
    (f) => `\u2705 ${f.rule === "approvals.required" ? "Approvals" : "Risk tier"}: ${escapeMarkdown(f.message, MAX_PROSE_CHARS)}`
  );
  const blocks = [
    [context, ...scorecard2 ? ["", scorecard2] : [], ...approvals2.length ? ["", ...approvals2] : []],
    findingsBlock("\u274C Failing gates", "\u274C", failing, links),
    extras ? findingsBlock("\u26A0\uFE0F Warnings", "\u26A0\uFE0F", findingsOf(model, "warn"), links) : [],
    extras ? metricsBlock(model) : [],
    extras ? driftBlock(model, detail.histograms) : [],
    waiversBlock(model),
    extras ? notesBlock(model) : []
  ].filter((b) => b.length > 0);
  return [
    `<details${blocked ? " open" : ""}>`,
    `<summary>${summary}</summary>`,
    "",
    blocks.map((b) => b.join("\n")).join("\n\n"),
    "",
    "</details>"
  ].join("\n");
}
function safeUrl(url) {
  return url && /^https:\/\/[^\s()<>"'`\\]+$/.test(url) ? url : void 0;
}
function footer(report, jobSummaryUrl, links) {
  const p = report.policy;
  const policy = p.builtin ? "Built-in default policy" : `Policy ${escapeMarkdown(p.source, 200)}`;
  const ref = p.ref ? ` at commit ${escapeMarkdown(shortRef(p.ref))}` : "";
  const sha = shortSha256(p.sha256) ? ` (sha256 ${shortSha256(p.sha256)})` : "";
  const url = safeUrl(jobSummaryUrl);
  const summary = url ? ` \xB7 [job summary](${url})` : links?.run ? ` \xB7 [workflow run](${links.run})` : "";
  return `---
<sub>${policy}${ref}${sha} \xB7 evaluated at ${escapeMarkdown(report.evaluated_at)}${summary}</sub>`;
}
function byUrgency(models) {
  const rank = { blocked: 0, conditional: 1, go: 2 };
  return [...models].sort((a, b) => rank[a.decision] - rank[b.decision]);
}
function parts(report, detail, mode, url, links) {
  const models = byUrgency(report.models);
  const head = [...verdictLines(report, mode), ...pullRequestBlock(report, links)];
  const end = footer(report, url, links);
  if (models.length === 0) return { head, tableHeader: [], tableRows: [], sections: [], footer: end };
  const [header, separator, ...rows] = table(
    MODEL_TABLE_HEADERS,
    MODEL_TABLE_ALIGN,
    models.map((m) => modelRow(m, links))
  );
  return {
    head,
    tableHeader: [header, separator],
    tableRows: rows,
    sections: models.map((m) => modelSection(m, detail, links)).filter((s) => s !== void 0),
    footer: end
  };
}
function join2(head, tableLines, sections, note, end) {
  const blocks = [head.join("\n"), tableLines.join("\n"), ...sections, note ?? "", end].filter(Boolean);
  return blocks.join("\n\n") + "\n";
}
function shortenedNote(left, where2) {
  return `> \u2702\uFE0F Shortened to fit GitHub's size limit: ${left.join("; ")} left out. The full report is in ${where2}.`;
}
function fit(report, mode, prefix, limit, measure, url, where2, links) {
  const leftOut = (level) => [
    level >= 1 ? "drift histograms" : "",
    level >= 2 ? "details of models that pass" : "",
    level >= 3 ? "warnings, metrics, drift and evidence notes of blocked models" : ""
  ].filter(Boolean);
  const fits = (s) => measure(prefix + s) <= limit;
  let p;
  for (let level = 0; level < DETAIL_LEVELS.length; level++) {
    p = parts(report, DETAIL_LEVELS[level], mode, url, links);
    const note2 = level > 0 ? shortenedNote(leftOut(level), where2) : void 0;
    const doc2 = join2(p.head, [...p.tableHeader, ...p.tableRows], p.sections, note2, p.footer);
    if (fits(doc2)) return prefix + doc2;
  }
  const last = leftOut(DETAIL_LEVELS.length - 1);
  const noteFor = (rowsLeft, sectionsLeft) => shortenedNote(
    [
      ...last,
      sectionsLeft ? `${plural2(sectionsLeft, "model section")}` : "",
      rowsLeft ? `${plural2(rowsLeft, "row")} of the models table` : ""
    ].filter(Boolean),
    where2
  );
  const widest = noteFor(p.tableRows.length, p.sections.length);
  let used = measure(prefix + join2(p.head, p.tableHeader, [], widest, p.footer));
  const rows = [];
  for (const row of p.tableRows) {
    const size2 = measure(row) + 1;
    if (used + size2 > limit) break;
    rows.push(row);
    used += size2;
  }
  const sections = [];
  if (rows.length === p.tableRows.length) {
    for (const section of p.sections) {
      const size2 = measure(section) + 2;
      if (used + size2 > limit) break;
      sections.push(section);
      used += size2;
    }
  }
  const tableLines = rows.length > 0 ? [...p.tableHeader, ...rows] : [];
  const note = noteFor(p.tableRows.length - rows.length, p.sections.length - sections.length);
  const doc = prefix + join2(p.head, tableLines, sections, note, p.footer);
  if (measure(doc) > limit)
    throw new RangeError(`a limit of ${limit} is too small for even the verdict of this report`);
  return doc;
}
function checkMarker(marker) {
  if (!/^<!--[^\n<>]*-->$/.test(marker) || marker.slice(4, -3).includes("--")) {
    throw new TypeError(
      `renderMarkdown: the marker must be one HTML comment like "<!-- name:id -->", got ${JSON.stringify(marker)}`
    );
  }
}
function renderMarkdown(report, options) {
  checkMarker(options.marker);
  const url = safeUrl(options.jobSummaryUrl);
  const where2 = url ? `the [job summary](${url})` : "this workflow run's job summary";
  return fit(
    report,
    options.mode ?? "enforce",
    options.marker + "\n",
    options.maxLength ?? COMMENT_MAX_LENGTH,
    (s) => s.length,
    url,
    where2,
    makeLinker(report, options.links)
  );
}

// src/verify.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { createHash as createHash6 } from "node:crypto";
var VerifyError = class extends Error {
};
var MAX_RECORD_BYTES = 64 * 1024 * 1024;
var MAX_HASHED_BYTES = 2 * 1024 * 1024 * 1024 - 1;
var SHA256 = /^[0-9a-f]{64}$/;
var DECISIONS = ["go", "conditional", "blocked"];
var shown = (path) => JSON.stringify(path).slice(1, -1);
var isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function loadRecordFile(file) {
  let text2;
  try {
    const size2 = statSync2(file).size;
    if (size2 > MAX_RECORD_BYTES) throw new VerifyError(`${file} is ${size2} bytes: not a decision record`);
    text2 = readFileSync2(file, "utf8");
  } catch (e) {
    if (e instanceof VerifyError) throw e;
    throw new VerifyError(`${file} cannot be read: ${e.message}`);
  }
  let data;
  try {
    data = JSON.parse(text2);
  } catch (e) {
    const lines = jsonLines(text2);
    if (!lines) throw new VerifyError(`${file} is not JSON: ${e.message}`);
    return fromJsonLines(lines, file);
  }
  return parseRecordDocument(data, file);
}
function jsonLines(text2) {
  const lines = text2.split("\n").filter((l) => l.trim() !== "");
  if (lines.length < 2) return null;
  try {
    return lines.map((l) => JSON.parse(l));
  } catch {
    return null;
  }
}
function fromJsonLines(lines, file) {
  const ours = [];
  lines.forEach((line, i) => {
    try {
      ours.push(parseRecordDocument(line, `${file} line ${i + 1}`));
    } catch (e) {
      if (!(e instanceof VerifyError) || !/predicateType is/.test(e.message)) throw e;
    }
  });
  if (ours.length === 1) return ours[0];
  throw new VerifyError(
    ours.length === 0 ? `${file} holds ${lines.length} JSON lines and none is a model-release-gate decision` : `${file} holds ${ours.length} decision records; pass one of them (one line) to verify`
  );
}
function parseRecordDocument(data, file) {
  if (!isObject3(data))
    throw new VerifyError(`${file} is not a decision record, an in-toto statement or a Sigstore bundle`);
  if (typeof data.mediaType === "string" && data.mediaType.startsWith("application/vnd.dev.sigstore.bundle")) {
    const envelope = data.dsseEnvelope;
    if (!isObject3(envelope) || typeof envelope.payload !== "string")
      throw new VerifyError(`${file}: the Sigstore bundle has no dsseEnvelope.payload`);
    let statement;
    try {
      statement = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
    } catch {
      throw new VerifyError(`${file}: the Sigstore bundle's payload is not a JSON statement`);
    }
    return { ...parseStatement(statement, `${file} (bundle payload)`), kind: "bundle" };
  }
  if ("_type" in data) return parseStatement(data, file);
  const record = parseRecord(data, file, "the record");
  return { record, kind: "record", subjects: [] };
}
function parseStatement(data, file) {
  if (!isObject3(data)) throw new VerifyError(`${file}: the statement is not a JSON object`);
  if (data._type !== STATEMENT_TYPE)
    throw new VerifyError(`${file}: _type is ${JSON.stringify(data._type)}; verify reads ${STATEMENT_TYPE}`);
  if (data.predicateType !== PREDICATE_TYPE)
    throw new VerifyError(
      `${file}: predicateType is ${JSON.stringify(data.predicateType)}, not a model-release-gate decision (${PREDICATE_TYPE})`
    );
  if (!Array.isArray(data.subject) || data.subject.length === 0)
    throw new VerifyError(`${file}: the statement has no subject`);
  const subjects = data.subject.map((s, i) => {
    const digest = isObject3(s) && isObject3(s.digest) ? s.digest.sha256 : void 0;
    if (!isObject3(s) || typeof s.name !== "string" || typeof digest !== "string" || !SHA256.test(digest))
      throw new VerifyError(`${file}: subject[${i}] needs a name and a digest.sha256 of 64 hex digits`);
    return { name: s.name, digest: { sha256: digest } };
  });
  const record = parseRecord(data.predicate, file, "predicate");
  const known = new Set(record.inputs.filter((i) => i.source !== "baseline").map((i) => `${i.path}\0${i.sha256}`));
  if (!record.policy.builtin) known.add(`${record.policy.source}\0${record.policy.sha256}`);
  for (const s of subjects)
    if (!known.has(`${s.name}\0${s.digest.sha256}`))
      throw new VerifyError(`${file}: subject ${JSON.stringify(s.name)} is not among the predicate's inputs`);
  return { record, kind: "statement", subjects };
}
function parseRecord(data, file, where2) {
  const bad = (field, what) => new VerifyError(`${file}: ${where2}.${field} ${what}`);
  if (!isObject3(data)) throw new VerifyError(`${file}: ${where2} is not a JSON object`);
  if (data.schema !== "model-release-gate/report/v1")
    throw bad("schema", `is ${JSON.stringify(data.schema)}, not model-release-gate/report/v1`);
  if (!DECISIONS.includes(data.decision)) throw bad("decision", "is not go, conditional or blocked");
  if (typeof data.evaluated_at !== "string" || Number.isNaN(Date.parse(data.evaluated_at)))
    throw bad("evaluated_at", "is not a date and time");
  const policy = data.policy;
  if (!isObject3(policy) || typeof policy.source !== "string" || typeof policy.builtin !== "boolean")
    throw bad("policy", "needs source and builtin");
  if (!policy.builtin && (typeof policy.sha256 !== "string" || !SHA256.test(policy.sha256)))
    throw bad("policy.sha256", "is not 64 hex digits");
  if (!Array.isArray(data.inputs)) throw bad("inputs", "is not a list");
  data.inputs.forEach((i, n) => {
    if (!isObject3(i) || typeof i.path !== "string") throw bad(`inputs[${n}].path`, "is missing");
    if (typeof i.sha256 !== "string" || !SHA256.test(i.sha256))
      throw bad(`inputs[${n}].sha256`, "is not 64 hex digits");
    if (i.source !== void 0 && i.source !== "baseline") throw bad(`inputs[${n}].source`, "is not 'baseline'");
  });
  if (!Array.isArray(data.models)) throw bad("models", "is not a list");
  data.models.forEach((m, n) => {
    if (!isObject3(m) || typeof m.manifest !== "string") throw bad(`models[${n}].manifest`, "is missing");
    if (!DECISIONS.includes(m.decision)) throw bad(`models[${n}].decision`, "is not a decision");
    if (!Array.isArray(m.findings) || !m.findings.every(isFinding))
      throw bad(`models[${n}].findings`, "is not a list of findings (rule, status)");
  });
  if (data.findings !== void 0 && (!Array.isArray(data.findings) || !data.findings.every(isFinding)))
    throw bad("findings", "is not a list of findings (rule, status)");
  return data;
}
function isFinding(f) {
  return isObject3(f) && typeof f.rule === "string" && typeof f.status === "string";
}
function safePath(path) {
  const norm = normaliseRepoPath(path);
  if (!norm.ok) throw new VerifyError(`refused: the record names ${JSON.stringify(path)}: ${norm.message}`);
  if (norm.path !== path || path === "")
    throw new VerifyError(
      `refused: the record names ${JSON.stringify(path)}, which is not a canonical repository path (${JSON.stringify(norm.path)})`
    );
  return norm.path;
}
async function hashIn(dir, path) {
  const read = await new LocalFileSource(dir, MAX_HASHED_BYTES, dir).read(safePath(path));
  if (read.ok) return { sha256: createHash6("sha256").update(read.bytes).digest("hex") };
  switch (read.reason) {
    case "missing":
      return { status: "vanished", note: "it no longer exists" };
    case "not-a-file":
      return { status: "changed", note: "it is no longer a regular file" };
    case "outside":
      throw new VerifyError(`refused: ${shown(path)} ${read.message.replace(/^'[^']*' /, "")} (in ${dir})`);
    default:
      throw new VerifyError(`${shown(path)} cannot be hashed: ${read.message}`);
  }
}
function policyFromBase(record) {
  return typeof record.context?.base_sha === "string";
}
async function verifyFiles(record, subjects, options) {
  const wanted = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (path, role, sha2563) => {
    const key = `${role}\0${path}\0${sha2563}`;
    if (!seen.has(key)) wanted.push({ path, role, sha256: sha2563 });
    seen.add(key);
  };
  for (const i of record.inputs) add(i.path, i.source === "baseline" ? "baseline" : "release", i.sha256);
  for (const s of subjects)
    if (!(s.name === record.policy.source && !record.policy.builtin)) add(s.name, "release", s.digest.sha256);
  if (!record.policy.builtin) add(record.policy.source, "policy", record.policy.sha256);
  for (const w of wanted) safePath(w.path);
  const checks = [];
  for (const w of wanted) {
    const dir = w.role === "release" || w.role === "policy" && !policyFromBase(record) ? options.repo : options.baselineDir;
    if (!dir) {
      checks.push({
        path: w.path,
        role: w.role,
        status: "not-checked",
        expected: w.sha256,
        note: w.role === "policy" ? "read from the base commit; pass --baseline-dir with a checkout of it" : "a baseline file; pass --baseline-dir"
      });
      continue;
    }
    const got = await hashIn(dir, w.path);
    if ("sha256" in got)
      checks.push({
        path: w.path,
        role: w.role,
        status: got.sha256 === w.sha256 ? "match" : "changed",
        expected: w.sha256,
        actual: got.sha256
      });
    else checks.push({ path: w.path, role: w.role, status: got.status, expected: w.sha256, note: got.note });
  }
  return checks;
}
var REVIEW_STATES = ["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED"];
function recordedReviews(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r) => isObject3(r) && typeof r.user === "string" && REVIEW_STATES.includes(r.state) && typeof r.commit === "string"
  );
}
function recordedTeams(value) {
  const out = {};
  if (!isObject3(value)) return out;
  for (const [team, members] of Object.entries(value)) {
    if (Array.isArray(members) && members.every((m) => typeof m === "string")) out[team] = members;
    else if (isObject3(members) && typeof members.error === "string") out[team] = { error: members.error };
  }
  return out;
}
var findingKey = (f) => `${f.rule} ${f.subject ?? ""}: ${f.status}`;
async function reevaluate(record, options) {
  const manifests = record.models.map((m) => safePath(m.manifest));
  const hasBaseline = record.inputs.some((i) => i.source === "baseline");
  const needsBase = !record.policy.builtin && policyFromBase(record) || hasBaseline;
  if (needsBase && !options.baselineDir)
    throw new VerifyError(
      "--reevaluate needs the files the record was compared with (the baselines, and on a pull request the policy): pass --baseline-dir"
    );
  const repo = new LocalFileSource(options.repo);
  const base = options.baselineDir ? new LocalFileSource(options.baselineDir, void 0, "baseline folder") : null;
  const ctx = record.context ?? {};
  const str = (v) => typeof v === "string" ? v : "";
  let pullRequest;
  let mergeGroup;
  if (typeof ctx.pull_request === "number")
    pullRequest = {
      number: ctx.pull_request,
      author: str(ctx.author),
      baseSha: str(ctx.base_sha),
      headSha: str(ctx.head_sha),
      changedFiles: manifests,
      reviews: recordedReviews(ctx.reviews),
      teams: recordedTeams(ctx.teams)
    };
  else if (ctx.event === "merge_group")
    mergeGroup = {
      baseSha: str(ctx.base_sha),
      headSha: str(ctx.head_sha),
      headRef: str(ctx.merge_group),
      changedFiles: manifests
    };
  const result = await checkRepository({
    policyPath: record.policy.builtin ? null : safePath(record.policy.source),
    policySource: policyFromBase(record) && base ? base : repo,
    head: repo,
    baseline: hasBaseline ? base : null,
    manifests,
    now: new Date(record.evaluated_at),
    pullRequest,
    mergeGroup,
    policyRef: record.policy.ref
  });
  if (!result.ok) throw new VerifyError(`--reevaluate: ${result.message}`);
  const again = result.report;
  const differences = [];
  const byManifest = new Map(again.models.map((m) => [m.manifest, m]));
  for (const before of record.models) {
    const after = byManifest.get(before.manifest);
    if (!after) {
      differences.push(`${before.manifest}: not evaluated again`);
      continue;
    }
    if (after.decision !== before.decision)
      differences.push(`${before.manifest}: recorded ${before.decision}, now ${after.decision}`);
    const was = new Set((before.findings ?? []).map(findingKey));
    const now = new Set(after.findings.map(findingKey));
    for (const k of was) if (!now.has(k)) differences.push(`${before.manifest}: recorded finding ${k} is gone`);
    for (const k of now) if (!was.has(k)) differences.push(`${before.manifest}: new finding ${k}`);
  }
  const decision = worst([...again.models.map((m) => m.decision), decide(record.findings ?? [])]);
  if (decision !== record.decision) differences.unshift(`decision: recorded ${record.decision}, now ${decision}`);
  return { decision, differences };
}

// src/cli.ts
var USAGE = `model-release-gate: a governance gate for machine-learning model releases

Usage:
  model-release-gate check [--policy FILE] [--baseline-dir DIR] [--now YYYY-MM-DD]
                           [--format text|markdown|json|attestation] [--output FILE] [--repo DIR]
                           [--max-file-mb N] [MANIFEST ...]
  model-release-gate drift --reference FILE --current FILE [--method auto|${COMPUTABLE_METHOD_IDS.join("|")}]
                           [--threshold N] [--drift-share N] [--type-inference evidently-0.7|legacy]
                           [--format text|json] [--output FILE]
  model-release-gate verify RECORD [--repo DIR] [--baseline-dir DIR] [--reevaluate]

check   judges model releases against the policy. Without MANIFEST it evaluates every manifest
        the policy's globs find under --repo (default: the current folder). Without --policy it uses
        ${DEFAULT_POLICY_PATH} when present, else the built-in default policy (and says so).
drift   compares two samples (CSV, JSON lines or a JSON array) column by column and prints a drift
        report in the generic form, which a manifest's drift.report can point to. Column types and
        methods follow Evidently 0.7; --type-inference legacy keeps the earlier typing (any
        all-number column numeric). A p-value method's --threshold lies in (0, 1].
verify  re-hashes every file a decision record (check --format json, the action's report), its
        in-toto statement (--format attestation) or a Sigstore bundle of one names, in --repo (and the
        baselines in --baseline-dir); --reevaluate also evaluates again and compares. Exit 0 all
        match, 1 a file changed or vanished (or the decision differs), 2 verify could not run.

Exit codes: 0 go or conditional, 1 blocked, 2 the gate could not run.`;
var UsageError = class extends Error {
};
function defaultIo() {
  const env = process.env;
  const color = env.FORCE_COLOR ? env.FORCE_COLOR !== "0" : !env.NO_COLOR && Boolean(process.stdout.isTTY) && env.TERM !== "dumb";
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    color,
    today: /* @__PURE__ */ new Date()
  };
}
function parseNow(text2, io) {
  if (text2 === void 0) return io.today;
  const d = parseDay(text2);
  if (!d) throw new UsageError(`--now '${text2}' is not a date; write it as YYYY-MM-DD`);
  return d;
}
function parseFormat(value, allowed2, fallback) {
  if (value === void 0) return fallback;
  if (!allowed2.includes(value))
    throw new UsageError(`--format '${value}' is not one of ${allowed2.join(", ")}`);
  return value;
}
function parsePositive(name, value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} '${value}' must be a positive number`);
  return n;
}
function toRepoPath(repoRoot, cwd, p) {
  const abs = resolve(cwd, p);
  let rel = relative2(repoRoot, abs);
  try {
    rel = relative2(realpathSync2(repoRoot), realpathSync2(abs));
  } catch {
  }
  if (rel === "" || rel.startsWith(".." + sep2) || rel === ".." || resolve(rel) === rel)
    throw new UsageError(`${p} is not inside the repository ${repoRoot}; pass --repo to name the repository's folder`);
  return rel.split(sep2).join("/");
}
function manifestPath(repoRoot, cwd, p) {
  const rel = toRepoPath(repoRoot, cwd, p);
  const abs = resolve(repoRoot, rel);
  if (!existsSync(abs)) throw new UsageError(`${p}: no such manifest file`);
  if (statSync3(abs).isDirectory())
    throw new UsageError(
      `${p} is a folder; name its manifest file (model-release.yml), or give no MANIFEST to check every manifest the policy's globs find`
    );
  return rel;
}
async function writeOutput(io, output, text2, inputs) {
  if (!output) {
    io.stdout(text2);
    return;
  }
  const target = resolve(io.cwd, output);
  if (inputs.some((i) => resolve(i) === target))
    throw new UsageError(`--output ${output} is one of the gate's input files; choose another path`);
  await fs.writeFile(target, text2);
}
function parseCommand(command, argv, options) {
  const all = { ...options, help: { type: "boolean", short: "h" } };
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: all });
  } catch (e) {
    const err = e;
    const unknown = /Unknown option '([^']+)'/.exec(err.message)?.[1];
    if (err.code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION" || unknown === void 0) throw e;
    const known = Object.keys(all).map((o) => `--${o}`);
    const near2 = nearest2(unknown.replace(/=.*$/, ""), known);
    throw new UsageError(
      `unknown option '${unknown}' for ${command}; ` + (near2 ? `did you mean ${near2}?` : `its options are ${known.join(", ")}`)
    );
  }
}
function nearest2(typed, known) {
  const bare = typed.replace(/^-+/, "").toLowerCase();
  let best;
  for (const option of known) {
    const name = option.slice(2);
    const distance = name.startsWith(bare) && bare.length >= 2 ? 0 : editDistance2(bare, name);
    if (!best || distance < best.distance) best = { option, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor((best.option.length - 2) / 3)) ? best.option : void 0;
}
function editDistance2(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
async function check(argv, io) {
  const { values, positionals } = parseCommand("check", argv, {
    policy: { type: "string" },
    "baseline-dir": { type: "string" },
    now: { type: "string" },
    format: { type: "string" },
    output: { type: "string", short: "o" },
    repo: { type: "string" },
    "max-file-mb": { type: "string" }
  });
  if (values.help) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  const format = parseFormat(values.format, ["text", "markdown", "json", "attestation"], "text");
  const now = parseNow(values.now, io);
  const repoRoot = resolve(io.cwd, values.repo ?? ".");
  if (!existsSync(repoRoot)) throw new UsageError(`--repo ${values.repo}: no such folder`);
  const maxMb = parsePositive("--max-file-mb", values["max-file-mb"]);
  const maxBytes = maxMb !== void 0 ? Math.round(maxMb * 1024 * 1024) : DEFAULT_MAX_FILE_BYTES;
  const head = new LocalFileSource(repoRoot, maxBytes);
  let policyPath;
  let policyOptional = false;
  if (values.policy !== void 0) policyPath = toRepoPath(repoRoot, io.cwd, values.policy);
  else {
    policyPath = DEFAULT_POLICY_PATH;
    policyOptional = true;
  }
  let baseline = null;
  if (values["baseline-dir"] !== void 0) {
    const dir = resolve(io.cwd, values["baseline-dir"]);
    if (!existsSync(dir)) throw new UsageError(`--baseline-dir ${values["baseline-dir"]}: no such folder`);
    baseline = new LocalFileSource(dir, maxBytes, `baseline folder ${values["baseline-dir"]}`);
  }
  const manifests = positionals.length > 0 ? positionals.map((p) => manifestPath(repoRoot, io.cwd, p)) : void 0;
  const result = await checkRepository({
    policyPath,
    policyOptional,
    policySource: head,
    head,
    baseline,
    manifests,
    now,
    maxFileBytes: maxMb !== void 0 ? maxBytes : void 0
  });
  if (!result.ok) {
    io.stderr(`model-release-gate: ${result.message}
`);
    if (result.errors.length > 0) io.stderr(formatPolicyErrors(result.errors) + "\n");
    return 2;
  }
  const { report } = result;
  const text2 = format === "json" ? renderJson(report) : format === "attestation" ? renderAttestationOrRefuse(report) : format === "markdown" ? renderMarkdown(report, { marker: "<!-- model-release-gate:cli -->" }) : renderText(report, { color: io.color && !values.output });
  const inputs = [
    ...report.inputs.map((i) => resolve(repoRoot, i.path)),
    ...policyPath ? [resolve(repoRoot, policyPath)] : []
  ];
  await writeOutput(io, values.output, text2, inputs);
  return report.decision === "blocked" ? 1 : 0;
}
function renderAttestationOrRefuse(report) {
  if (subjectsOf(report).length === 0)
    throw new UsageError(
      "--format attestation: no file was evaluated (no release and the built-in policy), so there is nothing to attest"
    );
  return renderAttestation(report);
}
var STATUS_WORD = {
  match: "ok",
  changed: "CHANGED",
  vanished: "VANISHED",
  "not-checked": "not checked"
};
var shown2 = (path) => JSON.stringify(path).slice(1, -1);
async function verifyCommand(argv, io) {
  const { values, positionals } = parseCommand("verify", argv, {
    repo: { type: "string" },
    "baseline-dir": { type: "string" },
    reevaluate: { type: "boolean" }
  });
  if (values.help) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError("verify takes one file: a decision record, its in-toto statement or a Sigstore bundle");
  const folder = (flag, value) => {
    const dir = resolve(io.cwd, value);
    if (!existsSync(dir)) throw new UsageError(`${flag} ${value}: no such folder`);
    return dir;
  };
  const repo = folder("--repo", values.repo ?? ".");
  const baselineDir = values["baseline-dir"] !== void 0 ? folder("--baseline-dir", values["baseline-dir"]) : void 0;
  try {
    const { record, kind, subjects } = loadRecordFile(resolve(io.cwd, positionals[0]));
    const checks = await verifyFiles(record, subjects, { repo, baselineDir });
    const lines = checks.map((c) => {
      const role = c.role === "release" ? "" : ` (${c.role})`;
      const detail = c.status === "changed" && c.actual ? `: recorded sha256 ${c.expected}, now ${c.actual}` : c.note ? `: ${c.note}` : "";
      return `  ${STATUS_WORD[c.status].padEnd(11)} ${shown2(c.path)}${role}${detail}`;
    });
    const bad = checks.filter((c) => c.status === "changed" || c.status === "vanished");
    const unchecked = checks.filter((c) => c.status === "not-checked").length;
    io.stdout(
      `${positionals[0]}: ${kind === "record" ? "decision record" : kind === "statement" ? "in-toto statement" : "Sigstore bundle (signature not checked here: use gh attestation verify)"}, ${record.decision}, evaluated ${record.evaluated_at}
${lines.join("\n")}
`
    );
    let differs = false;
    if (values.reevaluate) {
      const again = await reevaluate(record, { repo, baselineDir });
      differs = again.differences.length > 0;
      io.stdout(
        differs ? `Evaluated again: ${again.decision}, which differs from the record:
${again.differences.map((d) => `  ${d}`).join("\n")}
` : `Evaluated again: ${again.decision}, as recorded.
`
      );
    }
    const summary = bad.length > 0 ? `${bad.length} of ${checks.length} file(s) changed or vanished: ${bad.map((c) => shown2(c.path) + (c.role === "release" ? "" : ` (${c.role})`)).join(", ")}` : `all ${checks.length - unchecked} file(s) checked match${unchecked > 0 ? ` (${unchecked} not checked)` : ""}`;
    io.stdout(`${summary}
`);
    return bad.length > 0 || differs ? 1 : 0;
  } catch (e) {
    if (e instanceof VerifyError) {
      io.stderr(`model-release-gate verify: ${e.message}
`);
      return 2;
    }
    throw e;
  }
}
async function drift(argv, io) {
  const { values, positionals } = parseCommand("drift", argv, {
    reference: { type: "string" },
    current: { type: "string" },
    method: { type: "string" },
    threshold: { type: "string" },
    "drift-share": { type: "string" },
    "type-inference": { type: "string" },
    format: { type: "string" },
    output: { type: "string", short: "o" }
  });
  if (values.help) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`drift takes no positional arguments (got ${positionals.join(" ")})`);
  if (!values.reference || !values.current) throw new UsageError("drift needs --reference FILE and --current FILE");
  const method = values.method ?? "auto";
  if (method !== "auto" && !COMPUTABLE_METHOD_IDS.includes(method))
    throw new UsageError(
      `--method '${method}' is not one the gate computes; use auto or one of ${COMPUTABLE_METHOD_IDS.join(", ")}`
    );
  const format = parseFormat(values.format, ["text", "json"], "json");
  const threshold = parsePositive("--threshold", values.threshold);
  if (threshold !== void 0 && method !== "auto") {
    const why = thresholdProblem(resolveMethod(method), threshold);
    if (why) throw new UsageError(`--threshold ${values.threshold}: ${why}`);
  }
  const share = parsePositive("--drift-share", values["drift-share"]);
  const refPath = resolve(io.cwd, values.reference);
  const curPath = resolve(io.cwd, values.current);
  const [reference, current] = await Promise.all([readSamples(refPath), readSamples(curPath)]);
  const typeInference = values["type-inference"] ?? "evidently-0.7";
  if (!TYPE_INFERENCES.includes(typeInference))
    throw new UsageError(`--type-inference '${typeInference}' must be one of ${TYPE_INFERENCES.join(", ")}`);
  const evidence = computeDrift(reference, current, {
    method,
    thresholds: threshold,
    datasetShare: share,
    typeInference
  });
  const text2 = format === "json" ? JSON.stringify(toGenericReport(evidence), null, 2) + "\n" : renderDriftText(evidence, { color: io.color && !values.output });
  await writeOutput(io, values.output, text2, [refPath, curPath]);
  return 0;
}
async function runCli(argv, io = defaultIo()) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await check(rest, io);
      case "drift":
        return await drift(rest, io);
      case "verify":
        return await verifyCommand(rest, io);
      case void 0:
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE + "\n");
        return command === void 0 ? 2 : 0;
      case "--version":
      case "-v":
        io.stdout(`${version()}
`);
        return 0;
      default:
        throw new UsageError(`unknown command '${command}'; use check, drift or verify (see --help)`);
    }
  } catch (e) {
    const err = e;
    if (e instanceof UsageError || err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || err.code?.startsWith("ERR_PARSE_ARGS"))
      io.stderr(`model-release-gate: ${err.message}
Run 'model-release-gate --help' for usage.
`);
    else io.stderr(`model-release-gate: ${err.message}
`);
    return 2;
  }
}
function version() {
  if (true) return "0.1.0";
  return JSON.parse(readFileSync3(new URL("../package.json", import.meta.url), "utf8")).version;
}
var invoked = process.argv[1] ? resolve(process.argv[1]) : "";
if (invoked.endsWith(`${sep2}cli.js`) || invoked.endsWith(`${sep2}model-release-gate`)) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
export {
  UsageError,
  runCli
};
