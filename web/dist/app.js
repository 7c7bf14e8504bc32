"use strict";
(() => {
  var __create = Object.create;
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __getProtoOf = Object.getPrototypeOf;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __commonJS = (cb, mod) => function __require() {
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

  // node_modules/events/events.js
  var require_events = __commonJS({
    "node_modules/events/events.js"(exports, module) {
      "use strict";
      var R = typeof Reflect === "object" ? Reflect : null;
      var ReflectApply = R && typeof R.apply === "function" ? R.apply : function ReflectApply2(target, receiver, args) {
        return Function.prototype.apply.call(target, receiver, args);
      };
      var ReflectOwnKeys;
      if (R && typeof R.ownKeys === "function") {
        ReflectOwnKeys = R.ownKeys;
      } else if (Object.getOwnPropertySymbols) {
        ReflectOwnKeys = function ReflectOwnKeys2(target) {
          return Object.getOwnPropertyNames(target).concat(Object.getOwnPropertySymbols(target));
        };
      } else {
        ReflectOwnKeys = function ReflectOwnKeys2(target) {
          return Object.getOwnPropertyNames(target);
        };
      }
      function ProcessEmitWarning(warning) {
        if (console && console.warn) console.warn(warning);
      }
      var NumberIsNaN = Number.isNaN || function NumberIsNaN2(value) {
        return value !== value;
      };
      function EventEmitter4() {
        EventEmitter4.init.call(this);
      }
      module.exports = EventEmitter4;
      module.exports.once = once;
      EventEmitter4.EventEmitter = EventEmitter4;
      EventEmitter4.prototype._events = void 0;
      EventEmitter4.prototype._eventsCount = 0;
      EventEmitter4.prototype._maxListeners = void 0;
      var defaultMaxListeners = 10;
      function checkListener(listener) {
        if (typeof listener !== "function") {
          throw new TypeError('The "listener" argument must be of type Function. Received type ' + typeof listener);
        }
      }
      Object.defineProperty(EventEmitter4, "defaultMaxListeners", {
        enumerable: true,
        get: function() {
          return defaultMaxListeners;
        },
        set: function(arg) {
          if (typeof arg !== "number" || arg < 0 || NumberIsNaN(arg)) {
            throw new RangeError('The value of "defaultMaxListeners" is out of range. It must be a non-negative number. Received ' + arg + ".");
          }
          defaultMaxListeners = arg;
        }
      });
      EventEmitter4.init = function() {
        if (this._events === void 0 || this._events === Object.getPrototypeOf(this)._events) {
          this._events = /* @__PURE__ */ Object.create(null);
          this._eventsCount = 0;
        }
        this._maxListeners = this._maxListeners || void 0;
      };
      EventEmitter4.prototype.setMaxListeners = function setMaxListeners(n) {
        if (typeof n !== "number" || n < 0 || NumberIsNaN(n)) {
          throw new RangeError('The value of "n" is out of range. It must be a non-negative number. Received ' + n + ".");
        }
        this._maxListeners = n;
        return this;
      };
      function _getMaxListeners(that) {
        if (that._maxListeners === void 0)
          return EventEmitter4.defaultMaxListeners;
        return that._maxListeners;
      }
      EventEmitter4.prototype.getMaxListeners = function getMaxListeners() {
        return _getMaxListeners(this);
      };
      EventEmitter4.prototype.emit = function emit(type) {
        var args = [];
        for (var i = 1; i < arguments.length; i++) args.push(arguments[i]);
        var doError = type === "error";
        var events = this._events;
        if (events !== void 0)
          doError = doError && events.error === void 0;
        else if (!doError)
          return false;
        if (doError) {
          var er;
          if (args.length > 0)
            er = args[0];
          if (er instanceof Error) {
            throw er;
          }
          var err = new Error("Unhandled error." + (er ? " (" + er.message + ")" : ""));
          err.context = er;
          throw err;
        }
        var handler = events[type];
        if (handler === void 0)
          return false;
        if (typeof handler === "function") {
          ReflectApply(handler, this, args);
        } else {
          var len = handler.length;
          var listeners = arrayClone(handler, len);
          for (var i = 0; i < len; ++i)
            ReflectApply(listeners[i], this, args);
        }
        return true;
      };
      function _addListener(target, type, listener, prepend) {
        var m;
        var events;
        var existing;
        checkListener(listener);
        events = target._events;
        if (events === void 0) {
          events = target._events = /* @__PURE__ */ Object.create(null);
          target._eventsCount = 0;
        } else {
          if (events.newListener !== void 0) {
            target.emit(
              "newListener",
              type,
              listener.listener ? listener.listener : listener
            );
            events = target._events;
          }
          existing = events[type];
        }
        if (existing === void 0) {
          existing = events[type] = listener;
          ++target._eventsCount;
        } else {
          if (typeof existing === "function") {
            existing = events[type] = prepend ? [listener, existing] : [existing, listener];
          } else if (prepend) {
            existing.unshift(listener);
          } else {
            existing.push(listener);
          }
          m = _getMaxListeners(target);
          if (m > 0 && existing.length > m && !existing.warned) {
            existing.warned = true;
            var w = new Error("Possible EventEmitter memory leak detected. " + existing.length + " " + String(type) + " listeners added. Use emitter.setMaxListeners() to increase limit");
            w.name = "MaxListenersExceededWarning";
            w.emitter = target;
            w.type = type;
            w.count = existing.length;
            ProcessEmitWarning(w);
          }
        }
        return target;
      }
      EventEmitter4.prototype.addListener = function addListener(type, listener) {
        return _addListener(this, type, listener, false);
      };
      EventEmitter4.prototype.on = EventEmitter4.prototype.addListener;
      EventEmitter4.prototype.prependListener = function prependListener(type, listener) {
        return _addListener(this, type, listener, true);
      };
      function onceWrapper() {
        if (!this.fired) {
          this.target.removeListener(this.type, this.wrapFn);
          this.fired = true;
          if (arguments.length === 0)
            return this.listener.call(this.target);
          return this.listener.apply(this.target, arguments);
        }
      }
      function _onceWrap(target, type, listener) {
        var state = { fired: false, wrapFn: void 0, target, type, listener };
        var wrapped = onceWrapper.bind(state);
        wrapped.listener = listener;
        state.wrapFn = wrapped;
        return wrapped;
      }
      EventEmitter4.prototype.once = function once2(type, listener) {
        checkListener(listener);
        this.on(type, _onceWrap(this, type, listener));
        return this;
      };
      EventEmitter4.prototype.prependOnceListener = function prependOnceListener(type, listener) {
        checkListener(listener);
        this.prependListener(type, _onceWrap(this, type, listener));
        return this;
      };
      EventEmitter4.prototype.removeListener = function removeListener(type, listener) {
        var list, events, position, i, originalListener;
        checkListener(listener);
        events = this._events;
        if (events === void 0)
          return this;
        list = events[type];
        if (list === void 0)
          return this;
        if (list === listener || list.listener === listener) {
          if (--this._eventsCount === 0)
            this._events = /* @__PURE__ */ Object.create(null);
          else {
            delete events[type];
            if (events.removeListener)
              this.emit("removeListener", type, list.listener || listener);
          }
        } else if (typeof list !== "function") {
          position = -1;
          for (i = list.length - 1; i >= 0; i--) {
            if (list[i] === listener || list[i].listener === listener) {
              originalListener = list[i].listener;
              position = i;
              break;
            }
          }
          if (position < 0)
            return this;
          if (position === 0)
            list.shift();
          else {
            spliceOne(list, position);
          }
          if (list.length === 1)
            events[type] = list[0];
          if (events.removeListener !== void 0)
            this.emit("removeListener", type, originalListener || listener);
        }
        return this;
      };
      EventEmitter4.prototype.off = EventEmitter4.prototype.removeListener;
      EventEmitter4.prototype.removeAllListeners = function removeAllListeners(type) {
        var listeners, events, i;
        events = this._events;
        if (events === void 0)
          return this;
        if (events.removeListener === void 0) {
          if (arguments.length === 0) {
            this._events = /* @__PURE__ */ Object.create(null);
            this._eventsCount = 0;
          } else if (events[type] !== void 0) {
            if (--this._eventsCount === 0)
              this._events = /* @__PURE__ */ Object.create(null);
            else
              delete events[type];
          }
          return this;
        }
        if (arguments.length === 0) {
          var keys = Object.keys(events);
          var key;
          for (i = 0; i < keys.length; ++i) {
            key = keys[i];
            if (key === "removeListener") continue;
            this.removeAllListeners(key);
          }
          this.removeAllListeners("removeListener");
          this._events = /* @__PURE__ */ Object.create(null);
          this._eventsCount = 0;
          return this;
        }
        listeners = events[type];
        if (typeof listeners === "function") {
          this.removeListener(type, listeners);
        } else if (listeners !== void 0) {
          for (i = listeners.length - 1; i >= 0; i--) {
            this.removeListener(type, listeners[i]);
          }
        }
        return this;
      };
      function _listeners(target, type, unwrap) {
        var events = target._events;
        if (events === void 0)
          return [];
        var evlistener = events[type];
        if (evlistener === void 0)
          return [];
        if (typeof evlistener === "function")
          return unwrap ? [evlistener.listener || evlistener] : [evlistener];
        return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener, evlistener.length);
      }
      EventEmitter4.prototype.listeners = function listeners(type) {
        return _listeners(this, type, true);
      };
      EventEmitter4.prototype.rawListeners = function rawListeners(type) {
        return _listeners(this, type, false);
      };
      EventEmitter4.listenerCount = function(emitter, type) {
        if (typeof emitter.listenerCount === "function") {
          return emitter.listenerCount(type);
        } else {
          return listenerCount.call(emitter, type);
        }
      };
      EventEmitter4.prototype.listenerCount = listenerCount;
      function listenerCount(type) {
        var events = this._events;
        if (events !== void 0) {
          var evlistener = events[type];
          if (typeof evlistener === "function") {
            return 1;
          } else if (evlistener !== void 0) {
            return evlistener.length;
          }
        }
        return 0;
      }
      EventEmitter4.prototype.eventNames = function eventNames() {
        return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
      };
      function arrayClone(arr, n) {
        var copy = new Array(n);
        for (var i = 0; i < n; ++i)
          copy[i] = arr[i];
        return copy;
      }
      function spliceOne(list, index) {
        for (; index + 1 < list.length; index++)
          list[index] = list[index + 1];
        list.pop();
      }
      function unwrapListeners(arr) {
        var ret = new Array(arr.length);
        for (var i = 0; i < ret.length; ++i) {
          ret[i] = arr[i].listener || arr[i];
        }
        return ret;
      }
      function once(emitter, name2) {
        return new Promise(function(resolve, reject) {
          function errorListener(err) {
            emitter.removeListener(name2, resolver);
            reject(err);
          }
          function resolver() {
            if (typeof emitter.removeListener === "function") {
              emitter.removeListener("error", errorListener);
            }
            resolve([].slice.call(arguments));
          }
          ;
          eventTargetAgnosticAddListener(emitter, name2, resolver, { once: true });
          if (name2 !== "error") {
            addErrorHandlerIfEventEmitter(emitter, errorListener, { once: true });
          }
        });
      }
      function addErrorHandlerIfEventEmitter(emitter, handler, flags) {
        if (typeof emitter.on === "function") {
          eventTargetAgnosticAddListener(emitter, "error", handler, flags);
        }
      }
      function eventTargetAgnosticAddListener(emitter, name2, listener, flags) {
        if (typeof emitter.on === "function") {
          if (flags.once) {
            emitter.once(name2, listener);
          } else {
            emitter.on(name2, listener);
          }
        } else if (typeof emitter.addEventListener === "function") {
          emitter.addEventListener(name2, function wrapListener(arg) {
            if (flags.once) {
              emitter.removeEventListener(name2, wrapListener);
            }
            listener(arg);
          });
        } else {
          throw new TypeError('The "emitter" argument must be of type EventEmitter. Received type ' + typeof emitter);
        }
      }
    }
  });

  // node_modules/graphology-utils/is-graph.js
  var require_is_graph = __commonJS({
    "node_modules/graphology-utils/is-graph.js"(exports, module) {
      module.exports = function isGraph2(value) {
        return value !== null && typeof value === "object" && typeof value.addUndirectedEdgeWithKey === "function" && typeof value.dropNode === "function" && typeof value.multi === "boolean";
      };
    }
  });

  // node_modules/file-saver/dist/FileSaver.min.js
  var require_FileSaver_min = __commonJS({
    "node_modules/file-saver/dist/FileSaver.min.js"(exports, module) {
      (function(a, b) {
        if ("function" == typeof define && define.amd) define([], b);
        else if ("undefined" != typeof exports) b();
        else {
          b(), a.FileSaver = { exports: {} }.exports;
        }
      })(exports, function() {
        "use strict";
        function b(a2, b2) {
          return "undefined" == typeof b2 ? b2 = { autoBom: false } : "object" != typeof b2 && (console.warn("Deprecated: Expected third argument to be a object"), b2 = { autoBom: !b2 }), b2.autoBom && /^\s*(?:text\/\S*|application\/xml|\S*\/\S*\+xml)\s*;.*charset\s*=\s*utf-8/i.test(a2.type) ? new Blob(["\uFEFF", a2], { type: a2.type }) : a2;
        }
        function c(a2, b2, c2) {
          var d2 = new XMLHttpRequest();
          d2.open("GET", a2), d2.responseType = "blob", d2.onload = function() {
            g(d2.response, b2, c2);
          }, d2.onerror = function() {
            console.error("could not download file");
          }, d2.send();
        }
        function d(a2) {
          var b2 = new XMLHttpRequest();
          b2.open("HEAD", a2, false);
          try {
            b2.send();
          } catch (a3) {
          }
          return 200 <= b2.status && 299 >= b2.status;
        }
        function e(a2) {
          try {
            a2.dispatchEvent(new MouseEvent("click"));
          } catch (c2) {
            var b2 = document.createEvent("MouseEvents");
            b2.initMouseEvent("click", true, true, window, 0, 0, 0, 80, 20, false, false, false, false, 0, null), a2.dispatchEvent(b2);
          }
        }
        var f = "object" == typeof window && window.window === window ? window : "object" == typeof self && self.self === self ? self : "object" == typeof global && global.global === global ? global : void 0, a = f.navigator && /Macintosh/.test(navigator.userAgent) && /AppleWebKit/.test(navigator.userAgent) && !/Safari/.test(navigator.userAgent), g = f.saveAs || ("object" != typeof window || window !== f ? function() {
        } : "download" in HTMLAnchorElement.prototype && !a ? function(b2, g2, h2) {
          var i = f.URL || f.webkitURL, j = document.createElement("a");
          g2 = g2 || b2.name || "download", j.download = g2, j.rel = "noopener", "string" == typeof b2 ? (j.href = b2, j.origin === location.origin ? e(j) : d(j.href) ? c(b2, g2, h2) : e(j, j.target = "_blank")) : (j.href = i.createObjectURL(b2), setTimeout(function() {
            i.revokeObjectURL(j.href);
          }, 4e4), setTimeout(function() {
            e(j);
          }, 0));
        } : "msSaveOrOpenBlob" in navigator ? function(f2, g2, h2) {
          if (g2 = g2 || f2.name || "download", "string" != typeof f2) navigator.msSaveOrOpenBlob(b(f2, h2), g2);
          else if (d(f2)) c(f2, g2, h2);
          else {
            var i = document.createElement("a");
            i.href = f2, i.target = "_blank", setTimeout(function() {
              e(i);
            });
          }
        } : function(b2, d2, e2, g2) {
          if (g2 = g2 || open("", "_blank"), g2 && (g2.document.title = g2.document.body.innerText = "downloading..."), "string" == typeof b2) return c(b2, d2, e2);
          var h2 = "application/octet-stream" === b2.type, i = /constructor/i.test(f.HTMLElement) || f.safari, j = /CriOS\/[\d]+/.test(navigator.userAgent);
          if ((j || h2 && i || a) && "undefined" != typeof FileReader) {
            var k = new FileReader();
            k.onloadend = function() {
              var a2 = k.result;
              a2 = j ? a2 : a2.replace(/^data:[^;]*;/, "data:attachment/file;"), g2 ? g2.location.href = a2 : location = a2, g2 = null;
            }, k.readAsDataURL(b2);
          } else {
            var l = f.URL || f.webkitURL, m = l.createObjectURL(b2);
            g2 ? g2.location = m : location.href = m, g2 = null, setTimeout(function() {
              l.revokeObjectURL(m);
            }, 4e4);
          }
        });
        f.saveAs = g.saveAs = g, "undefined" != typeof module && (module.exports = g);
      });
    }
  });

  // node_modules/sigma/dist/inherits-d1a1e29b.esm.js
  function _toPrimitive(t, r) {
    if ("object" != typeof t || !t) return t;
    var e = t[Symbol.toPrimitive];
    if (void 0 !== e) {
      var i = e.call(t, r || "default");
      if ("object" != typeof i) return i;
      throw new TypeError("@@toPrimitive must return a primitive value.");
    }
    return ("string" === r ? String : Number)(t);
  }
  function _toPropertyKey(t) {
    var i = _toPrimitive(t, "string");
    return "symbol" == typeof i ? i : i + "";
  }
  function _classCallCheck(a, n) {
    if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
  }
  function _defineProperties(e, r) {
    for (var t = 0; t < r.length; t++) {
      var o = r[t];
      o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey(o.key), o);
    }
  }
  function _createClass(e, r, t) {
    return r && _defineProperties(e.prototype, r), t && _defineProperties(e, t), Object.defineProperty(e, "prototype", {
      writable: false
    }), e;
  }
  function _getPrototypeOf(t) {
    return _getPrototypeOf = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function(t2) {
      return t2.__proto__ || Object.getPrototypeOf(t2);
    }, _getPrototypeOf(t);
  }
  function _isNativeReflectConstruct() {
    try {
      var t = !Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {
      }));
    } catch (t2) {
    }
    return (_isNativeReflectConstruct = function() {
      return !!t;
    })();
  }
  function _assertThisInitialized(e) {
    if (void 0 === e) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
    return e;
  }
  function _possibleConstructorReturn(t, e) {
    if (e && ("object" == typeof e || "function" == typeof e)) return e;
    if (void 0 !== e) throw new TypeError("Derived constructors may only return object or undefined");
    return _assertThisInitialized(t);
  }
  function _callSuper(t, o, e) {
    return o = _getPrototypeOf(o), _possibleConstructorReturn(t, _isNativeReflectConstruct() ? Reflect.construct(o, e || [], _getPrototypeOf(t).constructor) : o.apply(t, e));
  }
  function _setPrototypeOf(t, e) {
    return _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function(t2, e2) {
      return t2.__proto__ = e2, t2;
    }, _setPrototypeOf(t, e);
  }
  function _inherits(t, e) {
    if ("function" != typeof e && null !== e) throw new TypeError("Super expression must either be null or a function");
    t.prototype = Object.create(e && e.prototype, {
      constructor: {
        value: t,
        writable: true,
        configurable: true
      }
    }), Object.defineProperty(t, "prototype", {
      writable: false
    }), e && _setPrototypeOf(t, e);
  }

  // node_modules/sigma/dist/colors-beb06eb2.esm.js
  function _arrayWithHoles(r) {
    if (Array.isArray(r)) return r;
  }
  function _iterableToArrayLimit(r, l) {
    var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
    if (null != t) {
      var e, n, i, u, a = [], f = true, o = false;
      try {
        if (i = (t = t.call(r)).next, 0 === l) {
          if (Object(t) !== t) return;
          f = false;
        } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = true) ;
      } catch (r2) {
        o = true, n = r2;
      } finally {
        try {
          if (!f && null != t.return && (u = t.return(), Object(u) !== u)) return;
        } finally {
          if (o) throw n;
        }
      }
      return a;
    }
  }
  function _arrayLikeToArray(r, a) {
    (null == a || a > r.length) && (a = r.length);
    for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
    return n;
  }
  function _unsupportedIterableToArray(r, a) {
    if (r) {
      if ("string" == typeof r) return _arrayLikeToArray(r, a);
      var t = {}.toString.call(r).slice(8, -1);
      return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray(r, a) : void 0;
    }
  }
  function _nonIterableRest() {
    throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
  }
  function _slicedToArray(r, e) {
    return _arrayWithHoles(r) || _iterableToArrayLimit(r, e) || _unsupportedIterableToArray(r, e) || _nonIterableRest();
  }
  var HTML_COLORS = {
    black: "#000000",
    silver: "#C0C0C0",
    gray: "#808080",
    grey: "#808080",
    white: "#FFFFFF",
    maroon: "#800000",
    red: "#FF0000",
    purple: "#800080",
    fuchsia: "#FF00FF",
    green: "#008000",
    lime: "#00FF00",
    olive: "#808000",
    yellow: "#FFFF00",
    navy: "#000080",
    blue: "#0000FF",
    teal: "#008080",
    aqua: "#00FFFF",
    darkblue: "#00008B",
    mediumblue: "#0000CD",
    darkgreen: "#006400",
    darkcyan: "#008B8B",
    deepskyblue: "#00BFFF",
    darkturquoise: "#00CED1",
    mediumspringgreen: "#00FA9A",
    springgreen: "#00FF7F",
    cyan: "#00FFFF",
    midnightblue: "#191970",
    dodgerblue: "#1E90FF",
    lightseagreen: "#20B2AA",
    forestgreen: "#228B22",
    seagreen: "#2E8B57",
    darkslategray: "#2F4F4F",
    darkslategrey: "#2F4F4F",
    limegreen: "#32CD32",
    mediumseagreen: "#3CB371",
    turquoise: "#40E0D0",
    royalblue: "#4169E1",
    steelblue: "#4682B4",
    darkslateblue: "#483D8B",
    mediumturquoise: "#48D1CC",
    indigo: "#4B0082",
    darkolivegreen: "#556B2F",
    cadetblue: "#5F9EA0",
    cornflowerblue: "#6495ED",
    rebeccapurple: "#663399",
    mediumaquamarine: "#66CDAA",
    dimgray: "#696969",
    dimgrey: "#696969",
    slateblue: "#6A5ACD",
    olivedrab: "#6B8E23",
    slategray: "#708090",
    slategrey: "#708090",
    lightslategray: "#778899",
    lightslategrey: "#778899",
    mediumslateblue: "#7B68EE",
    lawngreen: "#7CFC00",
    chartreuse: "#7FFF00",
    aquamarine: "#7FFFD4",
    skyblue: "#87CEEB",
    lightskyblue: "#87CEFA",
    blueviolet: "#8A2BE2",
    darkred: "#8B0000",
    darkmagenta: "#8B008B",
    saddlebrown: "#8B4513",
    darkseagreen: "#8FBC8F",
    lightgreen: "#90EE90",
    mediumpurple: "#9370DB",
    darkviolet: "#9400D3",
    palegreen: "#98FB98",
    darkorchid: "#9932CC",
    yellowgreen: "#9ACD32",
    sienna: "#A0522D",
    brown: "#A52A2A",
    darkgray: "#A9A9A9",
    darkgrey: "#A9A9A9",
    lightblue: "#ADD8E6",
    greenyellow: "#ADFF2F",
    paleturquoise: "#AFEEEE",
    lightsteelblue: "#B0C4DE",
    powderblue: "#B0E0E6",
    firebrick: "#B22222",
    darkgoldenrod: "#B8860B",
    mediumorchid: "#BA55D3",
    rosybrown: "#BC8F8F",
    darkkhaki: "#BDB76B",
    mediumvioletred: "#C71585",
    indianred: "#CD5C5C",
    peru: "#CD853F",
    chocolate: "#D2691E",
    tan: "#D2B48C",
    lightgray: "#D3D3D3",
    lightgrey: "#D3D3D3",
    thistle: "#D8BFD8",
    orchid: "#DA70D6",
    goldenrod: "#DAA520",
    palevioletred: "#DB7093",
    crimson: "#DC143C",
    gainsboro: "#DCDCDC",
    plum: "#DDA0DD",
    burlywood: "#DEB887",
    lightcyan: "#E0FFFF",
    lavender: "#E6E6FA",
    darksalmon: "#E9967A",
    violet: "#EE82EE",
    palegoldenrod: "#EEE8AA",
    lightcoral: "#F08080",
    khaki: "#F0E68C",
    aliceblue: "#F0F8FF",
    honeydew: "#F0FFF0",
    azure: "#F0FFFF",
    sandybrown: "#F4A460",
    wheat: "#F5DEB3",
    beige: "#F5F5DC",
    whitesmoke: "#F5F5F5",
    mintcream: "#F5FFFA",
    ghostwhite: "#F8F8FF",
    salmon: "#FA8072",
    antiquewhite: "#FAEBD7",
    linen: "#FAF0E6",
    lightgoldenrodyellow: "#FAFAD2",
    oldlace: "#FDF5E6",
    magenta: "#FF00FF",
    deeppink: "#FF1493",
    orangered: "#FF4500",
    tomato: "#FF6347",
    hotpink: "#FF69B4",
    coral: "#FF7F50",
    darkorange: "#FF8C00",
    lightsalmon: "#FFA07A",
    orange: "#FFA500",
    lightpink: "#FFB6C1",
    pink: "#FFC0CB",
    gold: "#FFD700",
    peachpuff: "#FFDAB9",
    navajowhite: "#FFDEAD",
    moccasin: "#FFE4B5",
    bisque: "#FFE4C4",
    mistyrose: "#FFE4E1",
    blanchedalmond: "#FFEBCD",
    papayawhip: "#FFEFD5",
    lavenderblush: "#FFF0F5",
    seashell: "#FFF5EE",
    cornsilk: "#FFF8DC",
    lemonchiffon: "#FFFACD",
    floralwhite: "#FFFAF0",
    snow: "#FFFAFA",
    lightyellow: "#FFFFE0",
    ivory: "#FFFFF0"
  };
  var INT8 = new Int8Array(4);
  var INT32 = new Int32Array(INT8.buffer, 0, 1);
  var FLOAT32 = new Float32Array(INT8.buffer, 0, 1);
  var RGBA_TEST_REGEX = /^\s*rgba?\s*\(/;
  var RGBA_EXTRACT_REGEX = /^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)(?:\s*,\s*(.*)?)?\)\s*$/;
  function parseColor(val) {
    var r = 0;
    var g = 0;
    var b = 0;
    var a = 1;
    if (val[0] === "#") {
      if (val.length === 4) {
        r = parseInt(val.charAt(1) + val.charAt(1), 16);
        g = parseInt(val.charAt(2) + val.charAt(2), 16);
        b = parseInt(val.charAt(3) + val.charAt(3), 16);
      } else {
        r = parseInt(val.charAt(1) + val.charAt(2), 16);
        g = parseInt(val.charAt(3) + val.charAt(4), 16);
        b = parseInt(val.charAt(5) + val.charAt(6), 16);
      }
      if (val.length === 9) {
        a = parseInt(val.charAt(7) + val.charAt(8), 16) / 255;
      }
    } else if (RGBA_TEST_REGEX.test(val)) {
      var match = val.match(RGBA_EXTRACT_REGEX);
      if (match) {
        r = +match[1];
        g = +match[2];
        b = +match[3];
        if (match[4]) a = +match[4];
      }
    }
    return {
      r,
      g,
      b,
      a
    };
  }
  var FLOAT_COLOR_CACHE = {};
  for (htmlColor in HTML_COLORS) {
    FLOAT_COLOR_CACHE[htmlColor] = floatColor(HTML_COLORS[htmlColor]);
    FLOAT_COLOR_CACHE[HTML_COLORS[htmlColor]] = FLOAT_COLOR_CACHE[htmlColor];
  }
  var htmlColor;
  function rgbaToFloat(r, g, b, a, masking) {
    INT32[0] = a << 24 | b << 16 | g << 8 | r;
    if (masking) INT32[0] = INT32[0] & 4278190079;
    return FLOAT32[0];
  }
  function floatColor(val) {
    val = val.toLowerCase();
    if (typeof FLOAT_COLOR_CACHE[val] !== "undefined") return FLOAT_COLOR_CACHE[val];
    var parsed = parseColor(val);
    var r = parsed.r, g = parsed.g, b = parsed.b;
    var a = parsed.a;
    a = a * 255 | 0;
    var color = rgbaToFloat(r, g, b, a, true);
    FLOAT_COLOR_CACHE[val] = color;
    return color;
  }
  var FLOAT_INDEX_CACHE = {};
  function indexToColor(index) {
    if (typeof FLOAT_INDEX_CACHE[index] !== "undefined") return FLOAT_INDEX_CACHE[index];
    var r = (index & 16711680) >>> 16;
    var g = (index & 65280) >>> 8;
    var b = index & 255;
    var a = 255;
    var color = rgbaToFloat(r, g, b, a, true);
    FLOAT_INDEX_CACHE[index] = color;
    return color;
  }
  function colorToIndex(r, g, b, _a) {
    return b + (g << 8) + (r << 16);
  }
  function getPixelColor(gl, frameBuffer, x, y, pixelRatio, downSizingRatio) {
    var bufferX = Math.floor(x / downSizingRatio * pixelRatio);
    var bufferY = Math.floor(gl.drawingBufferHeight / downSizingRatio - y / downSizingRatio * pixelRatio);
    var pixel = new Uint8Array(4);
    gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
    gl.readPixels(bufferX, bufferY, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    var _pixel = _slicedToArray(pixel, 4), r = _pixel[0], g = _pixel[1], b = _pixel[2], a = _pixel[3];
    return [r, g, b, a];
  }

  // node_modules/sigma/dist/index-236c62ad.esm.js
  function _defineProperty(e, r, t) {
    return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
      value: t,
      enumerable: true,
      configurable: true,
      writable: true
    }) : e[r] = t, e;
  }
  function ownKeys(e, r) {
    var t = Object.keys(e);
    if (Object.getOwnPropertySymbols) {
      var o = Object.getOwnPropertySymbols(e);
      r && (o = o.filter(function(r2) {
        return Object.getOwnPropertyDescriptor(e, r2).enumerable;
      })), t.push.apply(t, o);
    }
    return t;
  }
  function _objectSpread2(e) {
    for (var r = 1; r < arguments.length; r++) {
      var t = null != arguments[r] ? arguments[r] : {};
      r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
        _defineProperty(e, r2, t[r2]);
      }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
        Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
      });
    }
    return e;
  }
  function _superPropBase(t, o) {
    for (; !{}.hasOwnProperty.call(t, o) && null !== (t = _getPrototypeOf(t)); ) ;
    return t;
  }
  function _get() {
    return _get = "undefined" != typeof Reflect && Reflect.get ? Reflect.get.bind() : function(e, t, r) {
      var p = _superPropBase(e, t);
      if (p) {
        var n = Object.getOwnPropertyDescriptor(p, t);
        return n.get ? n.get.call(arguments.length < 3 ? e : r) : n.value;
      }
    }, _get.apply(null, arguments);
  }
  function _superPropGet(t, o, e, r) {
    var p = _get(_getPrototypeOf(1 & r ? t.prototype : t), o, e);
    return 2 & r && "function" == typeof p ? function(t2) {
      return p.apply(e, t2);
    } : p;
  }
  function getAttributeItemsCount(attr) {
    return attr.normalized ? 1 : attr.size;
  }
  function getAttributesItemsCount(attrs) {
    var res = 0;
    attrs.forEach(function(attr) {
      return res += getAttributeItemsCount(attr);
    });
    return res;
  }
  function loadShader(type, gl, source) {
    var glType = type === "VERTEX" ? gl.VERTEX_SHADER : gl.FRAGMENT_SHADER;
    var shader = gl.createShader(glType);
    if (shader === null) {
      throw new Error("loadShader: error while creating the shader");
    }
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    var successfullyCompiled = gl.getShaderParameter(shader, gl.COMPILE_STATUS);
    if (!successfullyCompiled) {
      var infoLog = gl.getShaderInfoLog(shader);
      gl.deleteShader(shader);
      throw new Error("loadShader: error while compiling the shader:\n".concat(infoLog, "\n").concat(source));
    }
    return shader;
  }
  function loadVertexShader(gl, source) {
    return loadShader("VERTEX", gl, source);
  }
  function loadFragmentShader(gl, source) {
    return loadShader("FRAGMENT", gl, source);
  }
  function loadProgram(gl, shaders) {
    var program = gl.createProgram();
    if (program === null) {
      throw new Error("loadProgram: error while creating the program.");
    }
    var i, l;
    for (i = 0, l = shaders.length; i < l; i++) gl.attachShader(program, shaders[i]);
    gl.linkProgram(program);
    var successfullyLinked = gl.getProgramParameter(program, gl.LINK_STATUS);
    if (!successfullyLinked) {
      gl.deleteProgram(program);
      throw new Error("loadProgram: error while linking the program.");
    }
    return program;
  }
  function killProgram(_ref) {
    var gl = _ref.gl, buffer = _ref.buffer, program = _ref.program, vertexShader = _ref.vertexShader, fragmentShader = _ref.fragmentShader;
    gl.deleteShader(vertexShader);
    gl.deleteShader(fragmentShader);
    gl.deleteProgram(program);
    gl.deleteBuffer(buffer);
  }
  var PICKING_PREFIX = "#define PICKING_MODE\n";
  var SIZE_FACTOR_PER_ATTRIBUTE_TYPE = _defineProperty(_defineProperty(_defineProperty(_defineProperty(_defineProperty(_defineProperty(_defineProperty(_defineProperty({}, WebGL2RenderingContext.BOOL, 1), WebGL2RenderingContext.BYTE, 1), WebGL2RenderingContext.UNSIGNED_BYTE, 1), WebGL2RenderingContext.SHORT, 2), WebGL2RenderingContext.UNSIGNED_SHORT, 2), WebGL2RenderingContext.INT, 4), WebGL2RenderingContext.UNSIGNED_INT, 4), WebGL2RenderingContext.FLOAT, 4);
  var Program = /* @__PURE__ */ (function() {
    function Program2(gl, pickingBuffer, renderer) {
      _classCallCheck(this, Program2);
      _defineProperty(this, "array", new Float32Array());
      _defineProperty(this, "constantArray", new Float32Array());
      _defineProperty(this, "capacity", 0);
      _defineProperty(this, "verticesCount", 0);
      var def = this.getDefinition();
      this.VERTICES = def.VERTICES;
      this.VERTEX_SHADER_SOURCE = def.VERTEX_SHADER_SOURCE;
      this.FRAGMENT_SHADER_SOURCE = def.FRAGMENT_SHADER_SOURCE;
      this.UNIFORMS = def.UNIFORMS;
      this.ATTRIBUTES = def.ATTRIBUTES;
      this.METHOD = def.METHOD;
      this.CONSTANT_ATTRIBUTES = "CONSTANT_ATTRIBUTES" in def ? def.CONSTANT_ATTRIBUTES : [];
      this.CONSTANT_DATA = "CONSTANT_DATA" in def ? def.CONSTANT_DATA : [];
      this.isInstanced = "CONSTANT_ATTRIBUTES" in def;
      this.ATTRIBUTES_ITEMS_COUNT = getAttributesItemsCount(this.ATTRIBUTES);
      this.STRIDE = this.VERTICES * this.ATTRIBUTES_ITEMS_COUNT;
      this.renderer = renderer;
      this.normalProgram = this.getProgramInfo("normal", gl, def.VERTEX_SHADER_SOURCE, def.FRAGMENT_SHADER_SOURCE, null);
      this.pickProgram = pickingBuffer ? this.getProgramInfo("pick", gl, PICKING_PREFIX + def.VERTEX_SHADER_SOURCE, PICKING_PREFIX + def.FRAGMENT_SHADER_SOURCE, pickingBuffer) : null;
      if (this.isInstanced) {
        var constantAttributesItemsCount = getAttributesItemsCount(this.CONSTANT_ATTRIBUTES);
        if (this.CONSTANT_DATA.length !== this.VERTICES) throw new Error("Program: error while getting constant data (expected ".concat(this.VERTICES, " items, received ").concat(this.CONSTANT_DATA.length, " instead)"));
        this.constantArray = new Float32Array(this.CONSTANT_DATA.length * constantAttributesItemsCount);
        for (var i = 0; i < this.CONSTANT_DATA.length; i++) {
          var vector = this.CONSTANT_DATA[i];
          if (vector.length !== constantAttributesItemsCount) throw new Error("Program: error while getting constant data (one vector has ".concat(vector.length, " items instead of ").concat(constantAttributesItemsCount, ")"));
          for (var j = 0; j < vector.length; j++) this.constantArray[i * constantAttributesItemsCount + j] = vector[j];
        }
        this.STRIDE = this.ATTRIBUTES_ITEMS_COUNT;
      }
    }
    return _createClass(Program2, [{
      key: "kill",
      value: function kill() {
        killProgram(this.normalProgram);
        if (this.pickProgram) {
          killProgram(this.pickProgram);
          this.pickProgram = null;
        }
      }
    }, {
      key: "getProgramInfo",
      value: function getProgramInfo(name2, gl, vertexShaderSource, fragmentShaderSource, frameBuffer) {
        var def = this.getDefinition();
        var buffer = gl.createBuffer();
        if (buffer === null) throw new Error("Program: error while creating the WebGL buffer.");
        var vertexShader = loadVertexShader(gl, vertexShaderSource);
        var fragmentShader = loadFragmentShader(gl, fragmentShaderSource);
        var program = loadProgram(gl, [vertexShader, fragmentShader]);
        var uniformLocations = {};
        def.UNIFORMS.forEach(function(uniformName) {
          var location2 = gl.getUniformLocation(program, uniformName);
          if (location2) uniformLocations[uniformName] = location2;
        });
        var attributeLocations = {};
        def.ATTRIBUTES.forEach(function(attr) {
          attributeLocations[attr.name] = gl.getAttribLocation(program, attr.name);
        });
        var constantBuffer;
        if ("CONSTANT_ATTRIBUTES" in def) {
          def.CONSTANT_ATTRIBUTES.forEach(function(attr) {
            attributeLocations[attr.name] = gl.getAttribLocation(program, attr.name);
          });
          constantBuffer = gl.createBuffer();
          if (constantBuffer === null) throw new Error("Program: error while creating the WebGL constant buffer.");
        }
        return {
          name: name2,
          program,
          gl,
          frameBuffer,
          buffer,
          constantBuffer: constantBuffer || {},
          uniformLocations,
          attributeLocations,
          isPicking: name2 === "pick",
          vertexShader,
          fragmentShader
        };
      }
    }, {
      key: "bindProgram",
      value: function bindProgram(program) {
        var _this = this;
        var offset = 0;
        var gl = program.gl, buffer = program.buffer;
        if (!this.isInstanced) {
          gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
          offset = 0;
          this.ATTRIBUTES.forEach(function(attr) {
            return offset += _this.bindAttribute(attr, program, offset);
          });
          gl.bufferData(gl.ARRAY_BUFFER, this.array, gl.DYNAMIC_DRAW);
        } else {
          gl.bindBuffer(gl.ARRAY_BUFFER, program.constantBuffer);
          offset = 0;
          this.CONSTANT_ATTRIBUTES.forEach(function(attr) {
            return offset += _this.bindAttribute(attr, program, offset, false);
          });
          gl.bufferData(gl.ARRAY_BUFFER, this.constantArray, gl.STATIC_DRAW);
          gl.bindBuffer(gl.ARRAY_BUFFER, program.buffer);
          offset = 0;
          this.ATTRIBUTES.forEach(function(attr) {
            return offset += _this.bindAttribute(attr, program, offset, true);
          });
          gl.bufferData(gl.ARRAY_BUFFER, this.array, gl.DYNAMIC_DRAW);
        }
        gl.bindBuffer(gl.ARRAY_BUFFER, null);
      }
    }, {
      key: "unbindProgram",
      value: function unbindProgram(program) {
        var _this2 = this;
        if (!this.isInstanced) {
          this.ATTRIBUTES.forEach(function(attr) {
            return _this2.unbindAttribute(attr, program);
          });
        } else {
          this.CONSTANT_ATTRIBUTES.forEach(function(attr) {
            return _this2.unbindAttribute(attr, program, false);
          });
          this.ATTRIBUTES.forEach(function(attr) {
            return _this2.unbindAttribute(attr, program, true);
          });
        }
      }
    }, {
      key: "bindAttribute",
      value: function bindAttribute(attr, program, offset, setDivisor) {
        var sizeFactor = SIZE_FACTOR_PER_ATTRIBUTE_TYPE[attr.type];
        if (typeof sizeFactor !== "number") throw new Error('Program.bind: yet unsupported attribute type "'.concat(attr.type, '"'));
        var location2 = program.attributeLocations[attr.name];
        var gl = program.gl;
        if (location2 !== -1) {
          gl.enableVertexAttribArray(location2);
          var stride = !this.isInstanced ? this.ATTRIBUTES_ITEMS_COUNT * Float32Array.BYTES_PER_ELEMENT : (setDivisor ? this.ATTRIBUTES_ITEMS_COUNT : getAttributesItemsCount(this.CONSTANT_ATTRIBUTES)) * Float32Array.BYTES_PER_ELEMENT;
          gl.vertexAttribPointer(location2, attr.size, attr.type, attr.normalized || false, stride, offset);
          if (this.isInstanced && setDivisor) {
            if (gl instanceof WebGL2RenderingContext) {
              gl.vertexAttribDivisor(location2, 1);
            } else {
              var ext = gl.getExtension("ANGLE_instanced_arrays");
              if (ext) ext.vertexAttribDivisorANGLE(location2, 1);
            }
          }
        }
        return attr.size * sizeFactor;
      }
    }, {
      key: "unbindAttribute",
      value: function unbindAttribute(attr, program, unsetDivisor) {
        var location2 = program.attributeLocations[attr.name];
        var gl = program.gl;
        if (location2 !== -1) {
          gl.disableVertexAttribArray(location2);
          if (this.isInstanced && unsetDivisor) {
            if (gl instanceof WebGL2RenderingContext) {
              gl.vertexAttribDivisor(location2, 0);
            } else {
              var ext = gl.getExtension("ANGLE_instanced_arrays");
              if (ext) ext.vertexAttribDivisorANGLE(location2, 0);
            }
          }
        }
      }
    }, {
      key: "reallocate",
      value: function reallocate(capacity) {
        if (capacity === this.capacity) return;
        this.capacity = capacity;
        this.verticesCount = this.VERTICES * capacity;
        this.array = new Float32Array(!this.isInstanced ? this.verticesCount * this.ATTRIBUTES_ITEMS_COUNT : this.capacity * this.ATTRIBUTES_ITEMS_COUNT);
      }
    }, {
      key: "hasNothingToRender",
      value: function hasNothingToRender() {
        return this.verticesCount === 0;
      }
    }, {
      key: "renderProgram",
      value: function renderProgram(params, programInfo) {
        var gl = programInfo.gl, program = programInfo.program;
        gl.enable(gl.BLEND);
        gl.useProgram(program);
        this.setUniforms(params, programInfo);
        this.drawWebGL(this.METHOD, programInfo);
      }
    }, {
      key: "render",
      value: function render(params) {
        if (this.hasNothingToRender()) return;
        if (this.pickProgram) {
          this.pickProgram.gl.viewport(0, 0, params.width * params.pixelRatio / params.downSizingRatio, params.height * params.pixelRatio / params.downSizingRatio);
          this.bindProgram(this.pickProgram);
          this.renderProgram(_objectSpread2(_objectSpread2({}, params), {}, {
            pixelRatio: params.pixelRatio / params.downSizingRatio
          }), this.pickProgram);
          this.unbindProgram(this.pickProgram);
        }
        this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
        this.bindProgram(this.normalProgram);
        this.renderProgram(params, this.normalProgram);
        this.unbindProgram(this.normalProgram);
      }
    }, {
      key: "drawWebGL",
      value: function drawWebGL(method, _ref) {
        var gl = _ref.gl, frameBuffer = _ref.frameBuffer;
        gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
        if (!this.isInstanced) {
          gl.drawArrays(method, 0, this.verticesCount);
        } else {
          if (gl instanceof WebGL2RenderingContext) {
            gl.drawArraysInstanced(method, 0, this.VERTICES, this.capacity);
          } else {
            var ext = gl.getExtension("ANGLE_instanced_arrays");
            if (ext) ext.drawArraysInstancedANGLE(method, 0, this.VERTICES, this.capacity);
          }
        }
      }
    }]);
  })();
  var NodeProgram = /* @__PURE__ */ (function(_ref) {
    function NodeProgram2() {
      _classCallCheck(this, NodeProgram2);
      return _callSuper(this, NodeProgram2, arguments);
    }
    _inherits(NodeProgram2, _ref);
    return _createClass(NodeProgram2, [{
      key: "kill",
      value: function kill() {
        _superPropGet(NodeProgram2, "kill", this, 3)([]);
      }
    }, {
      key: "process",
      value: function process(nodeIndex, offset, data) {
        var i = offset * this.STRIDE;
        if (data.hidden) {
          for (var l = i + this.STRIDE; i < l; i++) {
            this.array[i] = 0;
          }
          return;
        }
        return this.processVisibleItem(indexToColor(nodeIndex), i, data);
      }
    }]);
  })(Program);
  function createNodeCompoundProgram(programClasses, drawLabel, drawHover) {
    return /* @__PURE__ */ (function() {
      function NodeCompoundProgram(gl, pickingBuffer, renderer) {
        _classCallCheck(this, NodeCompoundProgram);
        _defineProperty(this, "drawLabel", drawLabel);
        _defineProperty(this, "drawHover", drawHover);
        this.programs = programClasses.map(function(Program2) {
          return new Program2(gl, pickingBuffer, renderer);
        });
      }
      return _createClass(NodeCompoundProgram, [{
        key: "reallocate",
        value: function reallocate(capacity) {
          this.programs.forEach(function(program) {
            return program.reallocate(capacity);
          });
        }
      }, {
        key: "process",
        value: function process(nodeIndex, offset, data) {
          this.programs.forEach(function(program) {
            return program.process(nodeIndex, offset, data);
          });
        }
      }, {
        key: "render",
        value: function render(params) {
          this.programs.forEach(function(program) {
            return program.render(params);
          });
        }
      }, {
        key: "kill",
        value: function kill() {
          this.programs.forEach(function(program) {
            return program.kill();
          });
        }
      }]);
    })();
  }
  var EdgeProgram = /* @__PURE__ */ (function(_ref) {
    function EdgeProgram2() {
      var _this;
      _classCallCheck(this, EdgeProgram2);
      for (var _len = arguments.length, args = new Array(_len), _key = 0; _key < _len; _key++) {
        args[_key] = arguments[_key];
      }
      _this = _callSuper(this, EdgeProgram2, [].concat(args));
      _defineProperty(_this, "drawLabel", void 0);
      return _this;
    }
    _inherits(EdgeProgram2, _ref);
    return _createClass(EdgeProgram2, [{
      key: "kill",
      value: function kill() {
        _superPropGet(EdgeProgram2, "kill", this, 3)([]);
      }
    }, {
      key: "process",
      value: function process(edgeIndex, offset, sourceData, targetData, data) {
        var i = offset * this.STRIDE;
        if (data.hidden || sourceData.hidden || targetData.hidden) {
          for (var l = i + this.STRIDE; i < l; i++) {
            this.array[i] = 0;
          }
          return;
        }
        return this.processVisibleItem(indexToColor(edgeIndex), i, sourceData, targetData, data);
      }
    }]);
  })(Program);
  function createEdgeCompoundProgram(programClasses, drawLabel) {
    return /* @__PURE__ */ (function() {
      function EdgeCompoundProgram(gl, pickingBuffer, renderer) {
        _classCallCheck(this, EdgeCompoundProgram);
        _defineProperty(this, "drawLabel", drawLabel);
        this.programs = programClasses.map(function(Program2) {
          return new Program2(gl, pickingBuffer, renderer);
        });
      }
      return _createClass(EdgeCompoundProgram, [{
        key: "reallocate",
        value: function reallocate(capacity) {
          this.programs.forEach(function(program) {
            return program.reallocate(capacity);
          });
        }
      }, {
        key: "process",
        value: function process(edgeIndex, offset, sourceData, targetData, data) {
          this.programs.forEach(function(program) {
            return program.process(edgeIndex, offset, sourceData, targetData, data);
          });
        }
      }, {
        key: "render",
        value: function render(params) {
          this.programs.forEach(function(program) {
            return program.render(params);
          });
        }
      }, {
        key: "kill",
        value: function kill() {
          this.programs.forEach(function(program) {
            return program.kill();
          });
        }
      }]);
    })();
  }
  function drawStraightEdgeLabel(context, edgeData, sourceData, targetData, settings) {
    var size = settings.edgeLabelSize, font = settings.edgeLabelFont, weight = settings.edgeLabelWeight, color = settings.edgeLabelColor.attribute ? edgeData[settings.edgeLabelColor.attribute] || settings.edgeLabelColor.color || "#000" : settings.edgeLabelColor.color;
    var label2 = edgeData.label;
    if (!label2) return;
    context.fillStyle = color;
    context.font = "".concat(weight, " ").concat(size, "px ").concat(font);
    var sSize = sourceData.size;
    var tSize = targetData.size;
    var sx = sourceData.x;
    var sy = sourceData.y;
    var tx = targetData.x;
    var ty = targetData.y;
    var cx = (sx + tx) / 2;
    var cy = (sy + ty) / 2;
    var dx = tx - sx;
    var dy = ty - sy;
    var d = Math.sqrt(dx * dx + dy * dy);
    if (d < sSize + tSize) return;
    sx += dx * sSize / d;
    sy += dy * sSize / d;
    tx -= dx * tSize / d;
    ty -= dy * tSize / d;
    cx = (sx + tx) / 2;
    cy = (sy + ty) / 2;
    dx = tx - sx;
    dy = ty - sy;
    d = Math.sqrt(dx * dx + dy * dy);
    var textLength = context.measureText(label2).width;
    if (textLength > d) {
      var ellipsis = "…";
      label2 = label2 + ellipsis;
      textLength = context.measureText(label2).width;
      while (textLength > d && label2.length > 1) {
        label2 = label2.slice(0, -2) + ellipsis;
        textLength = context.measureText(label2).width;
      }
      if (label2.length < 4) return;
    }
    var angle;
    if (dx > 0) {
      if (dy > 0) angle = Math.acos(dx / d);
      else angle = Math.asin(dy / d);
    } else {
      if (dy > 0) angle = Math.acos(dx / d) + Math.PI;
      else angle = Math.asin(dx / d) + Math.PI / 2;
    }
    context.save();
    context.translate(cx, cy);
    context.rotate(angle);
    context.fillText(label2, -textLength / 2, edgeData.size / 2 + size);
    context.restore();
  }
  function drawDiscNodeLabel(context, data, settings) {
    if (!data.label) return;
    var size = settings.labelSize, font = settings.labelFont, weight = settings.labelWeight, color = settings.labelColor.attribute ? data[settings.labelColor.attribute] || settings.labelColor.color || "#000" : settings.labelColor.color;
    context.fillStyle = color;
    context.font = "".concat(weight, " ").concat(size, "px ").concat(font);
    context.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
  }
  function drawDiscNodeHover(context, data, settings) {
    var size = settings.labelSize, font = settings.labelFont, weight = settings.labelWeight;
    context.font = "".concat(weight, " ").concat(size, "px ").concat(font);
    context.fillStyle = "#FFF";
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 0;
    context.shadowBlur = 8;
    context.shadowColor = "#000";
    var PADDING = 2;
    if (typeof data.label === "string") {
      var textWidth = context.measureText(data.label).width, boxWidth = Math.round(textWidth + 5), boxHeight = Math.round(size + 2 * PADDING), radius = Math.max(data.size, size / 2) + PADDING;
      var angleRadian = Math.asin(boxHeight / 2 / radius);
      var xDeltaCoord = Math.sqrt(Math.abs(Math.pow(radius, 2) - Math.pow(boxHeight / 2, 2)));
      context.beginPath();
      context.moveTo(data.x + xDeltaCoord, data.y + boxHeight / 2);
      context.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
      context.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
      context.lineTo(data.x + xDeltaCoord, data.y - boxHeight / 2);
      context.arc(data.x, data.y, radius, angleRadian, -angleRadian);
      context.closePath();
      context.fill();
    } else {
      context.beginPath();
      context.arc(data.x, data.y, data.size + PADDING, 0, Math.PI * 2);
      context.closePath();
      context.fill();
    }
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 0;
    context.shadowBlur = 0;
    drawDiscNodeLabel(context, data, settings);
  }
  var SHADER_SOURCE$6 = (
    /*glsl*/
    "\nprecision highp float;\n\nvarying vec4 v_color;\nvarying vec2 v_diffVector;\nvarying float v_radius;\n\nuniform float u_correctionRatio;\n\nconst vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);\n\nvoid main(void) {\n  float border = u_correctionRatio * 2.0;\n  float dist = length(v_diffVector) - v_radius + border;\n\n  // No antialiasing for picking mode:\n  #ifdef PICKING_MODE\n  if (dist > border)\n    gl_FragColor = transparent;\n  else\n    gl_FragColor = v_color;\n\n  #else\n  float t = 0.0;\n  if (dist > border)\n    t = 1.0;\n  else if (dist > 0.0)\n    t = dist / border;\n\n  gl_FragColor = mix(v_color, transparent, t);\n  #endif\n}\n"
  );
  var FRAGMENT_SHADER_SOURCE$2 = SHADER_SOURCE$6;
  var SHADER_SOURCE$5 = (
    /*glsl*/
    "\nattribute vec4 a_id;\nattribute vec4 a_color;\nattribute vec2 a_position;\nattribute float a_size;\nattribute float a_angle;\n\nuniform mat3 u_matrix;\nuniform float u_sizeRatio;\nuniform float u_correctionRatio;\n\nvarying vec4 v_color;\nvarying vec2 v_diffVector;\nvarying float v_radius;\nvarying float v_border;\n\nconst float bias = 255.0 / 254.0;\n\nvoid main() {\n  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;\n  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));\n  vec2 position = a_position + diffVector;\n  gl_Position = vec4(\n    (u_matrix * vec3(position, 1)).xy,\n    0,\n    1\n  );\n\n  v_diffVector = diffVector;\n  v_radius = size / 2.0;\n\n  #ifdef PICKING_MODE\n  // For picking mode, we use the ID as the color:\n  v_color = a_id;\n  #else\n  // For normal mode, we use the color:\n  v_color = a_color;\n  #endif\n\n  v_color.a *= bias;\n}\n"
  );
  var VERTEX_SHADER_SOURCE$3 = SHADER_SOURCE$5;
  var _WebGLRenderingContex$3 = WebGLRenderingContext;
  var UNSIGNED_BYTE$3 = _WebGLRenderingContex$3.UNSIGNED_BYTE;
  var FLOAT$3 = _WebGLRenderingContex$3.FLOAT;
  var UNIFORMS$3 = ["u_sizeRatio", "u_correctionRatio", "u_matrix"];
  var NodeCircleProgram = /* @__PURE__ */ (function(_NodeProgram) {
    function NodeCircleProgram2() {
      _classCallCheck(this, NodeCircleProgram2);
      return _callSuper(this, NodeCircleProgram2, arguments);
    }
    _inherits(NodeCircleProgram2, _NodeProgram);
    return _createClass(NodeCircleProgram2, [{
      key: "getDefinition",
      value: function getDefinition() {
        return {
          VERTICES: 3,
          VERTEX_SHADER_SOURCE: VERTEX_SHADER_SOURCE$3,
          FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER_SOURCE$2,
          METHOD: WebGLRenderingContext.TRIANGLES,
          UNIFORMS: UNIFORMS$3,
          ATTRIBUTES: [{
            name: "a_position",
            size: 2,
            type: FLOAT$3
          }, {
            name: "a_size",
            size: 1,
            type: FLOAT$3
          }, {
            name: "a_color",
            size: 4,
            type: UNSIGNED_BYTE$3,
            normalized: true
          }, {
            name: "a_id",
            size: 4,
            type: UNSIGNED_BYTE$3,
            normalized: true
          }],
          CONSTANT_ATTRIBUTES: [{
            name: "a_angle",
            size: 1,
            type: FLOAT$3
          }],
          CONSTANT_DATA: [[NodeCircleProgram2.ANGLE_1], [NodeCircleProgram2.ANGLE_2], [NodeCircleProgram2.ANGLE_3]]
        };
      }
    }, {
      key: "processVisibleItem",
      value: function processVisibleItem(nodeIndex, startIndex, data) {
        var array = this.array;
        var color = floatColor(data.color);
        array[startIndex++] = data.x;
        array[startIndex++] = data.y;
        array[startIndex++] = data.size;
        array[startIndex++] = color;
        array[startIndex++] = nodeIndex;
      }
    }, {
      key: "setUniforms",
      value: function setUniforms(params, _ref) {
        var gl = _ref.gl, uniformLocations = _ref.uniformLocations;
        var u_sizeRatio = uniformLocations.u_sizeRatio, u_correctionRatio = uniformLocations.u_correctionRatio, u_matrix = uniformLocations.u_matrix;
        gl.uniform1f(u_correctionRatio, params.correctionRatio);
        gl.uniform1f(u_sizeRatio, params.sizeRatio);
        gl.uniformMatrix3fv(u_matrix, false, params.matrix);
      }
    }]);
  })(NodeProgram);
  _defineProperty(NodeCircleProgram, "ANGLE_1", 0);
  _defineProperty(NodeCircleProgram, "ANGLE_2", 2 * Math.PI / 3);
  _defineProperty(NodeCircleProgram, "ANGLE_3", 4 * Math.PI / 3);
  var SHADER_SOURCE$4 = (
    /*glsl*/
    "\nprecision mediump float;\n\nvarying vec4 v_color;\n\nvoid main(void) {\n  gl_FragColor = v_color;\n}\n"
  );
  var FRAGMENT_SHADER_SOURCE$1 = SHADER_SOURCE$4;
  var SHADER_SOURCE$3 = (
    /*glsl*/
    "\nattribute vec2 a_position;\nattribute vec2 a_normal;\nattribute float a_radius;\nattribute vec3 a_barycentric;\n\n#ifdef PICKING_MODE\nattribute vec4 a_id;\n#else\nattribute vec4 a_color;\n#endif\n\nuniform mat3 u_matrix;\nuniform float u_sizeRatio;\nuniform float u_correctionRatio;\nuniform float u_minEdgeThickness;\nuniform float u_lengthToThicknessRatio;\nuniform float u_widenessToThicknessRatio;\n\nvarying vec4 v_color;\n\nconst float bias = 255.0 / 254.0;\n\nvoid main() {\n  float minThickness = u_minEdgeThickness;\n\n  float normalLength = length(a_normal);\n  vec2 unitNormal = a_normal / normalLength;\n\n  // These first computations are taken from edge.vert.glsl and\n  // edge.clamped.vert.glsl. Please read it to get better comments on what's\n  // happening:\n  float pixelsThickness = max(normalLength / u_sizeRatio, minThickness);\n  float webGLThickness = pixelsThickness * u_correctionRatio;\n  float webGLNodeRadius = a_radius * 2.0 * u_correctionRatio / u_sizeRatio;\n  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;\n  float webGLArrowHeadThickness = webGLThickness * u_widenessToThicknessRatio;\n\n  float da = a_barycentric.x;\n  float db = a_barycentric.y;\n  float dc = a_barycentric.z;\n\n  vec2 delta = vec2(\n      da * (webGLNodeRadius * unitNormal.y)\n    + db * ((webGLNodeRadius + webGLArrowHeadLength) * unitNormal.y + webGLArrowHeadThickness * unitNormal.x)\n    + dc * ((webGLNodeRadius + webGLArrowHeadLength) * unitNormal.y - webGLArrowHeadThickness * unitNormal.x),\n\n      da * (-webGLNodeRadius * unitNormal.x)\n    + db * (-(webGLNodeRadius + webGLArrowHeadLength) * unitNormal.x + webGLArrowHeadThickness * unitNormal.y)\n    + dc * (-(webGLNodeRadius + webGLArrowHeadLength) * unitNormal.x - webGLArrowHeadThickness * unitNormal.y)\n  );\n\n  vec2 position = (u_matrix * vec3(a_position + delta, 1)).xy;\n\n  gl_Position = vec4(position, 0, 1);\n\n  #ifdef PICKING_MODE\n  // For picking mode, we use the ID as the color:\n  v_color = a_id;\n  #else\n  // For normal mode, we use the color:\n  v_color = a_color;\n  #endif\n\n  v_color.a *= bias;\n}\n"
  );
  var VERTEX_SHADER_SOURCE$2 = SHADER_SOURCE$3;
  var _WebGLRenderingContex$2 = WebGLRenderingContext;
  var UNSIGNED_BYTE$2 = _WebGLRenderingContex$2.UNSIGNED_BYTE;
  var FLOAT$2 = _WebGLRenderingContex$2.FLOAT;
  var UNIFORMS$2 = ["u_matrix", "u_sizeRatio", "u_correctionRatio", "u_minEdgeThickness", "u_lengthToThicknessRatio", "u_widenessToThicknessRatio"];
  var DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS = {
    extremity: "target",
    lengthToThicknessRatio: 2.5,
    widenessToThicknessRatio: 2
  };
  function createEdgeArrowHeadProgram(inputOptions) {
    var options = _objectSpread2(_objectSpread2({}, DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS), inputOptions || {});
    return /* @__PURE__ */ (function(_EdgeProgram) {
      function EdgeArrowHeadProgram2() {
        _classCallCheck(this, EdgeArrowHeadProgram2);
        return _callSuper(this, EdgeArrowHeadProgram2, arguments);
      }
      _inherits(EdgeArrowHeadProgram2, _EdgeProgram);
      return _createClass(EdgeArrowHeadProgram2, [{
        key: "getDefinition",
        value: function getDefinition() {
          return {
            VERTICES: 3,
            VERTEX_SHADER_SOURCE: VERTEX_SHADER_SOURCE$2,
            FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER_SOURCE$1,
            METHOD: WebGLRenderingContext.TRIANGLES,
            UNIFORMS: UNIFORMS$2,
            ATTRIBUTES: [{
              name: "a_position",
              size: 2,
              type: FLOAT$2
            }, {
              name: "a_normal",
              size: 2,
              type: FLOAT$2
            }, {
              name: "a_radius",
              size: 1,
              type: FLOAT$2
            }, {
              name: "a_color",
              size: 4,
              type: UNSIGNED_BYTE$2,
              normalized: true
            }, {
              name: "a_id",
              size: 4,
              type: UNSIGNED_BYTE$2,
              normalized: true
            }],
            CONSTANT_ATTRIBUTES: [{
              name: "a_barycentric",
              size: 3,
              type: FLOAT$2
            }],
            CONSTANT_DATA: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
          };
        }
      }, {
        key: "processVisibleItem",
        value: function processVisibleItem(edgeIndex, startIndex, sourceData, targetData, data) {
          if (options.extremity === "source") {
            var _ref = [targetData, sourceData];
            sourceData = _ref[0];
            targetData = _ref[1];
          }
          var thickness = data.size || 1;
          var radius = targetData.size || 1;
          var x1 = sourceData.x;
          var y1 = sourceData.y;
          var x2 = targetData.x;
          var y2 = targetData.y;
          var color = floatColor(data.color);
          var dx = x2 - x1;
          var dy = y2 - y1;
          var len = dx * dx + dy * dy;
          var n1 = 0;
          var n2 = 0;
          if (len) {
            len = 1 / Math.sqrt(len);
            n1 = -dy * len * thickness;
            n2 = dx * len * thickness;
          }
          var array = this.array;
          array[startIndex++] = x2;
          array[startIndex++] = y2;
          array[startIndex++] = -n1;
          array[startIndex++] = -n2;
          array[startIndex++] = radius;
          array[startIndex++] = color;
          array[startIndex++] = edgeIndex;
        }
      }, {
        key: "setUniforms",
        value: function setUniforms(params, _ref2) {
          var gl = _ref2.gl, uniformLocations = _ref2.uniformLocations;
          var u_matrix = uniformLocations.u_matrix, u_sizeRatio = uniformLocations.u_sizeRatio, u_correctionRatio = uniformLocations.u_correctionRatio, u_minEdgeThickness = uniformLocations.u_minEdgeThickness, u_lengthToThicknessRatio = uniformLocations.u_lengthToThicknessRatio, u_widenessToThicknessRatio = uniformLocations.u_widenessToThicknessRatio;
          gl.uniformMatrix3fv(u_matrix, false, params.matrix);
          gl.uniform1f(u_sizeRatio, params.sizeRatio);
          gl.uniform1f(u_correctionRatio, params.correctionRatio);
          gl.uniform1f(u_minEdgeThickness, params.minEdgeThickness);
          gl.uniform1f(u_lengthToThicknessRatio, options.lengthToThicknessRatio);
          gl.uniform1f(u_widenessToThicknessRatio, options.widenessToThicknessRatio);
        }
      }]);
    })(EdgeProgram);
  }
  var EdgeArrowHeadProgram = createEdgeArrowHeadProgram();
  var SHADER_SOURCE$2 = (
    /*glsl*/
    "\nprecision mediump float;\n\nvarying vec4 v_color;\nvarying vec2 v_normal;\nvarying float v_thickness;\nvarying float v_feather;\n\nconst vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);\n\nvoid main(void) {\n  // We only handle antialiasing for normal mode:\n  #ifdef PICKING_MODE\n  gl_FragColor = v_color;\n  #else\n  float dist = length(v_normal) * v_thickness;\n\n  float t = smoothstep(\n    v_thickness - v_feather,\n    v_thickness,\n    dist\n  );\n\n  gl_FragColor = mix(v_color, transparent, t);\n  #endif\n}\n"
  );
  var FRAGMENT_SHADER_SOURCE = SHADER_SOURCE$2;
  var SHADER_SOURCE$1 = (
    /*glsl*/
    "\nattribute vec4 a_id;\nattribute vec4 a_color;\nattribute vec2 a_normal;\nattribute float a_normalCoef;\nattribute vec2 a_positionStart;\nattribute vec2 a_positionEnd;\nattribute float a_positionCoef;\nattribute float a_radius;\nattribute float a_radiusCoef;\n\nuniform mat3 u_matrix;\nuniform float u_zoomRatio;\nuniform float u_sizeRatio;\nuniform float u_pixelRatio;\nuniform float u_correctionRatio;\nuniform float u_minEdgeThickness;\nuniform float u_lengthToThicknessRatio;\nuniform float u_feather;\n\nvarying vec4 v_color;\nvarying vec2 v_normal;\nvarying float v_thickness;\nvarying float v_feather;\n\nconst float bias = 255.0 / 254.0;\n\nvoid main() {\n  float minThickness = u_minEdgeThickness;\n\n  float radius = a_radius * a_radiusCoef;\n  vec2 normal = a_normal * a_normalCoef;\n  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;\n\n  float normalLength = length(normal);\n  vec2 unitNormal = normal / normalLength;\n\n  // These first computations are taken from edge.vert.glsl. Please read it to\n  // get better comments on what's happening:\n  float pixelsThickness = max(normalLength, minThickness * u_sizeRatio);\n  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;\n\n  // Here, we move the point to leave space for the arrow head:\n  float direction = sign(radius);\n  float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;\n  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;\n\n  vec2 compensationVector = vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);\n\n  // Here is the proper position of the vertex\n  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness + compensationVector, 1)).xy, 0, 1);\n\n  v_thickness = webGLThickness / u_zoomRatio;\n\n  v_normal = unitNormal;\n\n  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;\n\n  #ifdef PICKING_MODE\n  // For picking mode, we use the ID as the color:\n  v_color = a_id;\n  #else\n  // For normal mode, we use the color:\n  v_color = a_color;\n  #endif\n\n  v_color.a *= bias;\n}\n"
  );
  var VERTEX_SHADER_SOURCE$1 = SHADER_SOURCE$1;
  var _WebGLRenderingContex$1 = WebGLRenderingContext;
  var UNSIGNED_BYTE$1 = _WebGLRenderingContex$1.UNSIGNED_BYTE;
  var FLOAT$1 = _WebGLRenderingContex$1.FLOAT;
  var UNIFORMS$1 = ["u_matrix", "u_zoomRatio", "u_sizeRatio", "u_correctionRatio", "u_pixelRatio", "u_feather", "u_minEdgeThickness", "u_lengthToThicknessRatio"];
  var DEFAULT_EDGE_CLAMPED_PROGRAM_OPTIONS = {
    lengthToThicknessRatio: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS.lengthToThicknessRatio
  };
  function createEdgeClampedProgram(inputOptions) {
    var options = _objectSpread2(_objectSpread2({}, DEFAULT_EDGE_CLAMPED_PROGRAM_OPTIONS), inputOptions || {});
    return /* @__PURE__ */ (function(_EdgeProgram) {
      function EdgeClampedProgram2() {
        _classCallCheck(this, EdgeClampedProgram2);
        return _callSuper(this, EdgeClampedProgram2, arguments);
      }
      _inherits(EdgeClampedProgram2, _EdgeProgram);
      return _createClass(EdgeClampedProgram2, [{
        key: "getDefinition",
        value: function getDefinition() {
          return {
            VERTICES: 6,
            VERTEX_SHADER_SOURCE: VERTEX_SHADER_SOURCE$1,
            FRAGMENT_SHADER_SOURCE,
            METHOD: WebGLRenderingContext.TRIANGLES,
            UNIFORMS: UNIFORMS$1,
            ATTRIBUTES: [{
              name: "a_positionStart",
              size: 2,
              type: FLOAT$1
            }, {
              name: "a_positionEnd",
              size: 2,
              type: FLOAT$1
            }, {
              name: "a_normal",
              size: 2,
              type: FLOAT$1
            }, {
              name: "a_color",
              size: 4,
              type: UNSIGNED_BYTE$1,
              normalized: true
            }, {
              name: "a_id",
              size: 4,
              type: UNSIGNED_BYTE$1,
              normalized: true
            }, {
              name: "a_radius",
              size: 1,
              type: FLOAT$1
            }],
            CONSTANT_ATTRIBUTES: [
              // If 0, then position will be a_positionStart
              // If 1, then position will be a_positionEnd
              {
                name: "a_positionCoef",
                size: 1,
                type: FLOAT$1
              },
              {
                name: "a_normalCoef",
                size: 1,
                type: FLOAT$1
              },
              {
                name: "a_radiusCoef",
                size: 1,
                type: FLOAT$1
              }
            ],
            CONSTANT_DATA: [[0, 1, 0], [0, -1, 0], [1, 1, 1], [1, 1, 1], [0, -1, 0], [1, -1, -1]]
          };
        }
      }, {
        key: "processVisibleItem",
        value: function processVisibleItem(edgeIndex, startIndex, sourceData, targetData, data) {
          var thickness = data.size || 1;
          var x1 = sourceData.x;
          var y1 = sourceData.y;
          var x2 = targetData.x;
          var y2 = targetData.y;
          var color = floatColor(data.color);
          var dx = x2 - x1;
          var dy = y2 - y1;
          var radius = targetData.size || 1;
          var len = dx * dx + dy * dy;
          var n1 = 0;
          var n2 = 0;
          if (len) {
            len = 1 / Math.sqrt(len);
            n1 = -dy * len * thickness;
            n2 = dx * len * thickness;
          }
          var array = this.array;
          array[startIndex++] = x1;
          array[startIndex++] = y1;
          array[startIndex++] = x2;
          array[startIndex++] = y2;
          array[startIndex++] = n1;
          array[startIndex++] = n2;
          array[startIndex++] = color;
          array[startIndex++] = edgeIndex;
          array[startIndex++] = radius;
        }
      }, {
        key: "setUniforms",
        value: function setUniforms(params, _ref) {
          var gl = _ref.gl, uniformLocations = _ref.uniformLocations;
          var u_matrix = uniformLocations.u_matrix, u_zoomRatio = uniformLocations.u_zoomRatio, u_feather = uniformLocations.u_feather, u_pixelRatio = uniformLocations.u_pixelRatio, u_correctionRatio = uniformLocations.u_correctionRatio, u_sizeRatio = uniformLocations.u_sizeRatio, u_minEdgeThickness = uniformLocations.u_minEdgeThickness, u_lengthToThicknessRatio = uniformLocations.u_lengthToThicknessRatio;
          gl.uniformMatrix3fv(u_matrix, false, params.matrix);
          gl.uniform1f(u_zoomRatio, params.zoomRatio);
          gl.uniform1f(u_sizeRatio, params.sizeRatio);
          gl.uniform1f(u_correctionRatio, params.correctionRatio);
          gl.uniform1f(u_pixelRatio, params.pixelRatio);
          gl.uniform1f(u_feather, params.antiAliasingFeather);
          gl.uniform1f(u_minEdgeThickness, params.minEdgeThickness);
          gl.uniform1f(u_lengthToThicknessRatio, options.lengthToThicknessRatio);
        }
      }]);
    })(EdgeProgram);
  }
  var EdgeClampedProgram = createEdgeClampedProgram();
  function createEdgeArrowProgram(inputOptions) {
    return createEdgeCompoundProgram([createEdgeClampedProgram(inputOptions), createEdgeArrowHeadProgram(inputOptions)]);
  }
  var EdgeArrowProgram = createEdgeArrowProgram();
  var EdgeArrowProgram$1 = EdgeArrowProgram;
  var SHADER_SOURCE = (
    /*glsl*/
    `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;

const float bias = 255.0 / 254.0;

void main() {
  float minThickness = u_minEdgeThickness;

  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;

  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;

  // We require edges to be at least "minThickness" pixels thick *on screen*
  // (so we need to compensate the size ratio):
  float pixelsThickness = max(normalLength, minThickness * u_sizeRatio);

  // Then, we need to retrieve the normalized thickness of the edge in the WebGL
  // referential (in a ([0, 1], [0, 1]) space), using our "magic" correction
  // ratio:
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;

  // Here is the proper position of the vertex
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness, 1)).xy, 0, 1);

  // For the fragment shader though, we need a thickness that takes the "magic"
  // correction ratio into account (as in webGLThickness), but so that the
  // antialiasing effect does not depend on the zoom level. So here's yet
  // another thickness version:
  v_thickness = webGLThickness / u_zoomRatio;

  v_normal = unitNormal;

  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

  #ifdef PICKING_MODE
  // For picking mode, we use the ID as the color:
  v_color = a_id;
  #else
  // For normal mode, we use the color:
  v_color = a_color;
  #endif

  v_color.a *= bias;
}
`
  );
  var VERTEX_SHADER_SOURCE = SHADER_SOURCE;
  var _WebGLRenderingContex = WebGLRenderingContext;
  var UNSIGNED_BYTE = _WebGLRenderingContex.UNSIGNED_BYTE;
  var FLOAT = _WebGLRenderingContex.FLOAT;
  var UNIFORMS = ["u_matrix", "u_zoomRatio", "u_sizeRatio", "u_correctionRatio", "u_pixelRatio", "u_feather", "u_minEdgeThickness"];
  var EdgeRectangleProgram = /* @__PURE__ */ (function(_EdgeProgram) {
    function EdgeRectangleProgram2() {
      _classCallCheck(this, EdgeRectangleProgram2);
      return _callSuper(this, EdgeRectangleProgram2, arguments);
    }
    _inherits(EdgeRectangleProgram2, _EdgeProgram);
    return _createClass(EdgeRectangleProgram2, [{
      key: "getDefinition",
      value: function getDefinition() {
        return {
          VERTICES: 6,
          VERTEX_SHADER_SOURCE,
          FRAGMENT_SHADER_SOURCE,
          METHOD: WebGLRenderingContext.TRIANGLES,
          UNIFORMS,
          ATTRIBUTES: [{
            name: "a_positionStart",
            size: 2,
            type: FLOAT
          }, {
            name: "a_positionEnd",
            size: 2,
            type: FLOAT
          }, {
            name: "a_normal",
            size: 2,
            type: FLOAT
          }, {
            name: "a_color",
            size: 4,
            type: UNSIGNED_BYTE,
            normalized: true
          }, {
            name: "a_id",
            size: 4,
            type: UNSIGNED_BYTE,
            normalized: true
          }],
          CONSTANT_ATTRIBUTES: [
            // If 0, then position will be a_positionStart
            // If 2, then position will be a_positionEnd
            {
              name: "a_positionCoef",
              size: 1,
              type: FLOAT
            },
            {
              name: "a_normalCoef",
              size: 1,
              type: FLOAT
            }
          ],
          CONSTANT_DATA: [[0, 1], [0, -1], [1, 1], [1, 1], [0, -1], [1, -1]]
        };
      }
    }, {
      key: "processVisibleItem",
      value: function processVisibleItem(edgeIndex, startIndex, sourceData, targetData, data) {
        var thickness = data.size || 1;
        var x1 = sourceData.x;
        var y1 = sourceData.y;
        var x2 = targetData.x;
        var y2 = targetData.y;
        var color = floatColor(data.color);
        var dx = x2 - x1;
        var dy = y2 - y1;
        var len = dx * dx + dy * dy;
        var n1 = 0;
        var n2 = 0;
        if (len) {
          len = 1 / Math.sqrt(len);
          n1 = -dy * len * thickness;
          n2 = dx * len * thickness;
        }
        var array = this.array;
        array[startIndex++] = x1;
        array[startIndex++] = y1;
        array[startIndex++] = x2;
        array[startIndex++] = y2;
        array[startIndex++] = n1;
        array[startIndex++] = n2;
        array[startIndex++] = color;
        array[startIndex++] = edgeIndex;
      }
    }, {
      key: "setUniforms",
      value: function setUniforms(params, _ref) {
        var gl = _ref.gl, uniformLocations = _ref.uniformLocations;
        var u_matrix = uniformLocations.u_matrix, u_zoomRatio = uniformLocations.u_zoomRatio, u_feather = uniformLocations.u_feather, u_pixelRatio = uniformLocations.u_pixelRatio, u_correctionRatio = uniformLocations.u_correctionRatio, u_sizeRatio = uniformLocations.u_sizeRatio, u_minEdgeThickness = uniformLocations.u_minEdgeThickness;
        gl.uniformMatrix3fv(u_matrix, false, params.matrix);
        gl.uniform1f(u_zoomRatio, params.zoomRatio);
        gl.uniform1f(u_sizeRatio, params.sizeRatio);
        gl.uniform1f(u_correctionRatio, params.correctionRatio);
        gl.uniform1f(u_pixelRatio, params.pixelRatio);
        gl.uniform1f(u_feather, params.antiAliasingFeather);
        gl.uniform1f(u_minEdgeThickness, params.minEdgeThickness);
      }
    }]);
  })(EdgeProgram);

  // node_modules/sigma/types/dist/sigma-types.esm.js
  var import_events = __toESM(require_events());
  var TypedEventEmitter = /* @__PURE__ */ (function(_ref) {
    function TypedEventEmitter2() {
      var _this;
      _classCallCheck(this, TypedEventEmitter2);
      _this = _callSuper(this, TypedEventEmitter2);
      _this.rawEmitter = _this;
      return _this;
    }
    _inherits(TypedEventEmitter2, _ref);
    return _createClass(TypedEventEmitter2);
  })(import_events.EventEmitter);

  // node_modules/sigma/dist/normalization-be445518.esm.js
  var import_is_graph = __toESM(require_is_graph());
  var linear = function linear2(k) {
    return k;
  };
  var quadraticIn = function quadraticIn2(k) {
    return k * k;
  };
  var quadraticOut = function quadraticOut2(k) {
    return k * (2 - k);
  };
  var quadraticInOut = function quadraticInOut2(k) {
    if ((k *= 2) < 1) return 0.5 * k * k;
    return -0.5 * (--k * (k - 2) - 1);
  };
  var cubicIn = function cubicIn2(k) {
    return k * k * k;
  };
  var cubicOut = function cubicOut2(k) {
    return --k * k * k + 1;
  };
  var cubicInOut = function cubicInOut2(k) {
    if ((k *= 2) < 1) return 0.5 * k * k * k;
    return 0.5 * ((k -= 2) * k * k + 2);
  };
  var easings = {
    linear,
    quadraticIn,
    quadraticOut,
    quadraticInOut,
    cubicIn,
    cubicOut,
    cubicInOut
  };
  var ANIMATE_DEFAULTS = {
    easing: "quadraticInOut",
    duration: 150
  };
  function identity() {
    return Float32Array.of(1, 0, 0, 0, 1, 0, 0, 0, 1);
  }
  function scale(m, x, y) {
    m[0] = x;
    m[4] = typeof y === "number" ? y : x;
    return m;
  }
  function rotate(m, r) {
    var s = Math.sin(r), c = Math.cos(r);
    m[0] = c;
    m[1] = s;
    m[3] = -s;
    m[4] = c;
    return m;
  }
  function translate(m, x, y) {
    m[6] = x;
    m[7] = y;
    return m;
  }
  function multiply(a, b) {
    var a00 = a[0], a01 = a[1], a02 = a[2];
    var a10 = a[3], a11 = a[4], a12 = a[5];
    var a20 = a[6], a21 = a[7], a22 = a[8];
    var b00 = b[0], b01 = b[1], b02 = b[2];
    var b10 = b[3], b11 = b[4], b12 = b[5];
    var b20 = b[6], b21 = b[7], b22 = b[8];
    a[0] = b00 * a00 + b01 * a10 + b02 * a20;
    a[1] = b00 * a01 + b01 * a11 + b02 * a21;
    a[2] = b00 * a02 + b01 * a12 + b02 * a22;
    a[3] = b10 * a00 + b11 * a10 + b12 * a20;
    a[4] = b10 * a01 + b11 * a11 + b12 * a21;
    a[5] = b10 * a02 + b11 * a12 + b12 * a22;
    a[6] = b20 * a00 + b21 * a10 + b22 * a20;
    a[7] = b20 * a01 + b21 * a11 + b22 * a21;
    a[8] = b20 * a02 + b21 * a12 + b22 * a22;
    return a;
  }
  function multiplyVec2(a, b) {
    var z = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : 1;
    var a00 = a[0];
    var a01 = a[1];
    var a10 = a[3];
    var a11 = a[4];
    var a20 = a[6];
    var a21 = a[7];
    var b0 = b.x;
    var b1 = b.y;
    return {
      x: b0 * a00 + b1 * a10 + a20 * z,
      y: b0 * a01 + b1 * a11 + a21 * z
    };
  }
  function getCorrectionRatio(viewportDimensions, graphDimensions) {
    var viewportRatio = viewportDimensions.height / viewportDimensions.width;
    var graphRatio = graphDimensions.height / graphDimensions.width;
    if (viewportRatio < 1 && graphRatio > 1 || viewportRatio > 1 && graphRatio < 1) {
      return 1;
    }
    return Math.min(Math.max(graphRatio, 1 / graphRatio), Math.max(1 / viewportRatio, viewportRatio));
  }
  function matrixFromCamera(state, viewportDimensions, graphDimensions, padding, inverse) {
    var angle = state.angle, ratio = state.ratio, x = state.x, y = state.y;
    var width = viewportDimensions.width, height = viewportDimensions.height;
    var matrix = identity();
    var smallestDimension = Math.min(width, height) - 2 * padding;
    var correctionRatio = getCorrectionRatio(viewportDimensions, graphDimensions);
    if (!inverse) {
      multiply(matrix, scale(identity(), 2 * (smallestDimension / width) * correctionRatio, 2 * (smallestDimension / height) * correctionRatio));
      multiply(matrix, rotate(identity(), -angle));
      multiply(matrix, scale(identity(), 1 / ratio));
      multiply(matrix, translate(identity(), -x, -y));
    } else {
      multiply(matrix, translate(identity(), x, y));
      multiply(matrix, scale(identity(), ratio));
      multiply(matrix, rotate(identity(), angle));
      multiply(matrix, scale(identity(), width / smallestDimension / 2 / correctionRatio, height / smallestDimension / 2 / correctionRatio));
    }
    return matrix;
  }
  function getMatrixImpact(matrix, cameraState, viewportDimensions) {
    var _multiplyVec = multiplyVec2(matrix, {
      x: Math.cos(cameraState.angle),
      y: Math.sin(cameraState.angle)
    }, 0), x = _multiplyVec.x, y = _multiplyVec.y;
    return 1 / Math.sqrt(Math.pow(x, 2) + Math.pow(y, 2)) / viewportDimensions.width;
  }
  function graphExtent(graph) {
    if (!graph.order) return {
      x: [0, 1],
      y: [0, 1]
    };
    var xMin = Infinity;
    var xMax = -Infinity;
    var yMin = Infinity;
    var yMax = -Infinity;
    graph.forEachNode(function(_, attr) {
      var x = attr.x, y = attr.y;
      if (x < xMin) xMin = x;
      if (x > xMax) xMax = x;
      if (y < yMin) yMin = y;
      if (y > yMax) yMax = y;
    });
    return {
      x: [xMin, xMax],
      y: [yMin, yMax]
    };
  }
  function validateGraph(graph) {
    if (!(0, import_is_graph.default)(graph)) throw new Error("Sigma: invalid graph instance.");
    graph.forEachNode(function(key, attributes) {
      if (!Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) {
        throw new Error("Sigma: Coordinates of node ".concat(key, " are invalid. A node must have a numeric 'x' and 'y' attribute."));
      }
    });
  }
  function createElement(tag, style, attributes) {
    var element = document.createElement(tag);
    if (style) {
      for (var k in style) {
        element.style[k] = style[k];
      }
    }
    if (attributes) {
      for (var _k in attributes) {
        element.setAttribute(_k, attributes[_k]);
      }
    }
    return element;
  }
  function getPixelRatio() {
    if (typeof window.devicePixelRatio !== "undefined") return window.devicePixelRatio;
    return 1;
  }
  function zIndexOrdering(_extent, getter, elements) {
    return elements.sort(function(a, b) {
      var zA = getter(a) || 0, zB = getter(b) || 0;
      if (zA < zB) return -1;
      if (zA > zB) return 1;
      return 0;
    });
  }
  function createNormalizationFunction(extent) {
    var _extent$x = _slicedToArray(extent.x, 2), minX = _extent$x[0], maxX = _extent$x[1], _extent$y = _slicedToArray(extent.y, 2), minY = _extent$y[0], maxY = _extent$y[1];
    var ratio = Math.max(maxX - minX, maxY - minY), dX = (maxX + minX) / 2, dY = (maxY + minY) / 2;
    if (ratio === 0 || Math.abs(ratio) === Infinity || isNaN(ratio)) ratio = 1;
    if (isNaN(dX)) dX = 0;
    if (isNaN(dY)) dY = 0;
    var fn = function fn2(data) {
      return {
        x: 0.5 + (data.x - dX) / ratio,
        y: 0.5 + (data.y - dY) / ratio
      };
    };
    fn.applyTo = function(data) {
      data.x = 0.5 + (data.x - dX) / ratio;
      data.y = 0.5 + (data.y - dY) / ratio;
    };
    fn.inverse = function(data) {
      return {
        x: dX + ratio * (data.x - 0.5),
        y: dY + ratio * (data.y - 0.5)
      };
    };
    fn.ratio = ratio;
    return fn;
  }

  // node_modules/sigma/dist/data-11df7124.esm.js
  function _typeof(o) {
    "@babel/helpers - typeof";
    return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
      return typeof o2;
    } : function(o2) {
      return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
    }, _typeof(o);
  }
  function extend(array, values) {
    var l2 = values.size;
    if (l2 === 0) return;
    var l1 = array.length;
    array.length += l2;
    var i = 0;
    values.forEach(function(value) {
      array[l1 + i] = value;
      i++;
    });
  }
  function assign(target) {
    target = target || {};
    for (var i = 0, l = arguments.length <= 1 ? 0 : arguments.length - 1; i < l; i++) {
      var o = i + 1 < 1 || arguments.length <= i + 1 ? void 0 : arguments[i + 1];
      if (!o) continue;
      Object.assign(target, o);
    }
    return target;
  }

  // node_modules/sigma/settings/dist/sigma-settings.esm.js
  var DEFAULT_SETTINGS = {
    // Performance
    hideEdgesOnMove: false,
    hideLabelsOnMove: false,
    renderLabels: true,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    // Component rendering
    defaultNodeColor: "#999",
    defaultNodeType: "circle",
    defaultEdgeColor: "#ccc",
    defaultEdgeType: "line",
    labelFont: "Arial",
    labelSize: 14,
    labelWeight: "normal",
    labelColor: {
      color: "#000"
    },
    edgeLabelFont: "Arial",
    edgeLabelSize: 14,
    edgeLabelWeight: "normal",
    edgeLabelColor: {
      attribute: "color"
    },
    stagePadding: 30,
    defaultDrawEdgeLabel: drawStraightEdgeLabel,
    defaultDrawNodeLabel: drawDiscNodeLabel,
    defaultDrawNodeHover: drawDiscNodeHover,
    minEdgeThickness: 1.7,
    antiAliasingFeather: 1,
    // Mouse and touch settings
    dragTimeout: 100,
    draggedEventsTolerance: 3,
    inertiaDuration: 200,
    inertiaRatio: 3,
    zoomDuration: 250,
    zoomingRatio: 1.7,
    doubleClickTimeout: 300,
    doubleClickZoomingRatio: 2.2,
    doubleClickZoomingDuration: 200,
    tapMoveTolerance: 10,
    // Size and scaling
    zoomToSizeRatioFunction: Math.sqrt,
    itemSizesReference: "screen",
    autoRescale: true,
    autoCenter: true,
    // Labels
    labelDensity: 1,
    labelGridCellSize: 100,
    labelRenderedSizeThreshold: 6,
    // Reducers
    nodeReducer: null,
    edgeReducer: null,
    // Features
    zIndex: false,
    minCameraRatio: null,
    maxCameraRatio: null,
    enableCameraZooming: true,
    enableCameraPanning: true,
    enableCameraRotation: true,
    cameraPanBoundaries: null,
    // Lifecycle
    allowInvalidContainer: false,
    // Program classes
    nodeProgramClasses: {},
    nodeHoverProgramClasses: {},
    edgeProgramClasses: {}
  };
  var DEFAULT_NODE_PROGRAM_CLASSES = {
    circle: NodeCircleProgram
  };
  var DEFAULT_EDGE_PROGRAM_CLASSES = {
    arrow: EdgeArrowProgram$1,
    line: EdgeRectangleProgram
  };
  function validateSettings(settings) {
    if (typeof settings.labelDensity !== "number" || settings.labelDensity < 0) {
      throw new Error("Settings: invalid `labelDensity`. Expecting a positive number.");
    }
    var minCameraRatio = settings.minCameraRatio, maxCameraRatio = settings.maxCameraRatio;
    if (typeof minCameraRatio === "number" && typeof maxCameraRatio === "number" && maxCameraRatio < minCameraRatio) {
      throw new Error("Settings: invalid camera ratio boundaries. Expecting `maxCameraRatio` to be greater than `minCameraRatio`.");
    }
  }
  function resolveSettings(settings) {
    var resolvedSettings = assign({}, DEFAULT_SETTINGS, settings);
    resolvedSettings.nodeProgramClasses = assign({}, DEFAULT_NODE_PROGRAM_CLASSES, resolvedSettings.nodeProgramClasses);
    resolvedSettings.edgeProgramClasses = assign({}, DEFAULT_EDGE_PROGRAM_CLASSES, resolvedSettings.edgeProgramClasses);
    return resolvedSettings;
  }

  // node_modules/sigma/dist/sigma.esm.js
  var import_events2 = __toESM(require_events());
  var import_is_graph2 = __toESM(require_is_graph());
  var DEFAULT_ZOOMING_RATIO = 1.5;
  var Camera = /* @__PURE__ */ (function(_TypedEventEmitter) {
    function Camera2() {
      var _this;
      _classCallCheck(this, Camera2);
      _this = _callSuper(this, Camera2);
      _defineProperty(_this, "x", 0.5);
      _defineProperty(_this, "y", 0.5);
      _defineProperty(_this, "angle", 0);
      _defineProperty(_this, "ratio", 1);
      _defineProperty(_this, "minRatio", null);
      _defineProperty(_this, "maxRatio", null);
      _defineProperty(_this, "enabledZooming", true);
      _defineProperty(_this, "enabledPanning", true);
      _defineProperty(_this, "enabledRotation", true);
      _defineProperty(_this, "clean", null);
      _defineProperty(_this, "nextFrame", null);
      _defineProperty(_this, "previousState", null);
      _defineProperty(_this, "enabled", true);
      _this.previousState = _this.getState();
      return _this;
    }
    _inherits(Camera2, _TypedEventEmitter);
    return _createClass(Camera2, [{
      key: "enable",
      value: (
        /**
         * Method used to enable the camera.
         */
        function enable() {
          this.enabled = true;
          return this;
        }
      )
      /**
       * Method used to disable the camera.
       */
    }, {
      key: "disable",
      value: function disable() {
        this.enabled = false;
        return this;
      }
      /**
       * Method used to retrieve the camera's current state.
       */
    }, {
      key: "getState",
      value: function getState() {
        return {
          x: this.x,
          y: this.y,
          angle: this.angle,
          ratio: this.ratio
        };
      }
      /**
       * Method used to check whether the camera has the given state.
       */
    }, {
      key: "hasState",
      value: function hasState(state) {
        return this.x === state.x && this.y === state.y && this.ratio === state.ratio && this.angle === state.angle;
      }
      /**
       * Method used to retrieve the camera's previous state.
       */
    }, {
      key: "getPreviousState",
      value: function getPreviousState() {
        var state = this.previousState;
        if (!state) return null;
        return {
          x: state.x,
          y: state.y,
          angle: state.angle,
          ratio: state.ratio
        };
      }
      /**
       * Method used to check minRatio and maxRatio values.
       */
    }, {
      key: "getBoundedRatio",
      value: function getBoundedRatio(ratio) {
        var r = ratio;
        if (typeof this.minRatio === "number") r = Math.max(r, this.minRatio);
        if (typeof this.maxRatio === "number") r = Math.min(r, this.maxRatio);
        return r;
      }
      /**
       * Method used to check various things to return a legit state candidate.
       */
    }, {
      key: "validateState",
      value: function validateState(state) {
        var validatedState = {};
        if (this.enabledPanning && typeof state.x === "number") validatedState.x = state.x;
        if (this.enabledPanning && typeof state.y === "number") validatedState.y = state.y;
        if (this.enabledZooming && typeof state.ratio === "number") validatedState.ratio = this.getBoundedRatio(state.ratio);
        if (this.enabledRotation && typeof state.angle === "number") validatedState.angle = state.angle;
        return this.clean ? this.clean(_objectSpread2(_objectSpread2({}, this.getState()), validatedState)) : validatedState;
      }
      /**
       * Method used to check whether the camera is currently being animated.
       */
    }, {
      key: "isAnimated",
      value: function isAnimated() {
        return !!this.nextFrame;
      }
      /**
       * Method used to set the camera's state.
       */
    }, {
      key: "setState",
      value: function setState(state) {
        if (!this.enabled) return this;
        this.previousState = this.getState();
        var validState = this.validateState(state);
        if (typeof validState.x === "number") this.x = validState.x;
        if (typeof validState.y === "number") this.y = validState.y;
        if (typeof validState.ratio === "number") this.ratio = validState.ratio;
        if (typeof validState.angle === "number") this.angle = validState.angle;
        if (!this.hasState(this.previousState)) this.emit("updated", this.getState());
        return this;
      }
      /**
       * Method used to update the camera's state using a function.
       */
    }, {
      key: "updateState",
      value: function updateState(updater) {
        this.setState(updater(this.getState()));
        return this;
      }
      /**
       * Method used to animate the camera.
       */
    }, {
      key: "animate",
      value: function animate(state) {
        var _this2 = this;
        var opts = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        var callback = arguments.length > 2 ? arguments[2] : void 0;
        if (!callback) return new Promise(function(resolve) {
          return _this2.animate(state, opts, resolve);
        });
        if (!this.enabled) return;
        var options = _objectSpread2(_objectSpread2({}, ANIMATE_DEFAULTS), opts);
        var validState = this.validateState(state);
        var easing = typeof options.easing === "function" ? options.easing : easings[options.easing];
        var start = Date.now(), initialState = this.getState();
        var _fn = function fn() {
          var t = (Date.now() - start) / options.duration;
          if (t >= 1) {
            _this2.nextFrame = null;
            _this2.setState(validState);
            if (_this2.animationCallback) {
              _this2.animationCallback.call(null);
              _this2.animationCallback = void 0;
            }
            return;
          }
          var coefficient = easing(t);
          var newState = {};
          if (typeof validState.x === "number") newState.x = initialState.x + (validState.x - initialState.x) * coefficient;
          if (typeof validState.y === "number") newState.y = initialState.y + (validState.y - initialState.y) * coefficient;
          if (_this2.enabledRotation && typeof validState.angle === "number") newState.angle = initialState.angle + (validState.angle - initialState.angle) * coefficient;
          if (typeof validState.ratio === "number") newState.ratio = initialState.ratio + (validState.ratio - initialState.ratio) * coefficient;
          _this2.setState(newState);
          _this2.nextFrame = requestAnimationFrame(_fn);
        };
        if (this.nextFrame) {
          cancelAnimationFrame(this.nextFrame);
          if (this.animationCallback) this.animationCallback.call(null);
          this.nextFrame = requestAnimationFrame(_fn);
        } else {
          _fn();
        }
        this.animationCallback = callback;
      }
      /**
       * Method used to zoom the camera.
       */
    }, {
      key: "animatedZoom",
      value: function animatedZoom(factorOrOptions) {
        if (!factorOrOptions) return this.animate({
          ratio: this.ratio / DEFAULT_ZOOMING_RATIO
        });
        if (typeof factorOrOptions === "number") return this.animate({
          ratio: this.ratio / factorOrOptions
        });
        return this.animate({
          ratio: this.ratio / (factorOrOptions.factor || DEFAULT_ZOOMING_RATIO)
        }, factorOrOptions);
      }
      /**
       * Method used to unzoom the camera.
       */
    }, {
      key: "animatedUnzoom",
      value: function animatedUnzoom(factorOrOptions) {
        if (!factorOrOptions) return this.animate({
          ratio: this.ratio * DEFAULT_ZOOMING_RATIO
        });
        if (typeof factorOrOptions === "number") return this.animate({
          ratio: this.ratio * factorOrOptions
        });
        return this.animate({
          ratio: this.ratio * (factorOrOptions.factor || DEFAULT_ZOOMING_RATIO)
        }, factorOrOptions);
      }
      /**
       * Method used to reset the camera.
       */
    }, {
      key: "animatedReset",
      value: function animatedReset(options) {
        return this.animate({
          x: 0.5,
          y: 0.5,
          ratio: 1,
          angle: 0
        }, options);
      }
      /**
       * Returns a new Camera instance, with the same state as the current camera.
       */
    }, {
      key: "copy",
      value: function copy() {
        return Camera2.from(this.getState());
      }
    }], [{
      key: "from",
      value: function from(state) {
        var camera = new Camera2();
        return camera.setState(state);
      }
    }]);
  })(TypedEventEmitter);
  function getPosition(e, dom) {
    var bbox = dom.getBoundingClientRect();
    return {
      x: e.clientX - bbox.left,
      y: e.clientY - bbox.top
    };
  }
  function getMouseCoords(e, dom) {
    var res = _objectSpread2(_objectSpread2({}, getPosition(e, dom)), {}, {
      sigmaDefaultPrevented: false,
      preventSigmaDefault: function preventSigmaDefault() {
        res.sigmaDefaultPrevented = true;
      },
      original: e
    });
    return res;
  }
  function cleanMouseCoords(e) {
    var res = "x" in e ? e : _objectSpread2(_objectSpread2({}, e.touches[0] || e.previousTouches[0]), {}, {
      original: e.original,
      sigmaDefaultPrevented: e.sigmaDefaultPrevented,
      preventSigmaDefault: function preventSigmaDefault() {
        e.sigmaDefaultPrevented = true;
        res.sigmaDefaultPrevented = true;
      }
    });
    return res;
  }
  function getWheelCoords(e, dom) {
    return _objectSpread2(_objectSpread2({}, getMouseCoords(e, dom)), {}, {
      delta: getWheelDelta(e)
    });
  }
  var MAX_TOUCHES = 2;
  function getTouchesArray(touches) {
    var arr = [];
    for (var i = 0, l = Math.min(touches.length, MAX_TOUCHES); i < l; i++) arr.push(touches[i]);
    return arr;
  }
  function getTouchCoords(e, previousTouches, dom) {
    var res = {
      touches: getTouchesArray(e.touches).map(function(touch) {
        return getPosition(touch, dom);
      }),
      previousTouches: previousTouches.map(function(touch) {
        return getPosition(touch, dom);
      }),
      sigmaDefaultPrevented: false,
      preventSigmaDefault: function preventSigmaDefault() {
        res.sigmaDefaultPrevented = true;
      },
      original: e
    };
    return res;
  }
  function getWheelDelta(e) {
    if (typeof e.deltaY !== "undefined") return e.deltaY * -3 / 360;
    if (typeof e.detail !== "undefined") return e.detail / -9;
    throw new Error("Captor: could not extract delta from event.");
  }
  var Captor = /* @__PURE__ */ (function(_TypedEventEmitter) {
    function Captor2(container, renderer) {
      var _this;
      _classCallCheck(this, Captor2);
      _this = _callSuper(this, Captor2);
      _this.container = container;
      _this.renderer = renderer;
      return _this;
    }
    _inherits(Captor2, _TypedEventEmitter);
    return _createClass(Captor2);
  })(TypedEventEmitter);
  var MOUSE_SETTINGS_KEYS = ["doubleClickTimeout", "doubleClickZoomingDuration", "doubleClickZoomingRatio", "dragTimeout", "draggedEventsTolerance", "inertiaDuration", "inertiaRatio", "zoomDuration", "zoomingRatio"];
  var DEFAULT_MOUSE_SETTINGS = MOUSE_SETTINGS_KEYS.reduce(function(iter, key) {
    return _objectSpread2(_objectSpread2({}, iter), {}, _defineProperty({}, key, DEFAULT_SETTINGS[key]));
  }, {});
  var MouseCaptor = /* @__PURE__ */ (function(_Captor) {
    function MouseCaptor2(container, renderer) {
      var _this;
      _classCallCheck(this, MouseCaptor2);
      _this = _callSuper(this, MouseCaptor2, [container, renderer]);
      _defineProperty(_this, "enabled", true);
      _defineProperty(_this, "draggedEvents", 0);
      _defineProperty(_this, "downStartTime", null);
      _defineProperty(_this, "lastMouseX", null);
      _defineProperty(_this, "lastMouseY", null);
      _defineProperty(_this, "isMouseDown", false);
      _defineProperty(_this, "isMoving", false);
      _defineProperty(_this, "movingTimeout", null);
      _defineProperty(_this, "startCameraState", null);
      _defineProperty(_this, "clicks", 0);
      _defineProperty(_this, "doubleClickTimeout", null);
      _defineProperty(_this, "currentWheelDirection", 0);
      _defineProperty(_this, "settings", DEFAULT_MOUSE_SETTINGS);
      _this.handleClick = _this.handleClick.bind(_this);
      _this.handleRightClick = _this.handleRightClick.bind(_this);
      _this.handleDown = _this.handleDown.bind(_this);
      _this.handleUp = _this.handleUp.bind(_this);
      _this.handleMove = _this.handleMove.bind(_this);
      _this.handleWheel = _this.handleWheel.bind(_this);
      _this.handleLeave = _this.handleLeave.bind(_this);
      _this.handleEnter = _this.handleEnter.bind(_this);
      container.addEventListener("click", _this.handleClick, {
        capture: false
      });
      container.addEventListener("contextmenu", _this.handleRightClick, {
        capture: false
      });
      container.addEventListener("mousedown", _this.handleDown, {
        capture: false
      });
      container.addEventListener("wheel", _this.handleWheel, {
        capture: false
      });
      container.addEventListener("mouseleave", _this.handleLeave, {
        capture: false
      });
      container.addEventListener("mouseenter", _this.handleEnter, {
        capture: false
      });
      document.addEventListener("mousemove", _this.handleMove, {
        capture: false
      });
      document.addEventListener("mouseup", _this.handleUp, {
        capture: false
      });
      return _this;
    }
    _inherits(MouseCaptor2, _Captor);
    return _createClass(MouseCaptor2, [{
      key: "kill",
      value: function kill() {
        var container = this.container;
        container.removeEventListener("click", this.handleClick);
        container.removeEventListener("contextmenu", this.handleRightClick);
        container.removeEventListener("mousedown", this.handleDown);
        container.removeEventListener("wheel", this.handleWheel);
        container.removeEventListener("mouseleave", this.handleLeave);
        container.removeEventListener("mouseenter", this.handleEnter);
        document.removeEventListener("mousemove", this.handleMove);
        document.removeEventListener("mouseup", this.handleUp);
      }
    }, {
      key: "handleClick",
      value: function handleClick(e) {
        var _this2 = this;
        if (!this.enabled) return;
        this.clicks++;
        if (this.clicks === 2) {
          this.clicks = 0;
          if (typeof this.doubleClickTimeout === "number") {
            clearTimeout(this.doubleClickTimeout);
            this.doubleClickTimeout = null;
          }
          return this.handleDoubleClick(e);
        }
        setTimeout(function() {
          _this2.clicks = 0;
          _this2.doubleClickTimeout = null;
        }, this.settings.doubleClickTimeout);
        if (this.draggedEvents < this.settings.draggedEventsTolerance) this.emit("click", getMouseCoords(e, this.container));
      }
    }, {
      key: "handleRightClick",
      value: function handleRightClick(e) {
        if (!this.enabled) return;
        this.emit("rightClick", getMouseCoords(e, this.container));
      }
    }, {
      key: "handleDoubleClick",
      value: function handleDoubleClick(e) {
        if (!this.enabled) return;
        e.preventDefault();
        e.stopPropagation();
        var mouseCoords = getMouseCoords(e, this.container);
        this.emit("doubleClick", mouseCoords);
        if (mouseCoords.sigmaDefaultPrevented) return;
        var camera = this.renderer.getCamera();
        var newRatio = camera.getBoundedRatio(camera.getState().ratio / this.settings.doubleClickZoomingRatio);
        camera.animate(this.renderer.getViewportZoomedState(getPosition(e, this.container), newRatio), {
          easing: "quadraticInOut",
          duration: this.settings.doubleClickZoomingDuration
        });
      }
    }, {
      key: "handleDown",
      value: function handleDown(e) {
        if (!this.enabled) return;
        if (e.button === 0) {
          this.startCameraState = this.renderer.getCamera().getState();
          var _getPosition = getPosition(e, this.container), x = _getPosition.x, y = _getPosition.y;
          this.lastMouseX = x;
          this.lastMouseY = y;
          this.draggedEvents = 0;
          this.downStartTime = Date.now();
          this.isMouseDown = true;
        }
        this.emit("mousedown", getMouseCoords(e, this.container));
      }
    }, {
      key: "handleUp",
      value: function handleUp(e) {
        var _this3 = this;
        if (!this.enabled || !this.isMouseDown) return;
        var camera = this.renderer.getCamera();
        this.isMouseDown = false;
        if (typeof this.movingTimeout === "number") {
          clearTimeout(this.movingTimeout);
          this.movingTimeout = null;
        }
        var _getPosition2 = getPosition(e, this.container), x = _getPosition2.x, y = _getPosition2.y;
        var cameraState = camera.getState(), previousCameraState = camera.getPreviousState() || {
          x: 0,
          y: 0
        };
        if (this.isMoving) {
          camera.animate({
            x: cameraState.x + this.settings.inertiaRatio * (cameraState.x - previousCameraState.x),
            y: cameraState.y + this.settings.inertiaRatio * (cameraState.y - previousCameraState.y)
          }, {
            duration: this.settings.inertiaDuration,
            easing: "quadraticOut"
          });
        } else if (this.lastMouseX !== x || this.lastMouseY !== y) {
          camera.setState({
            x: cameraState.x,
            y: cameraState.y
          });
        }
        this.isMoving = false;
        setTimeout(function() {
          var shouldRefresh = _this3.draggedEvents > 0;
          _this3.draggedEvents = 0;
          if (shouldRefresh && _this3.renderer.getSetting("hideEdgesOnMove")) _this3.renderer.refresh();
        }, 0);
        this.emit("mouseup", getMouseCoords(e, this.container));
      }
    }, {
      key: "handleMove",
      value: function handleMove(e) {
        var _this4 = this;
        if (!this.enabled) return;
        var mouseCoords = getMouseCoords(e, this.container);
        this.emit("mousemovebody", mouseCoords);
        if (e.target === this.container || e.composedPath()[0] === this.container) {
          this.emit("mousemove", mouseCoords);
        }
        if (mouseCoords.sigmaDefaultPrevented) return;
        if (this.isMouseDown) {
          this.isMoving = true;
          this.draggedEvents++;
          if (typeof this.movingTimeout === "number") {
            clearTimeout(this.movingTimeout);
          }
          this.movingTimeout = window.setTimeout(function() {
            _this4.movingTimeout = null;
            _this4.isMoving = false;
          }, this.settings.dragTimeout);
          var camera = this.renderer.getCamera();
          var _getPosition3 = getPosition(e, this.container), eX = _getPosition3.x, eY = _getPosition3.y;
          var lastMouse = this.renderer.viewportToFramedGraph({
            x: this.lastMouseX,
            y: this.lastMouseY
          });
          var mouse = this.renderer.viewportToFramedGraph({
            x: eX,
            y: eY
          });
          var offsetX = lastMouse.x - mouse.x, offsetY = lastMouse.y - mouse.y;
          var cameraState = camera.getState();
          var x = cameraState.x + offsetX, y = cameraState.y + offsetY;
          camera.setState({
            x,
            y
          });
          this.lastMouseX = eX;
          this.lastMouseY = eY;
          e.preventDefault();
          e.stopPropagation();
        }
      }
    }, {
      key: "handleLeave",
      value: function handleLeave(e) {
        this.emit("mouseleave", getMouseCoords(e, this.container));
      }
    }, {
      key: "handleEnter",
      value: function handleEnter(e) {
        this.emit("mouseenter", getMouseCoords(e, this.container));
      }
    }, {
      key: "handleWheel",
      value: function handleWheel(e) {
        var _this5 = this;
        var camera = this.renderer.getCamera();
        if (!this.enabled || !camera.enabledZooming) return;
        var delta = getWheelDelta(e);
        if (!delta) return;
        var wheelCoords = getWheelCoords(e, this.container);
        this.emit("wheel", wheelCoords);
        if (wheelCoords.sigmaDefaultPrevented) {
          e.preventDefault();
          e.stopPropagation();
          return;
        }
        var currentRatio = camera.getState().ratio;
        var ratioDiff = delta > 0 ? 1 / this.settings.zoomingRatio : this.settings.zoomingRatio;
        var newRatio = camera.getBoundedRatio(currentRatio * ratioDiff);
        var wheelDirection = delta > 0 ? 1 : -1;
        var now = Date.now();
        if (currentRatio === newRatio) return;
        e.preventDefault();
        e.stopPropagation();
        if (this.currentWheelDirection === wheelDirection && this.lastWheelTriggerTime && now - this.lastWheelTriggerTime < this.settings.zoomDuration / 5) {
          return;
        }
        camera.animate(this.renderer.getViewportZoomedState(getPosition(e, this.container), newRatio), {
          easing: "quadraticOut",
          duration: this.settings.zoomDuration
        }, function() {
          _this5.currentWheelDirection = 0;
        });
        this.currentWheelDirection = wheelDirection;
        this.lastWheelTriggerTime = now;
      }
    }, {
      key: "setSettings",
      value: function setSettings(settings) {
        this.settings = settings;
      }
    }]);
  })(Captor);
  var TOUCH_SETTINGS_KEYS = ["dragTimeout", "inertiaDuration", "inertiaRatio", "doubleClickTimeout", "doubleClickZoomingRatio", "doubleClickZoomingDuration", "tapMoveTolerance"];
  var DEFAULT_TOUCH_SETTINGS = TOUCH_SETTINGS_KEYS.reduce(function(iter, key) {
    return _objectSpread2(_objectSpread2({}, iter), {}, _defineProperty({}, key, DEFAULT_SETTINGS[key]));
  }, {});
  var TouchCaptor = /* @__PURE__ */ (function(_Captor) {
    function TouchCaptor2(container, renderer) {
      var _this;
      _classCallCheck(this, TouchCaptor2);
      _this = _callSuper(this, TouchCaptor2, [container, renderer]);
      _defineProperty(_this, "enabled", true);
      _defineProperty(_this, "isMoving", false);
      _defineProperty(_this, "hasMoved", false);
      _defineProperty(_this, "touchMode", 0);
      _defineProperty(_this, "startTouchesPositions", []);
      _defineProperty(_this, "lastTouches", []);
      _defineProperty(_this, "lastTap", null);
      _defineProperty(_this, "settings", DEFAULT_TOUCH_SETTINGS);
      _this.handleStart = _this.handleStart.bind(_this);
      _this.handleLeave = _this.handleLeave.bind(_this);
      _this.handleMove = _this.handleMove.bind(_this);
      container.addEventListener("touchstart", _this.handleStart, {
        capture: false
      });
      container.addEventListener("touchcancel", _this.handleLeave, {
        capture: false
      });
      document.addEventListener("touchend", _this.handleLeave, {
        capture: false,
        passive: false
      });
      document.addEventListener("touchmove", _this.handleMove, {
        capture: false,
        passive: false
      });
      return _this;
    }
    _inherits(TouchCaptor2, _Captor);
    return _createClass(TouchCaptor2, [{
      key: "kill",
      value: function kill() {
        var container = this.container;
        container.removeEventListener("touchstart", this.handleStart);
        container.removeEventListener("touchcancel", this.handleLeave);
        document.removeEventListener("touchend", this.handleLeave);
        document.removeEventListener("touchmove", this.handleMove);
      }
    }, {
      key: "getDimensions",
      value: function getDimensions() {
        return {
          width: this.container.offsetWidth,
          height: this.container.offsetHeight
        };
      }
    }, {
      key: "handleStart",
      value: function handleStart(e) {
        var _this2 = this;
        if (!this.enabled) return;
        e.preventDefault();
        var touches = getTouchesArray(e.touches);
        this.touchMode = touches.length;
        this.startCameraState = this.renderer.getCamera().getState();
        this.startTouchesPositions = touches.map(function(touch) {
          return getPosition(touch, _this2.container);
        });
        if (this.touchMode === 2) {
          var _this$startTouchesPos = _slicedToArray(this.startTouchesPositions, 2), _this$startTouchesPos2 = _this$startTouchesPos[0], x0 = _this$startTouchesPos2.x, y0 = _this$startTouchesPos2.y, _this$startTouchesPos3 = _this$startTouchesPos[1], x1 = _this$startTouchesPos3.x, y1 = _this$startTouchesPos3.y;
          this.startTouchesAngle = Math.atan2(y1 - y0, x1 - x0);
          this.startTouchesDistance = Math.sqrt(Math.pow(x1 - x0, 2) + Math.pow(y1 - y0, 2));
        }
        this.emit("touchdown", getTouchCoords(e, this.lastTouches, this.container));
        this.lastTouches = touches;
        this.lastTouchesPositions = this.startTouchesPositions;
      }
    }, {
      key: "handleLeave",
      value: function handleLeave(e) {
        if (!this.enabled || !this.startTouchesPositions.length) return;
        if (e.cancelable) e.preventDefault();
        if (this.movingTimeout) {
          this.isMoving = false;
          clearTimeout(this.movingTimeout);
        }
        switch (this.touchMode) {
          // eslint-disable-next-line @typescript-eslint/ban-ts-comment
          // @ts-ignore
          case 2:
            if (e.touches.length === 1) {
              this.handleStart(e);
              e.preventDefault();
              break;
            }
          /* falls through */
          case 1:
            if (this.isMoving) {
              var camera = this.renderer.getCamera();
              var cameraState = camera.getState(), previousCameraState = camera.getPreviousState() || {
                x: 0,
                y: 0
              };
              camera.animate({
                x: cameraState.x + this.settings.inertiaRatio * (cameraState.x - previousCameraState.x),
                y: cameraState.y + this.settings.inertiaRatio * (cameraState.y - previousCameraState.y)
              }, {
                duration: this.settings.inertiaDuration,
                easing: "quadraticOut"
              });
            }
            this.hasMoved = false;
            this.isMoving = false;
            this.touchMode = 0;
            break;
        }
        this.emit("touchup", getTouchCoords(e, this.lastTouches, this.container));
        if (!e.touches.length) {
          var position = getPosition(this.lastTouches[0], this.container);
          var downPosition = this.startTouchesPositions[0];
          var dSquare = Math.pow(position.x - downPosition.x, 2) + Math.pow(position.y - downPosition.y, 2);
          if (!e.touches.length && dSquare < Math.pow(this.settings.tapMoveTolerance, 2)) {
            if (this.lastTap && Date.now() - this.lastTap.time < this.settings.doubleClickTimeout) {
              var touchCoords = getTouchCoords(e, this.lastTouches, this.container);
              this.emit("doubletap", touchCoords);
              this.lastTap = null;
              if (!touchCoords.sigmaDefaultPrevented) {
                var _camera = this.renderer.getCamera();
                var newRatio = _camera.getBoundedRatio(_camera.getState().ratio / this.settings.doubleClickZoomingRatio);
                _camera.animate(this.renderer.getViewportZoomedState(position, newRatio), {
                  easing: "quadraticInOut",
                  duration: this.settings.doubleClickZoomingDuration
                });
              }
            } else {
              var _touchCoords = getTouchCoords(e, this.lastTouches, this.container);
              this.emit("tap", _touchCoords);
              this.lastTap = {
                time: Date.now(),
                position: _touchCoords.touches[0] || _touchCoords.previousTouches[0]
              };
            }
          }
        }
        this.lastTouches = getTouchesArray(e.touches);
        this.startTouchesPositions = [];
      }
    }, {
      key: "handleMove",
      value: function handleMove(e) {
        var _this3 = this;
        if (!this.enabled || !this.startTouchesPositions.length) return;
        e.preventDefault();
        var touches = getTouchesArray(e.touches);
        var touchesPositions = touches.map(function(touch) {
          return getPosition(touch, _this3.container);
        });
        var lastTouches = this.lastTouches;
        this.lastTouches = touches;
        this.lastTouchesPositions = touchesPositions;
        var touchCoords = getTouchCoords(e, lastTouches, this.container);
        this.emit("touchmove", touchCoords);
        if (touchCoords.sigmaDefaultPrevented) return;
        this.hasMoved || (this.hasMoved = touchesPositions.some(function(position, idx) {
          var startPosition = _this3.startTouchesPositions[idx];
          return startPosition && (position.x !== startPosition.x || position.y !== startPosition.y);
        }));
        if (!this.hasMoved) {
          return;
        }
        this.isMoving = true;
        if (this.movingTimeout) clearTimeout(this.movingTimeout);
        this.movingTimeout = window.setTimeout(function() {
          _this3.isMoving = false;
        }, this.settings.dragTimeout);
        var camera = this.renderer.getCamera();
        var startCameraState = this.startCameraState;
        var padding = this.renderer.getSetting("stagePadding");
        switch (this.touchMode) {
          case 1: {
            var _this$renderer$viewpo = this.renderer.viewportToFramedGraph((this.startTouchesPositions || [])[0]), xStart = _this$renderer$viewpo.x, yStart = _this$renderer$viewpo.y;
            var _this$renderer$viewpo2 = this.renderer.viewportToFramedGraph(touchesPositions[0]), x = _this$renderer$viewpo2.x, y = _this$renderer$viewpo2.y;
            camera.setState({
              x: startCameraState.x + xStart - x,
              y: startCameraState.y + yStart - y
            });
            break;
          }
          case 2: {
            var newCameraState = {
              x: 0.5,
              y: 0.5,
              angle: 0,
              ratio: 1
            };
            var _touchesPositions$ = touchesPositions[0], x0 = _touchesPositions$.x, y0 = _touchesPositions$.y;
            var _touchesPositions$2 = touchesPositions[1], x1 = _touchesPositions$2.x, y1 = _touchesPositions$2.y;
            var angleDiff = Math.atan2(y1 - y0, x1 - x0) - this.startTouchesAngle;
            var ratioDiff = Math.hypot(y1 - y0, x1 - x0) / this.startTouchesDistance;
            var newRatio = camera.getBoundedRatio(startCameraState.ratio / ratioDiff);
            newCameraState.ratio = newRatio;
            newCameraState.angle = startCameraState.angle + angleDiff;
            var dimensions = this.getDimensions();
            var touchGraphPosition = this.renderer.viewportToFramedGraph((this.startTouchesPositions || [])[0], {
              cameraState: startCameraState
            });
            var smallestDimension = Math.min(dimensions.width, dimensions.height) - 2 * padding;
            var dx = smallestDimension / dimensions.width;
            var dy = smallestDimension / dimensions.height;
            var ratio = newRatio / smallestDimension;
            var _x = x0 - smallestDimension / 2 / dx;
            var _y = y0 - smallestDimension / 2 / dy;
            var _ref = [_x * Math.cos(-newCameraState.angle) - _y * Math.sin(-newCameraState.angle), _y * Math.cos(-newCameraState.angle) + _x * Math.sin(-newCameraState.angle)];
            _x = _ref[0];
            _y = _ref[1];
            newCameraState.x = touchGraphPosition.x - _x * ratio;
            newCameraState.y = touchGraphPosition.y + _y * ratio;
            camera.setState(newCameraState);
            break;
          }
        }
      }
    }, {
      key: "setSettings",
      value: function setSettings(settings) {
        this.settings = settings;
      }
    }]);
  })(Captor);
  function _arrayWithoutHoles(r) {
    if (Array.isArray(r)) return _arrayLikeToArray(r);
  }
  function _iterableToArray(r) {
    if ("undefined" != typeof Symbol && null != r[Symbol.iterator] || null != r["@@iterator"]) return Array.from(r);
  }
  function _nonIterableSpread() {
    throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
  }
  function _toConsumableArray(r) {
    return _arrayWithoutHoles(r) || _iterableToArray(r) || _unsupportedIterableToArray(r) || _nonIterableSpread();
  }
  function _objectWithoutPropertiesLoose(r, e) {
    if (null == r) return {};
    var t = {};
    for (var n in r) if ({}.hasOwnProperty.call(r, n)) {
      if (-1 !== e.indexOf(n)) continue;
      t[n] = r[n];
    }
    return t;
  }
  function _objectWithoutProperties(e, t) {
    if (null == e) return {};
    var o, r, i = _objectWithoutPropertiesLoose(e, t);
    if (Object.getOwnPropertySymbols) {
      var n = Object.getOwnPropertySymbols(e);
      for (r = 0; r < n.length; r++) o = n[r], -1 === t.indexOf(o) && {}.propertyIsEnumerable.call(e, o) && (i[o] = e[o]);
    }
    return i;
  }
  var LabelCandidate = /* @__PURE__ */ (function() {
    function LabelCandidate2(key, size) {
      _classCallCheck(this, LabelCandidate2);
      this.key = key;
      this.size = size;
    }
    return _createClass(LabelCandidate2, null, [{
      key: "compare",
      value: function compare(first, second) {
        if (first.size > second.size) return -1;
        if (first.size < second.size) return 1;
        if (first.key > second.key) return 1;
        return -1;
      }
    }]);
  })();
  var LabelGrid = /* @__PURE__ */ (function() {
    function LabelGrid2() {
      _classCallCheck(this, LabelGrid2);
      _defineProperty(this, "width", 0);
      _defineProperty(this, "height", 0);
      _defineProperty(this, "cellSize", 0);
      _defineProperty(this, "columns", 0);
      _defineProperty(this, "rows", 0);
      _defineProperty(this, "cells", {});
    }
    return _createClass(LabelGrid2, [{
      key: "resizeAndClear",
      value: function resizeAndClear(dimensions, cellSize) {
        this.width = dimensions.width;
        this.height = dimensions.height;
        this.cellSize = cellSize;
        this.columns = Math.ceil(dimensions.width / cellSize);
        this.rows = Math.ceil(dimensions.height / cellSize);
        this.cells = {};
      }
    }, {
      key: "getIndex",
      value: function getIndex(pos) {
        var xIndex = Math.floor(pos.x / this.cellSize);
        var yIndex = Math.floor(pos.y / this.cellSize);
        return yIndex * this.columns + xIndex;
      }
    }, {
      key: "add",
      value: function add(key, size, pos) {
        var candidate = new LabelCandidate(key, size);
        var index = this.getIndex(pos);
        var cell = this.cells[index];
        if (!cell) {
          cell = [];
          this.cells[index] = cell;
        }
        cell.push(candidate);
      }
    }, {
      key: "organize",
      value: function organize() {
        for (var k in this.cells) {
          var cell = this.cells[k];
          cell.sort(LabelCandidate.compare);
        }
      }
    }, {
      key: "getLabelsToDisplay",
      value: function getLabelsToDisplay(ratio, density) {
        var cellArea = this.cellSize * this.cellSize;
        var scaledCellArea = cellArea / ratio / ratio;
        var scaledDensity = scaledCellArea * density / cellArea;
        var labelsToDisplayPerCell = Math.ceil(scaledDensity);
        var labels = [];
        for (var k in this.cells) {
          var cell = this.cells[k];
          for (var i = 0; i < Math.min(labelsToDisplayPerCell, cell.length); i++) {
            labels.push(cell[i].key);
          }
        }
        return labels;
      }
    }]);
  })();
  function edgeLabelsToDisplayFromNodes(params) {
    var graph = params.graph, hoveredNode = params.hoveredNode, highlightedNodes = params.highlightedNodes, displayedNodeLabels = params.displayedNodeLabels;
    var worthyEdges = [];
    graph.forEachEdge(function(edge, _, source, target) {
      if (source === hoveredNode || target === hoveredNode || highlightedNodes.has(source) || highlightedNodes.has(target) || displayedNodeLabels.has(source) && displayedNodeLabels.has(target)) {
        worthyEdges.push(edge);
      }
    });
    return worthyEdges;
  }
  var X_LABEL_MARGIN = 150;
  var Y_LABEL_MARGIN = 50;
  var hasOwnProperty = Object.prototype.hasOwnProperty;
  function applyNodeDefaults(settings, key, data) {
    if (!hasOwnProperty.call(data, "x") || !hasOwnProperty.call(data, "y")) throw new Error('Sigma: could not find a valid position (x, y) for node "'.concat(key, '". All your nodes must have a number "x" and "y". Maybe your forgot to apply a layout or your "nodeReducer" is not returning the correct data?'));
    if (!data.color) data.color = settings.defaultNodeColor;
    if (!data.label && data.label !== "") data.label = null;
    if (data.label !== void 0 && data.label !== null) data.label = "" + data.label;
    else data.label = null;
    if (!data.size) data.size = 2;
    if (!hasOwnProperty.call(data, "hidden")) data.hidden = false;
    if (!hasOwnProperty.call(data, "highlighted")) data.highlighted = false;
    if (!hasOwnProperty.call(data, "forceLabel")) data.forceLabel = false;
    if (!data.type || data.type === "") data.type = settings.defaultNodeType;
    if (!data.zIndex) data.zIndex = 0;
    return data;
  }
  function applyEdgeDefaults(settings, _key, data) {
    if (!data.color) data.color = settings.defaultEdgeColor;
    if (!data.label) data.label = "";
    if (!data.size) data.size = 0.5;
    if (!hasOwnProperty.call(data, "hidden")) data.hidden = false;
    if (!hasOwnProperty.call(data, "forceLabel")) data.forceLabel = false;
    if (!data.type || data.type === "") data.type = settings.defaultEdgeType;
    if (!data.zIndex) data.zIndex = 0;
    return data;
  }
  var Sigma$1 = /* @__PURE__ */ (function(_TypedEventEmitter) {
    function Sigma2(graph, container) {
      var _this;
      var settings = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {};
      _classCallCheck(this, Sigma2);
      _this = _callSuper(this, Sigma2);
      _defineProperty(_this, "elements", {});
      _defineProperty(_this, "canvasContexts", {});
      _defineProperty(_this, "webGLContexts", {});
      _defineProperty(_this, "pickingLayers", /* @__PURE__ */ new Set());
      _defineProperty(_this, "textures", {});
      _defineProperty(_this, "frameBuffers", {});
      _defineProperty(_this, "activeListeners", {});
      _defineProperty(_this, "labelGrid", new LabelGrid());
      _defineProperty(_this, "nodeDataCache", {});
      _defineProperty(_this, "edgeDataCache", {});
      _defineProperty(_this, "nodeProgramIndex", {});
      _defineProperty(_this, "edgeProgramIndex", {});
      _defineProperty(_this, "nodesWithForcedLabels", /* @__PURE__ */ new Set());
      _defineProperty(_this, "edgesWithForcedLabels", /* @__PURE__ */ new Set());
      _defineProperty(_this, "nodeExtent", {
        x: [0, 1],
        y: [0, 1]
      });
      _defineProperty(_this, "nodeZExtent", [Infinity, -Infinity]);
      _defineProperty(_this, "edgeZExtent", [Infinity, -Infinity]);
      _defineProperty(_this, "matrix", identity());
      _defineProperty(_this, "invMatrix", identity());
      _defineProperty(_this, "correctionRatio", 1);
      _defineProperty(_this, "customBBox", null);
      _defineProperty(_this, "normalizationFunction", createNormalizationFunction({
        x: [0, 1],
        y: [0, 1]
      }));
      _defineProperty(_this, "graphToViewportRatio", 1);
      _defineProperty(_this, "itemIDsIndex", {});
      _defineProperty(_this, "nodeIndices", {});
      _defineProperty(_this, "edgeIndices", {});
      _defineProperty(_this, "width", 0);
      _defineProperty(_this, "height", 0);
      _defineProperty(_this, "pixelRatio", getPixelRatio());
      _defineProperty(_this, "pickingDownSizingRatio", 2 * _this.pixelRatio);
      _defineProperty(_this, "displayedNodeLabels", /* @__PURE__ */ new Set());
      _defineProperty(_this, "displayedEdgeLabels", /* @__PURE__ */ new Set());
      _defineProperty(_this, "highlightedNodes", /* @__PURE__ */ new Set());
      _defineProperty(_this, "hoveredNode", null);
      _defineProperty(_this, "hoveredEdge", null);
      _defineProperty(_this, "renderFrame", null);
      _defineProperty(_this, "renderHighlightedNodesFrame", null);
      _defineProperty(_this, "needToProcess", false);
      _defineProperty(_this, "checkEdgesEventsFrame", null);
      _defineProperty(_this, "nodePrograms", {});
      _defineProperty(_this, "nodeHoverPrograms", {});
      _defineProperty(_this, "edgePrograms", {});
      _this.settings = resolveSettings(settings);
      validateSettings(_this.settings);
      validateGraph(graph);
      if (!(container instanceof HTMLElement)) throw new Error("Sigma: container should be an html element.");
      _this.graph = graph;
      _this.container = container;
      _this.createWebGLContext("edges", {
        picking: settings.enableEdgeEvents
      });
      _this.createCanvasContext("edgeLabels");
      _this.createWebGLContext("nodes", {
        picking: true
      });
      _this.createCanvasContext("labels");
      _this.createCanvasContext("hovers");
      _this.createWebGLContext("hoverNodes");
      _this.createCanvasContext("mouse", {
        style: {
          touchAction: "none",
          userSelect: "none"
        }
      });
      _this.resize();
      for (var type in _this.settings.nodeProgramClasses) {
        _this.registerNodeProgram(type, _this.settings.nodeProgramClasses[type], _this.settings.nodeHoverProgramClasses[type]);
      }
      for (var _type in _this.settings.edgeProgramClasses) {
        _this.registerEdgeProgram(_type, _this.settings.edgeProgramClasses[_type]);
      }
      _this.camera = new Camera();
      _this.bindCameraHandlers();
      _this.mouseCaptor = new MouseCaptor(_this.elements.mouse, _this);
      _this.mouseCaptor.setSettings(_this.settings);
      _this.touchCaptor = new TouchCaptor(_this.elements.mouse, _this);
      _this.touchCaptor.setSettings(_this.settings);
      _this.bindEventHandlers();
      _this.bindGraphHandlers();
      _this.handleSettingsUpdate();
      _this.refresh();
      return _this;
    }
    _inherits(Sigma2, _TypedEventEmitter);
    return _createClass(Sigma2, [{
      key: "registerNodeProgram",
      value: function registerNodeProgram(key, NodeProgramClass, NodeHoverProgram) {
        if (this.nodePrograms[key]) this.nodePrograms[key].kill();
        if (this.nodeHoverPrograms[key]) this.nodeHoverPrograms[key].kill();
        this.nodePrograms[key] = new NodeProgramClass(this.webGLContexts.nodes, this.frameBuffers.nodes, this);
        this.nodeHoverPrograms[key] = new (NodeHoverProgram || NodeProgramClass)(this.webGLContexts.hoverNodes, null, this);
        return this;
      }
      /**
       * Internal function used to register an edge program
       *
       * @param  {string}          key              - The program's key, matching the related edges "type" values.
       * @param  {EdgeProgramType} EdgeProgramClass - An edges program class.
       * @return {Sigma}
       */
    }, {
      key: "registerEdgeProgram",
      value: function registerEdgeProgram(key, EdgeProgramClass) {
        if (this.edgePrograms[key]) this.edgePrograms[key].kill();
        this.edgePrograms[key] = new EdgeProgramClass(this.webGLContexts.edges, this.frameBuffers.edges, this);
        return this;
      }
      /**
       * Internal function used to unregister a node program
       *
       * @param  {string} key - The program's key, matching the related nodes "type" values.
       * @return {Sigma}
       */
    }, {
      key: "unregisterNodeProgram",
      value: function unregisterNodeProgram(key) {
        if (this.nodePrograms[key]) {
          var _this$nodePrograms = this.nodePrograms, program = _this$nodePrograms[key], programs = _objectWithoutProperties(_this$nodePrograms, [key].map(_toPropertyKey));
          program.kill();
          this.nodePrograms = programs;
        }
        if (this.nodeHoverPrograms[key]) {
          var _this$nodeHoverProgra = this.nodeHoverPrograms, _program = _this$nodeHoverProgra[key], _programs = _objectWithoutProperties(_this$nodeHoverProgra, [key].map(_toPropertyKey));
          _program.kill();
          this.nodePrograms = _programs;
        }
        return this;
      }
      /**
       * Internal function used to unregister an edge program
       *
       * @param  {string} key - The program's key, matching the related edges "type" values.
       * @return {Sigma}
       */
    }, {
      key: "unregisterEdgeProgram",
      value: function unregisterEdgeProgram(key) {
        if (this.edgePrograms[key]) {
          var _this$edgePrograms = this.edgePrograms, program = _this$edgePrograms[key], programs = _objectWithoutProperties(_this$edgePrograms, [key].map(_toPropertyKey));
          program.kill();
          this.edgePrograms = programs;
        }
        return this;
      }
      /**
       * Method (re)binding WebGL texture (for picking).
       *
       * @return {Sigma}
       */
    }, {
      key: "resetWebGLTexture",
      value: function resetWebGLTexture(id) {
        var gl = this.webGLContexts[id];
        var frameBuffer = this.frameBuffers[id];
        var currentTexture = this.textures[id];
        if (currentTexture) gl.deleteTexture(currentTexture);
        var pickingTexture = gl.createTexture();
        gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
        gl.bindTexture(gl.TEXTURE_2D, pickingTexture);
        gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, this.width, this.height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
        gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, pickingTexture, 0);
        this.textures[id] = pickingTexture;
        return this;
      }
      /**
       * Method binding camera handlers.
       *
       * @return {Sigma}
       */
    }, {
      key: "bindCameraHandlers",
      value: function bindCameraHandlers() {
        var _this2 = this;
        this.activeListeners.camera = function() {
          _this2.scheduleRender();
        };
        this.camera.on("updated", this.activeListeners.camera);
        return this;
      }
      /**
       * Method unbinding camera handlers.
       *
       * @return {Sigma}
       */
    }, {
      key: "unbindCameraHandlers",
      value: function unbindCameraHandlers() {
        this.camera.removeListener("updated", this.activeListeners.camera);
        return this;
      }
      /**
       * Method that returns the closest node to a given position.
       */
    }, {
      key: "getNodeAtPosition",
      value: function getNodeAtPosition(position) {
        var x = position.x, y = position.y;
        var color = getPixelColor(this.webGLContexts.nodes, this.frameBuffers.nodes, x, y, this.pixelRatio, this.pickingDownSizingRatio);
        var index = colorToIndex.apply(void 0, _toConsumableArray(color));
        var itemAt = this.itemIDsIndex[index];
        return itemAt && itemAt.type === "node" ? itemAt.id : null;
      }
      /**
       * Method binding event handlers.
       *
       * @return {Sigma}
       */
    }, {
      key: "bindEventHandlers",
      value: function bindEventHandlers() {
        var _this3 = this;
        this.activeListeners.handleResize = function() {
          _this3.scheduleRefresh();
        };
        window.addEventListener("resize", this.activeListeners.handleResize);
        this.activeListeners.handleMove = function(e) {
          var event = cleanMouseCoords(e);
          var baseEvent = {
            event,
            preventSigmaDefault: function preventSigmaDefault() {
              event.preventSigmaDefault();
            }
          };
          var nodeToHover = _this3.getNodeAtPosition(event);
          if (nodeToHover && _this3.hoveredNode !== nodeToHover && !_this3.nodeDataCache[nodeToHover].hidden) {
            if (_this3.hoveredNode) _this3.emit("leaveNode", _objectSpread2(_objectSpread2({}, baseEvent), {}, {
              node: _this3.hoveredNode
            }));
            _this3.hoveredNode = nodeToHover;
            _this3.emit("enterNode", _objectSpread2(_objectSpread2({}, baseEvent), {}, {
              node: nodeToHover
            }));
            _this3.scheduleHighlightedNodesRender();
            return;
          }
          if (_this3.hoveredNode) {
            if (_this3.getNodeAtPosition(event) !== _this3.hoveredNode) {
              var node = _this3.hoveredNode;
              _this3.hoveredNode = null;
              _this3.emit("leaveNode", _objectSpread2(_objectSpread2({}, baseEvent), {}, {
                node
              }));
              _this3.scheduleHighlightedNodesRender();
              return;
            }
          }
          if (_this3.settings.enableEdgeEvents) {
            var edgeToHover = _this3.hoveredNode ? null : _this3.getEdgeAtPoint(baseEvent.event.x, baseEvent.event.y);
            if (edgeToHover !== _this3.hoveredEdge) {
              if (_this3.hoveredEdge) _this3.emit("leaveEdge", _objectSpread2(_objectSpread2({}, baseEvent), {}, {
                edge: _this3.hoveredEdge
              }));
              if (edgeToHover) _this3.emit("enterEdge", _objectSpread2(_objectSpread2({}, baseEvent), {}, {
                edge: edgeToHover
              }));
              _this3.hoveredEdge = edgeToHover;
            }
          }
        };
        this.activeListeners.handleMoveBody = function(e) {
          var event = cleanMouseCoords(e);
          _this3.emit("moveBody", {
            event,
            preventSigmaDefault: function preventSigmaDefault() {
              event.preventSigmaDefault();
            }
          });
        };
        this.activeListeners.handleLeave = function(e) {
          var event = cleanMouseCoords(e);
          var baseEvent = {
            event,
            preventSigmaDefault: function preventSigmaDefault() {
              event.preventSigmaDefault();
            }
          };
          if (_this3.hoveredNode) {
            _this3.emit("leaveNode", _objectSpread2(_objectSpread2({}, baseEvent), {}, {
              node: _this3.hoveredNode
            }));
            _this3.scheduleHighlightedNodesRender();
          }
          if (_this3.settings.enableEdgeEvents && _this3.hoveredEdge) {
            _this3.emit("leaveEdge", _objectSpread2(_objectSpread2({}, baseEvent), {}, {
              edge: _this3.hoveredEdge
            }));
            _this3.scheduleHighlightedNodesRender();
          }
          _this3.emit("leaveStage", _objectSpread2({}, baseEvent));
        };
        this.activeListeners.handleEnter = function(e) {
          var event = cleanMouseCoords(e);
          var baseEvent = {
            event,
            preventSigmaDefault: function preventSigmaDefault() {
              event.preventSigmaDefault();
            }
          };
          _this3.emit("enterStage", _objectSpread2({}, baseEvent));
        };
        var createInteractionListener = function createInteractionListener2(eventType) {
          return function(e) {
            var event = cleanMouseCoords(e);
            var baseEvent = {
              event,
              preventSigmaDefault: function preventSigmaDefault() {
                event.preventSigmaDefault();
              }
            };
            var nodeAtPosition = _this3.getNodeAtPosition(event);
            if (nodeAtPosition) return _this3.emit("".concat(eventType, "Node"), _objectSpread2(_objectSpread2({}, baseEvent), {}, {
              node: nodeAtPosition
            }));
            if (_this3.settings.enableEdgeEvents) {
              var edge = _this3.getEdgeAtPoint(event.x, event.y);
              if (edge) return _this3.emit("".concat(eventType, "Edge"), _objectSpread2(_objectSpread2({}, baseEvent), {}, {
                edge
              }));
            }
            return _this3.emit("".concat(eventType, "Stage"), baseEvent);
          };
        };
        this.activeListeners.handleClick = createInteractionListener("click");
        this.activeListeners.handleRightClick = createInteractionListener("rightClick");
        this.activeListeners.handleDoubleClick = createInteractionListener("doubleClick");
        this.activeListeners.handleWheel = createInteractionListener("wheel");
        this.activeListeners.handleDown = createInteractionListener("down");
        this.activeListeners.handleUp = createInteractionListener("up");
        this.mouseCaptor.on("mousemove", this.activeListeners.handleMove);
        this.mouseCaptor.on("mousemovebody", this.activeListeners.handleMoveBody);
        this.mouseCaptor.on("click", this.activeListeners.handleClick);
        this.mouseCaptor.on("rightClick", this.activeListeners.handleRightClick);
        this.mouseCaptor.on("doubleClick", this.activeListeners.handleDoubleClick);
        this.mouseCaptor.on("wheel", this.activeListeners.handleWheel);
        this.mouseCaptor.on("mousedown", this.activeListeners.handleDown);
        this.mouseCaptor.on("mouseup", this.activeListeners.handleUp);
        this.mouseCaptor.on("mouseleave", this.activeListeners.handleLeave);
        this.mouseCaptor.on("mouseenter", this.activeListeners.handleEnter);
        this.touchCaptor.on("touchdown", this.activeListeners.handleDown);
        this.touchCaptor.on("touchdown", this.activeListeners.handleMove);
        this.touchCaptor.on("touchup", this.activeListeners.handleUp);
        this.touchCaptor.on("touchmove", this.activeListeners.handleMove);
        this.touchCaptor.on("tap", this.activeListeners.handleClick);
        this.touchCaptor.on("doubletap", this.activeListeners.handleDoubleClick);
        this.touchCaptor.on("touchmove", this.activeListeners.handleMoveBody);
        return this;
      }
      /**
       * Method binding graph handlers
       *
       * @return {Sigma}
       */
    }, {
      key: "bindGraphHandlers",
      value: function bindGraphHandlers() {
        var _this4 = this;
        var graph = this.graph;
        var LAYOUT_IMPACTING_FIELDS = /* @__PURE__ */ new Set(["x", "y", "zIndex", "type"]);
        this.activeListeners.eachNodeAttributesUpdatedGraphUpdate = function(e) {
          var _e$hints;
          var updatedFields = (_e$hints = e.hints) === null || _e$hints === void 0 ? void 0 : _e$hints.attributes;
          _this4.graph.forEachNode(function(node) {
            return _this4.updateNode(node);
          });
          var layoutChanged = !updatedFields || updatedFields.some(function(f) {
            return LAYOUT_IMPACTING_FIELDS.has(f);
          });
          _this4.refresh({
            partialGraph: {
              nodes: graph.nodes()
            },
            skipIndexation: !layoutChanged,
            schedule: true
          });
        };
        this.activeListeners.eachEdgeAttributesUpdatedGraphUpdate = function(e) {
          var _e$hints2;
          var updatedFields = (_e$hints2 = e.hints) === null || _e$hints2 === void 0 ? void 0 : _e$hints2.attributes;
          _this4.graph.forEachEdge(function(edge) {
            return _this4.updateEdge(edge);
          });
          var layoutChanged = updatedFields && ["zIndex", "type"].some(function(f) {
            return updatedFields === null || updatedFields === void 0 ? void 0 : updatedFields.includes(f);
          });
          _this4.refresh({
            partialGraph: {
              edges: graph.edges()
            },
            skipIndexation: !layoutChanged,
            schedule: true
          });
        };
        this.activeListeners.addNodeGraphUpdate = function(payload) {
          var node = payload.key;
          _this4.addNode(node);
          _this4.refresh({
            partialGraph: {
              nodes: [node]
            },
            skipIndexation: false,
            schedule: true
          });
        };
        this.activeListeners.updateNodeGraphUpdate = function(payload) {
          var node = payload.key;
          _this4.refresh({
            partialGraph: {
              nodes: [node]
            },
            skipIndexation: false,
            schedule: true
          });
        };
        this.activeListeners.dropNodeGraphUpdate = function(payload) {
          var node = payload.key;
          _this4.removeNode(node);
          _this4.refresh({
            schedule: true
          });
        };
        this.activeListeners.addEdgeGraphUpdate = function(payload) {
          var edge = payload.key;
          _this4.addEdge(edge);
          _this4.refresh({
            partialGraph: {
              edges: [edge]
            },
            schedule: true
          });
        };
        this.activeListeners.updateEdgeGraphUpdate = function(payload) {
          var edge = payload.key;
          _this4.refresh({
            partialGraph: {
              edges: [edge]
            },
            skipIndexation: false,
            schedule: true
          });
        };
        this.activeListeners.dropEdgeGraphUpdate = function(payload) {
          var edge = payload.key;
          _this4.removeEdge(edge);
          _this4.refresh({
            schedule: true
          });
        };
        this.activeListeners.clearEdgesGraphUpdate = function() {
          _this4.clearEdgeState();
          _this4.clearEdgeIndices();
          _this4.refresh({
            schedule: true
          });
        };
        this.activeListeners.clearGraphUpdate = function() {
          _this4.clearEdgeState();
          _this4.clearNodeState();
          _this4.clearEdgeIndices();
          _this4.clearNodeIndices();
          _this4.refresh({
            schedule: true
          });
        };
        graph.on("nodeAdded", this.activeListeners.addNodeGraphUpdate);
        graph.on("nodeDropped", this.activeListeners.dropNodeGraphUpdate);
        graph.on("nodeAttributesUpdated", this.activeListeners.updateNodeGraphUpdate);
        graph.on("eachNodeAttributesUpdated", this.activeListeners.eachNodeAttributesUpdatedGraphUpdate);
        graph.on("edgeAdded", this.activeListeners.addEdgeGraphUpdate);
        graph.on("edgeDropped", this.activeListeners.dropEdgeGraphUpdate);
        graph.on("edgeAttributesUpdated", this.activeListeners.updateEdgeGraphUpdate);
        graph.on("eachEdgeAttributesUpdated", this.activeListeners.eachEdgeAttributesUpdatedGraphUpdate);
        graph.on("edgesCleared", this.activeListeners.clearEdgesGraphUpdate);
        graph.on("cleared", this.activeListeners.clearGraphUpdate);
        return this;
      }
      /**
       * Method used to unbind handlers from the graph.
       *
       * @return {undefined}
       */
    }, {
      key: "unbindGraphHandlers",
      value: function unbindGraphHandlers() {
        var graph = this.graph;
        graph.removeListener("nodeAdded", this.activeListeners.addNodeGraphUpdate);
        graph.removeListener("nodeDropped", this.activeListeners.dropNodeGraphUpdate);
        graph.removeListener("nodeAttributesUpdated", this.activeListeners.updateNodeGraphUpdate);
        graph.removeListener("eachNodeAttributesUpdated", this.activeListeners.eachNodeAttributesUpdatedGraphUpdate);
        graph.removeListener("edgeAdded", this.activeListeners.addEdgeGraphUpdate);
        graph.removeListener("edgeDropped", this.activeListeners.dropEdgeGraphUpdate);
        graph.removeListener("edgeAttributesUpdated", this.activeListeners.updateEdgeGraphUpdate);
        graph.removeListener("eachEdgeAttributesUpdated", this.activeListeners.eachEdgeAttributesUpdatedGraphUpdate);
        graph.removeListener("edgesCleared", this.activeListeners.clearEdgesGraphUpdate);
        graph.removeListener("cleared", this.activeListeners.clearGraphUpdate);
      }
      /**
       * Method looking for an edge colliding with a given point at (x, y). Returns
       * the key of the edge if any, or null else.
       */
    }, {
      key: "getEdgeAtPoint",
      value: function getEdgeAtPoint(x, y) {
        var color = getPixelColor(this.webGLContexts.edges, this.frameBuffers.edges, x, y, this.pixelRatio, this.pickingDownSizingRatio);
        var index = colorToIndex.apply(void 0, _toConsumableArray(color));
        var itemAt = this.itemIDsIndex[index];
        return itemAt && itemAt.type === "edge" ? itemAt.id : null;
      }
      /**
       * Method used to process the whole graph's data.
       *  - extent
       *  - normalizationFunction
       *  - compute node's coordinate
       *  - labelgrid
       *  - program data allocation
       * @return {Sigma}
       */
    }, {
      key: "process",
      value: function process() {
        var _this5 = this;
        this.emit("beforeProcess");
        var graph = this.graph;
        var settings = this.settings;
        var dimensions = this.getDimensions();
        this.nodeExtent = graphExtent(this.graph);
        if (!this.settings.autoRescale) {
          var width = dimensions.width, height = dimensions.height;
          var _this$nodeExtent = this.nodeExtent, x = _this$nodeExtent.x, y = _this$nodeExtent.y;
          this.nodeExtent = {
            x: [(x[0] + x[1]) / 2 - width / 2, (x[0] + x[1]) / 2 + width / 2],
            y: [(y[0] + y[1]) / 2 - height / 2, (y[0] + y[1]) / 2 + height / 2]
          };
        }
        this.normalizationFunction = createNormalizationFunction(this.customBBox || this.nodeExtent);
        var nullCamera = new Camera();
        var nullCameraMatrix = matrixFromCamera(nullCamera.getState(), dimensions, this.getGraphDimensions(), this.getStagePadding());
        this.labelGrid.resizeAndClear(dimensions, settings.labelGridCellSize);
        var nodesPerPrograms = {};
        var nodeIndices = {};
        var edgeIndices = {};
        var itemIDsIndex = {};
        var incrID = 1;
        var nodes = graph.nodes();
        for (var i = 0, l = nodes.length; i < l; i++) {
          var node = nodes[i];
          var data = this.nodeDataCache[node];
          var attrs = graph.getNodeAttributes(node);
          data.x = attrs.x;
          data.y = attrs.y;
          this.normalizationFunction.applyTo(data);
          if (typeof data.label === "string" && !data.hidden) this.labelGrid.add(node, data.size, this.framedGraphToViewport(data, {
            matrix: nullCameraMatrix
          }));
          nodesPerPrograms[data.type] = (nodesPerPrograms[data.type] || 0) + 1;
        }
        this.labelGrid.organize();
        for (var type in this.nodePrograms) {
          if (!hasOwnProperty.call(this.nodePrograms, type)) {
            throw new Error('Sigma: could not find a suitable program for node type "'.concat(type, '"!'));
          }
          this.nodePrograms[type].reallocate(nodesPerPrograms[type] || 0);
          nodesPerPrograms[type] = 0;
        }
        if (this.settings.zIndex && this.nodeZExtent[0] !== this.nodeZExtent[1]) nodes = zIndexOrdering(this.nodeZExtent, function(node2) {
          return _this5.nodeDataCache[node2].zIndex;
        }, nodes);
        for (var _i = 0, _l = nodes.length; _i < _l; _i++) {
          var _node = nodes[_i];
          nodeIndices[_node] = incrID;
          itemIDsIndex[nodeIndices[_node]] = {
            type: "node",
            id: _node
          };
          incrID++;
          var _data = this.nodeDataCache[_node];
          this.addNodeToProgram(_node, nodeIndices[_node], nodesPerPrograms[_data.type]++);
        }
        var edgesPerPrograms = {};
        var edges = graph.edges();
        for (var _i2 = 0, _l2 = edges.length; _i2 < _l2; _i2++) {
          var edge = edges[_i2];
          var _data2 = this.edgeDataCache[edge];
          edgesPerPrograms[_data2.type] = (edgesPerPrograms[_data2.type] || 0) + 1;
        }
        if (this.settings.zIndex && this.edgeZExtent[0] !== this.edgeZExtent[1]) edges = zIndexOrdering(this.edgeZExtent, function(edge2) {
          return _this5.edgeDataCache[edge2].zIndex;
        }, edges);
        for (var _type2 in this.edgePrograms) {
          if (!hasOwnProperty.call(this.edgePrograms, _type2)) {
            throw new Error('Sigma: could not find a suitable program for edge type "'.concat(_type2, '"!'));
          }
          this.edgePrograms[_type2].reallocate(edgesPerPrograms[_type2] || 0);
          edgesPerPrograms[_type2] = 0;
        }
        for (var _i3 = 0, _l3 = edges.length; _i3 < _l3; _i3++) {
          var _edge = edges[_i3];
          edgeIndices[_edge] = incrID;
          itemIDsIndex[edgeIndices[_edge]] = {
            type: "edge",
            id: _edge
          };
          incrID++;
          var _data3 = this.edgeDataCache[_edge];
          this.addEdgeToProgram(_edge, edgeIndices[_edge], edgesPerPrograms[_data3.type]++);
        }
        this.itemIDsIndex = itemIDsIndex;
        this.nodeIndices = nodeIndices;
        this.edgeIndices = edgeIndices;
        this.emit("afterProcess");
        return this;
      }
      /**
       * Method that backports potential settings updates where it's needed.
       * @private
       */
    }, {
      key: "handleSettingsUpdate",
      value: function handleSettingsUpdate(oldSettings) {
        var _this6 = this;
        var settings = this.settings;
        this.camera.minRatio = settings.minCameraRatio;
        this.camera.maxRatio = settings.maxCameraRatio;
        this.camera.enabledZooming = settings.enableCameraZooming;
        this.camera.enabledPanning = settings.enableCameraPanning;
        this.camera.enabledRotation = settings.enableCameraRotation;
        if (settings.cameraPanBoundaries) {
          this.camera.clean = function(state) {
            return _this6.cleanCameraState(state, settings.cameraPanBoundaries && _typeof(settings.cameraPanBoundaries) === "object" ? settings.cameraPanBoundaries : {});
          };
        } else {
          this.camera.clean = null;
        }
        this.camera.setState(this.camera.validateState(this.camera.getState()));
        if (oldSettings) {
          if (oldSettings.edgeProgramClasses !== settings.edgeProgramClasses) {
            for (var type in settings.edgeProgramClasses) {
              if (settings.edgeProgramClasses[type] !== oldSettings.edgeProgramClasses[type]) {
                this.registerEdgeProgram(type, settings.edgeProgramClasses[type]);
              }
            }
            for (var _type3 in oldSettings.edgeProgramClasses) {
              if (!settings.edgeProgramClasses[_type3]) this.unregisterEdgeProgram(_type3);
            }
          }
          if (oldSettings.nodeProgramClasses !== settings.nodeProgramClasses || oldSettings.nodeHoverProgramClasses !== settings.nodeHoverProgramClasses) {
            for (var _type4 in settings.nodeProgramClasses) {
              if (settings.nodeProgramClasses[_type4] !== oldSettings.nodeProgramClasses[_type4] || settings.nodeHoverProgramClasses[_type4] !== oldSettings.nodeHoverProgramClasses[_type4]) {
                this.registerNodeProgram(_type4, settings.nodeProgramClasses[_type4], settings.nodeHoverProgramClasses[_type4]);
              }
            }
            for (var _type5 in oldSettings.nodeProgramClasses) {
              if (!settings.nodeProgramClasses[_type5]) this.unregisterNodeProgram(_type5);
            }
          }
        }
        this.mouseCaptor.setSettings(this.settings);
        this.touchCaptor.setSettings(this.settings);
        return this;
      }
    }, {
      key: "cleanCameraState",
      value: function cleanCameraState(state) {
        var _ref = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, _ref$tolerance = _ref.tolerance, tolerance = _ref$tolerance === void 0 ? 0 : _ref$tolerance, boundaries = _ref.boundaries;
        var newState = _objectSpread2({}, state);
        var _ref2 = boundaries || this.nodeExtent, _ref2$x = _slicedToArray(_ref2.x, 2), xMinGraph = _ref2$x[0], xMaxGraph = _ref2$x[1], _ref2$y = _slicedToArray(_ref2.y, 2), yMinGraph = _ref2$y[0], yMaxGraph = _ref2$y[1];
        var corners = [this.graphToViewport({
          x: xMinGraph,
          y: yMinGraph
        }, {
          cameraState: state
        }), this.graphToViewport({
          x: xMaxGraph,
          y: yMinGraph
        }, {
          cameraState: state
        }), this.graphToViewport({
          x: xMinGraph,
          y: yMaxGraph
        }, {
          cameraState: state
        }), this.graphToViewport({
          x: xMaxGraph,
          y: yMaxGraph
        }, {
          cameraState: state
        })];
        var xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
        corners.forEach(function(_ref3) {
          var x = _ref3.x, y = _ref3.y;
          xMin = Math.min(xMin, x);
          xMax = Math.max(xMax, x);
          yMin = Math.min(yMin, y);
          yMax = Math.max(yMax, y);
        });
        var graphWidth = xMax - xMin;
        var graphHeight = yMax - yMin;
        var _this$getDimensions = this.getDimensions(), width = _this$getDimensions.width, height = _this$getDimensions.height;
        var dx = 0;
        var dy = 0;
        if (graphWidth >= width) {
          if (xMax < width - tolerance) dx = xMax - (width - tolerance);
          else if (xMin > tolerance) dx = xMin - tolerance;
        } else {
          if (xMax > width + tolerance) dx = xMax - (width + tolerance);
          else if (xMin < -tolerance) dx = xMin + tolerance;
        }
        if (graphHeight >= height) {
          if (yMax < height - tolerance) dy = yMax - (height - tolerance);
          else if (yMin > tolerance) dy = yMin - tolerance;
        } else {
          if (yMax > height + tolerance) dy = yMax - (height + tolerance);
          else if (yMin < -tolerance) dy = yMin + tolerance;
        }
        if (dx || dy) {
          var origin = this.viewportToFramedGraph({
            x: 0,
            y: 0
          }, {
            cameraState: state
          });
          var delta = this.viewportToFramedGraph({
            x: dx,
            y: dy
          }, {
            cameraState: state
          });
          dx = delta.x - origin.x;
          dy = delta.y - origin.y;
          newState.x += dx;
          newState.y += dy;
        }
        return newState;
      }
      /**
       * Method used to render labels.
       *
       * @return {Sigma}
       */
    }, {
      key: "renderLabels",
      value: function renderLabels() {
        if (!this.settings.renderLabels) return this;
        var cameraState = this.camera.getState();
        var labelsToDisplay = this.labelGrid.getLabelsToDisplay(cameraState.ratio, this.settings.labelDensity);
        extend(labelsToDisplay, this.nodesWithForcedLabels);
        this.displayedNodeLabels = /* @__PURE__ */ new Set();
        var context = this.canvasContexts.labels;
        for (var i = 0, l = labelsToDisplay.length; i < l; i++) {
          var node = labelsToDisplay[i];
          var data = this.nodeDataCache[node];
          if (this.displayedNodeLabels.has(node)) continue;
          if (data.hidden) continue;
          var _this$framedGraphToVi = this.framedGraphToViewport(data), x = _this$framedGraphToVi.x, y = _this$framedGraphToVi.y;
          var size = this.scaleSize(data.size);
          if (!data.forceLabel && size < this.settings.labelRenderedSizeThreshold) continue;
          if (x < -X_LABEL_MARGIN || x > this.width + X_LABEL_MARGIN || y < -Y_LABEL_MARGIN || y > this.height + Y_LABEL_MARGIN) continue;
          this.displayedNodeLabels.add(node);
          var defaultDrawNodeLabel = this.settings.defaultDrawNodeLabel;
          var nodeProgram = this.nodePrograms[data.type];
          var drawLabel = (nodeProgram === null || nodeProgram === void 0 ? void 0 : nodeProgram.drawLabel) || defaultDrawNodeLabel;
          drawLabel(context, _objectSpread2(_objectSpread2({
            key: node
          }, data), {}, {
            size,
            x,
            y
          }), this.settings);
        }
        return this;
      }
      /**
       * Method used to render edge labels, based on which node labels were
       * rendered.
       *
       * @return {Sigma}
       */
    }, {
      key: "renderEdgeLabels",
      value: function renderEdgeLabels() {
        if (!this.settings.renderEdgeLabels) return this;
        var context = this.canvasContexts.edgeLabels;
        context.clearRect(0, 0, this.width, this.height);
        var edgeLabelsToDisplay = edgeLabelsToDisplayFromNodes({
          graph: this.graph,
          hoveredNode: this.hoveredNode,
          displayedNodeLabels: this.displayedNodeLabels,
          highlightedNodes: this.highlightedNodes
        });
        extend(edgeLabelsToDisplay, this.edgesWithForcedLabels);
        var displayedLabels = /* @__PURE__ */ new Set();
        for (var i = 0, l = edgeLabelsToDisplay.length; i < l; i++) {
          var edge = edgeLabelsToDisplay[i], extremities = this.graph.extremities(edge), sourceData = this.nodeDataCache[extremities[0]], targetData = this.nodeDataCache[extremities[1]], edgeData = this.edgeDataCache[edge];
          if (displayedLabels.has(edge)) continue;
          if (edgeData.hidden || sourceData.hidden || targetData.hidden) {
            continue;
          }
          var defaultDrawEdgeLabel = this.settings.defaultDrawEdgeLabel;
          var edgeProgram = this.edgePrograms[edgeData.type];
          var drawLabel = (edgeProgram === null || edgeProgram === void 0 ? void 0 : edgeProgram.drawLabel) || defaultDrawEdgeLabel;
          drawLabel(context, _objectSpread2(_objectSpread2({
            key: edge
          }, edgeData), {}, {
            size: this.scaleSize(edgeData.size)
          }), _objectSpread2(_objectSpread2(_objectSpread2({
            key: extremities[0]
          }, sourceData), this.framedGraphToViewport(sourceData)), {}, {
            size: this.scaleSize(sourceData.size)
          }), _objectSpread2(_objectSpread2(_objectSpread2({
            key: extremities[1]
          }, targetData), this.framedGraphToViewport(targetData)), {}, {
            size: this.scaleSize(targetData.size)
          }), this.settings);
          displayedLabels.add(edge);
        }
        this.displayedEdgeLabels = displayedLabels;
        return this;
      }
      /**
       * Method used to render the highlighted nodes.
       *
       * @return {Sigma}
       */
    }, {
      key: "renderHighlightedNodes",
      value: function renderHighlightedNodes() {
        var _this7 = this;
        var context = this.canvasContexts.hovers;
        context.clearRect(0, 0, this.width, this.height);
        var render = function render2(node) {
          var data = _this7.nodeDataCache[node];
          var _this7$framedGraphToV = _this7.framedGraphToViewport(data), x = _this7$framedGraphToV.x, y = _this7$framedGraphToV.y;
          var size = _this7.scaleSize(data.size);
          var defaultDrawNodeHover = _this7.settings.defaultDrawNodeHover;
          var nodeProgram = _this7.nodePrograms[data.type];
          var drawHover = (nodeProgram === null || nodeProgram === void 0 ? void 0 : nodeProgram.drawHover) || defaultDrawNodeHover;
          drawHover(context, _objectSpread2(_objectSpread2({
            key: node
          }, data), {}, {
            size,
            x,
            y
          }), _this7.settings);
        };
        var nodesToRender = [];
        if (this.hoveredNode && !this.nodeDataCache[this.hoveredNode].hidden) {
          nodesToRender.push(this.hoveredNode);
        }
        this.highlightedNodes.forEach(function(node) {
          if (node !== _this7.hoveredNode) nodesToRender.push(node);
        });
        nodesToRender.forEach(function(node) {
          return render(node);
        });
        var nodesPerPrograms = {};
        nodesToRender.forEach(function(node) {
          var type2 = _this7.nodeDataCache[node].type;
          nodesPerPrograms[type2] = (nodesPerPrograms[type2] || 0) + 1;
        });
        for (var type in this.nodeHoverPrograms) {
          this.nodeHoverPrograms[type].reallocate(nodesPerPrograms[type] || 0);
          nodesPerPrograms[type] = 0;
        }
        nodesToRender.forEach(function(node) {
          var data = _this7.nodeDataCache[node];
          _this7.nodeHoverPrograms[data.type].process(0, nodesPerPrograms[data.type]++, data);
        });
        this.webGLContexts.hoverNodes.clear(this.webGLContexts.hoverNodes.COLOR_BUFFER_BIT);
        var renderParams = this.getRenderParams();
        for (var _type6 in this.nodeHoverPrograms) {
          var program = this.nodeHoverPrograms[_type6];
          program.render(renderParams);
        }
      }
      /**
       * Method used to schedule a hover render.
       *
       */
    }, {
      key: "scheduleHighlightedNodesRender",
      value: function scheduleHighlightedNodesRender() {
        var _this8 = this;
        if (this.renderHighlightedNodesFrame || this.renderFrame) return;
        this.renderHighlightedNodesFrame = requestAnimationFrame(function() {
          _this8.renderHighlightedNodesFrame = null;
          _this8.renderHighlightedNodes();
          _this8.renderEdgeLabels();
        });
      }
      /**
       * Method used to render.
       *
       * @return {Sigma}
       */
    }, {
      key: "render",
      value: function render() {
        var _this9 = this;
        this.emit("beforeRender");
        var exitRender = function exitRender2() {
          _this9.emit("afterRender");
          return _this9;
        };
        if (this.renderFrame) {
          cancelAnimationFrame(this.renderFrame);
          this.renderFrame = null;
        }
        this.resize();
        if (this.needToProcess) this.process();
        this.needToProcess = false;
        this.clear();
        this.pickingLayers.forEach(function(layer) {
          return _this9.resetWebGLTexture(layer);
        });
        if (!this.graph.order) return exitRender();
        var mouseCaptor = this.mouseCaptor;
        var moving = this.camera.isAnimated() || mouseCaptor.isMoving || mouseCaptor.draggedEvents || mouseCaptor.currentWheelDirection;
        var cameraState = this.camera.getState();
        var viewportDimensions = this.getDimensions();
        var graphDimensions = this.getGraphDimensions();
        var padding = this.getStagePadding();
        this.matrix = matrixFromCamera(cameraState, viewportDimensions, graphDimensions, padding);
        this.invMatrix = matrixFromCamera(cameraState, viewportDimensions, graphDimensions, padding, true);
        this.correctionRatio = getMatrixImpact(this.matrix, cameraState, viewportDimensions);
        this.graphToViewportRatio = this.getGraphToViewportRatio();
        var params = this.getRenderParams();
        for (var type in this.nodePrograms) {
          var program = this.nodePrograms[type];
          program.render(params);
        }
        if (!this.settings.hideEdgesOnMove || !moving) {
          for (var _type7 in this.edgePrograms) {
            var _program2 = this.edgePrograms[_type7];
            _program2.render(params);
          }
        }
        if (this.settings.hideLabelsOnMove && moving) return exitRender();
        this.renderLabels();
        this.renderEdgeLabels();
        this.renderHighlightedNodes();
        return exitRender();
      }
      /**
       * Add a node in the internal data structures.
       * @private
       * @param key The node's graphology ID
       */
    }, {
      key: "addNode",
      value: function addNode2(key) {
        var attr = Object.assign({}, this.graph.getNodeAttributes(key));
        if (this.settings.nodeReducer) attr = this.settings.nodeReducer(key, attr);
        var data = applyNodeDefaults(this.settings, key, attr);
        this.nodeDataCache[key] = data;
        this.nodesWithForcedLabels["delete"](key);
        if (data.forceLabel && !data.hidden) this.nodesWithForcedLabels.add(key);
        this.highlightedNodes["delete"](key);
        if (data.highlighted && !data.hidden) this.highlightedNodes.add(key);
        if (this.settings.zIndex) {
          if (data.zIndex < this.nodeZExtent[0]) this.nodeZExtent[0] = data.zIndex;
          if (data.zIndex > this.nodeZExtent[1]) this.nodeZExtent[1] = data.zIndex;
        }
      }
      /**
       * Update a node the internal data structures.
       * @private
       * @param key The node's graphology ID
       */
    }, {
      key: "updateNode",
      value: function updateNode(key) {
        this.addNode(key);
        var data = this.nodeDataCache[key];
        this.normalizationFunction.applyTo(data);
      }
      /**
       * Remove a node from the internal data structures.
       * @private
       * @param key The node's graphology ID
       */
    }, {
      key: "removeNode",
      value: function removeNode(key) {
        delete this.nodeDataCache[key];
        delete this.nodeProgramIndex[key];
        this.highlightedNodes["delete"](key);
        if (this.hoveredNode === key) this.hoveredNode = null;
        this.nodesWithForcedLabels["delete"](key);
      }
      /**
       * Add an edge into the internal data structures.
       * @private
       * @param key The edge's graphology ID
       */
    }, {
      key: "addEdge",
      value: function addEdge2(key) {
        var attr = Object.assign({}, this.graph.getEdgeAttributes(key));
        if (this.settings.edgeReducer) attr = this.settings.edgeReducer(key, attr);
        var data = applyEdgeDefaults(this.settings, key, attr);
        this.edgeDataCache[key] = data;
        this.edgesWithForcedLabels["delete"](key);
        if (data.forceLabel && !data.hidden) this.edgesWithForcedLabels.add(key);
        if (this.settings.zIndex) {
          if (data.zIndex < this.edgeZExtent[0]) this.edgeZExtent[0] = data.zIndex;
          if (data.zIndex > this.edgeZExtent[1]) this.edgeZExtent[1] = data.zIndex;
        }
      }
      /**
       * Update an edge in the internal data structures.
       * @private
       * @param key The edge's graphology ID
       */
    }, {
      key: "updateEdge",
      value: function updateEdge(key) {
        this.addEdge(key);
      }
      /**
       * Remove an edge from the internal data structures.
       * @private
       * @param key The edge's graphology ID
       */
    }, {
      key: "removeEdge",
      value: function removeEdge(key) {
        delete this.edgeDataCache[key];
        delete this.edgeProgramIndex[key];
        if (this.hoveredEdge === key) this.hoveredEdge = null;
        this.edgesWithForcedLabels["delete"](key);
      }
      /**
       * Clear all indices related to nodes.
       * @private
       */
    }, {
      key: "clearNodeIndices",
      value: function clearNodeIndices() {
        this.labelGrid = new LabelGrid();
        this.nodeExtent = {
          x: [0, 1],
          y: [0, 1]
        };
        this.nodeDataCache = {};
        this.edgeProgramIndex = {};
        this.nodesWithForcedLabels = /* @__PURE__ */ new Set();
        this.nodeZExtent = [Infinity, -Infinity];
        this.highlightedNodes = /* @__PURE__ */ new Set();
      }
      /**
       * Clear all indices related to edges.
       * @private
       */
    }, {
      key: "clearEdgeIndices",
      value: function clearEdgeIndices() {
        this.edgeDataCache = {};
        this.edgeProgramIndex = {};
        this.edgesWithForcedLabels = /* @__PURE__ */ new Set();
        this.edgeZExtent = [Infinity, -Infinity];
      }
      /**
       * Clear all indices.
       * @private
       */
    }, {
      key: "clearIndices",
      value: function clearIndices() {
        this.clearEdgeIndices();
        this.clearNodeIndices();
      }
      /**
       * Clear all graph state related to nodes.
       * @private
       */
    }, {
      key: "clearNodeState",
      value: function clearNodeState() {
        this.displayedNodeLabels = /* @__PURE__ */ new Set();
        this.highlightedNodes = /* @__PURE__ */ new Set();
        this.hoveredNode = null;
      }
      /**
       * Clear all graph state related to edges.
       * @private
       */
    }, {
      key: "clearEdgeState",
      value: function clearEdgeState() {
        this.displayedEdgeLabels = /* @__PURE__ */ new Set();
        this.highlightedNodes = /* @__PURE__ */ new Set();
        this.hoveredEdge = null;
      }
      /**
       * Clear all graph state.
       * @private
       */
    }, {
      key: "clearState",
      value: function clearState() {
        this.clearEdgeState();
        this.clearNodeState();
      }
      /**
       * Add the node data to its program.
       * @private
       * @param node The node's graphology ID
       * @param fingerprint A fingerprint used to identity the node with picking
       * @param position The index where to place the node in the program
       */
    }, {
      key: "addNodeToProgram",
      value: function addNodeToProgram(node, fingerprint, position) {
        var data = this.nodeDataCache[node];
        var nodeProgram = this.nodePrograms[data.type];
        if (!nodeProgram) throw new Error('Sigma: could not find a suitable program for node type "'.concat(data.type, '"!'));
        nodeProgram.process(fingerprint, position, data);
        this.nodeProgramIndex[node] = position;
      }
      /**
       * Add the edge data to its program.
       * @private
       * @param edge The edge's graphology ID
       * @param fingerprint A fingerprint used to identity the edge with picking
       * @param position The index where to place the edge in the program
       */
    }, {
      key: "addEdgeToProgram",
      value: function addEdgeToProgram(edge, fingerprint, position) {
        var data = this.edgeDataCache[edge];
        var edgeProgram = this.edgePrograms[data.type];
        if (!edgeProgram) throw new Error('Sigma: could not find a suitable program for edge type "'.concat(data.type, '"!'));
        var extremities = this.graph.extremities(edge), sourceData = this.nodeDataCache[extremities[0]], targetData = this.nodeDataCache[extremities[1]];
        edgeProgram.process(fingerprint, position, sourceData, targetData, data);
        this.edgeProgramIndex[edge] = position;
      }
      /**---------------------------------------------------------------------------
       * Public API.
       **---------------------------------------------------------------------------
       */
      /**
       * Function used to get the render params.
       *
       * @return {RenderParams}
       */
    }, {
      key: "getRenderParams",
      value: function getRenderParams() {
        return {
          matrix: this.matrix,
          invMatrix: this.invMatrix,
          width: this.width,
          height: this.height,
          pixelRatio: this.pixelRatio,
          zoomRatio: this.camera.ratio,
          cameraAngle: this.camera.angle,
          sizeRatio: 1 / this.scaleSize(),
          correctionRatio: this.correctionRatio,
          downSizingRatio: this.pickingDownSizingRatio,
          minEdgeThickness: this.settings.minEdgeThickness,
          antiAliasingFeather: this.settings.antiAliasingFeather
        };
      }
      /**
       * Function used to retrieve the actual stage padding value.
       *
       * @return {number}
       */
    }, {
      key: "getStagePadding",
      value: function getStagePadding() {
        var _this$settings = this.settings, stagePadding = _this$settings.stagePadding, autoRescale = _this$settings.autoRescale;
        return autoRescale ? stagePadding || 0 : 0;
      }
      /**
       * Function used to create a layer element.
       *
       * @param {string} id - Context's id.
       * @param {string} tag - The HTML tag to use.
       * @param options
       * @return {Sigma}
       */
    }, {
      key: "createLayer",
      value: function createLayer(id, tag) {
        var options = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {};
        if (this.elements[id]) throw new Error('Sigma: a layer named "'.concat(id, '" already exists'));
        var element = createElement(tag, {
          position: "absolute"
        }, {
          "class": "sigma-".concat(id)
        });
        if (options.style) Object.assign(element.style, options.style);
        this.elements[id] = element;
        if ("beforeLayer" in options && options.beforeLayer) {
          this.elements[options.beforeLayer].before(element);
        } else if ("afterLayer" in options && options.afterLayer) {
          this.elements[options.afterLayer].after(element);
        } else {
          this.container.appendChild(element);
        }
        return element;
      }
      /**
       * Function used to create a canvas element.
       *
       * @param {string} id - Context's id.
       * @param options
       * @return {Sigma}
       */
    }, {
      key: "createCanvas",
      value: function createCanvas(id) {
        var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        return this.createLayer(id, "canvas", options);
      }
      /**
       * Function used to create a canvas context and add the relevant DOM elements.
       *
       * @param  {string} id - Context's id.
       * @param  options
       * @return {Sigma}
       */
    }, {
      key: "createCanvasContext",
      value: function createCanvasContext(id) {
        var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        var canvas = this.createCanvas(id, options);
        var contextOptions = {
          preserveDrawingBuffer: false,
          antialias: false
        };
        this.canvasContexts[id] = canvas.getContext("2d", contextOptions);
        return this;
      }
      /**
       * Function used to create a WebGL context and add the relevant DOM
       * elements.
       *
       * @param  {string}  id      - Context's id.
       * @param  {object?} options - #getContext params to override (optional)
       * @return {WebGLRenderingContext}
       */
    }, {
      key: "createWebGLContext",
      value: function createWebGLContext(id) {
        var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        var canvas = (options === null || options === void 0 ? void 0 : options.canvas) || this.createCanvas(id, options);
        if (options.hidden) canvas.remove();
        var contextOptions = _objectSpread2({
          preserveDrawingBuffer: false,
          antialias: false
        }, options);
        var context;
        context = canvas.getContext("webgl2", contextOptions);
        if (!context) context = canvas.getContext("webgl", contextOptions);
        if (!context) context = canvas.getContext("experimental-webgl", contextOptions);
        var gl = context;
        this.webGLContexts[id] = gl;
        gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
        if (options.picking) {
          this.pickingLayers.add(id);
          var newFrameBuffer = gl.createFramebuffer();
          if (!newFrameBuffer) throw new Error("Sigma: cannot create a new frame buffer for layer ".concat(id));
          this.frameBuffers[id] = newFrameBuffer;
        }
        return gl;
      }
      /**
       * Function used to properly kill a layer.
       *
       * @param  {string} id - Layer id.
       * @return {Sigma}
       */
    }, {
      key: "killLayer",
      value: function killLayer(id) {
        var element = this.elements[id];
        if (!element) throw new Error("Sigma: cannot kill layer ".concat(id, ", which does not exist"));
        if (this.webGLContexts[id]) {
          var _gl$getExtension;
          var gl = this.webGLContexts[id];
          (_gl$getExtension = gl.getExtension("WEBGL_lose_context")) === null || _gl$getExtension === void 0 || _gl$getExtension.loseContext();
          delete this.webGLContexts[id];
        } else if (this.canvasContexts[id]) {
          delete this.canvasContexts[id];
        }
        element.remove();
        delete this.elements[id];
        return this;
      }
      /**
       * Method returning the renderer's camera.
       *
       * @return {Camera}
       */
    }, {
      key: "getCamera",
      value: function getCamera() {
        return this.camera;
      }
      /**
       * Method setting the renderer's camera.
       *
       * @param  {Camera} camera - New camera.
       * @return {Sigma}
       */
    }, {
      key: "setCamera",
      value: function setCamera(camera) {
        this.unbindCameraHandlers();
        this.camera = camera;
        this.bindCameraHandlers();
      }
      /**
       * Method returning the container DOM element.
       *
       * @return {HTMLElement}
       */
    }, {
      key: "getContainer",
      value: function getContainer() {
        return this.container;
      }
      /**
       * Method returning the renderer's graph.
       *
       * @return {Graph}
       */
    }, {
      key: "getGraph",
      value: function getGraph() {
        return this.graph;
      }
      /**
       * Method used to set the renderer's graph.
       *
       * @return {Graph}
       */
    }, {
      key: "setGraph",
      value: function setGraph(graph) {
        if (graph === this.graph) return;
        if (this.hoveredNode && !graph.hasNode(this.hoveredNode)) this.hoveredNode = null;
        if (this.hoveredEdge && !graph.hasEdge(this.hoveredEdge)) this.hoveredEdge = null;
        this.unbindGraphHandlers();
        if (this.checkEdgesEventsFrame !== null) {
          cancelAnimationFrame(this.checkEdgesEventsFrame);
          this.checkEdgesEventsFrame = null;
        }
        this.graph = graph;
        this.bindGraphHandlers();
        this.refresh();
      }
      /**
       * Method returning the mouse captor.
       *
       * @return {MouseCaptor}
       */
    }, {
      key: "getMouseCaptor",
      value: function getMouseCaptor() {
        return this.mouseCaptor;
      }
      /**
       * Method returning the touch captor.
       *
       * @return {TouchCaptor}
       */
    }, {
      key: "getTouchCaptor",
      value: function getTouchCaptor() {
        return this.touchCaptor;
      }
      /**
       * Method returning the current renderer's dimensions.
       *
       * @return {Dimensions}
       */
    }, {
      key: "getDimensions",
      value: function getDimensions() {
        return {
          width: this.width,
          height: this.height
        };
      }
      /**
       * Method returning the current graph's dimensions.
       *
       * @return {Dimensions}
       */
    }, {
      key: "getGraphDimensions",
      value: function getGraphDimensions() {
        var extent = this.customBBox || this.nodeExtent;
        return {
          width: extent.x[1] - extent.x[0] || 1,
          height: extent.y[1] - extent.y[0] || 1
        };
      }
      /**
       * Method used to get all the sigma node attributes.
       * It's useful for example to get the position of a node
       * and to get values that are set by the nodeReducer
       *
       * @param  {string} key - The node's key.
       * @return {NodeDisplayData | undefined} A copy of the desired node's attribute or undefined if not found
       */
    }, {
      key: "getNodeDisplayData",
      value: function getNodeDisplayData(key) {
        var node = this.nodeDataCache[key];
        return node ? Object.assign({}, node) : void 0;
      }
      /**
       * Method used to get all the sigma edge attributes.
       * It's useful for example to get values that are set by the edgeReducer.
       *
       * @param  {string} key - The edge's key.
       * @return {EdgeDisplayData | undefined} A copy of the desired edge's attribute or undefined if not found
       */
    }, {
      key: "getEdgeDisplayData",
      value: function getEdgeDisplayData(key) {
        var edge = this.edgeDataCache[key];
        return edge ? Object.assign({}, edge) : void 0;
      }
      /**
       * Method used to get the set of currently displayed node labels.
       *
       * @return {Set<string>} A set of node keys whose label is displayed.
       */
    }, {
      key: "getNodeDisplayedLabels",
      value: function getNodeDisplayedLabels() {
        return new Set(this.displayedNodeLabels);
      }
      /**
       * Method used to get the set of currently displayed edge labels.
       *
       * @return {Set<string>} A set of edge keys whose label is displayed.
       */
    }, {
      key: "getEdgeDisplayedLabels",
      value: function getEdgeDisplayedLabels() {
        return new Set(this.displayedEdgeLabels);
      }
      /**
       * Method returning a copy of the settings collection.
       *
       * @return {Settings} A copy of the settings collection.
       */
    }, {
      key: "getSettings",
      value: function getSettings() {
        return _objectSpread2({}, this.settings);
      }
      /**
       * Method returning the current value for a given setting key.
       *
       * @param  {string} key - The setting key to get.
       * @return {any} The value attached to this setting key or undefined if not found
       */
    }, {
      key: "getSetting",
      value: function getSetting(key) {
        return this.settings[key];
      }
      /**
       * Method setting the value of a given setting key. Note that this will schedule
       * a new render next frame.
       *
       * @param  {string} key - The setting key to set.
       * @param  {any}    value - The value to set.
       * @return {Sigma}
       */
    }, {
      key: "setSetting",
      value: function setSetting(key, value) {
        var oldValues = _objectSpread2({}, this.settings);
        this.settings[key] = value;
        validateSettings(this.settings);
        this.handleSettingsUpdate(oldValues);
        this.scheduleRefresh();
        return this;
      }
      /**
       * Method updating the value of a given setting key using the provided function.
       * Note that this will schedule a new render next frame.
       *
       * @param  {string}   key     - The setting key to set.
       * @param  {function} updater - The update function.
       * @return {Sigma}
       */
    }, {
      key: "updateSetting",
      value: function updateSetting(key, updater) {
        this.setSetting(key, updater(this.settings[key]));
        return this;
      }
      /**
       * Method setting multiple settings at once.
       *
       * @param  {Partial<Settings>} settings - The settings to set.
       * @return {Sigma}
       */
    }, {
      key: "setSettings",
      value: function setSettings(settings) {
        var oldValues = _objectSpread2({}, this.settings);
        this.settings = _objectSpread2(_objectSpread2({}, this.settings), settings);
        validateSettings(this.settings);
        this.handleSettingsUpdate(oldValues);
        this.scheduleRefresh();
        return this;
      }
      /**
       * Method used to resize the renderer.
       *
       * @param  {boolean} force - If true, then resize is processed even if size is unchanged (optional).
       * @return {Sigma}
       */
    }, {
      key: "resize",
      value: function resize(force) {
        var previousWidth = this.width, previousHeight = this.height;
        this.width = this.container.offsetWidth;
        this.height = this.container.offsetHeight;
        this.pixelRatio = getPixelRatio();
        if (this.width === 0) {
          if (this.settings.allowInvalidContainer) this.width = 1;
          else throw new Error("Sigma: Container has no width. You can set the allowInvalidContainer setting to true to stop seeing this error.");
        }
        if (this.height === 0) {
          if (this.settings.allowInvalidContainer) this.height = 1;
          else throw new Error("Sigma: Container has no height. You can set the allowInvalidContainer setting to true to stop seeing this error.");
        }
        if (!force && previousWidth === this.width && previousHeight === this.height) return this;
        for (var id in this.elements) {
          var element = this.elements[id];
          element.style.width = this.width + "px";
          element.style.height = this.height + "px";
        }
        for (var _id in this.canvasContexts) {
          this.elements[_id].setAttribute("width", this.width * this.pixelRatio + "px");
          this.elements[_id].setAttribute("height", this.height * this.pixelRatio + "px");
          if (this.pixelRatio !== 1) this.canvasContexts[_id].scale(this.pixelRatio, this.pixelRatio);
        }
        for (var _id2 in this.webGLContexts) {
          this.elements[_id2].setAttribute("width", this.width * this.pixelRatio + "px");
          this.elements[_id2].setAttribute("height", this.height * this.pixelRatio + "px");
          var gl = this.webGLContexts[_id2];
          gl.viewport(0, 0, this.width * this.pixelRatio, this.height * this.pixelRatio);
          if (this.pickingLayers.has(_id2)) {
            var currentTexture = this.textures[_id2];
            if (currentTexture) gl.deleteTexture(currentTexture);
          }
        }
        this.emit("resize");
        return this;
      }
      /**
       * Method used to clear all the canvases.
       *
       * @return {Sigma}
       */
    }, {
      key: "clear",
      value: function clear() {
        this.emit("beforeClear");
        this.webGLContexts.nodes.bindFramebuffer(WebGLRenderingContext.FRAMEBUFFER, null);
        this.webGLContexts.nodes.clear(WebGLRenderingContext.COLOR_BUFFER_BIT);
        this.webGLContexts.edges.bindFramebuffer(WebGLRenderingContext.FRAMEBUFFER, null);
        this.webGLContexts.edges.clear(WebGLRenderingContext.COLOR_BUFFER_BIT);
        this.webGLContexts.hoverNodes.clear(WebGLRenderingContext.COLOR_BUFFER_BIT);
        this.canvasContexts.labels.clearRect(0, 0, this.width, this.height);
        this.canvasContexts.hovers.clearRect(0, 0, this.width, this.height);
        this.canvasContexts.edgeLabels.clearRect(0, 0, this.width, this.height);
        this.emit("afterClear");
        return this;
      }
      /**
       * Method used to refresh, i.e. force the renderer to reprocess graph
       * data and render, but keep the state.
       * - if a partialGraph is provided, we only reprocess those nodes & edges.
       * - if schedule is TRUE, we schedule a render instead of sync render
       * - if skipIndexation is TRUE, then labelGrid & program indexation are skipped (can be used if you haven't modify x, y, zIndex & size)
       *
       * @return {Sigma}
       */
    }, {
      key: "refresh",
      value: function refresh(opts) {
        var _this10 = this;
        var skipIndexation = (opts === null || opts === void 0 ? void 0 : opts.skipIndexation) !== void 0 ? opts === null || opts === void 0 ? void 0 : opts.skipIndexation : false;
        var schedule = (opts === null || opts === void 0 ? void 0 : opts.schedule) !== void 0 ? opts.schedule : false;
        var fullRefresh = !opts || !opts.partialGraph;
        if (fullRefresh) {
          this.clearEdgeIndices();
          this.clearNodeIndices();
          this.graph.forEachNode(function(node2) {
            return _this10.addNode(node2);
          });
          this.graph.forEachEdge(function(edge2) {
            return _this10.addEdge(edge2);
          });
        } else {
          var _opts$partialGraph, _opts$partialGraph2;
          var nodes = ((_opts$partialGraph = opts.partialGraph) === null || _opts$partialGraph === void 0 ? void 0 : _opts$partialGraph.nodes) || [];
          for (var i = 0, l = (nodes === null || nodes === void 0 ? void 0 : nodes.length) || 0; i < l; i++) {
            var node = nodes[i];
            this.updateNode(node);
            if (skipIndexation) {
              var programIndex = this.nodeProgramIndex[node];
              if (programIndex === void 0) throw new Error('Sigma: node "'.concat(node, `" can't be repaint`));
              this.addNodeToProgram(node, this.nodeIndices[node], programIndex);
            }
          }
          var edges = (opts === null || opts === void 0 || (_opts$partialGraph2 = opts.partialGraph) === null || _opts$partialGraph2 === void 0 ? void 0 : _opts$partialGraph2.edges) || [];
          for (var _i4 = 0, _l4 = edges.length; _i4 < _l4; _i4++) {
            var edge = edges[_i4];
            this.updateEdge(edge);
            if (skipIndexation) {
              var _programIndex = this.edgeProgramIndex[edge];
              if (_programIndex === void 0) throw new Error('Sigma: edge "'.concat(edge, `" can't be repaint`));
              this.addEdgeToProgram(edge, this.edgeIndices[edge], _programIndex);
            }
          }
        }
        if (fullRefresh || !skipIndexation) this.needToProcess = true;
        if (schedule) this.scheduleRender();
        else this.render();
        return this;
      }
      /**
       * Method used to schedule a render at the next available frame.
       * This method can be safely called on a same frame because it basically
       * debounces refresh to the next frame.
       *
       * @return {Sigma}
       */
    }, {
      key: "scheduleRender",
      value: function scheduleRender() {
        var _this11 = this;
        if (!this.renderFrame) {
          this.renderFrame = requestAnimationFrame(function() {
            _this11.render();
          });
        }
        return this;
      }
      /**
       * Method used to schedule a refresh (i.e. fully reprocess graph data and render)
       * at the next available frame.
       * This method can be safely called on a same frame because it basically
       * debounces refresh to the next frame.
       *
       * @return {Sigma}
       */
    }, {
      key: "scheduleRefresh",
      value: function scheduleRefresh(opts) {
        return this.refresh(_objectSpread2(_objectSpread2({}, opts), {}, {
          schedule: true
        }));
      }
      /**
       * Method used to (un)zoom, while preserving the position of a viewport point.
       * Used for instance to zoom "on the mouse cursor".
       *
       * @param viewportTarget
       * @param newRatio
       * @return {CameraState}
       */
    }, {
      key: "getViewportZoomedState",
      value: function getViewportZoomedState(viewportTarget, newRatio) {
        var _this$camera$getState = this.camera.getState(), ratio = _this$camera$getState.ratio, angle = _this$camera$getState.angle, x = _this$camera$getState.x, y = _this$camera$getState.y;
        var _this$settings2 = this.settings, minCameraRatio = _this$settings2.minCameraRatio, maxCameraRatio = _this$settings2.maxCameraRatio;
        if (typeof maxCameraRatio === "number") newRatio = Math.min(newRatio, maxCameraRatio);
        if (typeof minCameraRatio === "number") newRatio = Math.max(newRatio, minCameraRatio);
        var ratioDiff = newRatio / ratio;
        var center = {
          x: this.width / 2,
          y: this.height / 2
        };
        var graphMousePosition = this.viewportToFramedGraph(viewportTarget);
        var graphCenterPosition = this.viewportToFramedGraph(center);
        return {
          angle,
          x: (graphMousePosition.x - graphCenterPosition.x) * (1 - ratioDiff) + x,
          y: (graphMousePosition.y - graphCenterPosition.y) * (1 - ratioDiff) + y,
          ratio: newRatio
        };
      }
      /**
       * Method returning the abstract rectangle containing the graph according
       * to the camera's state.
       *
       * @return {object} - The view's rectangle.
       */
    }, {
      key: "viewRectangle",
      value: function viewRectangle() {
        var p1 = this.viewportToFramedGraph({
          x: 0,
          y: 0
        }), p2 = this.viewportToFramedGraph({
          x: this.width,
          y: 0
        }), h2 = this.viewportToFramedGraph({
          x: 0,
          y: this.height
        });
        return {
          x1: p1.x,
          y1: p1.y,
          x2: p2.x,
          y2: p2.y,
          height: p2.y - h2.y
        };
      }
      /**
       * Method returning the coordinates of a point from the framed graph system to the viewport system. It allows
       * overriding anything that is used to get the translation matrix, or even the matrix itself.
       *
       * Be careful if overriding dimensions, padding or cameraState, as the computation of the matrix is not the lightest
       * of computations.
       */
    }, {
      key: "framedGraphToViewport",
      value: function framedGraphToViewport(coordinates) {
        var override = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        var recomputeMatrix = !!override.cameraState || !!override.viewportDimensions || !!override.graphDimensions;
        var matrix = override.matrix ? override.matrix : recomputeMatrix ? matrixFromCamera(override.cameraState || this.camera.getState(), override.viewportDimensions || this.getDimensions(), override.graphDimensions || this.getGraphDimensions(), override.padding || this.getStagePadding()) : this.matrix;
        var viewportPos = multiplyVec2(matrix, coordinates);
        return {
          x: (1 + viewportPos.x) * this.width / 2,
          y: (1 - viewportPos.y) * this.height / 2
        };
      }
      /**
       * Method returning the coordinates of a point from the viewport system to the framed graph system. It allows
       * overriding anything that is used to get the translation matrix, or even the matrix itself.
       *
       * Be careful if overriding dimensions, padding or cameraState, as the computation of the matrix is not the lightest
       * of computations.
       */
    }, {
      key: "viewportToFramedGraph",
      value: function viewportToFramedGraph(coordinates) {
        var override = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        var recomputeMatrix = !!override.cameraState || !!override.viewportDimensions || !override.graphDimensions;
        var invMatrix = override.matrix ? override.matrix : recomputeMatrix ? matrixFromCamera(override.cameraState || this.camera.getState(), override.viewportDimensions || this.getDimensions(), override.graphDimensions || this.getGraphDimensions(), override.padding || this.getStagePadding(), true) : this.invMatrix;
        var res = multiplyVec2(invMatrix, {
          x: coordinates.x / this.width * 2 - 1,
          y: 1 - coordinates.y / this.height * 2
        });
        if (isNaN(res.x)) res.x = 0;
        if (isNaN(res.y)) res.y = 0;
        return res;
      }
      /**
       * Method used to translate a point's coordinates from the viewport system (pixel distance from the top-left of the
       * stage) to the graph system (the reference system of data as they are in the given graph instance).
       *
       * This method accepts an optional camera which can be useful if you need to translate coordinates
       * based on a different view than the one being currently being displayed on screen.
       *
       * @param {Coordinates}                  viewportPoint
       * @param {CoordinateConversionOverride} override
       */
    }, {
      key: "viewportToGraph",
      value: function viewportToGraph(viewportPoint) {
        var override = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        return this.normalizationFunction.inverse(this.viewportToFramedGraph(viewportPoint, override));
      }
      /**
       * Method used to translate a point's coordinates from the graph system (the reference system of data as they are in
       * the given graph instance) to the viewport system (pixel distance from the top-left of the stage).
       *
       * This method accepts an optional camera which can be useful if you need to translate coordinates
       * based on a different view than the one being currently being displayed on screen.
       *
       * @param {Coordinates}                  graphPoint
       * @param {CoordinateConversionOverride} override
       */
    }, {
      key: "graphToViewport",
      value: function graphToViewport(graphPoint) {
        var override = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        return this.framedGraphToViewport(this.normalizationFunction(graphPoint), override);
      }
      /**
       * Method returning the distance multiplier between the graph system and the
       * viewport system.
       */
    }, {
      key: "getGraphToViewportRatio",
      value: function getGraphToViewportRatio() {
        var graphP1 = {
          x: 0,
          y: 0
        };
        var graphP2 = {
          x: 1,
          y: 1
        };
        var graphD = Math.sqrt(Math.pow(graphP1.x - graphP2.x, 2) + Math.pow(graphP1.y - graphP2.y, 2));
        var viewportP1 = this.graphToViewport(graphP1);
        var viewportP2 = this.graphToViewport(graphP2);
        var viewportD = Math.sqrt(Math.pow(viewportP1.x - viewportP2.x, 2) + Math.pow(viewportP1.y - viewportP2.y, 2));
        return viewportD / graphD;
      }
      /**
       * Method returning the graph's bounding box.
       *
       * @return {{ x: Extent, y: Extent }}
       */
    }, {
      key: "getBBox",
      value: function getBBox() {
        return this.nodeExtent;
      }
      /**
       * Method returning the graph's custom bounding box, if any.
       *
       * @return {{ x: Extent, y: Extent } | null}
       */
    }, {
      key: "getCustomBBox",
      value: function getCustomBBox() {
        return this.customBBox;
      }
      /**
       * Method used to override the graph's bounding box with a custom one. Give `null` as the argument to stop overriding.
       *
       * @return {Sigma}
       */
    }, {
      key: "setCustomBBox",
      value: function setCustomBBox(customBBox) {
        this.customBBox = customBBox;
        this.scheduleRender();
        return this;
      }
      /**
       * Method used to shut the container & release event listeners.
       *
       * @return {undefined}
       */
    }, {
      key: "kill",
      value: function kill() {
        this.emit("kill");
        this.removeAllListeners();
        this.unbindCameraHandlers();
        window.removeEventListener("resize", this.activeListeners.handleResize);
        this.mouseCaptor.kill();
        this.touchCaptor.kill();
        this.unbindGraphHandlers();
        this.clearIndices();
        this.clearState();
        this.nodeDataCache = {};
        this.edgeDataCache = {};
        this.highlightedNodes.clear();
        if (this.renderFrame) {
          cancelAnimationFrame(this.renderFrame);
          this.renderFrame = null;
        }
        if (this.renderHighlightedNodesFrame) {
          cancelAnimationFrame(this.renderHighlightedNodesFrame);
          this.renderHighlightedNodesFrame = null;
        }
        var container = this.container;
        while (container.firstChild) container.removeChild(container.firstChild);
        for (var type in this.nodePrograms) {
          this.nodePrograms[type].kill();
        }
        for (var _type8 in this.nodeHoverPrograms) {
          this.nodeHoverPrograms[_type8].kill();
        }
        for (var _type9 in this.edgePrograms) {
          this.edgePrograms[_type9].kill();
        }
        this.nodePrograms = {};
        this.nodeHoverPrograms = {};
        this.edgePrograms = {};
        for (var id in this.elements) {
          this.killLayer(id);
        }
        this.canvasContexts = {};
        this.webGLContexts = {};
        this.elements = {};
      }
      /**
       * Method used to scale the given size according to the camera's ratio, i.e.
       * zooming state.
       *
       * @param  {number?} size -        The size to scale (node size, edge thickness etc.).
       * @param  {number?} cameraRatio - A camera ratio (defaults to the actual camera ratio).
       * @return {number}              - The scaled size.
       */
    }, {
      key: "scaleSize",
      value: function scaleSize() {
        var size = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : 1;
        var cameraRatio = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : this.camera.ratio;
        return size / this.settings.zoomToSizeRatioFunction(cameraRatio) * (this.getSetting("itemSizesReference") === "positions" ? cameraRatio * this.graphToViewportRatio : 1);
      }
      /**
       * Method that returns the collection of all used canvases.
       * At the moment, the instantiated canvases are the following, and in the
       * following order in the DOM:
       * - `edges`
       * - `nodes`
       * - `edgeLabels`
       * - `labels`
       * - `hovers`
       * - `hoverNodes`
       * - `mouse`
       *
       * @return {PlainObject<HTMLCanvasElement>} - The collection of canvases.
       */
    }, {
      key: "getCanvases",
      value: function getCanvases() {
        var res = {};
        for (var layer in this.elements) if (this.elements[layer] instanceof HTMLCanvasElement) res[layer] = this.elements[layer];
        return res;
      }
    }]);
  })(TypedEventEmitter);
  var Sigma = Sigma$1;

  // node_modules/@sigma/export-image/dist/sigma-export-image.esm.js
  var import_file_saver = __toESM(require_FileSaver_min());
  var DEFAULT_TO_IMAGE_OPTIONS = {
    layers: null,
    width: null,
    height: null,
    fileName: "graph",
    format: "png",
    sigmaSettings: {},
    cameraState: null,
    backgroundColor: "transparent",
    withTempRenderer: null
  };
  function _regeneratorRuntime() {
    _regeneratorRuntime = function() {
      return e;
    };
    var t, e = {}, r = Object.prototype, n = r.hasOwnProperty, o = Object.defineProperty || function(t2, e2, r2) {
      t2[e2] = r2.value;
    }, i = "function" == typeof Symbol ? Symbol : {}, a = i.iterator || "@@iterator", c = i.asyncIterator || "@@asyncIterator", u = i.toStringTag || "@@toStringTag";
    function define2(t2, e2, r2) {
      return Object.defineProperty(t2, e2, {
        value: r2,
        enumerable: true,
        configurable: true,
        writable: true
      }), t2[e2];
    }
    try {
      define2({}, "");
    } catch (t2) {
      define2 = function(t3, e2, r2) {
        return t3[e2] = r2;
      };
    }
    function wrap(t2, e2, r2, n2) {
      var i2 = e2 && e2.prototype instanceof Generator ? e2 : Generator, a2 = Object.create(i2.prototype), c2 = new Context(n2 || []);
      return o(a2, "_invoke", {
        value: makeInvokeMethod(t2, r2, c2)
      }), a2;
    }
    function tryCatch(t2, e2, r2) {
      try {
        return {
          type: "normal",
          arg: t2.call(e2, r2)
        };
      } catch (t3) {
        return {
          type: "throw",
          arg: t3
        };
      }
    }
    e.wrap = wrap;
    var h2 = "suspendedStart", l = "suspendedYield", f = "executing", s = "completed", y = {};
    function Generator() {
    }
    function GeneratorFunction() {
    }
    function GeneratorFunctionPrototype() {
    }
    var p = {};
    define2(p, a, function() {
      return this;
    });
    var d = Object.getPrototypeOf, v = d && d(d(values([])));
    v && v !== r && n.call(v, a) && (p = v);
    var g = GeneratorFunctionPrototype.prototype = Generator.prototype = Object.create(p);
    function defineIteratorMethods(t2) {
      ["next", "throw", "return"].forEach(function(e2) {
        define2(t2, e2, function(t3) {
          return this._invoke(e2, t3);
        });
      });
    }
    function AsyncIterator(t2, e2) {
      function invoke(r3, o2, i2, a2) {
        var c2 = tryCatch(t2[r3], t2, o2);
        if ("throw" !== c2.type) {
          var u2 = c2.arg, h3 = u2.value;
          return h3 && "object" == typeof h3 && n.call(h3, "__await") ? e2.resolve(h3.__await).then(function(t3) {
            invoke("next", t3, i2, a2);
          }, function(t3) {
            invoke("throw", t3, i2, a2);
          }) : e2.resolve(h3).then(function(t3) {
            u2.value = t3, i2(u2);
          }, function(t3) {
            return invoke("throw", t3, i2, a2);
          });
        }
        a2(c2.arg);
      }
      var r2;
      o(this, "_invoke", {
        value: function(t3, n2) {
          function callInvokeWithMethodAndArg() {
            return new e2(function(e3, r3) {
              invoke(t3, n2, e3, r3);
            });
          }
          return r2 = r2 ? r2.then(callInvokeWithMethodAndArg, callInvokeWithMethodAndArg) : callInvokeWithMethodAndArg();
        }
      });
    }
    function makeInvokeMethod(e2, r2, n2) {
      var o2 = h2;
      return function(i2, a2) {
        if (o2 === f) throw Error("Generator is already running");
        if (o2 === s) {
          if ("throw" === i2) throw a2;
          return {
            value: t,
            done: true
          };
        }
        for (n2.method = i2, n2.arg = a2; ; ) {
          var c2 = n2.delegate;
          if (c2) {
            var u2 = maybeInvokeDelegate(c2, n2);
            if (u2) {
              if (u2 === y) continue;
              return u2;
            }
          }
          if ("next" === n2.method) n2.sent = n2._sent = n2.arg;
          else if ("throw" === n2.method) {
            if (o2 === h2) throw o2 = s, n2.arg;
            n2.dispatchException(n2.arg);
          } else "return" === n2.method && n2.abrupt("return", n2.arg);
          o2 = f;
          var p2 = tryCatch(e2, r2, n2);
          if ("normal" === p2.type) {
            if (o2 = n2.done ? s : l, p2.arg === y) continue;
            return {
              value: p2.arg,
              done: n2.done
            };
          }
          "throw" === p2.type && (o2 = s, n2.method = "throw", n2.arg = p2.arg);
        }
      };
    }
    function maybeInvokeDelegate(e2, r2) {
      var n2 = r2.method, o2 = e2.iterator[n2];
      if (o2 === t) return r2.delegate = null, "throw" === n2 && e2.iterator.return && (r2.method = "return", r2.arg = t, maybeInvokeDelegate(e2, r2), "throw" === r2.method) || "return" !== n2 && (r2.method = "throw", r2.arg = new TypeError("The iterator does not provide a '" + n2 + "' method")), y;
      var i2 = tryCatch(o2, e2.iterator, r2.arg);
      if ("throw" === i2.type) return r2.method = "throw", r2.arg = i2.arg, r2.delegate = null, y;
      var a2 = i2.arg;
      return a2 ? a2.done ? (r2[e2.resultName] = a2.value, r2.next = e2.nextLoc, "return" !== r2.method && (r2.method = "next", r2.arg = t), r2.delegate = null, y) : a2 : (r2.method = "throw", r2.arg = new TypeError("iterator result is not an object"), r2.delegate = null, y);
    }
    function pushTryEntry(t2) {
      var e2 = {
        tryLoc: t2[0]
      };
      1 in t2 && (e2.catchLoc = t2[1]), 2 in t2 && (e2.finallyLoc = t2[2], e2.afterLoc = t2[3]), this.tryEntries.push(e2);
    }
    function resetTryEntry(t2) {
      var e2 = t2.completion || {};
      e2.type = "normal", delete e2.arg, t2.completion = e2;
    }
    function Context(t2) {
      this.tryEntries = [{
        tryLoc: "root"
      }], t2.forEach(pushTryEntry, this), this.reset(true);
    }
    function values(e2) {
      if (e2 || "" === e2) {
        var r2 = e2[a];
        if (r2) return r2.call(e2);
        if ("function" == typeof e2.next) return e2;
        if (!isNaN(e2.length)) {
          var o2 = -1, i2 = function next() {
            for (; ++o2 < e2.length; ) if (n.call(e2, o2)) return next.value = e2[o2], next.done = false, next;
            return next.value = t, next.done = true, next;
          };
          return i2.next = i2;
        }
      }
      throw new TypeError(typeof e2 + " is not iterable");
    }
    return GeneratorFunction.prototype = GeneratorFunctionPrototype, o(g, "constructor", {
      value: GeneratorFunctionPrototype,
      configurable: true
    }), o(GeneratorFunctionPrototype, "constructor", {
      value: GeneratorFunction,
      configurable: true
    }), GeneratorFunction.displayName = define2(GeneratorFunctionPrototype, u, "GeneratorFunction"), e.isGeneratorFunction = function(t2) {
      var e2 = "function" == typeof t2 && t2.constructor;
      return !!e2 && (e2 === GeneratorFunction || "GeneratorFunction" === (e2.displayName || e2.name));
    }, e.mark = function(t2) {
      return Object.setPrototypeOf ? Object.setPrototypeOf(t2, GeneratorFunctionPrototype) : (t2.__proto__ = GeneratorFunctionPrototype, define2(t2, u, "GeneratorFunction")), t2.prototype = Object.create(g), t2;
    }, e.awrap = function(t2) {
      return {
        __await: t2
      };
    }, defineIteratorMethods(AsyncIterator.prototype), define2(AsyncIterator.prototype, c, function() {
      return this;
    }), e.AsyncIterator = AsyncIterator, e.async = function(t2, r2, n2, o2, i2) {
      void 0 === i2 && (i2 = Promise);
      var a2 = new AsyncIterator(wrap(t2, r2, n2, o2), i2);
      return e.isGeneratorFunction(r2) ? a2 : a2.next().then(function(t3) {
        return t3.done ? t3.value : a2.next();
      });
    }, defineIteratorMethods(g), define2(g, u, "Generator"), define2(g, a, function() {
      return this;
    }), define2(g, "toString", function() {
      return "[object Generator]";
    }), e.keys = function(t2) {
      var e2 = Object(t2), r2 = [];
      for (var n2 in e2) r2.push(n2);
      return r2.reverse(), function next() {
        for (; r2.length; ) {
          var t3 = r2.pop();
          if (t3 in e2) return next.value = t3, next.done = false, next;
        }
        return next.done = true, next;
      };
    }, e.values = values, Context.prototype = {
      constructor: Context,
      reset: function(e2) {
        if (this.prev = 0, this.next = 0, this.sent = this._sent = t, this.done = false, this.delegate = null, this.method = "next", this.arg = t, this.tryEntries.forEach(resetTryEntry), !e2) for (var r2 in this) "t" === r2.charAt(0) && n.call(this, r2) && !isNaN(+r2.slice(1)) && (this[r2] = t);
      },
      stop: function() {
        this.done = true;
        var t2 = this.tryEntries[0].completion;
        if ("throw" === t2.type) throw t2.arg;
        return this.rval;
      },
      dispatchException: function(e2) {
        if (this.done) throw e2;
        var r2 = this;
        function handle(n2, o3) {
          return a2.type = "throw", a2.arg = e2, r2.next = n2, o3 && (r2.method = "next", r2.arg = t), !!o3;
        }
        for (var o2 = this.tryEntries.length - 1; o2 >= 0; --o2) {
          var i2 = this.tryEntries[o2], a2 = i2.completion;
          if ("root" === i2.tryLoc) return handle("end");
          if (i2.tryLoc <= this.prev) {
            var c2 = n.call(i2, "catchLoc"), u2 = n.call(i2, "finallyLoc");
            if (c2 && u2) {
              if (this.prev < i2.catchLoc) return handle(i2.catchLoc, true);
              if (this.prev < i2.finallyLoc) return handle(i2.finallyLoc);
            } else if (c2) {
              if (this.prev < i2.catchLoc) return handle(i2.catchLoc, true);
            } else {
              if (!u2) throw Error("try statement without catch or finally");
              if (this.prev < i2.finallyLoc) return handle(i2.finallyLoc);
            }
          }
        }
      },
      abrupt: function(t2, e2) {
        for (var r2 = this.tryEntries.length - 1; r2 >= 0; --r2) {
          var o2 = this.tryEntries[r2];
          if (o2.tryLoc <= this.prev && n.call(o2, "finallyLoc") && this.prev < o2.finallyLoc) {
            var i2 = o2;
            break;
          }
        }
        i2 && ("break" === t2 || "continue" === t2) && i2.tryLoc <= e2 && e2 <= i2.finallyLoc && (i2 = null);
        var a2 = i2 ? i2.completion : {};
        return a2.type = t2, a2.arg = e2, i2 ? (this.method = "next", this.next = i2.finallyLoc, y) : this.complete(a2);
      },
      complete: function(t2, e2) {
        if ("throw" === t2.type) throw t2.arg;
        return "break" === t2.type || "continue" === t2.type ? this.next = t2.arg : "return" === t2.type ? (this.rval = this.arg = t2.arg, this.method = "return", this.next = "end") : "normal" === t2.type && e2 && (this.next = e2), y;
      },
      finish: function(t2) {
        for (var e2 = this.tryEntries.length - 1; e2 >= 0; --e2) {
          var r2 = this.tryEntries[e2];
          if (r2.finallyLoc === t2) return this.complete(r2.completion, r2.afterLoc), resetTryEntry(r2), y;
        }
      },
      catch: function(t2) {
        for (var e2 = this.tryEntries.length - 1; e2 >= 0; --e2) {
          var r2 = this.tryEntries[e2];
          if (r2.tryLoc === t2) {
            var n2 = r2.completion;
            if ("throw" === n2.type) {
              var o2 = n2.arg;
              resetTryEntry(r2);
            }
            return o2;
          }
        }
        throw Error("illegal catch attempt");
      },
      delegateYield: function(e2, r2, n2) {
        return this.delegate = {
          iterator: values(e2),
          resultName: r2,
          nextLoc: n2
        }, "next" === this.method && (this.arg = t), y;
      }
    }, e;
  }
  function _toPrimitive2(t, r) {
    if ("object" != typeof t || !t) return t;
    var e = t[Symbol.toPrimitive];
    if (void 0 !== e) {
      var i = e.call(t, r || "default");
      if ("object" != typeof i) return i;
      throw new TypeError("@@toPrimitive must return a primitive value.");
    }
    return ("string" === r ? String : Number)(t);
  }
  function _toPropertyKey2(t) {
    var i = _toPrimitive2(t, "string");
    return "symbol" == typeof i ? i : i + "";
  }
  function _defineProperty2(e, r, t) {
    return (r = _toPropertyKey2(r)) in e ? Object.defineProperty(e, r, {
      value: t,
      enumerable: true,
      configurable: true,
      writable: true
    }) : e[r] = t, e;
  }
  function ownKeys2(e, r) {
    var t = Object.keys(e);
    if (Object.getOwnPropertySymbols) {
      var o = Object.getOwnPropertySymbols(e);
      r && (o = o.filter(function(r2) {
        return Object.getOwnPropertyDescriptor(e, r2).enumerable;
      })), t.push.apply(t, o);
    }
    return t;
  }
  function _objectSpread22(e) {
    for (var r = 1; r < arguments.length; r++) {
      var t = null != arguments[r] ? arguments[r] : {};
      r % 2 ? ownKeys2(Object(t), true).forEach(function(r2) {
        _defineProperty2(e, r2, t[r2]);
      }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys2(Object(t)).forEach(function(r2) {
        Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
      });
    }
    return e;
  }
  function asyncGeneratorStep(n, t, e, r, o, a, c) {
    try {
      var i = n[a](c), u = i.value;
    } catch (n2) {
      return void e(n2);
    }
    i.done ? t(u) : Promise.resolve(u).then(r, o);
  }
  function _asyncToGenerator(n) {
    return function() {
      var t = this, e = arguments;
      return new Promise(function(r, o) {
        var a = n.apply(t, e);
        function _next(n2) {
          asyncGeneratorStep(a, r, o, _next, _throw, "next", n2);
        }
        function _throw(n2) {
          asyncGeneratorStep(a, r, o, _next, _throw, "throw", n2);
        }
        _next(void 0);
      });
    };
  }
  function drawOnCanvas(_x) {
    return _drawOnCanvas.apply(this, arguments);
  }
  function _drawOnCanvas() {
    _drawOnCanvas = _asyncToGenerator(/* @__PURE__ */ _regeneratorRuntime().mark(function _callee(sigma) {
      var opts, _DEFAULT_TO_IMAGE_OPT, layers, backgroundColor, width, height, cameraState, sigmaSettings, withTempRenderer, dimensions, pixelRatio, outputWidth, outputHeight, tmpRoot, tempRenderer, canvas, ctx, canvases, canvasLayers, _args = arguments;
      return _regeneratorRuntime().wrap(function _callee$(_context) {
        while (1) switch (_context.prev = _context.next) {
          case 0:
            opts = _args.length > 1 && _args[1] !== void 0 ? _args[1] : {};
            _DEFAULT_TO_IMAGE_OPT = _objectSpread22(_objectSpread22({}, DEFAULT_TO_IMAGE_OPTIONS), opts), layers = _DEFAULT_TO_IMAGE_OPT.layers, backgroundColor = _DEFAULT_TO_IMAGE_OPT.backgroundColor, width = _DEFAULT_TO_IMAGE_OPT.width, height = _DEFAULT_TO_IMAGE_OPT.height, cameraState = _DEFAULT_TO_IMAGE_OPT.cameraState, sigmaSettings = _DEFAULT_TO_IMAGE_OPT.sigmaSettings, withTempRenderer = _DEFAULT_TO_IMAGE_OPT.withTempRenderer;
            dimensions = sigma.getDimensions();
            pixelRatio = window.devicePixelRatio || 1;
            outputWidth = typeof width !== "number" ? dimensions.width : width;
            outputHeight = typeof height !== "number" ? dimensions.height : height;
            tmpRoot = document.createElement("DIV");
            tmpRoot.style.width = "".concat(outputWidth, "px");
            tmpRoot.style.height = "".concat(outputHeight, "px");
            tmpRoot.style.position = "absolute";
            tmpRoot.style.right = "101%";
            tmpRoot.style.bottom = "101%";
            document.body.appendChild(tmpRoot);
            tempRenderer = new Sigma(sigma.getGraph(), tmpRoot, _objectSpread22(_objectSpread22({}, sigma.getSettings()), sigmaSettings));
            tempRenderer.getCamera().setState(cameraState || sigma.getCamera().getState());
            tempRenderer.setCustomBBox(sigma.getCustomBBox());
            tempRenderer.refresh();
            canvas = document.createElement("CANVAS");
            canvas.setAttribute("width", outputWidth * pixelRatio + "");
            canvas.setAttribute("height", outputHeight * pixelRatio + "");
            ctx = canvas.getContext("2d");
            ctx.fillStyle = backgroundColor;
            ctx.fillRect(0, 0, outputWidth * pixelRatio, outputHeight * pixelRatio);
            if (!withTempRenderer) {
              _context.next = 26;
              break;
            }
            _context.next = 26;
            return withTempRenderer(tempRenderer);
          case 26:
            canvases = tempRenderer.getCanvases();
            canvasLayers = layers ? layers.filter(function(id) {
              return !!canvases[id];
            }) : Object.keys(canvases);
            canvasLayers.forEach(function(id) {
              ctx.drawImage(canvases[id], 0, 0, outputWidth * pixelRatio, outputHeight * pixelRatio, 0, 0, outputWidth * pixelRatio, outputHeight * pixelRatio);
            });
            tempRenderer.kill();
            tmpRoot.remove();
            return _context.abrupt("return", canvas);
          case 32:
          case "end":
            return _context.stop();
        }
      }, _callee);
    }));
    return _drawOnCanvas.apply(this, arguments);
  }
  function _objectWithoutPropertiesLoose2(r, e) {
    if (null == r) return {};
    var t = {};
    for (var n in r) if ({}.hasOwnProperty.call(r, n)) {
      if (e.includes(n)) continue;
      t[n] = r[n];
    }
    return t;
  }
  function _objectWithoutProperties2(e, t) {
    if (null == e) return {};
    var o, r, i = _objectWithoutPropertiesLoose2(e, t);
    if (Object.getOwnPropertySymbols) {
      var s = Object.getOwnPropertySymbols(e);
      for (r = 0; r < s.length; r++) o = s[r], t.includes(o) || {}.propertyIsEnumerable.call(e, o) && (i[o] = e[o]);
    }
    return i;
  }
  var _excluded = ["format"];
  function toBlob(_x) {
    return _toBlob.apply(this, arguments);
  }
  function _toBlob() {
    _toBlob = _asyncToGenerator(/* @__PURE__ */ _regeneratorRuntime().mark(function _callee(sigma) {
      var opts, _DEFAULT_TO_IMAGE_OPT, format, options, canvas, _args = arguments;
      return _regeneratorRuntime().wrap(function _callee$(_context) {
        while (1) switch (_context.prev = _context.next) {
          case 0:
            opts = _args.length > 1 && _args[1] !== void 0 ? _args[1] : {};
            _DEFAULT_TO_IMAGE_OPT = _objectSpread22(_objectSpread22({}, DEFAULT_TO_IMAGE_OPTIONS), opts), format = _DEFAULT_TO_IMAGE_OPT.format, options = _objectWithoutProperties2(_DEFAULT_TO_IMAGE_OPT, _excluded);
            _context.next = 4;
            return drawOnCanvas(sigma, options);
          case 4:
            canvas = _context.sent;
            return _context.abrupt("return", new Promise(function(resolve, reject) {
              canvas.toBlob(function(blob) {
                if (blob) {
                  resolve(blob);
                } else {
                  reject(new Error('No actual blob was obtained by canvas.toBlob(..., "image/'.concat(format, '")')));
                }
              }, "image/".concat(format));
            }));
          case 6:
          case "end":
            return _context.stop();
        }
      }, _callee);
    }));
    return _toBlob.apply(this, arguments);
  }
  function downloadAsImage(_x) {
    return _downloadAsImage.apply(this, arguments);
  }
  function _downloadAsImage() {
    _downloadAsImage = _asyncToGenerator(/* @__PURE__ */ _regeneratorRuntime().mark(function _callee(sigma) {
      var opts, _DEFAULT_TO_IMAGE_OPT, fileName, format, blob, _args = arguments;
      return _regeneratorRuntime().wrap(function _callee$(_context) {
        while (1) switch (_context.prev = _context.next) {
          case 0:
            opts = _args.length > 1 && _args[1] !== void 0 ? _args[1] : {};
            _DEFAULT_TO_IMAGE_OPT = _objectSpread22(_objectSpread22({}, DEFAULT_TO_IMAGE_OPTIONS), opts), fileName = _DEFAULT_TO_IMAGE_OPT.fileName, format = _DEFAULT_TO_IMAGE_OPT.format;
            _context.next = 4;
            return toBlob(sigma, opts);
          case 4:
            blob = _context.sent;
            import_file_saver.default.saveAs(blob, "".concat(fileName, ".").concat(format));
          case 6:
          case "end":
            return _context.stop();
        }
      }, _callee);
    }));
    return _downloadAsImage.apply(this, arguments);
  }
  function downloadAsPNG(sigma) {
    var opts = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
    return downloadAsImage(sigma, _objectSpread22(_objectSpread22({}, opts), {}, {
      format: "png"
    }));
  }

  // src/core/problem/index.ts
  var subjectNames = { chart: "Chart", entity: "Entity", case: "Case", other: "Item" };
  function problemLines(p) {
    if (!p || !Array.isArray(p.problems)) return [];
    return p.problems.map((e) => {
      const where = [e.file, e.line !== void 0 ? String(e.line) : ""].filter(Boolean).join(":");
      const field = e.field ?? "";
      const head = [where, field].filter(Boolean).join(" ");
      return head ? `${head}: ${e.reason}` : e.reason;
    });
  }
  function problemMessage(status, p, subject = "other") {
    const detail = (p?.detail || p?.title || "").trim();
    switch (status) {
      case 0:
        return "The Ringleader server cannot be reached. Check that it is running, then try again.";
      case 401:
        return "Your session has ended: the token is expired, revoked or unknown. Sign in again with a valid token.";
      case 403:
        return detail ? `Not allowed for your role: ${detail}` : "Not allowed for your role.";
      case 404:
        if (subject !== "other") return `${subjectNames[subject]} not found (or not visible to you).`;
        return detail ? `Not found: ${detail}` : "Not found (or not visible to you).";
      case 413:
        return detail ? `Too large: ${detail}` : "The request or its answer is too large. Narrow it down (a case, a time window, fewer types).";
      case 429:
        return "Too many requests in a short time. Wait a few seconds and try again.";
      case 503:
        return detail ? `The store is unavailable: ${detail}` : "The store is unavailable right now. Try again in a moment.";
      default:
        if (detail) return detail;
        return status >= 500 ? `The server failed (HTTP ${status}).` : `The request failed (HTTP ${status}).`;
    }
  }

  // src/core/session/index.ts
  var TOKEN_KEY = "ringleader.token";
  function parseFragment(hash) {
    const out = { rest: [] };
    const body = hash.startsWith("#") ? hash.slice(1) : hash;
    if (!body) return out;
    for (const part of body.split("&")) {
      if (!part) continue;
      const eq = part.indexOf("=");
      const rawKey = eq < 0 ? part : part.slice(0, eq);
      const rawVal = eq < 0 ? "" : part.slice(eq + 1);
      let key, val;
      try {
        key = decodeURIComponent(rawKey.replace(/\+/g, " "));
        val = decodeURIComponent(rawVal.replace(/\+/g, " "));
      } catch {
        continue;
      }
      if (key === "token") {
        if (val) out.token = val;
      } else if (key === "chart") {
        if (val) out.chart = val;
      } else out.rest.push([key, val]);
    }
    return out;
  }
  function formatFragment(f) {
    const parts = [];
    if (f.chart) parts.push(`chart=${encodeURIComponent(f.chart)}`);
    for (const [k, v] of f.rest ?? []) parts.push(v === "" ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    return parts.length ? `#${parts.join("&")}` : "";
  }
  function startSession(hash, store) {
    const f = parseFragment(hash);
    if (f.token) {
      store.setItem(TOKEN_KEY, f.token);
    }
    const token2 = f.token ?? store.getItem(TOKEN_KEY);
    const replaceHash = f.token ? formatFragment(f) : null;
    return { token: token2 || null, chart: f.chart ?? null, replaceHash };
  }
  function signIn(input, store) {
    let t = input.trim();
    const m = /[#&]token=([^&\s]+)/.exec(t);
    if (m && m[1]) t = decodeURIComponent(m[1]);
    if (!/^[A-Za-z0-9_\-.~+/=]{8,}$/.test(t)) return null;
    store.setItem(TOKEN_KEY, t);
    return t;
  }
  function endSession(store) {
    store.removeItem(TOKEN_KEY);
  }

  // src/api/client.ts
  var ApiError = class extends Error {
    constructor(status, problem, message, lines) {
      super(message);
      this.status = status;
      this.problem = problem;
      this.lines = lines;
      this.name = "ApiError";
    }
  };
  var onUnauthorised = () => {
  };
  function setUnauthorisedHandler(fn) {
    onUnauthorised = fn;
  }
  function token() {
    try {
      return sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  }
  function url(path, q = {}) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) {
      if (v === void 0 || v === null || v === "") continue;
      params.set(k, String(v));
    }
    const qs = params.toString();
    return `/api/v1${path}${qs ? `?${qs}` : ""}`;
  }
  async function call(method, path, q = {}, body, subject = "other", signal) {
    const t = token();
    const headers = { Accept: "application/json, application/problem+json" };
    if (t) headers.Authorization = `Bearer ${t}`;
    if (body !== void 0) headers["Content-Type"] = "application/json";
    let res;
    try {
      res = await fetch(url(path, q), { method, headers, body: body === void 0 ? void 0 : JSON.stringify(body), credentials: "omit", cache: "no-store", signal });
    } catch (e) {
      if (e.name === "AbortError") throw e;
      throw new ApiError(0, null, problemMessage(0, null), []);
    }
    if (res.ok) return await res.json();
    let problem = null;
    try {
      problem = await res.json();
    } catch {
      problem = null;
    }
    const message = problemMessage(res.status, problem, subject);
    if (res.status === 401) {
      try {
        endSession(sessionStorage);
      } catch {
      }
      onUnauthorised(message);
    }
    throw new ApiError(res.status, problem, message, problemLines(problem));
  }
  var api = {
    about: () => call("GET", "/about"),
    cases: () => call("GET", "/cases"),
    search: (q, signal) => call("GET", "/entities", { q, limit: 20 }, void 0, "other", signal),
    entity: (id) => call("GET", `/entities/${encodeURIComponent(id)}`, {}, void 0, "entity"),
    neighbourhood: (id, depth = 1) => call("GET", `/entities/${encodeURIComponent(id)}/neighbourhood`, { depth }, void 0, "entity"),
    network: (p) => call("GET", "/network", { view: p.view ?? "full", case: p.case, from: p.from, to: p.to, types: p.types, community: p.community }),
    centrality: (measure, p) => call("GET", "/insights/centrality", { measure, view: p.view ?? "full", top: 0, case: p.case, from: p.from, to: p.to, types: p.types }),
    communities: (p) => call("GET", "/insights/communities", { view: p.view ?? "full", case: p.case, from: p.from, to: p.to, types: p.types }),
    brokers: (p) => call("GET", "/insights/brokers", { top: 1e4, case: p.case, from: p.from, to: p.to }),
    keyPlayers: (k, p) => call("GET", "/insights/key-players", { k, case: p.case, from: p.from, to: p.to }),
    caseLinks: (id) => call("GET", `/cases/${encodeURIComponent(id)}/links`, {}, void 0, "case"),
    paths: (from, to) => call("GET", "/paths", { from, to, k: 3, view: "full" }),
    timePaths: (from, to) => call("GET", "/paths/time", { from, to, k: 3, view: "full" }),
    moneyTrail: (from) => call("GET", "/money/trail", { from, limit: 200 }),
    moneyCycles: (from) => call("GET", "/money/cycles", { from, limit: 100 }),
    hawala: () => call("GET", "/money/hawala"),
    candidates: (entity) => call("GET", "/resolution/candidates", { entity }),
    charts: () => call("GET", "/charts"),
    chart: (id) => call("GET", `/charts/${encodeURIComponent(id)}`, {}, void 0, "chart"),
    saveChart: (name2, state) => call("POST", "/charts", {}, { name: name2, state })
  };

  // src/core/chart/index.ts
  var HISTORY = 30;
  var DEFAULT_HIDDEN = ["INVOLVED_IN"];
  var LINK_TYPES = ["MEMBER_OF", "INVOLVED_IN", "ORGANISED", "TRANSPORTED", "ORIGIN", "DESTINATION", "ROUTED_VIA", "SEIZED_AT", "PAID", "HOLDS", "SAME_AS"];
  var ASSOCIATION_SUBTYPES = ["call", "meeting", "family", "associate", "co_arrested", "travel", "other"];
  function emptyChart() {
    return {
      nodes: /* @__PURE__ */ new Map(),
      links: /* @__PURE__ */ new Map(),
      summary: null,
      scope: {},
      selected: null,
      window: null,
      sizeBy: "betweenness",
      colourBy: "kind",
      highlight: null,
      removed: [],
      hiddenTypes: [...DEFAULT_HIDDEN],
      past: []
    };
  }
  function isDirected(l) {
    if (l.type === "SAME_AS") return false;
    if (l.type === "ASSOCIATE") return l.subtype === "call";
    return true;
  }
  function linkKey(l) {
    if (l.id) return l.id;
    return [l.type, l.subtype ?? "", l.source, l.target, l.first_seen ?? l.date ?? ""].join("|");
  }
  function typeKey(l) {
    return l.type === "ASSOCIATE" && l.subtype ? `ASSOCIATE/${l.subtype}` : l.type;
  }
  function snapshot(s) {
    return { nodes: s.nodes, links: s.links, summary: s.summary, scope: s.scope, selected: s.selected };
  }
  function remember(s) {
    const past = [...s.past, snapshot(s)];
    if (past.length > HISTORY) past.splice(0, past.length - HISTORY);
    return { ...s, past };
  }
  function undo(s) {
    if (s.past.length === 0) return s;
    const prev = s.past[s.past.length - 1];
    return { ...s, ...prev, past: s.past.slice(0, -1), highlight: null, removed: [] };
  }
  function bounds(nodes) {
    let b = null;
    for (const p of nodes) {
      if (!b) b = { minX: p.x, maxX: p.x, minY: p.y, maxY: p.y };
      else {
        b.minX = Math.min(b.minX, p.x);
        b.maxX = Math.max(b.maxX, p.x);
        b.minY = Math.min(b.minY, p.y);
        b.maxY = Math.max(b.maxY, p.y);
      }
    }
    return b;
  }
  function spacing(nodes) {
    const b = bounds(nodes.values());
    if (!b || nodes.size < 2) return 1;
    const area = Math.max(b.maxX - b.minX, 1e-9) * Math.max(b.maxY - b.minY, 1e-9);
    const s = Math.sqrt(area / nodes.size);
    return Number.isFinite(s) && s > 0 ? s : 1;
  }
  var GOLDEN = Math.PI * (3 - Math.sqrt(5));
  function around(centre, count, step2, turn = 0) {
    const out = [];
    for (let k = 0; k < count; k++) {
      const r = step2 * (1 + 0.8 * Math.sqrt(k + 1));
      const a = turn + k * GOLDEN;
      out.push({ x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
    }
    return out;
  }
  function addElements(s, entities, links, opt = {}) {
    const nodes = new Map(s.nodes);
    const fresh = [];
    const seen = /* @__PURE__ */ new Set();
    for (const e of entities) {
      const old = nodes.get(e.id);
      if (old) nodes.set(e.id, { ...old, entity: { ...old.entity, ...e } });
      else if (!seen.has(e.id)) {
        seen.add(e.id);
        fresh.push(e);
      }
    }
    const step2 = spacing(s.nodes);
    let centre = { x: 0, y: 0 };
    const near = opt.near ? s.nodes.get(opt.near) : void 0;
    if (near) centre = near;
    else {
      const b = bounds(s.nodes.values());
      if (b) centre = { x: b.maxX + step2 * 2, y: (b.minY + b.maxY) / 2 };
    }
    const unplaced = fresh.filter((e) => !opt.positions?.has(e.id));
    const spots = around(centre, unplaced.length, near ? step2 : step2 * 0.8, nodes.size * 0.37);
    let i = 0;
    for (const e of fresh) {
      const p = opt.positions?.get(e.id) ?? (s.nodes.size === 0 && fresh.length === 1 ? { x: 0, y: 0 } : spots[i++]);
      nodes.set(e.id, { id: e.id, entity: e, x: p.x, y: p.y });
    }
    const linkMap = new Map(s.links);
    for (const l of links) {
      if (!nodes.has(l.source) || !nodes.has(l.target)) continue;
      const key = linkKey(l);
      linkMap.set(key, { key, link: l, directed: isDirected(l) });
    }
    const next = remember(s);
    return { ...next, nodes, links: linkMap, selected: opt.select ?? s.selected };
  }
  function replaceAll(s, entities, links, positions, extra = {}) {
    const next = remember(s);
    const nodes = /* @__PURE__ */ new Map();
    const spots = around({ x: 0, y: 0 }, entities.length, 1);
    entities.forEach((e, i) => {
      const p = positions.get(e.id) ?? spots[i];
      const n = { id: e.id, entity: e, x: p.x, y: p.y };
      const m = extra.members?.get(e.id);
      if (m !== void 0) n.members = m;
      nodes.set(e.id, n);
    });
    const linkMap = /* @__PURE__ */ new Map();
    for (const l of links) {
      if (!nodes.has(l.source) || !nodes.has(l.target)) continue;
      const key = linkKey(l);
      linkMap.set(key, { key, link: l, directed: isDirected(l) });
    }
    const selected = extra.selected && nodes.has(extra.selected) ? extra.selected : null;
    return { ...next, nodes, links: linkMap, summary: extra.summary ?? null, scope: extra.scope ?? {}, selected, highlight: null, removed: [] };
  }
  function removeNodes(s, ids) {
    const drop = new Set(ids.filter((id) => s.nodes.has(id)));
    if (drop.size === 0) return s;
    const next = remember(s);
    const nodes = new Map([...s.nodes].filter(([id]) => !drop.has(id)));
    const links = new Map([...s.links].filter(([, l]) => !drop.has(l.link.source) && !drop.has(l.link.target)));
    return {
      ...next,
      nodes,
      links,
      selected: s.selected && drop.has(s.selected) ? null : s.selected,
      removed: s.removed.filter((id) => !drop.has(id)),
      highlight: s.highlight ? { ...s.highlight, nodes: s.highlight.nodes.filter((id) => !drop.has(id)) } : null
    };
  }
  function select(s, id) {
    const v = id && s.nodes.has(id) ? id : null;
    return v === s.selected ? s : { ...s, selected: v };
  }
  function setPositions(s, pos) {
    const nodes = new Map(s.nodes);
    for (const [id, p] of pos) {
      const n = nodes.get(id);
      if (n && Number.isFinite(p.x) && Number.isFinite(p.y)) nodes.set(id, { ...n, x: p.x, y: p.y });
    }
    return { ...s, nodes };
  }
  function neighbours(s, id) {
    const out = /* @__PURE__ */ new Set();
    for (const { link } of s.links.values()) {
      if (link.source === id) out.add(link.target);
      else if (link.target === id) out.add(link.source);
    }
    return out;
  }
  function linkTypes(s) {
    const out = /* @__PURE__ */ new Map();
    for (const { link } of s.links.values()) out.set(typeKey(link), (out.get(typeKey(link)) ?? 0) + 1);
    return new Map([...out].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  }
  function toggleType(s, key) {
    const hidden = s.hiddenTypes.includes(key) ? s.hiddenTypes.filter((k) => k !== key) : [...s.hiddenTypes, key];
    return { ...s, hiddenTypes: hidden };
  }
  function typesParam(hidden) {
    if (hidden.length === 0) return void 0;
    const off = new Set(hidden);
    const out = LINK_TYPES.filter((t) => !off.has(t));
    const subtypes = ASSOCIATION_SUBTYPES.filter((t) => !off.has(`ASSOCIATE/${t}`));
    if (off.has("ASSOCIATE")) {
    } else if (subtypes.length === ASSOCIATION_SUBTYPES.length) out.push("ASSOCIATE");
    else out.push(...subtypes);
    return out.sort().join(",");
  }
  function hiddenNodes(s) {
    const cases = /* @__PURE__ */ new Set();
    for (const n of s.nodes.values()) if (n.entity.kind === "Case") cases.add(n.id);
    if (cases.size === 0) return cases;
    const off = new Set(s.hiddenTypes);
    for (const { link } of s.links.values()) {
      if (off.has(typeKey(link))) continue;
      cases.delete(link.source);
      cases.delete(link.target);
    }
    return cases;
  }
  function shownLinks(s, hidden) {
    const off = new Set(s.hiddenTypes);
    const out = [];
    for (const l of s.links.values()) if (!off.has(typeKey(l.link)) && !hidden.has(l.link.source) && !hidden.has(l.link.target)) out.push(l);
    return out;
  }
  function degrees(links) {
    const out = /* @__PURE__ */ new Map();
    for (const { link } of links) {
      if (link.source === link.target) continue;
      out.set(link.source, (out.get(link.source) ?? 0) + 1);
      out.set(link.target, (out.get(link.target) ?? 0) + 1);
    }
    return out;
  }

  // src/core/charts/index.ts
  var SAVED_VERSION = 1;
  var round = (v) => Math.round(v * 100) / 100;
  var SIZES = ["none", "betweenness", "degree", "closeness", "harmonic", "eigenvector", "pagerank"];
  var COLOURS = ["kind", "community", "case", "role"];
  function serialise(s) {
    const entities = [];
    const positions = [];
    for (const n of s.nodes.values()) {
      if (n.members !== void 0) continue;
      entities.push(n.id);
      positions.push(round(n.x), round(n.y));
    }
    return {
      version: SAVED_VERSION,
      entities,
      positions,
      links: [...s.links.keys()],
      scope: { ...s.scope },
      window: s.window ? { ...s.window } : null,
      sizeBy: s.sizeBy,
      colourBy: s.colourBy,
      hiddenTypes: [...s.hiddenTypes],
      selected: s.selected
    };
  }
  var isDate = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
  function parseSaved(raw) {
    if (!raw || typeof raw !== "object") return "the saved chart has no state";
    const r = raw;
    if (!Array.isArray(r.entities) || !r.entities.every((e) => typeof e === "string")) return "the saved chart lists no entities";
    const entities = r.entities;
    const positions = Array.isArray(r.positions) && r.positions.length === entities.length * 2 && r.positions.every((v) => typeof v === "number" && Number.isFinite(v)) ? r.positions : [];
    const w = r.window;
    const scope = r.scope && typeof r.scope === "object" ? r.scope : {};
    return {
      version: typeof r.version === "number" ? r.version : SAVED_VERSION,
      entities,
      positions,
      links: Array.isArray(r.links) ? r.links.filter((k) => typeof k === "string") : [],
      scope: { ...typeof scope.case === "string" ? { case: scope.case } : {}, ...typeof scope.community === "string" ? { community: scope.community } : {} },
      window: w && isDate(w.from) && isDate(w.to) ? { from: w.from, to: w.to } : null,
      sizeBy: SIZES.includes(r.sizeBy) ? r.sizeBy : "betweenness",
      colourBy: COLOURS.includes(r.colourBy) ? r.colourBy : "kind",
      hiddenTypes: Array.isArray(r.hiddenTypes) ? r.hiddenTypes.filter((k) => typeof k === "string") : [],
      selected: typeof r.selected === "string" ? r.selected : null
    };
  }
  function restore(s, saved, entities, links) {
    const byId = new Map(entities.map((e) => [e.id, e]));
    const pos = /* @__PURE__ */ new Map();
    const kept = [];
    const missing = [];
    saved.entities.forEach((id, i) => {
      const e = byId.get(id);
      if (!e) {
        missing.push(id);
        return;
      }
      kept.push(e);
      if (saved.positions.length) pos.set(id, { x: saved.positions[2 * i], y: saved.positions[2 * i + 1] });
    });
    const wanted = saved.links.length ? new Set(saved.links) : null;
    const ls = wanted ? links.filter((l) => wanted.has(linkKey(l))) : links;
    let state = replaceAll(s, kept, ls, pos, { scope: saved.scope, selected: saved.selected });
    state = { ...state, window: saved.window, sizeBy: saved.sizeBy, colourBy: saved.colourBy, hiddenTypes: saved.hiddenTypes };
    return { state, missing };
  }

  // src/core/expand/index.ts
  function label(key) {
    return key;
  }
  function offer(n, drawnNodes, drawnLinks) {
    const groups = /* @__PURE__ */ new Map();
    const allNew = /* @__PURE__ */ new Set();
    const known = new Set(n.entities.map((e) => e.id));
    for (const l of n.links) {
      if (!known.has(l.source) || !known.has(l.target)) continue;
      const key = typeKey(l);
      let g = groups.get(key);
      if (!g) {
        g = { key: label(key), type: l.type, links: 0, newEntities: 0, reach: /* @__PURE__ */ new Set() };
        if (l.type === "ASSOCIATE" && l.subtype) g.subtype = l.subtype;
        groups.set(key, g);
      }
      if (!drawnLinks.has(linkKey(l))) g.links++;
      const other = l.source === n.id ? l.target : l.target === n.id ? l.source : null;
      if (other && !drawnNodes.has(other)) {
        g.reach.add(other);
        allNew.add(other);
      }
    }
    const list = [...groups.values()].map(({ reach, ...g }) => ({ ...g, newEntities: reach.size })).filter((g) => g.links > 0 || g.newEntities > 0).sort((a, b) => b.newEntities - a.newEntities || b.links - a.links || (a.key < b.key ? -1 : 1));
    return { centre: n.id, groups: list, newEntities: allNew.size, truncated: !!n.truncated };
  }
  function choose(n, chosen, drawnNodes) {
    const byId = new Map(n.entities.map((e) => [e.id, e]));
    const add = /* @__PURE__ */ new Set();
    for (const l of n.links) {
      if (!chosen.has(typeKey(l))) continue;
      const other = l.source === n.id ? l.target : l.target === n.id ? l.source : null;
      if (other && !drawnNodes.has(other) && byId.has(other)) add.add(other);
    }
    const after = /* @__PURE__ */ new Set([...drawnNodes, ...add, n.id]);
    const links = n.links.filter((l) => chosen.has(typeKey(l)) && after.has(l.source) && after.has(l.target));
    const entities = [...add].map((id) => byId.get(id));
    const centre = byId.get(n.id);
    if (centre && !drawnNodes.has(n.id)) entities.unshift(centre);
    return { entities, links };
  }
  function describeGroup(g) {
    const names = {
      ASSOCIATE: "association",
      MEMBER_OF: "member of",
      INVOLVED_IN: "involved in case",
      ORGANISED: "organised",
      TRANSPORTED: "transported",
      ORIGIN: "origin",
      DESTINATION: "destination",
      ROUTED_VIA: "routed via",
      SEIZED_AT: "seized at",
      PAID: "payment",
      HOLDS: "holds (phone, account, vehicle)",
      SAME_AS: "same as"
    };
    if (g.type === "ASSOCIATE" && g.subtype) return g.subtype;
    return names[g.type] ?? g.type.toLowerCase();
  }

  // src/core/export/index.ts
  function xmlText(s) {
    return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(new RegExp("[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]", "g"), "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
  }
  function rgb(hex) {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
    if (!m) return [128, 128, 128];
    return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
  }
  var num = (v) => Number.isFinite(v) ? String(Math.round(v * 1e4) / 1e4) : "0";
  function attributeColumns(nodes) {
    const types = /* @__PURE__ */ new Map();
    for (const n of nodes)
      for (const [k, v] of Object.entries(n.attributes)) {
        const t = typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string";
        const old = types.get(k);
        types.set(k, old && old !== t ? "string" : t);
      }
    return [...types].map(([name2, type]) => ({ name: name2, type })).sort((a, b) => a.name < b.name ? -1 : 1);
  }
  function spell(e) {
    const start = e.date ?? e.first_seen ?? e.last_seen;
    const end = e.date ?? e.last_seen ?? e.first_seen;
    const out = {};
    if (start) out.start = start.slice(0, 10);
    if (end) out.end = end.slice(0, 10);
    return out;
  }
  function gexf(g) {
    const cols = attributeColumns(g.nodes);
    const nodeCols = [{ name: "kind", type: "string" }, { name: "cases", type: "string" }, ...cols.filter((c) => c.name !== "kind" && c.name !== "cases")];
    const edgeCols = [
      { name: "type", type: "string" },
      { name: "subtype", type: "string" },
      { name: "amount", type: "double" },
      { name: "currency", type: "string" },
      { name: "date", type: "string" },
      { name: "cases", type: "string" }
    ];
    const out = [];
    out.push('<?xml version="1.0" encoding="UTF-8"?>');
    out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">');
    out.push(`  <meta lastmodifieddate="${xmlText(g.date)}">`);
    out.push("    <creator>Ringleader investigation workbench</creator>");
    out.push(`    <description>${xmlText(g.title)}</description>`);
    out.push("  </meta>");
    out.push('  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    out.push('    <attributes class="node" mode="static">');
    nodeCols.forEach((c) => out.push(`      <attribute id="${xmlText(c.name)}" title="${xmlText(c.name)}" type="${c.type}"/>`));
    out.push("    </attributes>");
    out.push('    <attributes class="edge" mode="static">');
    edgeCols.forEach((c) => out.push(`      <attribute id="${c.name}" title="${c.name}" type="${c.type}"/>`));
    out.push("    </attributes>");
    out.push("    <nodes>");
    for (const n of g.nodes) {
      out.push(`      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}">`);
      out.push("        <attvalues>");
      const vals = { ...n.attributes, kind: n.kind, cases: n.cases.join(";") };
      nodeCols.forEach((c) => {
        const v = vals[c.name];
        if (v === void 0 || v === "") return;
        out.push(`          <attvalue for="${xmlText(c.name)}" value="${xmlText(typeof v === "number" ? num(v) : String(v))}"/>`);
      });
      out.push("        </attvalues>");
      const [r, gg, b] = rgb(n.color);
      out.push(`        <viz:size value="${num(n.size)}"/>`);
      out.push(`        <viz:color r="${r}" g="${gg}" b="${b}"/>`);
      out.push(`        <viz:position x="${num(n.x)}" y="${num(n.y)}" z="0"/>`);
      out.push("      </node>");
    }
    out.push("    </nodes>");
    out.push("    <edges>");
    for (const e of g.edges) {
      const sp = spell(e);
      const attrs = [
        `id="${xmlText(e.id)}"`,
        `source="${xmlText(e.source)}"`,
        `target="${xmlText(e.target)}"`,
        `type="${e.directed ? "directed" : "undirected"}"`
      ];
      if (e.weight !== void 0 && Number.isFinite(e.weight)) attrs.push(`weight="${num(e.weight)}"`);
      if (e.label) attrs.push(`label="${xmlText(e.label)}"`);
      if (sp.start) attrs.push(`start="${sp.start}"`);
      if (sp.end) attrs.push(`end="${sp.end}"`);
      out.push(`      <edge ${attrs.join(" ")}>`);
      out.push("        <attvalues>");
      const vals = { type: e.type, subtype: e.subtype, amount: e.amount, currency: e.currency, date: e.date ?? (e.first_seen || e.last_seen ? `${e.first_seen ?? ""}/${e.last_seen ?? ""}` : void 0), cases: e.cases.join(";") };
      edgeCols.forEach((c) => {
        const v = vals[c.name];
        if (v === void 0 || v === "") return;
        out.push(`          <attvalue for="${c.name}" value="${xmlText(typeof v === "number" ? num(v) : v)}"/>`);
      });
      out.push("        </attvalues>");
      if (e.color) {
        const [r, gg, b] = rgb(e.color);
        out.push(`        <viz:color r="${r}" g="${gg}" b="${b}"/>`);
      }
      out.push("      </edge>");
    }
    out.push("    </edges>");
    out.push("  </graph>");
    out.push("</gexf>");
    return out.join("\n") + "\n";
  }
  function graphml(g) {
    const cols = attributeColumns(g.nodes).filter((c) => !["label", "kind", "cases", "x", "y", "size", "color"].includes(c.name));
    const nodeKeys = [
      { id: "label", name: "label", type: "string" },
      { id: "kind", name: "kind", type: "string" },
      { id: "cases", name: "cases", type: "string" },
      { id: "x", name: "x", type: "double" },
      { id: "y", name: "y", type: "double" },
      { id: "size", name: "size", type: "double" },
      { id: "color", name: "color", type: "string" },
      ...cols.map((c, i) => ({ id: `a${i}`, name: c.name, type: c.type }))
    ];
    const edgeKeys = [
      { id: "e_type", name: "type", type: "string" },
      { id: "e_subtype", name: "subtype", type: "string" },
      { id: "e_weight", name: "weight", type: "double" },
      { id: "e_amount", name: "amount", type: "double" },
      { id: "e_currency", name: "currency", type: "string" },
      { id: "e_date", name: "date", type: "string" },
      { id: "e_first_seen", name: "first_seen", type: "string" },
      { id: "e_last_seen", name: "last_seen", type: "string" },
      { id: "e_cases", name: "cases", type: "string" }
    ];
    const out = [];
    out.push('<?xml version="1.0" encoding="UTF-8"?>');
    out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
    for (const k of nodeKeys) out.push(`  <key id="${k.id}" for="node" attr.name="${xmlText(k.name)}" attr.type="${k.type}"/>`);
    for (const k of edgeKeys) out.push(`  <key id="${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`);
    out.push('  <graph id="G" edgedefault="directed">');
    for (const n of g.nodes) {
      out.push(`    <node id="${xmlText(n.id)}">`);
      const vals = { label: n.label, kind: n.kind, cases: n.cases.join(";"), x: n.x, y: n.y, size: n.size, color: n.color };
      for (const c of cols) if (n.attributes[c.name] !== void 0) vals[nodeKeys.find((k) => k.name === c.name).id] = n.attributes[c.name];
      for (const k of nodeKeys) {
        const v = vals[k.id];
        if (v === void 0 || v === "") continue;
        out.push(`      <data key="${k.id}">${xmlText(typeof v === "number" ? num(v) : String(v))}</data>`);
      }
      out.push("    </node>");
    }
    for (const e of g.edges) {
      out.push(`    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" directed="${e.directed}">`);
      const vals = { e_type: e.type, e_subtype: e.subtype, e_weight: e.weight, e_amount: e.amount, e_currency: e.currency, e_date: e.date, e_first_seen: e.first_seen, e_last_seen: e.last_seen, e_cases: e.cases.join(";") };
      for (const k of edgeKeys) {
        const v = vals[k.id];
        if (v === void 0 || v === "") continue;
        out.push(`      <data key="${k.id}">${xmlText(typeof v === "number" ? num(v) : v)}</data>`);
      }
      out.push("    </edge>");
    }
    out.push("  </graph>");
    out.push("</graphml>");
    return out.join("\n") + "\n";
  }
  function csvCell(v) {
    if (v === void 0 || v === null) return "";
    let s = typeof v === "number" ? Number.isFinite(v) ? String(v) : "" : String(v);
    if (/^[=@\t\r]/.test(s) || /^[+-](?![\d.])/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  }
  function csvRows(rows) {
    return "\uFEFF" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  }
  function csvNodes(g) {
    const cols = attributeColumns(g.nodes).map((c) => c.name).filter((c) => !["id", "label", "kind", "cases", "x", "y", "size", "color"].includes(c));
    const head = ["id", "label", "kind", "cases", "x", "y", "size", "color", ...cols];
    return csvRows([head, ...g.nodes.map((n) => [n.id, n.label, n.kind, n.cases.join(";"), Math.round(n.x * 100) / 100, Math.round(n.y * 100) / 100, Math.round(n.size * 100) / 100, n.color, ...cols.map((c) => n.attributes[c])])]);
  }
  function csvLinks(g) {
    const head = ["id", "source", "target", "type", "subtype", "directed", "weight", "amount", "currency", "date", "first_seen", "last_seen", "cases"];
    return csvRows([head, ...g.edges.map((e) => [e.id, e.source, e.target, e.type, e.subtype, e.directed, e.weight, e.amount, e.currency, e.date, e.first_seen, e.last_seen, e.cases.join(";")])]);
  }

  // src/core/findings/index.ts
  function refEntity(r) {
    return { id: r.id, kind: r.kind, name: r.name };
  }
  function uniqueEntities(refs) {
    const seen = /* @__PURE__ */ new Map();
    for (const r of refs) if (!seen.has(r.id)) seen.set(r.id, refEntity(r));
    return [...seen.values()];
  }
  function paymentLink(p) {
    const l = { id: p.id, type: "PAID", source: p.from, target: p.to, amount: p.amount, currency: p.currency };
    if (p.date) l.date = p.date;
    if (p.channel) l.channel = p.channel;
    return l;
  }
  function pathsFinding(paths, label2) {
    const refs = [];
    const links = [];
    for (const p of paths) {
      refs.push(...p.entities);
      for (const h2 of p.hops) {
        if (h2.links) links.push(...h2.links);
        if (h2.link) links.push(h2.link);
        if (h2.shared) refs.push(...h2.shared);
      }
    }
    const entities = uniqueEntities(refs);
    const keys = [...new Set(links.map(linkKey))];
    return { entities, links, highlight: { label: label2, nodes: entities.map((e) => e.id), links: keys } };
  }
  function trailFinding(t) {
    const refs = [t.start];
    const links = [];
    for (const p of t.paths) {
      refs.push(...p.parties);
      links.push(...p.payments.map(paymentLink));
    }
    const entities = uniqueEntities(refs);
    return {
      entities,
      links,
      highlight: { label: `Money trail from ${t.start.name}: ${t.reached.length} parties reached`, nodes: entities.map((e) => e.id), links: [...new Set(links.map(linkKey))] }
    };
  }
  function cyclesFinding(c, only) {
    const list = only === void 0 ? c.cycles : c.cycles.slice(only, only + 1);
    const refs = [];
    const links = [];
    for (const cy of list) {
      refs.push(...cy.parties);
      links.push(...cy.payments.map(paymentLink));
    }
    const entities = uniqueEntities(refs);
    const label2 = only === void 0 ? `${c.cycles.length} money round trip${c.cycles.length === 1 ? "" : "s"}` : list[0]?.explanation ?? "Round trip";
    return { entities, links, highlight: { label: label2, nodes: entities.map((e) => e.id), links: [...new Set(links.map(linkKey))] } };
  }
  function caseLinksFinding(c) {
    const refs = [];
    const links = [];
    for (const l of c.links) {
      refs.push(...l.shared);
      const f = pathsFinding(l.paths ?? [], "");
      refs.push(...f.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind })));
      links.push(...f.links);
    }
    for (const b of c.bridges ?? []) if ((b.case_types ?? []).length > 1) refs.push(b);
    const entities = uniqueEntities(refs);
    const n = c.links.length;
    return {
      entities,
      links,
      highlight: {
        label: `${c.case.title}: tied to ${n} other case${n === 1 ? "" : "s"} by ${entities.length} entities`,
        nodes: entities.map((e) => e.id),
        links: [...new Set(links.map(linkKey))]
      }
    };
  }

  // src/core/layout/fa2.ts
  function fa2Settings(nodes) {
    const large = nodes > 3e3;
    return {
      linLogMode: large,
      outboundAttractionDistribution: true,
      adjustSizes: false,
      edgeWeightInfluence: 1,
      scalingRatio: large ? 2 : 10,
      strongGravityMode: false,
      gravity: 1,
      slowDown: 1 + Math.log10(Math.max(nodes, 1)),
      barnesHutOptimize: nodes > 300,
      barnesHutTheta: nodes > 5e3 ? 1.2 : 0.8
    };
  }
  var PPN = 10;
  var PPE = 3;
  function fa2Matrices(xy, edges) {
    const n = Math.floor(xy.length / 2);
    const nodes = new Float32Array(n * PPN);
    for (let i = 0; i < n; i++) {
      nodes[i * PPN] = xy[2 * i];
      nodes[i * PPN + 1] = xy[2 * i + 1];
      nodes[i * PPN + 6] = 1;
      nodes[i * PPN + 7] = 1;
      nodes[i * PPN + 8] = 1;
    }
    const pairs = /* @__PURE__ */ new Map();
    const m = Math.floor(edges.length / 2);
    for (let e = 0; e < m; e++) {
      let a = edges[2 * e], b = edges[2 * e + 1];
      if (a === b || a < 0 || b < 0 || a >= n || b >= n) continue;
      if (a > b) [a, b] = [b, a];
      const k = a * n + b;
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
    }
    const out = new Float32Array(pairs.size * PPE);
    let j = 0;
    for (const [k, c] of pairs) {
      const a = Math.floor(k / n), b = k % n;
      const w = 1 + Math.log(c);
      out[j] = a * PPN;
      out[j + 1] = b * PPN;
      out[j + 2] = w;
      nodes[a * PPN + 6] += w;
      nodes[b * PPN + 6] += w;
      j += PPE;
    }
    return { nodes, edges: out };
  }

  // src/core/layout/index.ts
  function circleByCommunity(ids, groupOf, gap = 1) {
    const groups = /* @__PURE__ */ new Map();
    for (const id of ids) {
      const g = groupOf(id) ?? "￿";
      let list = groups.get(g);
      if (!list) groups.set(g, list = []);
      list.push(id);
    }
    const order = [...groups.entries()].sort((a, b) => {
      if (a[0] === "￿") return 1;
      if (b[0] === "￿") return -1;
      return b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1);
    });
    const radius = (n) => gap * (1 + 0.8 * Math.sqrt(n + 1));
    const out = /* @__PURE__ */ new Map();
    if (order.length === 1) {
      const members = order[0][1];
      around({ x: 0, y: 0 }, members.length, gap).forEach((p, i) => out.set(members[i], p));
      return out;
    }
    const total = order.reduce((s, [, m]) => s + 2 * radius(m.length) + gap * 2, 0);
    const R = total / (2 * Math.PI);
    let angle = 0;
    for (const [, members] of order) {
      const r = radius(members.length);
      const share = (2 * r + gap * 2) / total * 2 * Math.PI;
      const a = angle + share / 2;
      const c = { x: R * Math.cos(a), y: R * Math.sin(a) };
      angle += share;
      const spots = around(c, members.length, gap * 0.9);
      members.forEach((id, i) => out.set(id, i === 0 && members.length > 1 ? c : spots[i]));
    }
    return out;
  }
  function labelPropagation(count, edges, rounds = 8) {
    const deg = new Int32Array(count + 1);
    const m = Math.floor(edges.length / 2);
    for (let e = 0; e < m; e++) {
      const a = edges[2 * e], b = edges[2 * e + 1];
      if (a === b) continue;
      deg[a + 1]++;
      deg[b + 1]++;
    }
    for (let i = 0; i < count; i++) deg[i + 1] += deg[i];
    const adj = new Int32Array(deg[count]);
    const fill = deg.slice(0, count);
    for (let e = 0; e < m; e++) {
      const a = edges[2 * e], b = edges[2 * e + 1];
      if (a === b) continue;
      adj[fill[a]++] = b;
      adj[fill[b]++] = a;
    }
    const label2 = new Int32Array(count);
    for (let i = 0; i < count; i++) label2[i] = i;
    const tally = /* @__PURE__ */ new Map();
    for (let r = 0; r < rounds; r++) {
      let changed = 0;
      for (let i = 0; i < count; i++) {
        const from = deg[i], to = deg[i + 1];
        if (from === to) continue;
        tally.clear();
        for (let k = from; k < to; k++) {
          const l = label2[adj[k]];
          tally.set(l, (tally.get(l) ?? 0) + 1);
        }
        let best = label2[i];
        let max = tally.get(best) ?? 0;
        for (const [l, c] of tally) if (c > max || c === max && l < best && max > (tally.get(label2[i]) ?? 0)) {
          best = l;
          max = c;
        }
        if (best !== label2[i]) {
          label2[i] = best;
          changed++;
        }
      }
      if (changed === 0) break;
    }
    return label2;
  }
  function packByCommunity(ids, groupOf, gap = 1, minGroup = 3) {
    const groups = /* @__PURE__ */ new Map();
    for (const id of ids) {
      const g = groupOf(id) ?? "￿";
      let list = groups.get(g);
      if (!list) groups.set(g, list = []);
      list.push(id);
    }
    const rest = [];
    const big = [];
    for (const [g, list] of groups) if (g === "￿" || list.length < minGroup) rest.push(...list);
    else big.push(list);
    big.sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
    if (rest.length) big.push(rest);
    const radius = (n) => gap * (1 + 0.8 * Math.sqrt(n + 1));
    const area = big.reduce((s, m) => s + (2 * radius(m.length) + gap) ** 2, 0);
    const width = Math.max(Math.sqrt(area) * 1.05, big.length ? 2 * radius(big[0].length) + gap : 0);
    const out = /* @__PURE__ */ new Map();
    let x = 0, y = 0, rowHeight = 0;
    const placed = [];
    for (const members of big) {
      const d = 2 * radius(members.length) + gap;
      if (x > 0 && x + d > width) {
        x = 0;
        y += rowHeight;
        rowHeight = 0;
      }
      placed.push({ c: { x: x + d / 2, y: y + d / 2 }, members });
      x += d;
      rowHeight = Math.max(rowHeight, d);
    }
    const cx = width / 2, cy = (y + rowHeight) / 2;
    for (const { c, members } of placed) {
      const centre = { x: c.x - cx, y: c.y - cy };
      const spots = around(centre, members.length, gap * 0.9);
      members.forEach((id, i) => out.set(id, i === 0 && members.length > 1 ? centre : spots[i]));
    }
    return out;
  }

  // src/core/analysis/index.ts
  function fragmentation(ids, edges, removed = /* @__PURE__ */ new Set()) {
    const index = /* @__PURE__ */ new Map();
    for (const id of ids) if (!removed.has(id) && !index.has(id)) index.set(id, index.size);
    const n = index.size;
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (x) => {
      while (parent[x] !== x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    };
    for (const [a, b] of edges) {
      const i = index.get(a);
      const j = index.get(b);
      if (i === void 0 || j === void 0) continue;
      const ri = find(i);
      const rj = find(j);
      if (ri !== rj) parent[ri] = rj;
    }
    const sizes = /* @__PURE__ */ new Map();
    for (let i = 0; i < n; i++) {
      const r = find(i);
      sizes.set(r, (sizes.get(r) ?? 0) + 1);
    }
    let pairs = 0;
    let largest = 0;
    for (const s of sizes.values()) {
      pairs += s * (s - 1);
      largest = Math.max(largest, s);
    }
    return { nodes: n, components: sizes.size, largest, fragmentation: n < 2 ? 0 : 1 - pairs / (n * (n - 1)) };
  }

  // src/core/neo4j/index.ts
  function cypherString(s) {
    let out = "'";
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (ch === "\\") out += "\\\\";
      else if (ch === "'") out += "\\'";
      else if (ch === "\n") out += "\\n";
      else if (ch === "\r") out += "\\r";
      else if (ch === "	") out += "\\t";
      else if (c < 32 || c === 127 || c === 8232 || c === 8233) out += `\\u${c.toString(16).padStart(4, "0")}`;
      else out += ch;
    }
    return out + "'";
  }
  function neighbourhoodQuery(id) {
    return `MATCH p=(n:Entity {id: ${cypherString(id)}})-[*1]-() RETURN p`;
  }
  function browserLink(browserURL, text) {
    const sep = browserURL.includes("?") ? "&" : "?";
    return `${browserURL}${sep}cmd=edit&arg=${encodeURIComponent(text)}`;
  }
  function styleCommand(styleURL) {
    return `:style ${styleURL}`;
  }

  // src/core/search/index.ts
  function fold(s) {
    return s.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase();
  }
  function resultRows(results, query, drawn) {
    const q = fold(query.trim());
    return results.map((e) => {
      let alias = null;
      if (q && !fold(e.name).includes(q)) alias = (e.aliases ?? []).find((a) => fold(a).includes(q)) ?? null;
      return { id: e.id, name: e.name, kind: e.kind, alias, cases: e.cases ?? [], onChart: drawn.has(e.id) };
    });
  }
  function moveCursor(current, delta, count) {
    if (count === 0) return -1;
    let next = current + delta;
    if (next < -1) next = count - 1;
    if (next >= count) next = -1;
    return next;
  }

  // src/core/style/index.ts
  var KINDS = {
    Person: { colour: "#2f6fb3", glyph: "●", label: "Person" },
    Organisation: { colour: "#8e44ad", glyph: "■", label: "Organisation" },
    Shipment: { colour: "#c0392b", glyph: "▲", label: "Shipment" },
    Case: { colour: "#2c3e50", glyph: "◆", label: "Case" },
    Account: { colour: "#b7950b", glyph: "$", label: "Account" },
    Phone: { colour: "#16a085", glyph: "☎", label: "Phone" },
    Location: { colour: "#d35400", glyph: "⌖", label: "Location" },
    Vehicle: { colour: "#7f8c8d", glyph: "▭", label: "Vehicle" },
    Community: { colour: "#34495e", glyph: "◎", label: "Community (summary)" }
  };
  var PALETTE = [
    "#4477aa",
    "#ee6677",
    "#228833",
    "#ccbb44",
    "#66ccee",
    "#aa3377",
    "#332288",
    "#117733",
    "#cc6677",
    "#882255",
    "#44aa99",
    "#999933"
  ];
  var OTHER = "#a0a4aa";
  var NO_VALUE = "#c8ccd2";
  var SEVERAL_CASES = "#111111";
  var ROLES = {
    coordinator: { colour: "#1b9e77", label: "Coordinator (within one group)" },
    consultant: { colour: "#7570b3", label: "Consultant (for another group)" },
    gatekeeper: { colour: "#d95f02", label: "Gatekeeper (into a group)" },
    representative: { colour: "#e7298a", label: "Representative (out of a group)" },
    liaison: { colour: "#e6ab02", label: "Liaison (between two other groups)" },
    none: { colour: NO_VALUE, label: "No brokerage" }
  };
  var ROLE_ORDER = ["liaison", "gatekeeper", "representative", "consultant", "coordinator"];
  function dominantRole(r) {
    if (!r || !(r.total > 0)) return "none";
    let best = "none";
    let max = 0;
    for (const k of ROLE_ORDER) {
      const v = r[k] ?? 0;
      if (v > max) {
        max = v;
        best = k;
      }
    }
    return best;
  }
  var MIN_SIZE = 4;
  var MAX_SIZE = 22;
  function nodeSizes(ids, scores, min = MIN_SIZE, max = MAX_SIZE) {
    const out = /* @__PURE__ */ new Map();
    let top = 0;
    const list = [...ids];
    if (scores) for (const id of list) top = Math.max(top, scores.get(id) ?? 0);
    for (const id of list) {
      const v = scores?.get(id);
      if (!scores || v === void 0 || !(top > 0) || !(v > 0)) out.set(id, min);
      else out.set(id, min + (max - min) * Math.sqrt(v / top));
    }
    return out;
  }
  function summarySize(members, largest) {
    return 12 + 38 * Math.sqrt(Math.max(members, 0) / Math.max(largest, 1));
  }
  function categoryOf(by, f, names = {}) {
    switch (by) {
      case "kind":
        return { key: f.kind, label: KINDS[f.kind]?.label ?? f.kind };
      case "community":
        if (f.community === void 0 || f.community === null) return { key: "", label: "Not in a community" };
        return { key: f.community, label: names.communities?.get(f.community) ?? `Community ${f.community}` };
      case "case": {
        const cs = f.cases ?? [];
        if (cs.length === 0) return { key: "", label: "No case" };
        if (cs.length > 1) return { key: "*", label: "Several cases (ties cases together)" };
        return { key: cs[0], label: names.cases?.get(cs[0]) ?? cs[0] };
      }
      case "role": {
        if (f.kind !== "Person") return { key: "", label: "Not a person" };
        const r = f.role ?? "none";
        return { key: r, label: ROLES[r]?.label ?? r };
      }
    }
  }
  function naturalCompare(a, b) {
    const na = Number(a), nb = Number(b);
    if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  function colourScale(by, keys) {
    const out = /* @__PURE__ */ new Map();
    const uniq = [...new Set(keys)];
    if (by === "kind") for (const k of uniq) out.set(k, KINDS[k]?.colour ?? OTHER);
    else if (by === "role") for (const k of uniq) out.set(k, k === "" ? OTHER : ROLES[k]?.colour ?? OTHER);
    else {
      const real = uniq.filter((k) => k !== "" && k !== "*").sort(naturalCompare);
      real.forEach((k, i) => out.set(k, i < PALETTE.length ? PALETTE[i] : OTHER));
      if (uniq.includes("")) out.set("", NO_VALUE);
      if (uniq.includes("*")) out.set("*", SEVERAL_CASES);
    }
    return out;
  }
  function legend(by, cats) {
    const counts = /* @__PURE__ */ new Map();
    for (const c of cats) {
      const e = counts.get(c.key);
      if (e) e.count++;
      else counts.set(c.key, { label: c.label, count: 1 });
    }
    const scale2 = colourScale(by, counts.keys());
    let keys = [...counts.keys()];
    if (by === "kind") {
      const order = Object.keys(KINDS);
      keys.sort((a, b) => order.indexOf(a) + 100 * +(order.indexOf(a) < 0) - (order.indexOf(b) + 100 * +(order.indexOf(b) < 0)));
    } else if (by === "role") {
      const order = [...ROLE_ORDER, "none", ""];
      keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    } else {
      keys = keys.filter((k) => k !== "" && k !== "*").sort(naturalCompare).concat(keys.filter((k) => k === "*"), keys.filter((k) => k === ""));
    }
    const items = [];
    let other = null;
    for (const k of keys) {
      const colour = scale2.get(k) ?? OTHER;
      const { label: label2, count } = counts.get(k);
      if (colour === OTHER && by !== "kind" && by !== "role" && k !== "") {
        if (!other) other = { key: "~other", label: "Other", colour: OTHER, count: 0 };
        other.count += count;
        continue;
      }
      items.push({ key: k, label: label2, colour, count });
    }
    if (other) items.splice(items.findIndex((i) => i.key === "*" || i.key === "") >= 0 ? items.findIndex((i) => i.key === "*" || i.key === "") : items.length, 0, other);
    return items;
  }
  function linkColour(type, subtype) {
    if (type === "PAID") return "#c08a00";
    if (type === "ASSOCIATE") {
      if (subtype === "call") return "#3a9d8f";
      if (subtype === "meeting") return "#8e6bbf";
      if (subtype === "family") return "#b5651d";
      return "#8a94a6";
    }
    if (type === "SAME_AS") return "#e74c3c";
    if (type === "TRANSPORTED" || type === "ORIGIN" || type === "DESTINATION" || type === "ROUTED_VIA" || type === "SEIZED_AT") return "#c98b7a";
    return "#b9c0cb";
  }
  function formatMoney(amount, currency) {
    if (amount === void 0 || !Number.isFinite(amount)) return currency ?? "";
    const [int, dec] = Math.abs(amount).toFixed(2).split(".");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    const num2 = (amount < 0 ? "-" : "") + grouped + (dec === "00" ? "" : `.${dec}`);
    return currency ? `${currency} ${num2}` : num2;
  }
  function isRTL(text) {
    for (const ch of text) {
      const c = ch.codePointAt(0);
      if (c >= 1424 && c <= 2303 || c >= 64285 && c <= 65023 || c >= 65136 && c <= 65279 || c >= 67584 && c <= 69631 || c >= 124928 && c <= 126975) return true;
      if (new RegExp("\\p{L}", "u").test(ch)) return false;
    }
    return false;
  }

  // src/core/summary/index.ts
  var SUMMARY_PREFIX = "community:";
  function isSummary(id) {
    return id.startsWith(SUMMARY_PREFIX);
  }
  function communityOf(id) {
    return isSummary(id) ? id.slice(SUMMARY_PREFIX.length) : null;
  }
  function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }
  function summaryElements(net) {
    const members = /* @__PURE__ */ new Map();
    const entities = net.communities.map((c) => {
      const id = SUMMARY_PREFIX + c.id;
      members.set(id, c.size);
      const kinds = Object.entries(c.kinds ?? {}).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${thousands(v)} ${k}`).join(", ");
      return {
        id,
        kind: "Community",
        name: `${c.label} · ${thousands(c.size)}`,
        properties: { community: c.id, size: c.size, kinds, top: (c.top ?? []).map((t) => t.name).join("; ") }
      };
    });
    const links = net.community_links.map((l) => ({
      id: `${SUMMARY_PREFIX}${l.source}->${l.target}`,
      type: "COMMUNITY_LINK",
      source: SUMMARY_PREFIX + l.source,
      target: SUMMARY_PREFIX + l.target,
      weight: l.count
    }));
    return { entities, links, members };
  }

  // src/core/time/index.ts
  var DATE = /^(\d{4})-(\d{2})-(\d{2})/;
  function month(date) {
    const m = date ? DATE.exec(date) : null;
    return m ? `${m[1]}-${m[2]}` : null;
  }
  function nextMonth(m) {
    let y = Number(m.slice(0, 4));
    let mo = Number(m.slice(5, 7)) + 1;
    if (mo > 12) {
      mo = 1;
      y++;
    }
    return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}`;
  }
  function monthRange(first, last) {
    const out = [];
    for (let m = first; m <= last && out.length < 1200; m = nextMonth(m)) out.push(m);
    return out;
  }
  function lastDay(m) {
    const y = Number(m.slice(0, 4));
    const mo = Number(m.slice(5, 7));
    const d = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return `${m}-${String(d).padStart(2, "0")}`;
  }
  function span(l) {
    if (l.date && DATE.test(l.date)) return { from: l.date.slice(0, 10), to: l.date.slice(0, 10) };
    const a = l.first_seen && DATE.test(l.first_seen) ? l.first_seen.slice(0, 10) : null;
    const b = l.last_seen && DATE.test(l.last_seen) ? l.last_seen.slice(0, 10) : null;
    if (!a && !b) return null;
    const from = a ?? b;
    const to = b ?? a;
    return from <= to ? { from, to } : { from: to, to: from };
  }
  function histogram(links) {
    const spans = [];
    let undated = 0;
    for (const l of links) {
      const s = span(l);
      if (s) spans.push(s);
      else undated++;
    }
    if (spans.length === 0) return { months: [], counts: [], undated };
    let first = month(spans[0].from);
    let last = month(spans[0].to);
    for (const s of spans) {
      if (month(s.from) < first) first = month(s.from);
      if (month(s.to) > last) last = month(s.to);
    }
    const months = monthRange(first, last);
    const index = new Map(months.map((m, i) => [m, i]));
    const diff = new Array(months.length + 1).fill(0);
    for (const s of spans) diff[index.get(month(s.from))]++;
    return { months, counts: diff.slice(0, months.length), undated };
  }
  function brush(months, i, j) {
    if (months.length === 0) return null;
    const clamp = (k) => Math.max(0, Math.min(months.length - 1, Math.round(k)));
    const a = clamp(Math.min(i, j));
    const b = clamp(Math.max(i, j));
    return { from: `${months[a]}-01`, to: lastDay(months[b]) };
  }
  function windowMonths(months, w) {
    if (!w || months.length === 0) return null;
    const a = month(w.from);
    const b = month(w.to);
    let i = months.findIndex((m) => m >= a);
    let j = -1;
    for (let k = months.length - 1; k >= 0; k--) if (months[k] <= b) {
      j = k;
      break;
    }
    if (i < 0 || j < 0 || i > j) return null;
    return [i, j];
  }
  function step(months, w) {
    if (months.length === 0) return null;
    const cur = windowMonths(months, w);
    if (!cur) return brush(months, 0, 0);
    const [i, j] = cur;
    if (j + 1 >= months.length) return null;
    return brush(months, i + 1, j + 1);
  }
  function inWindow(l, w) {
    if (!w) return true;
    const s = span(l);
    if (!s) return true;
    return s.from <= w.to && s.to >= w.from;
  }
  function describe(w) {
    if (!w) return "All time";
    const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const f = (d) => `${names[Number(d.slice(5, 7)) - 1] ?? "?"} ${d.slice(0, 4)}`;
    const a = f(w.from);
    const b = f(w.to);
    return a === b ? a : `${a} – ${b}`;
  }

  // src/render/layout.ts
  var Layout = class {
    /**
     * graph gives the graph to lay out; frameCost the time the last frame took to draw (ms): positions are applied
     * no more often than every three frame costs, so that drawing a large chart leaves the processors to the layout.
     */
    constructor(graph, frameCost = () => 0) {
      this.graph = graph;
      this.frameCost = frameCost;
      this.worker = null;
      this.index = /* @__PURE__ */ new Map();
      this.latest = null;
      this.frame = 0;
      this.timer = null;
      /** Iterations the worker has done since the layout started (kept after it stops). */
      this.iterations = 0;
      /** performance.now() when the layout last started, or null. */
      this.startedAt = null;
      /** How much nodes moved at the last report (mean per iteration, relative to the drawing's extent). */
      this.lastMovement = 1;
      this.onChange = () => {
      };
      this.lastApply = 0;
      this.applyTimer = null;
    }
    get running() {
      return this.worker !== null;
    }
    /** start runs ForceAtlas2 on the given nodes and links until it settles, at most maxMs. */
    start(input, maxMs) {
      this.stop();
      const g = this.graph();
      const ids = input.ids.filter((id) => g.hasNode(id));
      if (ids.length < 2) return;
      this.index = new Map(ids.map((id, i) => [id, i]));
      const xy = new Float32Array(ids.length * 2);
      ids.forEach((id, i) => {
        const a = g.getNodeAttributes(id);
        xy[2 * i] = a.x;
        xy[2 * i + 1] = a.y;
      });
      const pairs = new Int32Array(input.links.length * 2);
      let m = 0;
      for (const [s, t] of input.links) {
        const a = this.index.get(s), b = this.index.get(t);
        if (a === void 0 || b === void 0) continue;
        pairs[m++] = a;
        pairs[m++] = b;
      }
      const { nodes, edges } = fa2Matrices(xy, pairs.subarray(0, m));
      const n = ids.length;
      let worker;
      try {
        const url2 = URL.createObjectURL(new Blob(['"use strict";(()=>{var Dn=Object.create;var cn=Object.defineProperty;var _n=Object.getOwnPropertyDescriptor;var In=Object.getOwnPropertyNames;var Sn=Object.getPrototypeOf,On=Object.prototype.hasOwnProperty;var pn=(c,f)=>()=>{try{return f||c((f={exports:{}}).exports,f),f.exports}catch(n){throw f=0,n}};var Rn=(c,f,n,y)=>{if(f&&typeof f=="object"||typeof f=="function")for(let _ of In(f))!On.call(c,_)&&_!==n&&cn(c,_,{get:()=>f[_],enumerable:!(y=_n(f,_))||y.enumerable});return c};var Fn=(c,f,n)=>(n=c!=null?Dn(Sn(c)):{},Rn(f||!c||!c.__esModule?cn(n,"default",{value:c,enumerable:!0}):n,c));var vn=pn((Hn,bn)=>{var A=0,i=1,g=2,h=3,H=4,j=5,m=6,gn=7,sn=8,hn=9,Gn=0,Tn=1,kn=2,D=0,T=1,O=2,Z=3,B=4,o=5,R=6,P=7,C=8,an=3,k=10,Ln=3,I=9,un=10;bn.exports=function(f,n,y){var _,t,s,a,E,p,F,S,r,fn,L=n.length,yn=y.length,Q=f.adjustSizes,An=f.barnesHutTheta*f.barnesHutTheta,$,w,b,v,z,u,l,e=[];for(s=0;s<L;s+=k)n[s+H]=n[s+g],n[s+j]=n[s+h],n[s+g]=0,n[s+h]=0;if(f.outboundAttractionDistribution){for($=0,s=0;s<L;s+=k)$+=n[s+m];$/=L/k}if(f.barnesHutOptimize){var W=1/0,q=-1/0,U=1/0,J=-1/0,G,K,ln;for(s=0;s<L;s+=k)W=Math.min(W,n[s+A]),q=Math.max(q,n[s+A]),U=Math.min(U,n[s+i]),J=Math.max(J,n[s+i]);var Y=q-W,M=J-U;for(Y>M?(U-=(Y-M)/2,J=U+Y):(W-=(M-Y)/2,q=W+M),e[0+D]=-1,e[0+T]=(W+q)/2,e[0+O]=(U+J)/2,e[0+Z]=Math.max(q-W,J-U),e[0+B]=-1,e[0+o]=-1,e[0+R]=0,e[0+P]=0,e[0+C]=0,_=1,s=0;s<L;s+=k)for(t=0,ln=an;;)if(e[t+o]>=0){n[s+A]<e[t+T]?n[s+i]<e[t+O]?G=e[t+o]:G=e[t+o]+I:n[s+i]<e[t+O]?G=e[t+o]+I*2:G=e[t+o]+I*3,e[t+P]=(e[t+P]*e[t+R]+n[s+A]*n[s+m])/(e[t+R]+n[s+m]),e[t+C]=(e[t+C]*e[t+R]+n[s+i]*n[s+m])/(e[t+R]+n[s+m]),e[t+R]+=n[s+m],t=G;continue}else if(e[t+D]<0){e[t+D]=s;break}else{if(e[t+o]=_*I,S=e[t+Z]/2,r=e[t+o],e[r+D]=-1,e[r+T]=e[t+T]-S,e[r+O]=e[t+O]-S,e[r+Z]=S,e[r+B]=r+I,e[r+o]=-1,e[r+R]=0,e[r+P]=0,e[r+C]=0,r+=I,e[r+D]=-1,e[r+T]=e[t+T]-S,e[r+O]=e[t+O]+S,e[r+Z]=S,e[r+B]=r+I,e[r+o]=-1,e[r+R]=0,e[r+P]=0,e[r+C]=0,r+=I,e[r+D]=-1,e[r+T]=e[t+T]+S,e[r+O]=e[t+O]-S,e[r+Z]=S,e[r+B]=r+I,e[r+o]=-1,e[r+R]=0,e[r+P]=0,e[r+C]=0,r+=I,e[r+D]=-1,e[r+T]=e[t+T]+S,e[r+O]=e[t+O]+S,e[r+Z]=S,e[r+B]=e[t+B],e[r+o]=-1,e[r+R]=0,e[r+P]=0,e[r+C]=0,_+=4,n[e[t+D]+A]<e[t+T]?n[e[t+D]+i]<e[t+O]?G=e[t+o]:G=e[t+o]+I:n[e[t+D]+i]<e[t+O]?G=e[t+o]+I*2:G=e[t+o]+I*3,e[t+R]=n[e[t+D]+m],e[t+P]=n[e[t+D]+A],e[t+C]=n[e[t+D]+i],e[G+D]=e[t+D],e[t+D]=-1,n[s+A]<e[t+T]?n[s+i]<e[t+O]?K=e[t+o]:K=e[t+o]+I:n[s+i]<e[t+O]?K=e[t+o]+I*2:K=e[t+o]+I*3,G===K)if(ln--){t=G;continue}else{ln=an;break}e[K+D]=s;break}}if(f.barnesHutOptimize)for(w=f.scalingRatio,s=0;s<L;s+=k)for(t=0;;)if(e[t+o]>=0)if(u=Math.pow(n[s+A]-e[t+P],2)+Math.pow(n[s+i]-e[t+C],2),fn=e[t+Z],4*fn*fn/u<An){if(b=n[s+A]-e[t+P],v=n[s+i]-e[t+C],Q===!0?u>0?(l=w*n[s+m]*e[t+R]/u,n[s+g]+=b*l,n[s+h]+=v*l):u<0&&(l=-w*n[s+m]*e[t+R]/Math.sqrt(u),n[s+g]+=b*l,n[s+h]+=v*l):u>0&&(l=w*n[s+m]*e[t+R]/u,n[s+g]+=b*l,n[s+h]+=v*l),t=e[t+B],t<0)break;continue}else{t=e[t+o];continue}else{if(p=e[t+D],p>=0&&p!==s&&(b=n[s+A]-n[p+A],v=n[s+i]-n[p+i],u=b*b+v*v,Q===!0?u>0?(l=w*n[s+m]*n[p+m]/u,n[s+g]+=b*l,n[s+h]+=v*l):u<0&&(l=-w*n[s+m]*n[p+m]/Math.sqrt(u),n[s+g]+=b*l,n[s+h]+=v*l):u>0&&(l=w*n[s+m]*n[p+m]/u,n[s+g]+=b*l,n[s+h]+=v*l)),t=e[t+B],t<0)break;continue}else for(w=f.scalingRatio,a=0;a<L;a+=k)for(E=0;E<a;E+=k)b=n[a+A]-n[E+A],v=n[a+i]-n[E+i],Q===!0?(u=Math.sqrt(b*b+v*v)-n[a+sn]-n[E+sn],u>0?(l=w*n[a+m]*n[E+m]/u/u,n[a+g]+=b*l,n[a+h]+=v*l,n[E+g]-=b*l,n[E+h]-=v*l):u<0&&(l=100*w*n[a+m]*n[E+m],n[a+g]+=b*l,n[a+h]+=v*l,n[E+g]-=b*l,n[E+h]-=v*l)):(u=Math.sqrt(b*b+v*v),u>0&&(l=w*n[a+m]*n[E+m]/u/u,n[a+g]+=b*l,n[a+h]+=v*l,n[E+g]-=b*l,n[E+h]-=v*l));for(r=f.gravity/f.scalingRatio,w=f.scalingRatio,s=0;s<L;s+=k)l=0,b=n[s+A],v=n[s+i],u=Math.sqrt(Math.pow(b,2)+Math.pow(v,2)),f.strongGravityMode?u>0&&(l=w*n[s+m]*r):u>0&&(l=w*n[s+m]*r/u),n[s+g]-=b*l,n[s+h]-=v*l;for(w=1*(f.outboundAttractionDistribution?$:1),F=0;F<yn;F+=Ln)a=y[F+Gn],E=y[F+Tn],S=y[F+kn],z=Math.pow(S,f.edgeWeightInfluence),b=n[a+A]-n[E+A],v=n[a+i]-n[E+i],Q===!0?(u=Math.sqrt(b*b+v*v)-n[a+sn]-n[E+sn],f.linLogMode?f.outboundAttractionDistribution?u>0&&(l=-w*z*Math.log(1+u)/u/n[a+m]):u>0&&(l=-w*z*Math.log(1+u)/u):f.outboundAttractionDistribution?u>0&&(l=-w*z/n[a+m]):u>0&&(l=-w*z)):(u=Math.sqrt(Math.pow(b,2)+Math.pow(v,2)),f.linLogMode?f.outboundAttractionDistribution?u>0&&(l=-w*z*Math.log(1+u)/u/n[a+m]):u>0&&(l=-w*z*Math.log(1+u)/u):f.outboundAttractionDistribution?(u=1,l=-w*z/n[a+m]):(u=1,l=-w*z)),u>0&&(n[a+g]+=b*l,n[a+h]+=v*l,n[E+g]-=b*l,n[E+h]-=v*l);var d,X,N,V,x,nn;if(Q===!0)for(s=0;s<L;s+=k)n[s+hn]!==1&&(d=Math.sqrt(Math.pow(n[s+g],2)+Math.pow(n[s+h],2)),d>un&&(n[s+g]=n[s+g]*un/d,n[s+h]=n[s+h]*un/d),X=n[s+m]*Math.sqrt((n[s+H]-n[s+g])*(n[s+H]-n[s+g])+(n[s+j]-n[s+h])*(n[s+j]-n[s+h])),N=Math.sqrt((n[s+H]+n[s+g])*(n[s+H]+n[s+g])+(n[s+j]+n[s+h])*(n[s+j]+n[s+h]))/2,V=.1*Math.log(1+N)/(1+Math.sqrt(X)),x=n[s+A]+n[s+g]*(V/f.slowDown),n[s+A]=x,nn=n[s+i]+n[s+h]*(V/f.slowDown),n[s+i]=nn);else for(s=0;s<L;s+=k)n[s+hn]!==1&&(X=n[s+m]*Math.sqrt((n[s+H]-n[s+g])*(n[s+H]-n[s+g])+(n[s+j]-n[s+h])*(n[s+j]-n[s+h])),N=Math.sqrt((n[s+H]+n[s+g])*(n[s+H]+n[s+g])+(n[s+j]+n[s+h])*(n[s+j]+n[s+h]))/2,V=n[s+gn]*Math.log(1+N)/(1+Math.sqrt(X)),n[s+gn]=Math.min(1,Math.sqrt(V*(Math.pow(n[s+g],2)+Math.pow(n[s+h],2))/(1+Math.sqrt(X)))),x=n[s+A]+n[s+g]*(V/f.slowDown),n[s+A]=x,nn=n[s+i]+n[s+h]*(V/f.slowDown),n[s+i]=nn);return{}}});var wn=Fn(vn(),1);var en=10;function mn(c,f){if(c.length!==f.length||c.length===0)return 1;let n=1/0,y=-1/0,_=1/0,t=-1/0,s=0;for(let E=0;E<f.length;E+=2){let p=f[E],F=f[E+1];p<n&&(n=p),p>y&&(y=p),F<_&&(_=F),F>t&&(t=F),s+=Math.hypot(p-c[E],F-c[E+1])}let a=Math.hypot(y-n,t-_)||1;return s/(f.length/2)/a}var Pn=40,on=self,tn=null,rn=new MessageChannel;function En(c){let f=c.length/en,n=new Float32Array(f*2);for(let y=0;y<f;y++)n[2*y]=c[y*en],n[2*y+1]=c[y*en+1];return n}function Cn(){let c=tn;if(!c)return;let f=En(c.nodes),n=performance.now(),y=0;do(0,wn.default)(c.settings,c.nodes,c.edges),c.iterations++,y++;while(performance.now()-n<Pn&&c.iterations<c.max);let _=En(c.nodes),t=mn(f,_)/y;c.calm=t<c.settle?c.calm+1:0;let s=c.calm>=3||c.iterations>=c.max||!Number.isFinite(t),a={type:"tick",positions:_.buffer,iterations:c.iterations,movement:t,done:s};on.postMessage(a,[_.buffer]),s?tn=null:rn.port2.postMessage(0)}rn.port1.onmessage=Cn;on.onmessage=c=>{let f=c.data;if(f.type==="stop"){tn=null;return}tn={nodes:new Float32Array(f.nodes),edges:new Float32Array(f.edges),settings:f.settings,max:f.maxIterations,settle:f.settle,iterations:0,calm:0},rn.port2.postMessage(0)};})();\n'], { type: "text/javascript" }));
        worker = new Worker(url2);
        URL.revokeObjectURL(url2);
      } catch (e) {
        console.warn("ForceAtlas2 cannot start:", e);
        return;
      }
      this.worker = worker;
      worker.onmessage = (e) => this.tick(worker, e.data);
      worker.onerror = (e) => {
        console.warn("ForceAtlas2 failed:", e.message);
        this.stop();
      };
      const msg = {
        type: "start",
        nodes: nodes.buffer,
        edges: edges.buffer,
        settings: { ...fa2Settings(n), ...JSON.parse(localStorage.getItem("rl-fa2") ?? "{}") },
        maxIterations: Number(localStorage.getItem("rl-fa2-max") ?? Math.round(Math.min(3e3, 600 + 4 * Math.sqrt(n) * 10))),
        settle: Number(localStorage.getItem("rl-fa2-settle") ?? (n > 2e3 ? 4e-5 : 8e-5))
      };
      worker.postMessage(msg, [msg.nodes, msg.edges]);
      this.iterations = 0;
      this.lastMovement = 1;
      this.startedAt = performance.now();
      const limit = maxMs ?? Math.min(4e4, 6e3 + n * 3);
      this.timer = window.setTimeout(() => this.stop(), limit);
      this.onChange(true);
    }
    tick(from, m) {
      if (from !== this.worker) return;
      this.latest = new Float32Array(m.positions);
      this.iterations = m.iterations;
      this.lastMovement = m.movement;
      if (m.done) {
        this.stop();
        return;
      }
      if (this.frame || this.applyTimer !== null) return;
      const wait = this.lastApply + 3 * this.frameCost() - performance.now();
      if (wait > 16) this.applyTimer = window.setTimeout(() => {
        this.applyTimer = null;
        this.frame = requestAnimationFrame(() => this.apply());
      }, wait);
      else this.frame = requestAnimationFrame(() => this.apply());
    }
    /** apply writes the latest positions to the graph, in one graph event (sigma then redraws once). */
    apply() {
      this.frame = 0;
      this.lastApply = performance.now();
      const pos = this.latest;
      if (!pos) return;
      this.latest = null;
      const index = this.index;
      this.graph().updateEachNodeAttributes(
        (id, a) => {
          const i = index.get(id);
          if (i !== void 0 && Number.isFinite(pos[2 * i]) && Number.isFinite(pos[2 * i + 1])) {
            a.x = pos[2 * i];
            a.y = pos[2 * i + 1];
          }
          return a;
        },
        { attributes: ["x", "y"] }
      );
    }
    stop() {
      const w = this.worker;
      if (!w) return;
      this.worker = null;
      w.terminate();
      if (this.timer !== null) window.clearTimeout(this.timer);
      this.timer = null;
      if (this.frame) cancelAnimationFrame(this.frame);
      if (this.applyTimer !== null) window.clearTimeout(this.applyTimer);
      this.applyTimer = null;
      this.apply();
      this.onChange(false);
    }
  };

  // node_modules/graphology/dist/graphology.mjs
  var import_events3 = __toESM(require_events(), 1);
  function assignPolyfill() {
    const target = arguments[0];
    for (let i = 1, l = arguments.length; i < l; i++) {
      if (!arguments[i]) continue;
      for (const k in arguments[i]) target[k] = arguments[i][k];
    }
    return target;
  }
  var assign2 = assignPolyfill;
  if (typeof Object.assign === "function") assign2 = Object.assign;
  function getMatchingEdge(graph, source, target, type) {
    const sourceData = graph._nodes.get(source);
    let edge = null;
    if (!sourceData) return edge;
    if (type === "mixed") {
      edge = sourceData.out && sourceData.out[target] || sourceData.undirected && sourceData.undirected[target];
    } else if (type === "directed") {
      edge = sourceData.out && sourceData.out[target];
    } else {
      edge = sourceData.undirected && sourceData.undirected[target];
    }
    return edge;
  }
  function isPlainObject(value) {
    return typeof value === "object" && value !== null;
  }
  function isEmpty(o) {
    let k;
    for (k in o) return false;
    return true;
  }
  function privateProperty(target, name2, value) {
    Object.defineProperty(target, name2, {
      enumerable: false,
      configurable: false,
      writable: true,
      value
    });
  }
  function readOnlyProperty(target, name2, value) {
    const descriptor = {
      enumerable: true,
      configurable: true
    };
    if (typeof value === "function") {
      descriptor.get = value;
    } else {
      descriptor.value = value;
      descriptor.writable = false;
    }
    Object.defineProperty(target, name2, descriptor);
  }
  function validateHints(hints) {
    if (!isPlainObject(hints)) return false;
    if (hints.attributes && !Array.isArray(hints.attributes)) return false;
    return true;
  }
  function incrementalIdStartingFromRandomByte() {
    let i = Math.floor(Math.random() * 256) & 255;
    return () => {
      return i++;
    };
  }
  function chain() {
    const iterables = arguments;
    let current = null;
    let i = -1;
    return {
      [Symbol.iterator]() {
        return this;
      },
      next() {
        let step2 = null;
        do {
          if (current === null) {
            i++;
            if (i >= iterables.length) return { done: true };
            current = iterables[i][Symbol.iterator]();
          }
          step2 = current.next();
          if (step2.done) {
            current = null;
            continue;
          }
          break;
        } while (true);
        return step2;
      }
    };
  }
  function emptyIterator() {
    return {
      [Symbol.iterator]() {
        return this;
      },
      next() {
        return { done: true };
      }
    };
  }
  var GraphError = class extends Error {
    constructor(message) {
      super();
      this.name = "GraphError";
      this.message = message;
    }
  };
  var InvalidArgumentsGraphError = class _InvalidArgumentsGraphError extends GraphError {
    constructor(message) {
      super(message);
      this.name = "InvalidArgumentsGraphError";
      if (typeof Error.captureStackTrace === "function")
        Error.captureStackTrace(
          this,
          _InvalidArgumentsGraphError.prototype.constructor
        );
    }
  };
  var NotFoundGraphError = class _NotFoundGraphError extends GraphError {
    constructor(message) {
      super(message);
      this.name = "NotFoundGraphError";
      if (typeof Error.captureStackTrace === "function")
        Error.captureStackTrace(this, _NotFoundGraphError.prototype.constructor);
    }
  };
  var UsageGraphError = class _UsageGraphError extends GraphError {
    constructor(message) {
      super(message);
      this.name = "UsageGraphError";
      if (typeof Error.captureStackTrace === "function")
        Error.captureStackTrace(this, _UsageGraphError.prototype.constructor);
    }
  };
  function MixedNodeData(key, attributes) {
    this.key = key;
    this.attributes = attributes;
    this.clear();
  }
  MixedNodeData.prototype.clear = function() {
    this.inDegree = 0;
    this.outDegree = 0;
    this.undirectedDegree = 0;
    this.undirectedLoops = 0;
    this.directedLoops = 0;
    this.in = {};
    this.out = {};
    this.undirected = {};
  };
  function DirectedNodeData(key, attributes) {
    this.key = key;
    this.attributes = attributes;
    this.clear();
  }
  DirectedNodeData.prototype.clear = function() {
    this.inDegree = 0;
    this.outDegree = 0;
    this.directedLoops = 0;
    this.in = {};
    this.out = {};
  };
  function UndirectedNodeData(key, attributes) {
    this.key = key;
    this.attributes = attributes;
    this.clear();
  }
  UndirectedNodeData.prototype.clear = function() {
    this.undirectedDegree = 0;
    this.undirectedLoops = 0;
    this.undirected = {};
  };
  function EdgeData(undirected, key, source, target, attributes) {
    this.key = key;
    this.attributes = attributes;
    this.undirected = undirected;
    this.source = source;
    this.target = target;
  }
  EdgeData.prototype.attach = function() {
    let outKey = "out";
    let inKey = "in";
    if (this.undirected) outKey = inKey = "undirected";
    const source = this.source.key;
    const target = this.target.key;
    this.source[outKey][target] = this;
    if (this.undirected && source === target) return;
    this.target[inKey][source] = this;
  };
  EdgeData.prototype.attachMulti = function() {
    let outKey = "out";
    let inKey = "in";
    const source = this.source.key;
    const target = this.target.key;
    if (this.undirected) outKey = inKey = "undirected";
    const adj = this.source[outKey];
    const head = adj[target];
    if (typeof head === "undefined") {
      adj[target] = this;
      if (!(this.undirected && source === target)) {
        this.target[inKey][source] = this;
      }
      return;
    }
    head.previous = this;
    this.next = head;
    adj[target] = this;
    this.target[inKey][source] = this;
  };
  EdgeData.prototype.detach = function() {
    const source = this.source.key;
    const target = this.target.key;
    let outKey = "out";
    let inKey = "in";
    if (this.undirected) outKey = inKey = "undirected";
    delete this.source[outKey][target];
    delete this.target[inKey][source];
  };
  EdgeData.prototype.detachMulti = function() {
    const source = this.source.key;
    const target = this.target.key;
    let outKey = "out";
    let inKey = "in";
    if (this.undirected) outKey = inKey = "undirected";
    if (this.previous === void 0) {
      if (this.next === void 0) {
        delete this.source[outKey][target];
        delete this.target[inKey][source];
      } else {
        this.next.previous = void 0;
        this.source[outKey][target] = this.next;
        this.target[inKey][source] = this.next;
      }
    } else {
      this.previous.next = this.next;
      if (this.next !== void 0) {
        this.next.previous = this.previous;
      }
    }
  };
  var NODE = 0;
  var SOURCE = 1;
  var TARGET = 2;
  var OPPOSITE = 3;
  function findRelevantNodeData(graph, method, mode, nodeOrEdge, nameOrEdge, add1, add2) {
    let nodeData, edgeData, arg1, arg2;
    nodeOrEdge = "" + nodeOrEdge;
    if (mode === NODE) {
      nodeData = graph._nodes.get(nodeOrEdge);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${nodeOrEdge}" node in the graph.`
        );
      arg1 = nameOrEdge;
      arg2 = add1;
    } else if (mode === OPPOSITE) {
      nameOrEdge = "" + nameOrEdge;
      edgeData = graph._edges.get(nameOrEdge);
      if (!edgeData)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${nameOrEdge}" edge in the graph.`
        );
      const source = edgeData.source.key;
      const target = edgeData.target.key;
      if (nodeOrEdge === source) {
        nodeData = edgeData.target;
      } else if (nodeOrEdge === target) {
        nodeData = edgeData.source;
      } else {
        throw new NotFoundGraphError(
          `Graph.${method}: the "${nodeOrEdge}" node is not attached to the "${nameOrEdge}" edge (${source}, ${target}).`
        );
      }
      arg1 = add1;
      arg2 = add2;
    } else {
      edgeData = graph._edges.get(nodeOrEdge);
      if (!edgeData)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${nodeOrEdge}" edge in the graph.`
        );
      if (mode === SOURCE) {
        nodeData = edgeData.source;
      } else {
        nodeData = edgeData.target;
      }
      arg1 = nameOrEdge;
      arg2 = add1;
    }
    return [nodeData, arg1, arg2];
  }
  function attachNodeAttributeGetter(Class, method, mode) {
    Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
      const [data, name2] = findRelevantNodeData(
        this,
        method,
        mode,
        nodeOrEdge,
        nameOrEdge,
        add1
      );
      return data.attributes[name2];
    };
  }
  function attachNodeAttributesGetter(Class, method, mode) {
    Class.prototype[method] = function(nodeOrEdge, nameOrEdge) {
      const [data] = findRelevantNodeData(
        this,
        method,
        mode,
        nodeOrEdge,
        nameOrEdge
      );
      return data.attributes;
    };
  }
  function attachNodeAttributeChecker(Class, method, mode) {
    Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
      const [data, name2] = findRelevantNodeData(
        this,
        method,
        mode,
        nodeOrEdge,
        nameOrEdge,
        add1
      );
      return data.attributes.hasOwnProperty(name2);
    };
  }
  function attachNodeAttributeSetter(Class, method, mode) {
    Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1, add2) {
      const [data, name2, value] = findRelevantNodeData(
        this,
        method,
        mode,
        nodeOrEdge,
        nameOrEdge,
        add1,
        add2
      );
      data.attributes[name2] = value;
      this.emit("nodeAttributesUpdated", {
        key: data.key,
        type: "set",
        attributes: data.attributes,
        name: name2
      });
      return this;
    };
  }
  function attachNodeAttributeUpdater(Class, method, mode) {
    Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1, add2) {
      const [data, name2, updater] = findRelevantNodeData(
        this,
        method,
        mode,
        nodeOrEdge,
        nameOrEdge,
        add1,
        add2
      );
      if (typeof updater !== "function")
        throw new InvalidArgumentsGraphError(
          `Graph.${method}: updater should be a function.`
        );
      const attributes = data.attributes;
      const value = updater(attributes[name2]);
      attributes[name2] = value;
      this.emit("nodeAttributesUpdated", {
        key: data.key,
        type: "set",
        attributes: data.attributes,
        name: name2
      });
      return this;
    };
  }
  function attachNodeAttributeRemover(Class, method, mode) {
    Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
      const [data, name2] = findRelevantNodeData(
        this,
        method,
        mode,
        nodeOrEdge,
        nameOrEdge,
        add1
      );
      delete data.attributes[name2];
      this.emit("nodeAttributesUpdated", {
        key: data.key,
        type: "remove",
        attributes: data.attributes,
        name: name2
      });
      return this;
    };
  }
  function attachNodeAttributesReplacer(Class, method, mode) {
    Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
      const [data, attributes] = findRelevantNodeData(
        this,
        method,
        mode,
        nodeOrEdge,
        nameOrEdge,
        add1
      );
      if (!isPlainObject(attributes))
        throw new InvalidArgumentsGraphError(
          `Graph.${method}: provided attributes are not a plain object.`
        );
      data.attributes = attributes;
      this.emit("nodeAttributesUpdated", {
        key: data.key,
        type: "replace",
        attributes: data.attributes
      });
      return this;
    };
  }
  function attachNodeAttributesMerger(Class, method, mode) {
    Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
      const [data, attributes] = findRelevantNodeData(
        this,
        method,
        mode,
        nodeOrEdge,
        nameOrEdge,
        add1
      );
      if (!isPlainObject(attributes))
        throw new InvalidArgumentsGraphError(
          `Graph.${method}: provided attributes are not a plain object.`
        );
      assign2(data.attributes, attributes);
      this.emit("nodeAttributesUpdated", {
        key: data.key,
        type: "merge",
        attributes: data.attributes,
        data: attributes
      });
      return this;
    };
  }
  function attachNodeAttributesUpdater(Class, method, mode) {
    Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
      const [data, updater] = findRelevantNodeData(
        this,
        method,
        mode,
        nodeOrEdge,
        nameOrEdge,
        add1
      );
      if (typeof updater !== "function")
        throw new InvalidArgumentsGraphError(
          `Graph.${method}: provided updater is not a function.`
        );
      data.attributes = updater(data.attributes);
      this.emit("nodeAttributesUpdated", {
        key: data.key,
        type: "update",
        attributes: data.attributes
      });
      return this;
    };
  }
  var NODE_ATTRIBUTES_METHODS = [
    {
      name: (element) => `get${element}Attribute`,
      attacher: attachNodeAttributeGetter
    },
    {
      name: (element) => `get${element}Attributes`,
      attacher: attachNodeAttributesGetter
    },
    {
      name: (element) => `has${element}Attribute`,
      attacher: attachNodeAttributeChecker
    },
    {
      name: (element) => `set${element}Attribute`,
      attacher: attachNodeAttributeSetter
    },
    {
      name: (element) => `update${element}Attribute`,
      attacher: attachNodeAttributeUpdater
    },
    {
      name: (element) => `remove${element}Attribute`,
      attacher: attachNodeAttributeRemover
    },
    {
      name: (element) => `replace${element}Attributes`,
      attacher: attachNodeAttributesReplacer
    },
    {
      name: (element) => `merge${element}Attributes`,
      attacher: attachNodeAttributesMerger
    },
    {
      name: (element) => `update${element}Attributes`,
      attacher: attachNodeAttributesUpdater
    }
  ];
  function attachNodeAttributesMethods(Graph2) {
    NODE_ATTRIBUTES_METHODS.forEach(function({ name: name2, attacher }) {
      attacher(Graph2, name2("Node"), NODE);
      attacher(Graph2, name2("Source"), SOURCE);
      attacher(Graph2, name2("Target"), TARGET);
      attacher(Graph2, name2("Opposite"), OPPOSITE);
    });
  }
  function attachEdgeAttributeGetter(Class, method, type) {
    Class.prototype[method] = function(element, name2) {
      let data;
      if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
        throw new UsageGraphError(
          `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
        );
      if (arguments.length > 2) {
        if (this.multi)
          throw new UsageGraphError(
            `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
          );
        const source = "" + element;
        const target = "" + name2;
        name2 = arguments[2];
        data = getMatchingEdge(this, source, target, type);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
          );
      } else {
        if (type !== "mixed")
          throw new UsageGraphError(
            `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
          );
        element = "" + element;
        data = this._edges.get(element);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find the "${element}" edge in the graph.`
          );
      }
      return data.attributes[name2];
    };
  }
  function attachEdgeAttributesGetter(Class, method, type) {
    Class.prototype[method] = function(element) {
      let data;
      if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
        throw new UsageGraphError(
          `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
        );
      if (arguments.length > 1) {
        if (this.multi)
          throw new UsageGraphError(
            `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
          );
        const source = "" + element, target = "" + arguments[1];
        data = getMatchingEdge(this, source, target, type);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
          );
      } else {
        if (type !== "mixed")
          throw new UsageGraphError(
            `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
          );
        element = "" + element;
        data = this._edges.get(element);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find the "${element}" edge in the graph.`
          );
      }
      return data.attributes;
    };
  }
  function attachEdgeAttributeChecker(Class, method, type) {
    Class.prototype[method] = function(element, name2) {
      let data;
      if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
        throw new UsageGraphError(
          `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
        );
      if (arguments.length > 2) {
        if (this.multi)
          throw new UsageGraphError(
            `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
          );
        const source = "" + element;
        const target = "" + name2;
        name2 = arguments[2];
        data = getMatchingEdge(this, source, target, type);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
          );
      } else {
        if (type !== "mixed")
          throw new UsageGraphError(
            `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
          );
        element = "" + element;
        data = this._edges.get(element);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find the "${element}" edge in the graph.`
          );
      }
      return data.attributes.hasOwnProperty(name2);
    };
  }
  function attachEdgeAttributeSetter(Class, method, type) {
    Class.prototype[method] = function(element, name2, value) {
      let data;
      if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
        throw new UsageGraphError(
          `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
        );
      if (arguments.length > 3) {
        if (this.multi)
          throw new UsageGraphError(
            `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
          );
        const source = "" + element;
        const target = "" + name2;
        name2 = arguments[2];
        value = arguments[3];
        data = getMatchingEdge(this, source, target, type);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
          );
      } else {
        if (type !== "mixed")
          throw new UsageGraphError(
            `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
          );
        element = "" + element;
        data = this._edges.get(element);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find the "${element}" edge in the graph.`
          );
      }
      data.attributes[name2] = value;
      this.emit("edgeAttributesUpdated", {
        key: data.key,
        type: "set",
        attributes: data.attributes,
        name: name2
      });
      return this;
    };
  }
  function attachEdgeAttributeUpdater(Class, method, type) {
    Class.prototype[method] = function(element, name2, updater) {
      let data;
      if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
        throw new UsageGraphError(
          `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
        );
      if (arguments.length > 3) {
        if (this.multi)
          throw new UsageGraphError(
            `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
          );
        const source = "" + element;
        const target = "" + name2;
        name2 = arguments[2];
        updater = arguments[3];
        data = getMatchingEdge(this, source, target, type);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
          );
      } else {
        if (type !== "mixed")
          throw new UsageGraphError(
            `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
          );
        element = "" + element;
        data = this._edges.get(element);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find the "${element}" edge in the graph.`
          );
      }
      if (typeof updater !== "function")
        throw new InvalidArgumentsGraphError(
          `Graph.${method}: updater should be a function.`
        );
      data.attributes[name2] = updater(data.attributes[name2]);
      this.emit("edgeAttributesUpdated", {
        key: data.key,
        type: "set",
        attributes: data.attributes,
        name: name2
      });
      return this;
    };
  }
  function attachEdgeAttributeRemover(Class, method, type) {
    Class.prototype[method] = function(element, name2) {
      let data;
      if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
        throw new UsageGraphError(
          `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
        );
      if (arguments.length > 2) {
        if (this.multi)
          throw new UsageGraphError(
            `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
          );
        const source = "" + element;
        const target = "" + name2;
        name2 = arguments[2];
        data = getMatchingEdge(this, source, target, type);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
          );
      } else {
        if (type !== "mixed")
          throw new UsageGraphError(
            `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
          );
        element = "" + element;
        data = this._edges.get(element);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find the "${element}" edge in the graph.`
          );
      }
      delete data.attributes[name2];
      this.emit("edgeAttributesUpdated", {
        key: data.key,
        type: "remove",
        attributes: data.attributes,
        name: name2
      });
      return this;
    };
  }
  function attachEdgeAttributesReplacer(Class, method, type) {
    Class.prototype[method] = function(element, attributes) {
      let data;
      if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
        throw new UsageGraphError(
          `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
        );
      if (arguments.length > 2) {
        if (this.multi)
          throw new UsageGraphError(
            `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
          );
        const source = "" + element, target = "" + attributes;
        attributes = arguments[2];
        data = getMatchingEdge(this, source, target, type);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
          );
      } else {
        if (type !== "mixed")
          throw new UsageGraphError(
            `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
          );
        element = "" + element;
        data = this._edges.get(element);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find the "${element}" edge in the graph.`
          );
      }
      if (!isPlainObject(attributes))
        throw new InvalidArgumentsGraphError(
          `Graph.${method}: provided attributes are not a plain object.`
        );
      data.attributes = attributes;
      this.emit("edgeAttributesUpdated", {
        key: data.key,
        type: "replace",
        attributes: data.attributes
      });
      return this;
    };
  }
  function attachEdgeAttributesMerger(Class, method, type) {
    Class.prototype[method] = function(element, attributes) {
      let data;
      if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
        throw new UsageGraphError(
          `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
        );
      if (arguments.length > 2) {
        if (this.multi)
          throw new UsageGraphError(
            `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
          );
        const source = "" + element, target = "" + attributes;
        attributes = arguments[2];
        data = getMatchingEdge(this, source, target, type);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
          );
      } else {
        if (type !== "mixed")
          throw new UsageGraphError(
            `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
          );
        element = "" + element;
        data = this._edges.get(element);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find the "${element}" edge in the graph.`
          );
      }
      if (!isPlainObject(attributes))
        throw new InvalidArgumentsGraphError(
          `Graph.${method}: provided attributes are not a plain object.`
        );
      assign2(data.attributes, attributes);
      this.emit("edgeAttributesUpdated", {
        key: data.key,
        type: "merge",
        attributes: data.attributes,
        data: attributes
      });
      return this;
    };
  }
  function attachEdgeAttributesUpdater(Class, method, type) {
    Class.prototype[method] = function(element, updater) {
      let data;
      if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
        throw new UsageGraphError(
          `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
        );
      if (arguments.length > 2) {
        if (this.multi)
          throw new UsageGraphError(
            `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
          );
        const source = "" + element, target = "" + updater;
        updater = arguments[2];
        data = getMatchingEdge(this, source, target, type);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
          );
      } else {
        if (type !== "mixed")
          throw new UsageGraphError(
            `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
          );
        element = "" + element;
        data = this._edges.get(element);
        if (!data)
          throw new NotFoundGraphError(
            `Graph.${method}: could not find the "${element}" edge in the graph.`
          );
      }
      if (typeof updater !== "function")
        throw new InvalidArgumentsGraphError(
          `Graph.${method}: provided updater is not a function.`
        );
      data.attributes = updater(data.attributes);
      this.emit("edgeAttributesUpdated", {
        key: data.key,
        type: "update",
        attributes: data.attributes
      });
      return this;
    };
  }
  var EDGE_ATTRIBUTES_METHODS = [
    {
      name: (element) => `get${element}Attribute`,
      attacher: attachEdgeAttributeGetter
    },
    {
      name: (element) => `get${element}Attributes`,
      attacher: attachEdgeAttributesGetter
    },
    {
      name: (element) => `has${element}Attribute`,
      attacher: attachEdgeAttributeChecker
    },
    {
      name: (element) => `set${element}Attribute`,
      attacher: attachEdgeAttributeSetter
    },
    {
      name: (element) => `update${element}Attribute`,
      attacher: attachEdgeAttributeUpdater
    },
    {
      name: (element) => `remove${element}Attribute`,
      attacher: attachEdgeAttributeRemover
    },
    {
      name: (element) => `replace${element}Attributes`,
      attacher: attachEdgeAttributesReplacer
    },
    {
      name: (element) => `merge${element}Attributes`,
      attacher: attachEdgeAttributesMerger
    },
    {
      name: (element) => `update${element}Attributes`,
      attacher: attachEdgeAttributesUpdater
    }
  ];
  function attachEdgeAttributesMethods(Graph2) {
    EDGE_ATTRIBUTES_METHODS.forEach(function({ name: name2, attacher }) {
      attacher(Graph2, name2("Edge"), "mixed");
      attacher(Graph2, name2("DirectedEdge"), "directed");
      attacher(Graph2, name2("UndirectedEdge"), "undirected");
    });
  }
  var EDGES_ITERATION = [
    {
      name: "edges",
      type: "mixed"
    },
    {
      name: "inEdges",
      type: "directed",
      direction: "in"
    },
    {
      name: "outEdges",
      type: "directed",
      direction: "out"
    },
    {
      name: "inboundEdges",
      type: "mixed",
      direction: "in"
    },
    {
      name: "outboundEdges",
      type: "mixed",
      direction: "out"
    },
    {
      name: "directedEdges",
      type: "directed"
    },
    {
      name: "undirectedEdges",
      type: "undirected"
    }
  ];
  function forEachSimple(breakable, object, callback, avoid) {
    let shouldBreak = false;
    for (const k in object) {
      if (k === avoid) continue;
      const edgeData = object[k];
      shouldBreak = callback(
        edgeData.key,
        edgeData.attributes,
        edgeData.source.key,
        edgeData.target.key,
        edgeData.source.attributes,
        edgeData.target.attributes,
        edgeData.undirected
      );
      if (breakable && shouldBreak) return edgeData.key;
    }
    return;
  }
  function forEachMulti(breakable, object, callback, avoid) {
    let edgeData, source, target;
    let shouldBreak = false;
    for (const k in object) {
      if (k === avoid) continue;
      edgeData = object[k];
      do {
        source = edgeData.source;
        target = edgeData.target;
        shouldBreak = callback(
          edgeData.key,
          edgeData.attributes,
          source.key,
          target.key,
          source.attributes,
          target.attributes,
          edgeData.undirected
        );
        if (breakable && shouldBreak) return edgeData.key;
        edgeData = edgeData.next;
      } while (edgeData !== void 0);
    }
    return;
  }
  function createIterator(object, avoid) {
    const keys = Object.keys(object);
    const l = keys.length;
    let edgeData;
    let i = 0;
    return {
      [Symbol.iterator]() {
        return this;
      },
      next() {
        do {
          if (!edgeData) {
            if (i >= l) return { done: true };
            const k = keys[i++];
            if (k === avoid) {
              edgeData = void 0;
              continue;
            }
            edgeData = object[k];
          } else {
            edgeData = edgeData.next;
          }
        } while (!edgeData);
        return {
          done: false,
          value: {
            edge: edgeData.key,
            attributes: edgeData.attributes,
            source: edgeData.source.key,
            target: edgeData.target.key,
            sourceAttributes: edgeData.source.attributes,
            targetAttributes: edgeData.target.attributes,
            undirected: edgeData.undirected
          }
        };
      }
    };
  }
  function forEachForKeySimple(breakable, object, k, callback) {
    const edgeData = object[k];
    if (!edgeData) return;
    const sourceData = edgeData.source;
    const targetData = edgeData.target;
    if (callback(
      edgeData.key,
      edgeData.attributes,
      sourceData.key,
      targetData.key,
      sourceData.attributes,
      targetData.attributes,
      edgeData.undirected
    ) && breakable)
      return edgeData.key;
  }
  function forEachForKeyMulti(breakable, object, k, callback) {
    let edgeData = object[k];
    if (!edgeData) return;
    let shouldBreak = false;
    do {
      shouldBreak = callback(
        edgeData.key,
        edgeData.attributes,
        edgeData.source.key,
        edgeData.target.key,
        edgeData.source.attributes,
        edgeData.target.attributes,
        edgeData.undirected
      );
      if (breakable && shouldBreak) return edgeData.key;
      edgeData = edgeData.next;
    } while (edgeData !== void 0);
    return;
  }
  function createIteratorForKey(object, k) {
    let edgeData = object[k];
    if (edgeData.next !== void 0) {
      return {
        [Symbol.iterator]() {
          return this;
        },
        next() {
          if (!edgeData) return { done: true };
          const value = {
            edge: edgeData.key,
            attributes: edgeData.attributes,
            source: edgeData.source.key,
            target: edgeData.target.key,
            sourceAttributes: edgeData.source.attributes,
            targetAttributes: edgeData.target.attributes,
            undirected: edgeData.undirected
          };
          edgeData = edgeData.next;
          return {
            done: false,
            value
          };
        }
      };
    }
    let done = false;
    return {
      [Symbol.iterator]() {
        return this;
      },
      next() {
        if (done === true) return { done: true };
        done = true;
        return {
          done: false,
          value: {
            edge: edgeData.key,
            attributes: edgeData.attributes,
            source: edgeData.source.key,
            target: edgeData.target.key,
            sourceAttributes: edgeData.source.attributes,
            targetAttributes: edgeData.target.attributes,
            undirected: edgeData.undirected
          }
        };
      }
    };
  }
  function createEdgeArray(graph, type) {
    if (graph.size === 0) return [];
    if (type === "mixed" || type === graph.type) {
      return Array.from(graph._edges.keys());
    }
    const size = type === "undirected" ? graph.undirectedSize : graph.directedSize;
    const list = new Array(size), mask = type === "undirected";
    const iterator = graph._edges.values();
    let i = 0;
    let step2, data;
    while (step2 = iterator.next(), step2.done !== true) {
      data = step2.value;
      if (data.undirected === mask) list[i++] = data.key;
    }
    return list;
  }
  function forEachEdge(breakable, graph, type, callback) {
    if (graph.size === 0) return;
    const shouldFilter = type !== "mixed" && type !== graph.type;
    const mask = type === "undirected";
    let step2, data;
    let shouldBreak = false;
    const iterator = graph._edges.values();
    while (step2 = iterator.next(), step2.done !== true) {
      data = step2.value;
      if (shouldFilter && data.undirected !== mask) continue;
      const { key, attributes, source, target } = data;
      shouldBreak = callback(
        key,
        attributes,
        source.key,
        target.key,
        source.attributes,
        target.attributes,
        data.undirected
      );
      if (breakable && shouldBreak) return key;
    }
    return;
  }
  function createEdgeIterator(graph, type) {
    if (graph.size === 0) return emptyIterator();
    const shouldFilter = type !== "mixed" && type !== graph.type;
    const mask = type === "undirected";
    const iterator = graph._edges.values();
    return {
      [Symbol.iterator]() {
        return this;
      },
      next() {
        let step2, data;
        while (true) {
          step2 = iterator.next();
          if (step2.done) return step2;
          data = step2.value;
          if (shouldFilter && data.undirected !== mask) continue;
          break;
        }
        const value = {
          edge: data.key,
          attributes: data.attributes,
          source: data.source.key,
          target: data.target.key,
          sourceAttributes: data.source.attributes,
          targetAttributes: data.target.attributes,
          undirected: data.undirected
        };
        return { value, done: false };
      }
    };
  }
  function forEachEdgeForNode(breakable, multi, type, direction, nodeData, callback) {
    const fn = multi ? forEachMulti : forEachSimple;
    let found;
    if (type !== "undirected") {
      if (direction !== "out") {
        found = fn(breakable, nodeData.in, callback);
        if (breakable && found) return found;
      }
      if (direction !== "in") {
        found = fn(
          breakable,
          nodeData.out,
          callback,
          !direction ? nodeData.key : void 0
        );
        if (breakable && found) return found;
      }
    }
    if (type !== "directed") {
      found = fn(breakable, nodeData.undirected, callback);
      if (breakable && found) return found;
    }
    return;
  }
  function createEdgeArrayForNode(multi, type, direction, nodeData) {
    const edges = [];
    forEachEdgeForNode(false, multi, type, direction, nodeData, function(key) {
      edges.push(key);
    });
    return edges;
  }
  function createEdgeIteratorForNode(type, direction, nodeData) {
    let iterator = emptyIterator();
    if (type !== "undirected") {
      if (direction !== "out" && typeof nodeData.in !== "undefined")
        iterator = chain(iterator, createIterator(nodeData.in));
      if (direction !== "in" && typeof nodeData.out !== "undefined")
        iterator = chain(
          iterator,
          createIterator(nodeData.out, !direction ? nodeData.key : void 0)
        );
    }
    if (type !== "directed" && typeof nodeData.undirected !== "undefined") {
      iterator = chain(iterator, createIterator(nodeData.undirected));
    }
    return iterator;
  }
  function forEachEdgeForPath(breakable, type, multi, direction, sourceData, target, callback) {
    const fn = multi ? forEachForKeyMulti : forEachForKeySimple;
    let found;
    if (type !== "undirected") {
      if (typeof sourceData.in !== "undefined" && direction !== "out") {
        found = fn(breakable, sourceData.in, target, callback);
        if (breakable && found) return found;
      }
      if (typeof sourceData.out !== "undefined" && direction !== "in" && (direction || sourceData.key !== target)) {
        found = fn(breakable, sourceData.out, target, callback);
        if (breakable && found) return found;
      }
    }
    if (type !== "directed") {
      if (typeof sourceData.undirected !== "undefined") {
        found = fn(breakable, sourceData.undirected, target, callback);
        if (breakable && found) return found;
      }
    }
    return;
  }
  function createEdgeArrayForPath(type, multi, direction, sourceData, target) {
    const edges = [];
    forEachEdgeForPath(
      false,
      type,
      multi,
      direction,
      sourceData,
      target,
      function(key) {
        edges.push(key);
      }
    );
    return edges;
  }
  function createEdgeIteratorForPath(type, direction, sourceData, target) {
    let iterator = emptyIterator();
    if (type !== "undirected") {
      if (typeof sourceData.in !== "undefined" && direction !== "out" && target in sourceData.in)
        iterator = chain(iterator, createIteratorForKey(sourceData.in, target));
      if (typeof sourceData.out !== "undefined" && direction !== "in" && target in sourceData.out && (direction || sourceData.key !== target))
        iterator = chain(iterator, createIteratorForKey(sourceData.out, target));
    }
    if (type !== "directed") {
      if (typeof sourceData.undirected !== "undefined" && target in sourceData.undirected)
        iterator = chain(
          iterator,
          createIteratorForKey(sourceData.undirected, target)
        );
    }
    return iterator;
  }
  function attachEdgeArrayCreator(Class, description) {
    const { name: name2, type, direction } = description;
    Class.prototype[name2] = function(source, target) {
      if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
        return [];
      if (!arguments.length) return createEdgeArray(this, type);
      if (arguments.length === 1) {
        source = "" + source;
        const nodeData = this._nodes.get(source);
        if (typeof nodeData === "undefined")
          throw new NotFoundGraphError(
            `Graph.${name2}: could not find the "${source}" node in the graph.`
          );
        return createEdgeArrayForNode(
          this.multi,
          type === "mixed" ? this.type : type,
          direction,
          nodeData
        );
      }
      if (arguments.length === 2) {
        source = "" + source;
        target = "" + target;
        const sourceData = this._nodes.get(source);
        if (!sourceData)
          throw new NotFoundGraphError(
            `Graph.${name2}:  could not find the "${source}" source node in the graph.`
          );
        if (!this._nodes.has(target))
          throw new NotFoundGraphError(
            `Graph.${name2}:  could not find the "${target}" target node in the graph.`
          );
        return createEdgeArrayForPath(
          type,
          this.multi,
          direction,
          sourceData,
          target
        );
      }
      throw new InvalidArgumentsGraphError(
        `Graph.${name2}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`
      );
    };
  }
  function attachForEachEdge(Class, description) {
    const { name: name2, type, direction } = description;
    const forEachName = "forEach" + name2[0].toUpperCase() + name2.slice(1, -1);
    Class.prototype[forEachName] = function(source, target, callback) {
      if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
      if (arguments.length === 1) {
        callback = source;
        return forEachEdge(false, this, type, callback);
      }
      if (arguments.length === 2) {
        source = "" + source;
        callback = target;
        const nodeData = this._nodes.get(source);
        if (typeof nodeData === "undefined")
          throw new NotFoundGraphError(
            `Graph.${forEachName}: could not find the "${source}" node in the graph.`
          );
        return forEachEdgeForNode(
          false,
          this.multi,
          type === "mixed" ? this.type : type,
          direction,
          nodeData,
          callback
        );
      }
      if (arguments.length === 3) {
        source = "" + source;
        target = "" + target;
        const sourceData = this._nodes.get(source);
        if (!sourceData)
          throw new NotFoundGraphError(
            `Graph.${forEachName}:  could not find the "${source}" source node in the graph.`
          );
        if (!this._nodes.has(target))
          throw new NotFoundGraphError(
            `Graph.${forEachName}:  could not find the "${target}" target node in the graph.`
          );
        return forEachEdgeForPath(
          false,
          type,
          this.multi,
          direction,
          sourceData,
          target,
          callback
        );
      }
      throw new InvalidArgumentsGraphError(
        `Graph.${forEachName}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`
      );
    };
    const mapName = "map" + name2[0].toUpperCase() + name2.slice(1);
    Class.prototype[mapName] = function() {
      const args = Array.prototype.slice.call(arguments);
      const callback = args.pop();
      let result;
      if (args.length === 0) {
        let length = 0;
        if (type !== "directed") length += this.undirectedSize;
        if (type !== "undirected") length += this.directedSize;
        result = new Array(length);
        let i = 0;
        args.push((e, ea, s, t, sa, ta, u) => {
          result[i++] = callback(e, ea, s, t, sa, ta, u);
        });
      } else {
        result = [];
        args.push((e, ea, s, t, sa, ta, u) => {
          result.push(callback(e, ea, s, t, sa, ta, u));
        });
      }
      this[forEachName].apply(this, args);
      return result;
    };
    const filterName = "filter" + name2[0].toUpperCase() + name2.slice(1);
    Class.prototype[filterName] = function() {
      const args = Array.prototype.slice.call(arguments);
      const callback = args.pop();
      const result = [];
      args.push((e, ea, s, t, sa, ta, u) => {
        if (callback(e, ea, s, t, sa, ta, u)) result.push(e);
      });
      this[forEachName].apply(this, args);
      return result;
    };
    const reduceName = "reduce" + name2[0].toUpperCase() + name2.slice(1);
    Class.prototype[reduceName] = function() {
      let args = Array.prototype.slice.call(arguments);
      if (args.length < 2 || args.length > 4) {
        throw new InvalidArgumentsGraphError(
          `Graph.${reduceName}: invalid number of arguments (expecting 2, 3 or 4 and got ${args.length}).`
        );
      }
      if (typeof args[args.length - 1] === "function" && typeof args[args.length - 2] !== "function") {
        throw new InvalidArgumentsGraphError(
          `Graph.${reduceName}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`
        );
      }
      let callback;
      let initialValue;
      if (args.length === 2) {
        callback = args[0];
        initialValue = args[1];
        args = [];
      } else if (args.length === 3) {
        callback = args[1];
        initialValue = args[2];
        args = [args[0]];
      } else if (args.length === 4) {
        callback = args[2];
        initialValue = args[3];
        args = [args[0], args[1]];
      }
      let accumulator = initialValue;
      args.push((e, ea, s, t, sa, ta, u) => {
        accumulator = callback(accumulator, e, ea, s, t, sa, ta, u);
      });
      this[forEachName].apply(this, args);
      return accumulator;
    };
  }
  function attachFindEdge(Class, description) {
    const { name: name2, type, direction } = description;
    const findEdgeName = "find" + name2[0].toUpperCase() + name2.slice(1, -1);
    Class.prototype[findEdgeName] = function(source, target, callback) {
      if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
        return false;
      if (arguments.length === 1) {
        callback = source;
        return forEachEdge(true, this, type, callback);
      }
      if (arguments.length === 2) {
        source = "" + source;
        callback = target;
        const nodeData = this._nodes.get(source);
        if (typeof nodeData === "undefined")
          throw new NotFoundGraphError(
            `Graph.${findEdgeName}: could not find the "${source}" node in the graph.`
          );
        return forEachEdgeForNode(
          true,
          this.multi,
          type === "mixed" ? this.type : type,
          direction,
          nodeData,
          callback
        );
      }
      if (arguments.length === 3) {
        source = "" + source;
        target = "" + target;
        const sourceData = this._nodes.get(source);
        if (!sourceData)
          throw new NotFoundGraphError(
            `Graph.${findEdgeName}:  could not find the "${source}" source node in the graph.`
          );
        if (!this._nodes.has(target))
          throw new NotFoundGraphError(
            `Graph.${findEdgeName}:  could not find the "${target}" target node in the graph.`
          );
        return forEachEdgeForPath(
          true,
          type,
          this.multi,
          direction,
          sourceData,
          target,
          callback
        );
      }
      throw new InvalidArgumentsGraphError(
        `Graph.${findEdgeName}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`
      );
    };
    const someName = "some" + name2[0].toUpperCase() + name2.slice(1, -1);
    Class.prototype[someName] = function() {
      const args = Array.prototype.slice.call(arguments);
      const callback = args.pop();
      args.push((e, ea, s, t, sa, ta, u) => {
        return callback(e, ea, s, t, sa, ta, u);
      });
      const found = this[findEdgeName].apply(this, args);
      if (found) return true;
      return false;
    };
    const everyName = "every" + name2[0].toUpperCase() + name2.slice(1, -1);
    Class.prototype[everyName] = function() {
      const args = Array.prototype.slice.call(arguments);
      const callback = args.pop();
      args.push((e, ea, s, t, sa, ta, u) => {
        return !callback(e, ea, s, t, sa, ta, u);
      });
      const found = this[findEdgeName].apply(this, args);
      if (found) return false;
      return true;
    };
  }
  function attachEdgeIteratorCreator(Class, description) {
    const { name: originalName, type, direction } = description;
    const name2 = originalName.slice(0, -1) + "Entries";
    Class.prototype[name2] = function(source, target) {
      if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
        return emptyIterator();
      if (!arguments.length) return createEdgeIterator(this, type);
      if (arguments.length === 1) {
        source = "" + source;
        const sourceData = this._nodes.get(source);
        if (!sourceData)
          throw new NotFoundGraphError(
            `Graph.${name2}: could not find the "${source}" node in the graph.`
          );
        return createEdgeIteratorForNode(type, direction, sourceData);
      }
      if (arguments.length === 2) {
        source = "" + source;
        target = "" + target;
        const sourceData = this._nodes.get(source);
        if (!sourceData)
          throw new NotFoundGraphError(
            `Graph.${name2}:  could not find the "${source}" source node in the graph.`
          );
        if (!this._nodes.has(target))
          throw new NotFoundGraphError(
            `Graph.${name2}:  could not find the "${target}" target node in the graph.`
          );
        return createEdgeIteratorForPath(type, direction, sourceData, target);
      }
      throw new InvalidArgumentsGraphError(
        `Graph.${name2}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`
      );
    };
  }
  function attachEdgeIterationMethods(Graph2) {
    EDGES_ITERATION.forEach((description) => {
      attachEdgeArrayCreator(Graph2, description);
      attachForEachEdge(Graph2, description);
      attachFindEdge(Graph2, description);
      attachEdgeIteratorCreator(Graph2, description);
    });
  }
  var NEIGHBORS_ITERATION = [
    {
      name: "neighbors",
      type: "mixed"
    },
    {
      name: "inNeighbors",
      type: "directed",
      direction: "in"
    },
    {
      name: "outNeighbors",
      type: "directed",
      direction: "out"
    },
    {
      name: "inboundNeighbors",
      type: "mixed",
      direction: "in"
    },
    {
      name: "outboundNeighbors",
      type: "mixed",
      direction: "out"
    },
    {
      name: "directedNeighbors",
      type: "directed"
    },
    {
      name: "undirectedNeighbors",
      type: "undirected"
    }
  ];
  function CompositeSetWrapper() {
    this.A = null;
    this.B = null;
  }
  CompositeSetWrapper.prototype.wrap = function(set) {
    if (this.A === null) this.A = set;
    else if (this.B === null) this.B = set;
  };
  CompositeSetWrapper.prototype.has = function(key) {
    if (this.A !== null && key in this.A) return true;
    if (this.B !== null && key in this.B) return true;
    return false;
  };
  function forEachInObjectOnce(breakable, visited, nodeData, object, callback) {
    for (const k in object) {
      const edgeData = object[k];
      const sourceData = edgeData.source;
      const targetData = edgeData.target;
      const neighborData = sourceData === nodeData ? targetData : sourceData;
      if (visited && visited.has(neighborData.key)) continue;
      const shouldBreak = callback(neighborData.key, neighborData.attributes);
      if (breakable && shouldBreak) return neighborData.key;
    }
    return;
  }
  function forEachNeighbor(breakable, type, direction, nodeData, callback) {
    if (type !== "mixed") {
      if (type === "undirected")
        return forEachInObjectOnce(
          breakable,
          null,
          nodeData,
          nodeData.undirected,
          callback
        );
      if (typeof direction === "string")
        return forEachInObjectOnce(
          breakable,
          null,
          nodeData,
          nodeData[direction],
          callback
        );
    }
    const visited = new CompositeSetWrapper();
    let found;
    if (type !== "undirected") {
      if (direction !== "out") {
        found = forEachInObjectOnce(
          breakable,
          null,
          nodeData,
          nodeData.in,
          callback
        );
        if (breakable && found) return found;
        visited.wrap(nodeData.in);
      }
      if (direction !== "in") {
        found = forEachInObjectOnce(
          breakable,
          visited,
          nodeData,
          nodeData.out,
          callback
        );
        if (breakable && found) return found;
        visited.wrap(nodeData.out);
      }
    }
    if (type !== "directed") {
      found = forEachInObjectOnce(
        breakable,
        visited,
        nodeData,
        nodeData.undirected,
        callback
      );
      if (breakable && found) return found;
    }
    return;
  }
  function createNeighborArrayForNode(type, direction, nodeData) {
    if (type !== "mixed") {
      if (type === "undirected") return Object.keys(nodeData.undirected);
      if (typeof direction === "string") return Object.keys(nodeData[direction]);
    }
    const neighbors = [];
    forEachNeighbor(false, type, direction, nodeData, function(key) {
      neighbors.push(key);
    });
    return neighbors;
  }
  function createDedupedObjectIterator(visited, nodeData, object) {
    const keys = Object.keys(object);
    const l = keys.length;
    let i = 0;
    return {
      [Symbol.iterator]() {
        return this;
      },
      next() {
        let neighborData = null;
        do {
          if (i >= l) {
            if (visited) visited.wrap(object);
            return { done: true };
          }
          const edgeData = object[keys[i++]];
          const sourceData = edgeData.source;
          const targetData = edgeData.target;
          neighborData = sourceData === nodeData ? targetData : sourceData;
          if (visited && visited.has(neighborData.key)) {
            neighborData = null;
            continue;
          }
        } while (neighborData === null);
        return {
          done: false,
          value: { neighbor: neighborData.key, attributes: neighborData.attributes }
        };
      }
    };
  }
  function createNeighborIterator(type, direction, nodeData) {
    if (type !== "mixed") {
      if (type === "undirected")
        return createDedupedObjectIterator(null, nodeData, nodeData.undirected);
      if (typeof direction === "string")
        return createDedupedObjectIterator(null, nodeData, nodeData[direction]);
    }
    let iterator = emptyIterator();
    const visited = new CompositeSetWrapper();
    if (type !== "undirected") {
      if (direction !== "out") {
        iterator = chain(
          iterator,
          createDedupedObjectIterator(visited, nodeData, nodeData.in)
        );
      }
      if (direction !== "in") {
        iterator = chain(
          iterator,
          createDedupedObjectIterator(visited, nodeData, nodeData.out)
        );
      }
    }
    if (type !== "directed") {
      iterator = chain(
        iterator,
        createDedupedObjectIterator(visited, nodeData, nodeData.undirected)
      );
    }
    return iterator;
  }
  function attachNeighborArrayCreator(Class, description) {
    const { name: name2, type, direction } = description;
    Class.prototype[name2] = function(node) {
      if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
        return [];
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (typeof nodeData === "undefined")
        throw new NotFoundGraphError(
          `Graph.${name2}: could not find the "${node}" node in the graph.`
        );
      return createNeighborArrayForNode(
        type === "mixed" ? this.type : type,
        direction,
        nodeData
      );
    };
  }
  function attachForEachNeighbor(Class, description) {
    const { name: name2, type, direction } = description;
    const forEachName = "forEach" + name2[0].toUpperCase() + name2.slice(1, -1);
    Class.prototype[forEachName] = function(node, callback) {
      if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (typeof nodeData === "undefined")
        throw new NotFoundGraphError(
          `Graph.${forEachName}: could not find the "${node}" node in the graph.`
        );
      forEachNeighbor(
        false,
        type === "mixed" ? this.type : type,
        direction,
        nodeData,
        callback
      );
    };
    const mapName = "map" + name2[0].toUpperCase() + name2.slice(1);
    Class.prototype[mapName] = function(node, callback) {
      const result = [];
      this[forEachName](node, (n, a) => {
        result.push(callback(n, a));
      });
      return result;
    };
    const filterName = "filter" + name2[0].toUpperCase() + name2.slice(1);
    Class.prototype[filterName] = function(node, callback) {
      const result = [];
      this[forEachName](node, (n, a) => {
        if (callback(n, a)) result.push(n);
      });
      return result;
    };
    const reduceName = "reduce" + name2[0].toUpperCase() + name2.slice(1);
    Class.prototype[reduceName] = function(node, callback, initialValue) {
      if (arguments.length < 3)
        throw new InvalidArgumentsGraphError(
          `Graph.${reduceName}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`
        );
      let accumulator = initialValue;
      this[forEachName](node, (n, a) => {
        accumulator = callback(accumulator, n, a);
      });
      return accumulator;
    };
  }
  function attachFindNeighbor(Class, description) {
    const { name: name2, type, direction } = description;
    const capitalizedSingular = name2[0].toUpperCase() + name2.slice(1, -1);
    const findName = "find" + capitalizedSingular;
    Class.prototype[findName] = function(node, callback) {
      if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (typeof nodeData === "undefined")
        throw new NotFoundGraphError(
          `Graph.${findName}: could not find the "${node}" node in the graph.`
        );
      return forEachNeighbor(
        true,
        type === "mixed" ? this.type : type,
        direction,
        nodeData,
        callback
      );
    };
    const someName = "some" + capitalizedSingular;
    Class.prototype[someName] = function(node, callback) {
      const found = this[findName](node, callback);
      if (found) return true;
      return false;
    };
    const everyName = "every" + capitalizedSingular;
    Class.prototype[everyName] = function(node, callback) {
      const found = this[findName](node, (n, a) => {
        return !callback(n, a);
      });
      if (found) return false;
      return true;
    };
  }
  function attachNeighborIteratorCreator(Class, description) {
    const { name: name2, type, direction } = description;
    const iteratorName = name2.slice(0, -1) + "Entries";
    Class.prototype[iteratorName] = function(node) {
      if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
        return emptyIterator();
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (typeof nodeData === "undefined")
        throw new NotFoundGraphError(
          `Graph.${iteratorName}: could not find the "${node}" node in the graph.`
        );
      return createNeighborIterator(
        type === "mixed" ? this.type : type,
        direction,
        nodeData
      );
    };
  }
  function attachNeighborIterationMethods(Graph2) {
    NEIGHBORS_ITERATION.forEach((description) => {
      attachNeighborArrayCreator(Graph2, description);
      attachForEachNeighbor(Graph2, description);
      attachFindNeighbor(Graph2, description);
      attachNeighborIteratorCreator(Graph2, description);
    });
  }
  function forEachAdjacency(breakable, assymetric, disconnectedNodes, graph, callback) {
    const iterator = graph._nodes.values();
    const type = graph.type;
    let step2, sourceData, neighbor, adj, edgeData, targetData, shouldBreak;
    while (step2 = iterator.next(), step2.done !== true) {
      let hasEdges = false;
      sourceData = step2.value;
      if (type !== "undirected") {
        adj = sourceData.out;
        for (neighbor in adj) {
          edgeData = adj[neighbor];
          do {
            targetData = edgeData.target;
            hasEdges = true;
            shouldBreak = callback(
              sourceData.key,
              targetData.key,
              sourceData.attributes,
              targetData.attributes,
              edgeData.key,
              edgeData.attributes,
              edgeData.undirected
            );
            if (breakable && shouldBreak) return edgeData;
            edgeData = edgeData.next;
          } while (edgeData);
        }
      }
      if (type !== "directed") {
        adj = sourceData.undirected;
        for (neighbor in adj) {
          if (assymetric && sourceData.key > neighbor) continue;
          edgeData = adj[neighbor];
          do {
            targetData = edgeData.target;
            if (targetData.key !== neighbor) targetData = edgeData.source;
            hasEdges = true;
            shouldBreak = callback(
              sourceData.key,
              targetData.key,
              sourceData.attributes,
              targetData.attributes,
              edgeData.key,
              edgeData.attributes,
              edgeData.undirected
            );
            if (breakable && shouldBreak) return edgeData;
            edgeData = edgeData.next;
          } while (edgeData);
        }
      }
      if (disconnectedNodes && !hasEdges) {
        shouldBreak = callback(
          sourceData.key,
          null,
          sourceData.attributes,
          null,
          null,
          null,
          null
        );
        if (breakable && shouldBreak) return null;
      }
    }
    return;
  }
  function serializeNode(key, data) {
    const serialized = { key };
    if (!isEmpty(data.attributes))
      serialized.attributes = assign2({}, data.attributes);
    return serialized;
  }
  function serializeEdge(type, key, data) {
    const serialized = {
      key,
      source: data.source.key,
      target: data.target.key
    };
    if (!isEmpty(data.attributes))
      serialized.attributes = assign2({}, data.attributes);
    if (type === "mixed" && data.undirected) serialized.undirected = true;
    return serialized;
  }
  function validateSerializedNode(value) {
    if (!isPlainObject(value))
      throw new InvalidArgumentsGraphError(
        'Graph.import: invalid serialized node. A serialized node should be a plain object with at least a "key" property.'
      );
    if (!("key" in value))
      throw new InvalidArgumentsGraphError(
        "Graph.import: serialized node is missing its key."
      );
    if ("attributes" in value && (!isPlainObject(value.attributes) || value.attributes === null))
      throw new InvalidArgumentsGraphError(
        "Graph.import: invalid attributes. Attributes should be a plain object, null or omitted."
      );
  }
  function validateSerializedEdge(value) {
    if (!isPlainObject(value))
      throw new InvalidArgumentsGraphError(
        'Graph.import: invalid serialized edge. A serialized edge should be a plain object with at least a "source" & "target" property.'
      );
    if (!("source" in value))
      throw new InvalidArgumentsGraphError(
        "Graph.import: serialized edge is missing its source."
      );
    if (!("target" in value))
      throw new InvalidArgumentsGraphError(
        "Graph.import: serialized edge is missing its target."
      );
    if ("attributes" in value && (!isPlainObject(value.attributes) || value.attributes === null))
      throw new InvalidArgumentsGraphError(
        "Graph.import: invalid attributes. Attributes should be a plain object, null or omitted."
      );
    if ("undirected" in value && typeof value.undirected !== "boolean")
      throw new InvalidArgumentsGraphError(
        "Graph.import: invalid undirectedness information. Undirected should be boolean or omitted."
      );
  }
  var INSTANCE_ID = incrementalIdStartingFromRandomByte();
  var TYPES = /* @__PURE__ */ new Set(["directed", "undirected", "mixed"]);
  var EMITTER_PROPS = /* @__PURE__ */ new Set([
    "domain",
    "_events",
    "_eventsCount",
    "_maxListeners"
  ]);
  var EDGE_ADD_METHODS = [
    {
      name: (verb) => `${verb}Edge`,
      generateKey: true
    },
    {
      name: (verb) => `${verb}DirectedEdge`,
      generateKey: true,
      type: "directed"
    },
    {
      name: (verb) => `${verb}UndirectedEdge`,
      generateKey: true,
      type: "undirected"
    },
    {
      name: (verb) => `${verb}EdgeWithKey`
    },
    {
      name: (verb) => `${verb}DirectedEdgeWithKey`,
      type: "directed"
    },
    {
      name: (verb) => `${verb}UndirectedEdgeWithKey`,
      type: "undirected"
    }
  ];
  var DEFAULTS = {
    allowSelfLoops: true,
    multi: false,
    type: "mixed"
  };
  function addNode(graph, node, attributes) {
    if (attributes && !isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.addNode: invalid attributes. Expecting an object but got "${attributes}"`
      );
    node = "" + node;
    attributes = attributes || {};
    if (graph._nodes.has(node))
      throw new UsageGraphError(
        `Graph.addNode: the "${node}" node already exist in the graph.`
      );
    const data = new graph.NodeDataClass(node, attributes);
    graph._nodes.set(node, data);
    graph.emit("nodeAdded", {
      key: node,
      attributes
    });
    return data;
  }
  function unsafeAddNode(graph, node, attributes) {
    const data = new graph.NodeDataClass(node, attributes);
    graph._nodes.set(node, data);
    graph.emit("nodeAdded", {
      key: node,
      attributes
    });
    return data;
  }
  function addEdge(graph, name2, mustGenerateKey, undirected, edge, source, target, attributes) {
    if (!undirected && graph.type === "undirected")
      throw new UsageGraphError(
        `Graph.${name2}: you cannot add a directed edge to an undirected graph. Use the #.addEdge or #.addUndirectedEdge instead.`
      );
    if (undirected && graph.type === "directed")
      throw new UsageGraphError(
        `Graph.${name2}: you cannot add an undirected edge to a directed graph. Use the #.addEdge or #.addDirectedEdge instead.`
      );
    if (attributes && !isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.${name2}: invalid attributes. Expecting an object but got "${attributes}"`
      );
    source = "" + source;
    target = "" + target;
    attributes = attributes || {};
    if (!graph.allowSelfLoops && source === target)
      throw new UsageGraphError(
        `Graph.${name2}: source & target are the same ("${source}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`
      );
    const sourceData = graph._nodes.get(source), targetData = graph._nodes.get(target);
    if (!sourceData)
      throw new NotFoundGraphError(
        `Graph.${name2}: source node "${source}" not found.`
      );
    if (!targetData)
      throw new NotFoundGraphError(
        `Graph.${name2}: target node "${target}" not found.`
      );
    const eventData = {
      key: null,
      undirected,
      source,
      target,
      attributes
    };
    if (mustGenerateKey) {
      edge = graph._edgeKeyGenerator();
    } else {
      edge = "" + edge;
      if (graph._edges.has(edge))
        throw new UsageGraphError(
          `Graph.${name2}: the "${edge}" edge already exists in the graph.`
        );
    }
    if (!graph.multi && (undirected ? typeof sourceData.undirected[target] !== "undefined" : typeof sourceData.out[target] !== "undefined")) {
      throw new UsageGraphError(
        `Graph.${name2}: an edge linking "${source}" to "${target}" already exists. If you really want to add multiple edges linking those nodes, you should create a multi graph by using the 'multi' option.`
      );
    }
    const edgeData = new EdgeData(
      undirected,
      edge,
      sourceData,
      targetData,
      attributes
    );
    graph._edges.set(edge, edgeData);
    const isSelfLoop = source === target;
    if (undirected) {
      sourceData.undirectedDegree++;
      targetData.undirectedDegree++;
      if (isSelfLoop) {
        sourceData.undirectedLoops++;
        graph._undirectedSelfLoopCount++;
      }
    } else {
      sourceData.outDegree++;
      targetData.inDegree++;
      if (isSelfLoop) {
        sourceData.directedLoops++;
        graph._directedSelfLoopCount++;
      }
    }
    if (graph.multi) edgeData.attachMulti();
    else edgeData.attach();
    if (undirected) graph._undirectedSize++;
    else graph._directedSize++;
    eventData.key = edge;
    graph.emit("edgeAdded", eventData);
    return edge;
  }
  function mergeEdge(graph, name2, mustGenerateKey, undirected, edge, source, target, attributes, asUpdater) {
    if (!undirected && graph.type === "undirected")
      throw new UsageGraphError(
        `Graph.${name2}: you cannot merge/update a directed edge to an undirected graph. Use the #.mergeEdge/#.updateEdge or #.addUndirectedEdge instead.`
      );
    if (undirected && graph.type === "directed")
      throw new UsageGraphError(
        `Graph.${name2}: you cannot merge/update an undirected edge to a directed graph. Use the #.mergeEdge/#.updateEdge or #.addDirectedEdge instead.`
      );
    if (attributes) {
      if (asUpdater) {
        if (typeof attributes !== "function")
          throw new InvalidArgumentsGraphError(
            `Graph.${name2}: invalid updater function. Expecting a function but got "${attributes}"`
          );
      } else {
        if (!isPlainObject(attributes))
          throw new InvalidArgumentsGraphError(
            `Graph.${name2}: invalid attributes. Expecting an object but got "${attributes}"`
          );
      }
    }
    source = "" + source;
    target = "" + target;
    let updater;
    if (asUpdater) {
      updater = attributes;
      attributes = void 0;
    }
    if (!graph.allowSelfLoops && source === target)
      throw new UsageGraphError(
        `Graph.${name2}: source & target are the same ("${source}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`
      );
    let sourceData = graph._nodes.get(source);
    let targetData = graph._nodes.get(target);
    let edgeData;
    let alreadyExistingEdgeData;
    if (!mustGenerateKey) {
      edgeData = graph._edges.get(edge);
      if (edgeData) {
        if (edgeData.source.key !== source || edgeData.target.key !== target) {
          if (!undirected || edgeData.source.key !== target || edgeData.target.key !== source) {
            throw new UsageGraphError(
              `Graph.${name2}: inconsistency detected when attempting to merge the "${edge}" edge with "${source}" source & "${target}" target vs. ("${edgeData.source.key}", "${edgeData.target.key}").`
            );
          }
        }
        alreadyExistingEdgeData = edgeData;
      }
    }
    if (!alreadyExistingEdgeData && !graph.multi && sourceData) {
      alreadyExistingEdgeData = undirected ? sourceData.undirected[target] : sourceData.out[target];
    }
    if (alreadyExistingEdgeData) {
      const info = [alreadyExistingEdgeData.key, false, false, false];
      if (asUpdater ? !updater : !attributes) return info;
      if (asUpdater) {
        const oldAttributes = alreadyExistingEdgeData.attributes;
        alreadyExistingEdgeData.attributes = updater(oldAttributes);
        graph.emit("edgeAttributesUpdated", {
          type: "replace",
          key: alreadyExistingEdgeData.key,
          attributes: alreadyExistingEdgeData.attributes
        });
      } else {
        assign2(alreadyExistingEdgeData.attributes, attributes);
        graph.emit("edgeAttributesUpdated", {
          type: "merge",
          key: alreadyExistingEdgeData.key,
          attributes: alreadyExistingEdgeData.attributes,
          data: attributes
        });
      }
      return info;
    }
    attributes = attributes || {};
    if (asUpdater && updater) attributes = updater(attributes);
    const eventData = {
      key: null,
      undirected,
      source,
      target,
      attributes
    };
    if (mustGenerateKey) {
      edge = graph._edgeKeyGenerator();
    } else {
      edge = "" + edge;
      if (graph._edges.has(edge))
        throw new UsageGraphError(
          `Graph.${name2}: the "${edge}" edge already exists in the graph.`
        );
    }
    let sourceWasAdded = false;
    let targetWasAdded = false;
    if (!sourceData) {
      sourceData = unsafeAddNode(graph, source, {});
      sourceWasAdded = true;
      if (source === target) {
        targetData = sourceData;
        targetWasAdded = true;
      }
    }
    if (!targetData) {
      targetData = unsafeAddNode(graph, target, {});
      targetWasAdded = true;
    }
    edgeData = new EdgeData(undirected, edge, sourceData, targetData, attributes);
    graph._edges.set(edge, edgeData);
    const isSelfLoop = source === target;
    if (undirected) {
      sourceData.undirectedDegree++;
      targetData.undirectedDegree++;
      if (isSelfLoop) {
        sourceData.undirectedLoops++;
        graph._undirectedSelfLoopCount++;
      }
    } else {
      sourceData.outDegree++;
      targetData.inDegree++;
      if (isSelfLoop) {
        sourceData.directedLoops++;
        graph._directedSelfLoopCount++;
      }
    }
    if (graph.multi) edgeData.attachMulti();
    else edgeData.attach();
    if (undirected) graph._undirectedSize++;
    else graph._directedSize++;
    eventData.key = edge;
    graph.emit("edgeAdded", eventData);
    return [edge, true, sourceWasAdded, targetWasAdded];
  }
  function dropEdgeFromData(graph, edgeData) {
    graph._edges.delete(edgeData.key);
    const { source: sourceData, target: targetData, attributes } = edgeData;
    const undirected = edgeData.undirected;
    const isSelfLoop = sourceData === targetData;
    if (undirected) {
      sourceData.undirectedDegree--;
      targetData.undirectedDegree--;
      if (isSelfLoop) {
        sourceData.undirectedLoops--;
        graph._undirectedSelfLoopCount--;
      }
    } else {
      sourceData.outDegree--;
      targetData.inDegree--;
      if (isSelfLoop) {
        sourceData.directedLoops--;
        graph._directedSelfLoopCount--;
      }
    }
    if (graph.multi) edgeData.detachMulti();
    else edgeData.detach();
    if (undirected) graph._undirectedSize--;
    else graph._directedSize--;
    graph.emit("edgeDropped", {
      key: edgeData.key,
      attributes,
      source: sourceData.key,
      target: targetData.key,
      undirected
    });
  }
  var Graph = class _Graph extends import_events3.EventEmitter {
    constructor(options) {
      super();
      options = assign2({}, DEFAULTS, options);
      if (typeof options.multi !== "boolean")
        throw new InvalidArgumentsGraphError(
          `Graph.constructor: invalid 'multi' option. Expecting a boolean but got "${options.multi}".`
        );
      if (!TYPES.has(options.type))
        throw new InvalidArgumentsGraphError(
          `Graph.constructor: invalid 'type' option. Should be one of "mixed", "directed" or "undirected" but got "${options.type}".`
        );
      if (typeof options.allowSelfLoops !== "boolean")
        throw new InvalidArgumentsGraphError(
          `Graph.constructor: invalid 'allowSelfLoops' option. Expecting a boolean but got "${options.allowSelfLoops}".`
        );
      const NodeDataClass = options.type === "mixed" ? MixedNodeData : options.type === "directed" ? DirectedNodeData : UndirectedNodeData;
      privateProperty(this, "NodeDataClass", NodeDataClass);
      const instancePrefix = "geid_" + INSTANCE_ID() + "_";
      let edgeId = 0;
      const edgeKeyGenerator = () => {
        let availableEdgeKey;
        do {
          availableEdgeKey = instancePrefix + edgeId++;
        } while (this._edges.has(availableEdgeKey));
        return availableEdgeKey;
      };
      privateProperty(this, "_attributes", {});
      privateProperty(this, "_nodes", /* @__PURE__ */ new Map());
      privateProperty(this, "_edges", /* @__PURE__ */ new Map());
      privateProperty(this, "_directedSize", 0);
      privateProperty(this, "_undirectedSize", 0);
      privateProperty(this, "_directedSelfLoopCount", 0);
      privateProperty(this, "_undirectedSelfLoopCount", 0);
      privateProperty(this, "_edgeKeyGenerator", edgeKeyGenerator);
      privateProperty(this, "_options", options);
      EMITTER_PROPS.forEach((prop) => privateProperty(this, prop, this[prop]));
      readOnlyProperty(this, "order", () => this._nodes.size);
      readOnlyProperty(this, "size", () => this._edges.size);
      readOnlyProperty(this, "directedSize", () => this._directedSize);
      readOnlyProperty(this, "undirectedSize", () => this._undirectedSize);
      readOnlyProperty(
        this,
        "selfLoopCount",
        () => this._directedSelfLoopCount + this._undirectedSelfLoopCount
      );
      readOnlyProperty(
        this,
        "directedSelfLoopCount",
        () => this._directedSelfLoopCount
      );
      readOnlyProperty(
        this,
        "undirectedSelfLoopCount",
        () => this._undirectedSelfLoopCount
      );
      readOnlyProperty(this, "multi", this._options.multi);
      readOnlyProperty(this, "type", this._options.type);
      readOnlyProperty(this, "allowSelfLoops", this._options.allowSelfLoops);
      readOnlyProperty(this, "implementation", () => "graphology");
    }
    _resetInstanceCounters() {
      this._directedSize = 0;
      this._undirectedSize = 0;
      this._directedSelfLoopCount = 0;
      this._undirectedSelfLoopCount = 0;
    }
    /**---------------------------------------------------------------------------
     * Read
     **---------------------------------------------------------------------------
     */
    /**
     * Method returning whether the given node is found in the graph.
     *
     * @param  {any}     node - The node.
     * @return {boolean}
     */
    hasNode(node) {
      return this._nodes.has("" + node);
    }
    /**
     * Method returning whether the given directed edge is found in the graph.
     *
     * Arity 1:
     * @param  {any}     edge - The edge's key.
     *
     * Arity 2:
     * @param  {any}     source - The edge's source.
     * @param  {any}     target - The edge's target.
     *
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the arguments are invalid.
     */
    hasDirectedEdge(source, target) {
      if (this.type === "undirected") return false;
      if (arguments.length === 1) {
        const edge = "" + source;
        const edgeData = this._edges.get(edge);
        return !!edgeData && !edgeData.undirected;
      } else if (arguments.length === 2) {
        source = "" + source;
        target = "" + target;
        const nodeData = this._nodes.get(source);
        if (!nodeData) return false;
        return nodeData.out.hasOwnProperty(target);
      }
      throw new InvalidArgumentsGraphError(
        `Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`
      );
    }
    /**
     * Method returning whether the given undirected edge is found in the graph.
     *
     * Arity 1:
     * @param  {any}     edge - The edge's key.
     *
     * Arity 2:
     * @param  {any}     source - The edge's source.
     * @param  {any}     target - The edge's target.
     *
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the arguments are invalid.
     */
    hasUndirectedEdge(source, target) {
      if (this.type === "directed") return false;
      if (arguments.length === 1) {
        const edge = "" + source;
        const edgeData = this._edges.get(edge);
        return !!edgeData && edgeData.undirected;
      } else if (arguments.length === 2) {
        source = "" + source;
        target = "" + target;
        const nodeData = this._nodes.get(source);
        if (!nodeData) return false;
        return nodeData.undirected.hasOwnProperty(target);
      }
      throw new InvalidArgumentsGraphError(
        `Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`
      );
    }
    /**
     * Method returning whether the given edge is found in the graph.
     *
     * Arity 1:
     * @param  {any}     edge - The edge's key.
     *
     * Arity 2:
     * @param  {any}     source - The edge's source.
     * @param  {any}     target - The edge's target.
     *
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the arguments are invalid.
     */
    hasEdge(source, target) {
      if (arguments.length === 1) {
        const edge = "" + source;
        return this._edges.has(edge);
      } else if (arguments.length === 2) {
        source = "" + source;
        target = "" + target;
        const nodeData = this._nodes.get(source);
        if (!nodeData) return false;
        return typeof nodeData.out !== "undefined" && nodeData.out.hasOwnProperty(target) || typeof nodeData.undirected !== "undefined" && nodeData.undirected.hasOwnProperty(target);
      }
      throw new InvalidArgumentsGraphError(
        `Graph.hasEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`
      );
    }
    /**
     * Method returning the edge matching source & target in a directed fashion.
     *
     * @param  {any} source - The edge's source.
     * @param  {any} target - The edge's target.
     *
     * @return {any|undefined}
     *
     * @throws {Error} - Will throw if the graph is multi.
     * @throws {Error} - Will throw if source or target doesn't exist.
     */
    directedEdge(source, target) {
      if (this.type === "undirected") return;
      source = "" + source;
      target = "" + target;
      if (this.multi)
        throw new UsageGraphError(
          "Graph.directedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.directedEdges instead."
        );
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.directedEdge: could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.directedEdge: could not find the "${target}" target node in the graph.`
        );
      const edgeData = sourceData.out && sourceData.out[target] || void 0;
      if (edgeData) return edgeData.key;
    }
    /**
     * Method returning the edge matching source & target in a undirected fashion.
     *
     * @param  {any} source - The edge's source.
     * @param  {any} target - The edge's target.
     *
     * @return {any|undefined}
     *
     * @throws {Error} - Will throw if the graph is multi.
     * @throws {Error} - Will throw if source or target doesn't exist.
     */
    undirectedEdge(source, target) {
      if (this.type === "directed") return;
      source = "" + source;
      target = "" + target;
      if (this.multi)
        throw new UsageGraphError(
          "Graph.undirectedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.undirectedEdges instead."
        );
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.undirectedEdge: could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.undirectedEdge: could not find the "${target}" target node in the graph.`
        );
      const edgeData = sourceData.undirected && sourceData.undirected[target] || void 0;
      if (edgeData) return edgeData.key;
    }
    /**
     * Method returning the edge matching source & target in a mixed fashion.
     *
     * @param  {any} source - The edge's source.
     * @param  {any} target - The edge's target.
     *
     * @return {any|undefined}
     *
     * @throws {Error} - Will throw if the graph is multi.
     * @throws {Error} - Will throw if source or target doesn't exist.
     */
    edge(source, target) {
      if (this.multi)
        throw new UsageGraphError(
          "Graph.edge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.edges instead."
        );
      source = "" + source;
      target = "" + target;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.edge: could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.edge: could not find the "${target}" target node in the graph.`
        );
      const edgeData = sourceData.out && sourceData.out[target] || sourceData.undirected && sourceData.undirected[target] || void 0;
      if (edgeData) return edgeData.key;
    }
    /**
     * Method returning whether two nodes are directed neighbors.
     *
     * @param  {any}     node     - The node's key.
     * @param  {any}     neighbor - The neighbor's key.
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    areDirectedNeighbors(node, neighbor) {
      node = "" + node;
      neighbor = "" + neighbor;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.areDirectedNeighbors: could not find the "${node}" node in the graph.`
        );
      if (this.type === "undirected") return false;
      return neighbor in nodeData.in || neighbor in nodeData.out;
    }
    /**
     * Method returning whether two nodes are out neighbors.
     *
     * @param  {any}     node     - The node's key.
     * @param  {any}     neighbor - The neighbor's key.
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    areOutNeighbors(node, neighbor) {
      node = "" + node;
      neighbor = "" + neighbor;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.areOutNeighbors: could not find the "${node}" node in the graph.`
        );
      if (this.type === "undirected") return false;
      return neighbor in nodeData.out;
    }
    /**
     * Method returning whether two nodes are in neighbors.
     *
     * @param  {any}     node     - The node's key.
     * @param  {any}     neighbor - The neighbor's key.
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    areInNeighbors(node, neighbor) {
      node = "" + node;
      neighbor = "" + neighbor;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.areInNeighbors: could not find the "${node}" node in the graph.`
        );
      if (this.type === "undirected") return false;
      return neighbor in nodeData.in;
    }
    /**
     * Method returning whether two nodes are undirected neighbors.
     *
     * @param  {any}     node     - The node's key.
     * @param  {any}     neighbor - The neighbor's key.
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    areUndirectedNeighbors(node, neighbor) {
      node = "" + node;
      neighbor = "" + neighbor;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.areUndirectedNeighbors: could not find the "${node}" node in the graph.`
        );
      if (this.type === "directed") return false;
      return neighbor in nodeData.undirected;
    }
    /**
     * Method returning whether two nodes are neighbors.
     *
     * @param  {any}     node     - The node's key.
     * @param  {any}     neighbor - The neighbor's key.
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    areNeighbors(node, neighbor) {
      node = "" + node;
      neighbor = "" + neighbor;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.areNeighbors: could not find the "${node}" node in the graph.`
        );
      if (this.type !== "undirected") {
        if (neighbor in nodeData.in || neighbor in nodeData.out) return true;
      }
      if (this.type !== "directed") {
        if (neighbor in nodeData.undirected) return true;
      }
      return false;
    }
    /**
     * Method returning whether two nodes are inbound neighbors.
     *
     * @param  {any}     node     - The node's key.
     * @param  {any}     neighbor - The neighbor's key.
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    areInboundNeighbors(node, neighbor) {
      node = "" + node;
      neighbor = "" + neighbor;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.areInboundNeighbors: could not find the "${node}" node in the graph.`
        );
      if (this.type !== "undirected") {
        if (neighbor in nodeData.in) return true;
      }
      if (this.type !== "directed") {
        if (neighbor in nodeData.undirected) return true;
      }
      return false;
    }
    /**
     * Method returning whether two nodes are outbound neighbors.
     *
     * @param  {any}     node     - The node's key.
     * @param  {any}     neighbor - The neighbor's key.
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    areOutboundNeighbors(node, neighbor) {
      node = "" + node;
      neighbor = "" + neighbor;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.areOutboundNeighbors: could not find the "${node}" node in the graph.`
        );
      if (this.type !== "undirected") {
        if (neighbor in nodeData.out) return true;
      }
      if (this.type !== "directed") {
        if (neighbor in nodeData.undirected) return true;
      }
      return false;
    }
    /**
     * Method returning the given node's in degree.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's in degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    inDegree(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.inDegree: could not find the "${node}" node in the graph.`
        );
      if (this.type === "undirected") return 0;
      return nodeData.inDegree;
    }
    /**
     * Method returning the given node's out degree.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's in degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    outDegree(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.outDegree: could not find the "${node}" node in the graph.`
        );
      if (this.type === "undirected") return 0;
      return nodeData.outDegree;
    }
    /**
     * Method returning the given node's directed degree.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's in degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    directedDegree(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.directedDegree: could not find the "${node}" node in the graph.`
        );
      if (this.type === "undirected") return 0;
      return nodeData.inDegree + nodeData.outDegree;
    }
    /**
     * Method returning the given node's undirected degree.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's in degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    undirectedDegree(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.undirectedDegree: could not find the "${node}" node in the graph.`
        );
      if (this.type === "directed") return 0;
      return nodeData.undirectedDegree;
    }
    /**
     * Method returning the given node's inbound degree.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's inbound degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    inboundDegree(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.inboundDegree: could not find the "${node}" node in the graph.`
        );
      let degree = 0;
      if (this.type !== "directed") {
        degree += nodeData.undirectedDegree;
      }
      if (this.type !== "undirected") {
        degree += nodeData.inDegree;
      }
      return degree;
    }
    /**
     * Method returning the given node's outbound degree.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's outbound degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    outboundDegree(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.outboundDegree: could not find the "${node}" node in the graph.`
        );
      let degree = 0;
      if (this.type !== "directed") {
        degree += nodeData.undirectedDegree;
      }
      if (this.type !== "undirected") {
        degree += nodeData.outDegree;
      }
      return degree;
    }
    /**
     * Method returning the given node's directed degree.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    degree(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.degree: could not find the "${node}" node in the graph.`
        );
      let degree = 0;
      if (this.type !== "directed") {
        degree += nodeData.undirectedDegree;
      }
      if (this.type !== "undirected") {
        degree += nodeData.inDegree + nodeData.outDegree;
      }
      return degree;
    }
    /**
     * Method returning the given node's in degree without considering self loops.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's in degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    inDegreeWithoutSelfLoops(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.inDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
        );
      if (this.type === "undirected") return 0;
      return nodeData.inDegree - nodeData.directedLoops;
    }
    /**
     * Method returning the given node's out degree without considering self loops.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's in degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    outDegreeWithoutSelfLoops(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.outDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
        );
      if (this.type === "undirected") return 0;
      return nodeData.outDegree - nodeData.directedLoops;
    }
    /**
     * Method returning the given node's directed degree without considering self loops.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's in degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    directedDegreeWithoutSelfLoops(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.directedDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
        );
      if (this.type === "undirected") return 0;
      return nodeData.inDegree + nodeData.outDegree - nodeData.directedLoops * 2;
    }
    /**
     * Method returning the given node's undirected degree without considering self loops.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's in degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    undirectedDegreeWithoutSelfLoops(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.undirectedDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
        );
      if (this.type === "directed") return 0;
      return nodeData.undirectedDegree - nodeData.undirectedLoops * 2;
    }
    /**
     * Method returning the given node's inbound degree without considering self loops.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's inbound degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    inboundDegreeWithoutSelfLoops(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.inboundDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
        );
      let degree = 0;
      let loops = 0;
      if (this.type !== "directed") {
        degree += nodeData.undirectedDegree;
        loops += nodeData.undirectedLoops * 2;
      }
      if (this.type !== "undirected") {
        degree += nodeData.inDegree;
        loops += nodeData.directedLoops;
      }
      return degree - loops;
    }
    /**
     * Method returning the given node's outbound degree without considering self loops.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's outbound degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    outboundDegreeWithoutSelfLoops(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.outboundDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
        );
      let degree = 0;
      let loops = 0;
      if (this.type !== "directed") {
        degree += nodeData.undirectedDegree;
        loops += nodeData.undirectedLoops * 2;
      }
      if (this.type !== "undirected") {
        degree += nodeData.outDegree;
        loops += nodeData.directedLoops;
      }
      return degree - loops;
    }
    /**
     * Method returning the given node's directed degree without considering self loops.
     *
     * @param  {any}     node - The node's key.
     * @return {number}       - The node's degree.
     *
     * @throws {Error} - Will throw if the node isn't in the graph.
     */
    degreeWithoutSelfLoops(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.degreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
        );
      let degree = 0;
      let loops = 0;
      if (this.type !== "directed") {
        degree += nodeData.undirectedDegree;
        loops += nodeData.undirectedLoops * 2;
      }
      if (this.type !== "undirected") {
        degree += nodeData.inDegree + nodeData.outDegree;
        loops += nodeData.directedLoops * 2;
      }
      return degree - loops;
    }
    /**
     * Method returning the given edge's source.
     *
     * @param  {any} edge - The edge's key.
     * @return {any}      - The edge's source.
     *
     * @throws {Error} - Will throw if the edge isn't in the graph.
     */
    source(edge) {
      edge = "" + edge;
      const data = this._edges.get(edge);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.source: could not find the "${edge}" edge in the graph.`
        );
      return data.source.key;
    }
    /**
     * Method returning the given edge's target.
     *
     * @param  {any} edge - The edge's key.
     * @return {any}      - The edge's target.
     *
     * @throws {Error} - Will throw if the edge isn't in the graph.
     */
    target(edge) {
      edge = "" + edge;
      const data = this._edges.get(edge);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.target: could not find the "${edge}" edge in the graph.`
        );
      return data.target.key;
    }
    /**
     * Method returning the given edge's extremities.
     *
     * @param  {any}   edge - The edge's key.
     * @return {array}      - The edge's extremities.
     *
     * @throws {Error} - Will throw if the edge isn't in the graph.
     */
    extremities(edge) {
      edge = "" + edge;
      const edgeData = this._edges.get(edge);
      if (!edgeData)
        throw new NotFoundGraphError(
          `Graph.extremities: could not find the "${edge}" edge in the graph.`
        );
      return [edgeData.source.key, edgeData.target.key];
    }
    /**
     * Given a node & an edge, returns the other extremity of the edge.
     *
     * @param  {any}   node - The node's key.
     * @param  {any}   edge - The edge's key.
     * @return {any}        - The related node.
     *
     * @throws {Error} - Will throw if the edge isn't in the graph or if the
     *                   edge & node are not related.
     */
    opposite(node, edge) {
      node = "" + node;
      edge = "" + edge;
      const data = this._edges.get(edge);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.opposite: could not find the "${edge}" edge in the graph.`
        );
      const source = data.source.key;
      const target = data.target.key;
      if (node === source) return target;
      if (node === target) return source;
      throw new NotFoundGraphError(
        `Graph.opposite: the "${node}" node is not attached to the "${edge}" edge (${source}, ${target}).`
      );
    }
    /**
     * Returns whether the given edge has the given node as extremity.
     *
     * @param  {any}     edge - The edge's key.
     * @param  {any}     node - The node's key.
     * @return {boolean}      - The related node.
     *
     * @throws {Error} - Will throw if either the node or the edge isn't in the graph.
     */
    hasExtremity(edge, node) {
      edge = "" + edge;
      node = "" + node;
      const data = this._edges.get(edge);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.hasExtremity: could not find the "${edge}" edge in the graph.`
        );
      return data.source.key === node || data.target.key === node;
    }
    /**
     * Method returning whether the given edge is undirected.
     *
     * @param  {any}     edge - The edge's key.
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the edge isn't in the graph.
     */
    isUndirected(edge) {
      edge = "" + edge;
      const data = this._edges.get(edge);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.isUndirected: could not find the "${edge}" edge in the graph.`
        );
      return data.undirected;
    }
    /**
     * Method returning whether the given edge is directed.
     *
     * @param  {any}     edge - The edge's key.
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the edge isn't in the graph.
     */
    isDirected(edge) {
      edge = "" + edge;
      const data = this._edges.get(edge);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.isDirected: could not find the "${edge}" edge in the graph.`
        );
      return !data.undirected;
    }
    /**
     * Method returning whether the given edge is a self loop.
     *
     * @param  {any}     edge - The edge's key.
     * @return {boolean}
     *
     * @throws {Error} - Will throw if the edge isn't in the graph.
     */
    isSelfLoop(edge) {
      edge = "" + edge;
      const data = this._edges.get(edge);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.isSelfLoop: could not find the "${edge}" edge in the graph.`
        );
      return data.source === data.target;
    }
    /**---------------------------------------------------------------------------
     * Mutation
     **---------------------------------------------------------------------------
     */
    /**
     * Method used to add a node to the graph.
     *
     * @param  {any}    node         - The node.
     * @param  {object} [attributes] - Optional attributes.
     * @return {any}                 - The node.
     *
     * @throws {Error} - Will throw if the given node already exist.
     * @throws {Error} - Will throw if the given attributes are not an object.
     */
    addNode(node, attributes) {
      const nodeData = addNode(this, node, attributes);
      return nodeData.key;
    }
    /**
     * Method used to merge a node into the graph.
     *
     * @param  {any}    node         - The node.
     * @param  {object} [attributes] - Optional attributes.
     * @return {any}                 - The node.
     */
    mergeNode(node, attributes) {
      if (attributes && !isPlainObject(attributes))
        throw new InvalidArgumentsGraphError(
          `Graph.mergeNode: invalid attributes. Expecting an object but got "${attributes}"`
        );
      node = "" + node;
      attributes = attributes || {};
      let data = this._nodes.get(node);
      if (data) {
        if (attributes) {
          assign2(data.attributes, attributes);
          this.emit("nodeAttributesUpdated", {
            type: "merge",
            key: node,
            attributes: data.attributes,
            data: attributes
          });
        }
        return [node, false];
      }
      data = new this.NodeDataClass(node, attributes);
      this._nodes.set(node, data);
      this.emit("nodeAdded", {
        key: node,
        attributes
      });
      return [node, true];
    }
    /**
     * Method used to add a node if it does not exist in the graph or else to
     * update its attributes using a function.
     *
     * @param  {any}      node      - The node.
     * @param  {function} [updater] - Optional updater function.
     * @return {any}                - The node.
     */
    updateNode(node, updater) {
      if (updater && typeof updater !== "function")
        throw new InvalidArgumentsGraphError(
          `Graph.updateNode: invalid updater function. Expecting a function but got "${updater}"`
        );
      node = "" + node;
      let data = this._nodes.get(node);
      if (data) {
        if (updater) {
          const oldAttributes = data.attributes;
          data.attributes = updater(oldAttributes);
          this.emit("nodeAttributesUpdated", {
            type: "replace",
            key: node,
            attributes: data.attributes
          });
        }
        return [node, false];
      }
      const attributes = updater ? updater({}) : {};
      data = new this.NodeDataClass(node, attributes);
      this._nodes.set(node, data);
      this.emit("nodeAdded", {
        key: node,
        attributes
      });
      return [node, true];
    }
    /**
     * Method used to drop a single node & all its attached edges from the graph.
     *
     * @param  {any}    node - The node.
     * @return {Graph}
     *
     * @throws {Error} - Will throw if the node doesn't exist.
     */
    dropNode(node) {
      node = "" + node;
      const nodeData = this._nodes.get(node);
      if (!nodeData)
        throw new NotFoundGraphError(
          `Graph.dropNode: could not find the "${node}" node in the graph.`
        );
      let edgeData;
      if (this.type !== "undirected") {
        for (const neighbor in nodeData.out) {
          edgeData = nodeData.out[neighbor];
          do {
            dropEdgeFromData(this, edgeData);
            edgeData = edgeData.next;
          } while (edgeData);
        }
        for (const neighbor in nodeData.in) {
          edgeData = nodeData.in[neighbor];
          do {
            dropEdgeFromData(this, edgeData);
            edgeData = edgeData.next;
          } while (edgeData);
        }
      }
      if (this.type !== "directed") {
        for (const neighbor in nodeData.undirected) {
          edgeData = nodeData.undirected[neighbor];
          do {
            dropEdgeFromData(this, edgeData);
            edgeData = edgeData.next;
          } while (edgeData);
        }
      }
      this._nodes.delete(node);
      this.emit("nodeDropped", {
        key: node,
        attributes: nodeData.attributes
      });
    }
    /**
     * Method used to drop a single edge from the graph.
     *
     * Arity 1:
     * @param  {any}    edge - The edge.
     *
     * Arity 2:
     * @param  {any}    source - Source node.
     * @param  {any}    target - Target node.
     *
     * @return {Graph}
     *
     * @throws {Error} - Will throw if the edge doesn't exist.
     */
    dropEdge(edge) {
      let edgeData;
      if (arguments.length > 1) {
        const source = "" + arguments[0];
        const target = "" + arguments[1];
        edgeData = getMatchingEdge(this, source, target, this.type);
        if (!edgeData)
          throw new NotFoundGraphError(
            `Graph.dropEdge: could not find the "${source}" -> "${target}" edge in the graph.`
          );
      } else {
        edge = "" + edge;
        edgeData = this._edges.get(edge);
        if (!edgeData)
          throw new NotFoundGraphError(
            `Graph.dropEdge: could not find the "${edge}" edge in the graph.`
          );
      }
      dropEdgeFromData(this, edgeData);
      return this;
    }
    /**
     * Method used to drop a single directed edge from the graph.
     *
     * @param  {any}    source - Source node.
     * @param  {any}    target - Target node.
     *
     * @return {Graph}
     *
     * @throws {Error} - Will throw if the edge doesn't exist.
     */
    dropDirectedEdge(source, target) {
      if (arguments.length < 2)
        throw new UsageGraphError(
          "Graph.dropDirectedEdge: it does not make sense to try and drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead."
        );
      if (this.multi)
        throw new UsageGraphError(
          "Graph.dropDirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones."
        );
      source = "" + source;
      target = "" + target;
      const edgeData = getMatchingEdge(this, source, target, "directed");
      if (!edgeData)
        throw new NotFoundGraphError(
          `Graph.dropDirectedEdge: could not find a "${source}" -> "${target}" edge in the graph.`
        );
      dropEdgeFromData(this, edgeData);
      return this;
    }
    /**
     * Method used to drop a single undirected edge from the graph.
     *
     * @param  {any}    source - Source node.
     * @param  {any}    target - Target node.
     *
     * @return {Graph}
     *
     * @throws {Error} - Will throw if the edge doesn't exist.
     */
    dropUndirectedEdge(source, target) {
      if (arguments.length < 2)
        throw new UsageGraphError(
          "Graph.dropUndirectedEdge: it does not make sense to drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead."
        );
      if (this.multi)
        throw new UsageGraphError(
          "Graph.dropUndirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones."
        );
      const edgeData = getMatchingEdge(this, source, target, "undirected");
      if (!edgeData)
        throw new NotFoundGraphError(
          `Graph.dropUndirectedEdge: could not find a "${source}" -> "${target}" edge in the graph.`
        );
      dropEdgeFromData(this, edgeData);
      return this;
    }
    /**
     * Method used to remove every edge & every node from the graph.
     *
     * @return {Graph}
     */
    clear() {
      this._edges.clear();
      this._nodes.clear();
      this._resetInstanceCounters();
      this.emit("cleared");
    }
    /**
     * Method used to remove every edge from the graph.
     *
     * @return {Graph}
     */
    clearEdges() {
      const iterator = this._nodes.values();
      let step2;
      while (step2 = iterator.next(), step2.done !== true) {
        step2.value.clear();
      }
      this._edges.clear();
      this._resetInstanceCounters();
      this.emit("edgesCleared");
    }
    /**---------------------------------------------------------------------------
     * Attributes-related methods
     **---------------------------------------------------------------------------
     */
    /**
     * Method returning the desired graph's attribute.
     *
     * @param  {string} name - Name of the attribute.
     * @return {any}
     */
    getAttribute(name2) {
      return this._attributes[name2];
    }
    /**
     * Method returning the graph's attributes.
     *
     * @return {object}
     */
    getAttributes() {
      return this._attributes;
    }
    /**
     * Method returning whether the graph has the desired attribute.
     *
     * @param  {string}  name - Name of the attribute.
     * @return {boolean}
     */
    hasAttribute(name2) {
      return this._attributes.hasOwnProperty(name2);
    }
    /**
     * Method setting a value for the desired graph's attribute.
     *
     * @param  {string}  name  - Name of the attribute.
     * @param  {any}     value - Value for the attribute.
     * @return {Graph}
     */
    setAttribute(name2, value) {
      this._attributes[name2] = value;
      this.emit("attributesUpdated", {
        type: "set",
        attributes: this._attributes,
        name: name2
      });
      return this;
    }
    /**
     * Method using a function to update the desired graph's attribute's value.
     *
     * @param  {string}   name    - Name of the attribute.
     * @param  {function} updater - Function use to update the attribute's value.
     * @return {Graph}
     */
    updateAttribute(name2, updater) {
      if (typeof updater !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.updateAttribute: updater should be a function."
        );
      const value = this._attributes[name2];
      this._attributes[name2] = updater(value);
      this.emit("attributesUpdated", {
        type: "set",
        attributes: this._attributes,
        name: name2
      });
      return this;
    }
    /**
     * Method removing the desired graph's attribute.
     *
     * @param  {string} name  - Name of the attribute.
     * @return {Graph}
     */
    removeAttribute(name2) {
      delete this._attributes[name2];
      this.emit("attributesUpdated", {
        type: "remove",
        attributes: this._attributes,
        name: name2
      });
      return this;
    }
    /**
     * Method replacing the graph's attributes.
     *
     * @param  {object} attributes - New attributes.
     * @return {Graph}
     *
     * @throws {Error} - Will throw if given attributes are not a plain object.
     */
    replaceAttributes(attributes) {
      if (!isPlainObject(attributes))
        throw new InvalidArgumentsGraphError(
          "Graph.replaceAttributes: provided attributes are not a plain object."
        );
      this._attributes = attributes;
      this.emit("attributesUpdated", {
        type: "replace",
        attributes: this._attributes
      });
      return this;
    }
    /**
     * Method merging the graph's attributes.
     *
     * @param  {object} attributes - Attributes to merge.
     * @return {Graph}
     *
     * @throws {Error} - Will throw if given attributes are not a plain object.
     */
    mergeAttributes(attributes) {
      if (!isPlainObject(attributes))
        throw new InvalidArgumentsGraphError(
          "Graph.mergeAttributes: provided attributes are not a plain object."
        );
      assign2(this._attributes, attributes);
      this.emit("attributesUpdated", {
        type: "merge",
        attributes: this._attributes,
        data: attributes
      });
      return this;
    }
    /**
     * Method updating the graph's attributes.
     *
     * @param  {function} updater - Function used to update the attributes.
     * @return {Graph}
     *
     * @throws {Error} - Will throw if given updater is not a function.
     */
    updateAttributes(updater) {
      if (typeof updater !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.updateAttributes: provided updater is not a function."
        );
      this._attributes = updater(this._attributes);
      this.emit("attributesUpdated", {
        type: "update",
        attributes: this._attributes
      });
      return this;
    }
    /**
     * Method used to update each node's attributes using the given function.
     *
     * @param {function}  updater - Updater function to use.
     * @param {object}    [hints] - Optional hints.
     */
    updateEachNodeAttributes(updater, hints) {
      if (typeof updater !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.updateEachNodeAttributes: expecting an updater function."
        );
      if (hints && !validateHints(hints))
        throw new InvalidArgumentsGraphError(
          "Graph.updateEachNodeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}"
        );
      const iterator = this._nodes.values();
      let step2, nodeData;
      while (step2 = iterator.next(), step2.done !== true) {
        nodeData = step2.value;
        nodeData.attributes = updater(nodeData.key, nodeData.attributes);
      }
      this.emit("eachNodeAttributesUpdated", {
        hints: hints ? hints : null
      });
    }
    /**
     * Method used to update each edge's attributes using the given function.
     *
     * @param {function}  updater - Updater function to use.
     * @param {object}    [hints] - Optional hints.
     */
    updateEachEdgeAttributes(updater, hints) {
      if (typeof updater !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.updateEachEdgeAttributes: expecting an updater function."
        );
      if (hints && !validateHints(hints))
        throw new InvalidArgumentsGraphError(
          "Graph.updateEachEdgeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}"
        );
      const iterator = this._edges.values();
      let step2, edgeData, sourceData, targetData;
      while (step2 = iterator.next(), step2.done !== true) {
        edgeData = step2.value;
        sourceData = edgeData.source;
        targetData = edgeData.target;
        edgeData.attributes = updater(
          edgeData.key,
          edgeData.attributes,
          sourceData.key,
          targetData.key,
          sourceData.attributes,
          targetData.attributes,
          edgeData.undirected
        );
      }
      this.emit("eachEdgeAttributesUpdated", {
        hints: hints ? hints : null
      });
    }
    /**---------------------------------------------------------------------------
     * Iteration-related methods
     **---------------------------------------------------------------------------
     */
    /**
     * Method iterating over the graph's adjacency using the given callback.
     *
     * @param  {function}  callback - Callback to use.
     */
    forEachAdjacencyEntry(callback) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.forEachAdjacencyEntry: expecting a callback."
        );
      forEachAdjacency(false, false, false, this, callback);
    }
    forEachAdjacencyEntryWithOrphans(callback) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.forEachAdjacencyEntryWithOrphans: expecting a callback."
        );
      forEachAdjacency(false, false, true, this, callback);
    }
    /**
     * Method iterating over the graph's assymetric adjacency using the given callback.
     *
     * @param  {function}  callback - Callback to use.
     */
    forEachAssymetricAdjacencyEntry(callback) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.forEachAssymetricAdjacencyEntry: expecting a callback."
        );
      forEachAdjacency(false, true, false, this, callback);
    }
    forEachAssymetricAdjacencyEntryWithOrphans(callback) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.forEachAssymetricAdjacencyEntryWithOrphans: expecting a callback."
        );
      forEachAdjacency(false, true, true, this, callback);
    }
    /**
     * Method returning the list of the graph's nodes.
     *
     * @return {array} - The nodes.
     */
    nodes() {
      return Array.from(this._nodes.keys());
    }
    /**
     * Method iterating over the graph's nodes using the given callback.
     *
     * @param  {function}  callback - Callback (key, attributes, index).
     */
    forEachNode(callback) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.forEachNode: expecting a callback."
        );
      const iterator = this._nodes.values();
      let step2, nodeData;
      while (step2 = iterator.next(), step2.done !== true) {
        nodeData = step2.value;
        callback(nodeData.key, nodeData.attributes);
      }
    }
    /**
     * Method iterating attempting to find a node matching the given predicate
     * function.
     *
     * @param  {function}  callback - Callback (key, attributes).
     */
    findNode(callback) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.findNode: expecting a callback."
        );
      const iterator = this._nodes.values();
      let step2, nodeData;
      while (step2 = iterator.next(), step2.done !== true) {
        nodeData = step2.value;
        if (callback(nodeData.key, nodeData.attributes)) return nodeData.key;
      }
      return;
    }
    /**
     * Method mapping nodes.
     *
     * @param  {function}  callback - Callback (key, attributes).
     */
    mapNodes(callback) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.mapNode: expecting a callback."
        );
      const iterator = this._nodes.values();
      let step2, nodeData;
      const result = new Array(this.order);
      let i = 0;
      while (step2 = iterator.next(), step2.done !== true) {
        nodeData = step2.value;
        result[i++] = callback(nodeData.key, nodeData.attributes);
      }
      return result;
    }
    /**
     * Method returning whether some node verify the given predicate.
     *
     * @param  {function}  callback - Callback (key, attributes).
     */
    someNode(callback) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.someNode: expecting a callback."
        );
      const iterator = this._nodes.values();
      let step2, nodeData;
      while (step2 = iterator.next(), step2.done !== true) {
        nodeData = step2.value;
        if (callback(nodeData.key, nodeData.attributes)) return true;
      }
      return false;
    }
    /**
     * Method returning whether all node verify the given predicate.
     *
     * @param  {function}  callback - Callback (key, attributes).
     */
    everyNode(callback) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.everyNode: expecting a callback."
        );
      const iterator = this._nodes.values();
      let step2, nodeData;
      while (step2 = iterator.next(), step2.done !== true) {
        nodeData = step2.value;
        if (!callback(nodeData.key, nodeData.attributes)) return false;
      }
      return true;
    }
    /**
     * Method filtering nodes.
     *
     * @param  {function}  callback - Callback (key, attributes).
     */
    filterNodes(callback) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.filterNodes: expecting a callback."
        );
      const iterator = this._nodes.values();
      let step2, nodeData;
      const result = [];
      while (step2 = iterator.next(), step2.done !== true) {
        nodeData = step2.value;
        if (callback(nodeData.key, nodeData.attributes))
          result.push(nodeData.key);
      }
      return result;
    }
    /**
     * Method reducing nodes.
     *
     * @param  {function}  callback - Callback (accumulator, key, attributes).
     */
    reduceNodes(callback, initialValue) {
      if (typeof callback !== "function")
        throw new InvalidArgumentsGraphError(
          "Graph.reduceNodes: expecting a callback."
        );
      if (arguments.length < 2)
        throw new InvalidArgumentsGraphError(
          "Graph.reduceNodes: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array."
        );
      let accumulator = initialValue;
      const iterator = this._nodes.values();
      let step2, nodeData;
      while (step2 = iterator.next(), step2.done !== true) {
        nodeData = step2.value;
        accumulator = callback(accumulator, nodeData.key, nodeData.attributes);
      }
      return accumulator;
    }
    /**
     * Method returning an iterator over the graph's node entries.
     *
     * @return {Iterator}
     */
    nodeEntries() {
      const iterator = this._nodes.values();
      return {
        [Symbol.iterator]() {
          return this;
        },
        next() {
          const step2 = iterator.next();
          if (step2.done) return step2;
          const data = step2.value;
          return {
            value: { node: data.key, attributes: data.attributes },
            done: false
          };
        }
      };
    }
    /**---------------------------------------------------------------------------
     * Serialization
     **---------------------------------------------------------------------------
     */
    /**
     * Method used to export the whole graph.
     *
     * @return {object} - The serialized graph.
     */
    export() {
      const nodes = new Array(this._nodes.size);
      let i = 0;
      this._nodes.forEach((data, key) => {
        nodes[i++] = serializeNode(key, data);
      });
      const edges = new Array(this._edges.size);
      i = 0;
      this._edges.forEach((data, key) => {
        edges[i++] = serializeEdge(this.type, key, data);
      });
      return {
        options: {
          type: this.type,
          multi: this.multi,
          allowSelfLoops: this.allowSelfLoops
        },
        attributes: this.getAttributes(),
        nodes,
        edges
      };
    }
    /**
     * Method used to import a serialized graph.
     *
     * @param  {object|Graph} data  - The serialized graph.
     * @param  {boolean}      merge - Whether to merge data.
     * @return {Graph}              - Returns itself for chaining.
     */
    import(data, merge = false) {
      if (data instanceof _Graph) {
        data.forEachNode((n, a) => {
          if (merge) this.mergeNode(n, a);
          else this.addNode(n, a);
        });
        data.forEachEdge((e, a, s, t, _sa, _ta, u) => {
          if (merge) {
            if (u) this.mergeUndirectedEdgeWithKey(e, s, t, a);
            else this.mergeDirectedEdgeWithKey(e, s, t, a);
          } else {
            if (u) this.addUndirectedEdgeWithKey(e, s, t, a);
            else this.addDirectedEdgeWithKey(e, s, t, a);
          }
        });
        return this;
      }
      if (!isPlainObject(data))
        throw new InvalidArgumentsGraphError(
          "Graph.import: invalid argument. Expecting a serialized graph or, alternatively, a Graph instance."
        );
      if (data.attributes) {
        if (!isPlainObject(data.attributes))
          throw new InvalidArgumentsGraphError(
            "Graph.import: invalid attributes. Expecting a plain object."
          );
        if (merge) this.mergeAttributes(data.attributes);
        else this.replaceAttributes(data.attributes);
      }
      let i, l, list, node, edge;
      if (data.nodes) {
        list = data.nodes;
        if (!Array.isArray(list))
          throw new InvalidArgumentsGraphError(
            "Graph.import: invalid nodes. Expecting an array."
          );
        for (i = 0, l = list.length; i < l; i++) {
          node = list[i];
          validateSerializedNode(node);
          const { key, attributes } = node;
          if (merge) this.mergeNode(key, attributes);
          else this.addNode(key, attributes);
        }
      }
      if (data.edges) {
        let undirectedByDefault = false;
        if (this.type === "undirected") {
          undirectedByDefault = true;
        }
        list = data.edges;
        if (!Array.isArray(list))
          throw new InvalidArgumentsGraphError(
            "Graph.import: invalid edges. Expecting an array."
          );
        for (i = 0, l = list.length; i < l; i++) {
          edge = list[i];
          validateSerializedEdge(edge);
          const {
            source,
            target,
            attributes,
            undirected = undirectedByDefault
          } = edge;
          let method;
          if ("key" in edge) {
            method = merge ? undirected ? this.mergeUndirectedEdgeWithKey : this.mergeDirectedEdgeWithKey : undirected ? this.addUndirectedEdgeWithKey : this.addDirectedEdgeWithKey;
            method.call(this, edge.key, source, target, attributes);
          } else {
            method = merge ? undirected ? this.mergeUndirectedEdge : this.mergeDirectedEdge : undirected ? this.addUndirectedEdge : this.addDirectedEdge;
            method.call(this, source, target, attributes);
          }
        }
      }
      return this;
    }
    /**---------------------------------------------------------------------------
     * Utils
     **---------------------------------------------------------------------------
     */
    /**
     * Method returning a null copy of the graph, i.e. a graph without nodes
     * & edges but with the exact same options.
     *
     * @param  {object} options - Options to merge with the current ones.
     * @return {Graph}          - The null copy.
     */
    nullCopy(options) {
      const graph = new _Graph(assign2({}, this._options, options));
      graph.replaceAttributes(assign2({}, this.getAttributes()));
      return graph;
    }
    /**
     * Method returning an empty copy of the graph, i.e. a graph without edges but
     * with the exact same options.
     *
     * @param  {object} options - Options to merge with the current ones.
     * @return {Graph}          - The empty copy.
     */
    emptyCopy(options) {
      const graph = this.nullCopy(options);
      this._nodes.forEach((nodeData, key) => {
        const attributes = assign2({}, nodeData.attributes);
        nodeData = new graph.NodeDataClass(key, attributes);
        graph._nodes.set(key, nodeData);
      });
      return graph;
    }
    /**
     * Method returning an exact copy of the graph.
     *
     * @param  {object} options - Upgrade options.
     * @return {Graph}          - The copy.
     */
    copy(options) {
      options = options || {};
      if (typeof options.type === "string" && options.type !== this.type && options.type !== "mixed")
        throw new UsageGraphError(
          `Graph.copy: cannot create an incompatible copy from "${this.type}" type to "${options.type}" because this would mean losing information about the current graph.`
        );
      if (typeof options.multi === "boolean" && options.multi !== this.multi && options.multi !== true)
        throw new UsageGraphError(
          "Graph.copy: cannot create an incompatible copy by downgrading a multi graph to a simple one because this would mean losing information about the current graph."
        );
      if (typeof options.allowSelfLoops === "boolean" && options.allowSelfLoops !== this.allowSelfLoops && options.allowSelfLoops !== true)
        throw new UsageGraphError(
          "Graph.copy: cannot create an incompatible copy from a graph allowing self loops to one that does not because this would mean losing information about the current graph."
        );
      const graph = this.emptyCopy(options);
      const iterator = this._edges.values();
      let step2, edgeData;
      while (step2 = iterator.next(), step2.done !== true) {
        edgeData = step2.value;
        addEdge(
          graph,
          "copy",
          false,
          edgeData.undirected,
          edgeData.key,
          edgeData.source.key,
          edgeData.target.key,
          assign2({}, edgeData.attributes)
        );
      }
      return graph;
    }
    /**---------------------------------------------------------------------------
     * Known methods
     **---------------------------------------------------------------------------
     */
    /**
     * Method used by JavaScript to perform JSON serialization.
     *
     * @return {object} - The serialized graph.
     */
    toJSON() {
      return this.export();
    }
    /**
     * Method returning [object Graph].
     */
    toString() {
      return "[object Graph]";
    }
    /**
     * Method used internally by node's console to display a custom object.
     *
     * @return {object} - Formatted object representation of the graph.
     */
    inspect() {
      const nodes = {};
      this._nodes.forEach((data, key) => {
        nodes[key] = data.attributes;
      });
      const edges = {}, multiIndex = {};
      this._edges.forEach((data, key) => {
        const direction = data.undirected ? "--" : "->";
        let label2 = "";
        let source = data.source.key;
        let target = data.target.key;
        let tmp;
        if (data.undirected && source > target) {
          tmp = source;
          source = target;
          target = tmp;
        }
        const desc = `(${source})${direction}(${target})`;
        if (!key.startsWith("geid_")) {
          label2 += `[${key}]: `;
        } else if (this.multi) {
          if (typeof multiIndex[desc] === "undefined") {
            multiIndex[desc] = 0;
          } else {
            multiIndex[desc]++;
          }
          label2 += `${multiIndex[desc]}. `;
        }
        label2 += desc;
        edges[label2] = data.attributes;
      });
      const dummy = {};
      for (const k in this) {
        if (this.hasOwnProperty(k) && !EMITTER_PROPS.has(k) && typeof this[k] !== "function" && typeof k !== "symbol")
          dummy[k] = this[k];
      }
      dummy.attributes = this._attributes;
      dummy.nodes = nodes;
      dummy.edges = edges;
      privateProperty(dummy, "constructor", this.constructor);
      return dummy;
    }
  };
  if (typeof Symbol !== "undefined")
    Graph.prototype[/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")] = Graph.prototype.inspect;
  EDGE_ADD_METHODS.forEach((method) => {
    ["add", "merge", "update"].forEach((verb) => {
      const name2 = method.name(verb);
      const fn = verb === "add" ? addEdge : mergeEdge;
      if (method.generateKey) {
        Graph.prototype[name2] = function(source, target, attributes) {
          return fn(
            this,
            name2,
            true,
            (method.type || this.type) === "undirected",
            null,
            source,
            target,
            attributes,
            verb === "update"
          );
        };
      } else {
        Graph.prototype[name2] = function(edge, source, target, attributes) {
          return fn(
            this,
            name2,
            false,
            (method.type || this.type) === "undirected",
            edge,
            source,
            target,
            attributes,
            verb === "update"
          );
        };
      }
    });
  });
  attachNodeAttributesMethods(Graph);
  attachEdgeAttributesMethods(Graph);
  attachEdgeIterationMethods(Graph);
  attachNeighborIterationMethods(Graph);
  var DirectedGraph = class extends Graph {
    constructor(options) {
      const finalOptions = assign2({ type: "directed" }, options);
      if ("multi" in finalOptions && finalOptions.multi !== false)
        throw new InvalidArgumentsGraphError(
          "DirectedGraph.from: inconsistent indication that the graph should be multi in given options!"
        );
      if (finalOptions.type !== "directed")
        throw new InvalidArgumentsGraphError(
          'DirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
        );
      super(finalOptions);
    }
  };
  var UndirectedGraph = class extends Graph {
    constructor(options) {
      const finalOptions = assign2({ type: "undirected" }, options);
      if ("multi" in finalOptions && finalOptions.multi !== false)
        throw new InvalidArgumentsGraphError(
          "UndirectedGraph.from: inconsistent indication that the graph should be multi in given options!"
        );
      if (finalOptions.type !== "undirected")
        throw new InvalidArgumentsGraphError(
          'UndirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
        );
      super(finalOptions);
    }
  };
  var MultiGraph = class extends Graph {
    constructor(options) {
      const finalOptions = assign2({ multi: true }, options);
      if ("multi" in finalOptions && finalOptions.multi !== true)
        throw new InvalidArgumentsGraphError(
          "MultiGraph.from: inconsistent indication that the graph should be simple in given options!"
        );
      super(finalOptions);
    }
  };
  var MultiDirectedGraph = class extends Graph {
    constructor(options) {
      const finalOptions = assign2({ type: "directed", multi: true }, options);
      if ("multi" in finalOptions && finalOptions.multi !== true)
        throw new InvalidArgumentsGraphError(
          "MultiDirectedGraph.from: inconsistent indication that the graph should be simple in given options!"
        );
      if (finalOptions.type !== "directed")
        throw new InvalidArgumentsGraphError(
          'MultiDirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
        );
      super(finalOptions);
    }
  };
  var MultiUndirectedGraph = class extends Graph {
    constructor(options) {
      const finalOptions = assign2({ type: "undirected", multi: true }, options);
      if ("multi" in finalOptions && finalOptions.multi !== true)
        throw new InvalidArgumentsGraphError(
          "MultiUndirectedGraph.from: inconsistent indication that the graph should be simple in given options!"
        );
      if (finalOptions.type !== "undirected")
        throw new InvalidArgumentsGraphError(
          'MultiUndirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
        );
      super(finalOptions);
    }
  };
  function attachStaticFromMethod(Class) {
    Class.from = function(data, options) {
      const finalOptions = assign2({}, data.options, options);
      const instance = new Class(finalOptions);
      instance.import(data);
      return instance;
    };
  }
  attachStaticFromMethod(Graph);
  attachStaticFromMethod(DirectedGraph);
  attachStaticFromMethod(UndirectedGraph);
  attachStaticFromMethod(MultiGraph);
  attachStaticFromMethod(MultiDirectedGraph);
  attachStaticFromMethod(MultiUndirectedGraph);
  Graph.Graph = Graph;
  Graph.DirectedGraph = DirectedGraph;
  Graph.UndirectedGraph = UndirectedGraph;
  Graph.MultiGraph = MultiGraph;
  Graph.MultiDirectedGraph = MultiDirectedGraph;
  Graph.MultiUndirectedGraph = MultiUndirectedGraph;
  Graph.InvalidArgumentsGraphError = InvalidArgumentsGraphError;
  Graph.NotFoundGraphError = NotFoundGraphError;
  Graph.UsageGraphError = UsageGraphError;

  // node_modules/sigma/rendering/dist/sigma-rendering.esm.js
  var _WebGLRenderingContex$32 = WebGLRenderingContext;
  var UNSIGNED_BYTE$32 = _WebGLRenderingContex$32.UNSIGNED_BYTE;
  var FLOAT$32 = _WebGLRenderingContex$32.FLOAT;
  var SHADER_SOURCE$42 = (
    /*glsl*/
    "\nattribute vec4 a_id;\nattribute vec4 a_color;\nattribute vec2 a_normal;\nattribute float a_normalCoef;\nattribute vec2 a_positionStart;\nattribute vec2 a_positionEnd;\nattribute float a_positionCoef;\nattribute float a_sourceRadius;\nattribute float a_targetRadius;\nattribute float a_sourceRadiusCoef;\nattribute float a_targetRadiusCoef;\n\nuniform mat3 u_matrix;\nuniform float u_zoomRatio;\nuniform float u_sizeRatio;\nuniform float u_pixelRatio;\nuniform float u_correctionRatio;\nuniform float u_minEdgeThickness;\nuniform float u_lengthToThicknessRatio;\nuniform float u_feather;\n\nvarying vec4 v_color;\nvarying vec2 v_normal;\nvarying float v_thickness;\nvarying float v_feather;\n\nconst float bias = 255.0 / 254.0;\n\nvoid main() {\n  float minThickness = u_minEdgeThickness;\n\n  vec2 normal = a_normal * a_normalCoef;\n  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;\n\n  float normalLength = length(normal);\n  vec2 unitNormal = normal / normalLength;\n\n  // These first computations are taken from edge.vert.glsl. Please read it to\n  // get better comments on what's happening:\n  float pixelsThickness = max(normalLength, minThickness * u_sizeRatio);\n  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;\n\n  // Here, we move the point to leave space for the arrow heads:\n  // Source arrow head\n  float sourceRadius = a_sourceRadius * a_sourceRadiusCoef;\n  float sourceDirection = sign(sourceRadius);\n  float webGLSourceRadius = sourceDirection * sourceRadius * 2.0 * u_correctionRatio / u_sizeRatio;\n  float webGLSourceArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;\n  vec2 sourceCompensationVector =\n    vec2(-sourceDirection * unitNormal.y, sourceDirection * unitNormal.x)\n    * (webGLSourceRadius + webGLSourceArrowHeadLength);\n    \n  // Target arrow head\n  float targetRadius = a_targetRadius * a_targetRadiusCoef;\n  float targetDirection = sign(targetRadius);\n  float webGLTargetRadius = targetDirection * targetRadius * 2.0 * u_correctionRatio / u_sizeRatio;\n  float webGLTargetArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;\n  vec2 targetCompensationVector =\n  vec2(-targetDirection * unitNormal.y, targetDirection * unitNormal.x)\n    * (webGLTargetRadius + webGLTargetArrowHeadLength);\n\n  // Here is the proper position of the vertex\n  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness + sourceCompensationVector + targetCompensationVector, 1)).xy, 0, 1);\n\n  v_thickness = webGLThickness / u_zoomRatio;\n\n  v_normal = unitNormal;\n\n  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;\n\n  #ifdef PICKING_MODE\n  // For picking mode, we use the ID as the color:\n  v_color = a_id;\n  #else\n  // For normal mode, we use the color:\n  v_color = a_color;\n  #endif\n\n  v_color.a *= bias;\n}\n"
  );
  var VERTEX_SHADER_SOURCE$22 = SHADER_SOURCE$42;
  var _WebGLRenderingContex$22 = WebGLRenderingContext;
  var UNSIGNED_BYTE$22 = _WebGLRenderingContex$22.UNSIGNED_BYTE;
  var FLOAT$22 = _WebGLRenderingContex$22.FLOAT;
  var UNIFORMS$22 = ["u_matrix", "u_zoomRatio", "u_sizeRatio", "u_correctionRatio", "u_pixelRatio", "u_feather", "u_minEdgeThickness", "u_lengthToThicknessRatio"];
  var DEFAULT_EDGE_DOUBLE_CLAMPED_PROGRAM_OPTIONS = {
    lengthToThicknessRatio: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS.lengthToThicknessRatio
  };
  function createEdgeDoubleClampedProgram(inputOptions) {
    var options = _objectSpread2(_objectSpread2({}, DEFAULT_EDGE_DOUBLE_CLAMPED_PROGRAM_OPTIONS), inputOptions || {});
    return /* @__PURE__ */ (function(_EdgeProgram) {
      function EdgeDoubleClampedProgram2() {
        _classCallCheck(this, EdgeDoubleClampedProgram2);
        return _callSuper(this, EdgeDoubleClampedProgram2, arguments);
      }
      _inherits(EdgeDoubleClampedProgram2, _EdgeProgram);
      return _createClass(EdgeDoubleClampedProgram2, [{
        key: "getDefinition",
        value: function getDefinition() {
          return {
            VERTICES: 6,
            VERTEX_SHADER_SOURCE: VERTEX_SHADER_SOURCE$22,
            FRAGMENT_SHADER_SOURCE,
            METHOD: WebGLRenderingContext.TRIANGLES,
            UNIFORMS: UNIFORMS$22,
            ATTRIBUTES: [{
              name: "a_positionStart",
              size: 2,
              type: FLOAT$22
            }, {
              name: "a_positionEnd",
              size: 2,
              type: FLOAT$22
            }, {
              name: "a_normal",
              size: 2,
              type: FLOAT$22
            }, {
              name: "a_color",
              size: 4,
              type: UNSIGNED_BYTE$22,
              normalized: true
            }, {
              name: "a_id",
              size: 4,
              type: UNSIGNED_BYTE$22,
              normalized: true
            }, {
              name: "a_sourceRadius",
              size: 1,
              type: FLOAT$22
            }, {
              name: "a_targetRadius",
              size: 1,
              type: FLOAT$22
            }],
            CONSTANT_ATTRIBUTES: [
              // If 0, then position will be a_positionStart
              // If 1, then position will be a_positionEnd
              {
                name: "a_positionCoef",
                size: 1,
                type: FLOAT$22
              },
              {
                name: "a_normalCoef",
                size: 1,
                type: FLOAT$22
              },
              {
                name: "a_sourceRadiusCoef",
                size: 1,
                type: FLOAT$22
              },
              {
                name: "a_targetRadiusCoef",
                size: 1,
                type: FLOAT$22
              }
            ],
            CONSTANT_DATA: [[0, 1, -1, 0], [0, -1, 1, 0], [1, 1, 0, 1], [1, 1, 0, 1], [0, -1, 1, 0], [1, -1, 0, -1]]
          };
        }
      }, {
        key: "processVisibleItem",
        value: function processVisibleItem(edgeIndex, startIndex, sourceData, targetData, data) {
          var thickness = data.size || 1;
          var x1 = sourceData.x;
          var y1 = sourceData.y;
          var x2 = targetData.x;
          var y2 = targetData.y;
          var color = floatColor(data.color);
          var dx = x2 - x1;
          var dy = y2 - y1;
          var sourceRadius = sourceData.size || 1;
          var targetRadius = targetData.size || 1;
          var len = dx * dx + dy * dy;
          var n1 = 0;
          var n2 = 0;
          if (len) {
            len = 1 / Math.sqrt(len);
            n1 = -dy * len * thickness;
            n2 = dx * len * thickness;
          }
          var array = this.array;
          array[startIndex++] = x1;
          array[startIndex++] = y1;
          array[startIndex++] = x2;
          array[startIndex++] = y2;
          array[startIndex++] = n1;
          array[startIndex++] = n2;
          array[startIndex++] = color;
          array[startIndex++] = edgeIndex;
          array[startIndex++] = sourceRadius;
          array[startIndex++] = targetRadius;
        }
      }, {
        key: "setUniforms",
        value: function setUniforms(params, _ref) {
          var gl = _ref.gl, uniformLocations = _ref.uniformLocations;
          var u_matrix = uniformLocations.u_matrix, u_zoomRatio = uniformLocations.u_zoomRatio, u_feather = uniformLocations.u_feather, u_pixelRatio = uniformLocations.u_pixelRatio, u_correctionRatio = uniformLocations.u_correctionRatio, u_sizeRatio = uniformLocations.u_sizeRatio, u_minEdgeThickness = uniformLocations.u_minEdgeThickness, u_lengthToThicknessRatio = uniformLocations.u_lengthToThicknessRatio;
          gl.uniformMatrix3fv(u_matrix, false, params.matrix);
          gl.uniform1f(u_zoomRatio, params.zoomRatio);
          gl.uniform1f(u_sizeRatio, params.sizeRatio);
          gl.uniform1f(u_correctionRatio, params.correctionRatio);
          gl.uniform1f(u_pixelRatio, params.pixelRatio);
          gl.uniform1f(u_feather, params.antiAliasingFeather);
          gl.uniform1f(u_minEdgeThickness, params.minEdgeThickness);
          gl.uniform1f(u_lengthToThicknessRatio, options.lengthToThicknessRatio);
        }
      }]);
    })(EdgeProgram);
  }
  var EdgeDoubleClampedProgram = createEdgeDoubleClampedProgram();
  function createEdgeDoubleArrowProgram(inputOptions) {
    return createEdgeCompoundProgram([createEdgeDoubleClampedProgram(inputOptions), createEdgeArrowHeadProgram(inputOptions), createEdgeArrowHeadProgram(_objectSpread2(_objectSpread2({}, inputOptions), {}, {
      extremity: "source"
    }))]);
  }
  var EdgeDoubleArrowProgram = createEdgeDoubleArrowProgram();
  var _WebGLRenderingContex$12 = WebGLRenderingContext;
  var UNSIGNED_BYTE$12 = _WebGLRenderingContex$12.UNSIGNED_BYTE;
  var FLOAT$12 = _WebGLRenderingContex$12.FLOAT;
  var _WebGLRenderingContex2 = WebGLRenderingContext;
  var UNSIGNED_BYTE2 = _WebGLRenderingContex2.UNSIGNED_BYTE;
  var FLOAT2 = _WebGLRenderingContex2.FLOAT;

  // node_modules/sigma/utils/dist/sigma-utils.esm.js
  var import_is_graph3 = __toESM(require_is_graph());

  // node_modules/@sigma/node-image/dist/sigma-node-image.esm.js
  var import_events4 = __toESM(require_events());
  function _arrayLikeToArray2(r, a) {
    (null == a || a > r.length) && (a = r.length);
    for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
    return n;
  }
  function _arrayWithoutHoles2(r) {
    if (Array.isArray(r)) return _arrayLikeToArray2(r);
  }
  function _iterableToArray2(r) {
    if ("undefined" != typeof Symbol && null != r[Symbol.iterator] || null != r["@@iterator"]) return Array.from(r);
  }
  function _unsupportedIterableToArray2(r, a) {
    if (r) {
      if ("string" == typeof r) return _arrayLikeToArray2(r, a);
      var t = {}.toString.call(r).slice(8, -1);
      return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray2(r, a) : void 0;
    }
  }
  function _nonIterableSpread2() {
    throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
  }
  function _toConsumableArray2(r) {
    return _arrayWithoutHoles2(r) || _iterableToArray2(r) || _unsupportedIterableToArray2(r) || _nonIterableSpread2();
  }
  function _classCallCheck2(a, n) {
    if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
  }
  function _toPrimitive3(t, r) {
    if ("object" != typeof t || !t) return t;
    var e = t[Symbol.toPrimitive];
    if (void 0 !== e) {
      var i = e.call(t, r || "default");
      if ("object" != typeof i) return i;
      throw new TypeError("@@toPrimitive must return a primitive value.");
    }
    return ("string" === r ? String : Number)(t);
  }
  function _toPropertyKey3(t) {
    var i = _toPrimitive3(t, "string");
    return "symbol" == typeof i ? i : i + "";
  }
  function _defineProperties2(e, r) {
    for (var t = 0; t < r.length; t++) {
      var o = r[t];
      o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey3(o.key), o);
    }
  }
  function _createClass2(e, r, t) {
    return r && _defineProperties2(e.prototype, r), t && _defineProperties2(e, t), Object.defineProperty(e, "prototype", {
      writable: false
    }), e;
  }
  function _getPrototypeOf2(t) {
    return _getPrototypeOf2 = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function(t2) {
      return t2.__proto__ || Object.getPrototypeOf(t2);
    }, _getPrototypeOf2(t);
  }
  function _isNativeReflectConstruct2() {
    try {
      var t = !Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {
      }));
    } catch (t2) {
    }
    return (_isNativeReflectConstruct2 = function() {
      return !!t;
    })();
  }
  function _assertThisInitialized2(e) {
    if (void 0 === e) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
    return e;
  }
  function _possibleConstructorReturn2(t, e) {
    if (e && ("object" == typeof e || "function" == typeof e)) return e;
    if (void 0 !== e) throw new TypeError("Derived constructors may only return object or undefined");
    return _assertThisInitialized2(t);
  }
  function _callSuper2(t, o, e) {
    return o = _getPrototypeOf2(o), _possibleConstructorReturn2(t, _isNativeReflectConstruct2() ? Reflect.construct(o, e || [], _getPrototypeOf2(t).constructor) : o.apply(t, e));
  }
  function _superPropBase2(t, o) {
    for (; !{}.hasOwnProperty.call(t, o) && null !== (t = _getPrototypeOf2(t)); ) ;
    return t;
  }
  function _get2() {
    return _get2 = "undefined" != typeof Reflect && Reflect.get ? Reflect.get.bind() : function(e, t, r) {
      var p = _superPropBase2(e, t);
      if (p) {
        var n = Object.getOwnPropertyDescriptor(p, t);
        return n.get ? n.get.call(arguments.length < 3 ? e : r) : n.value;
      }
    }, _get2.apply(null, arguments);
  }
  function _superPropGet2(t, o, e, r) {
    var p = _get2(_getPrototypeOf2(1 & r ? t.prototype : t), o, e);
    return 2 & r && "function" == typeof p ? function(t2) {
      return p.apply(e, t2);
    } : p;
  }
  function _setPrototypeOf2(t, e) {
    return _setPrototypeOf2 = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function(t2, e2) {
      return t2.__proto__ = e2, t2;
    }, _setPrototypeOf2(t, e);
  }
  function _inherits2(t, e) {
    if ("function" != typeof e && null !== e) throw new TypeError("Super expression must either be null or a function");
    t.prototype = Object.create(e && e.prototype, {
      constructor: {
        value: t,
        writable: true,
        configurable: true
      }
    }), Object.defineProperty(t, "prototype", {
      writable: false
    }), e && _setPrototypeOf2(t, e);
  }
  function _defineProperty3(e, r, t) {
    return (r = _toPropertyKey3(r)) in e ? Object.defineProperty(e, r, {
      value: t,
      enumerable: true,
      configurable: true,
      writable: true
    }) : e[r] = t, e;
  }
  function _objectWithoutPropertiesLoose3(r, e) {
    if (null == r) return {};
    var t = {};
    for (var n in r) if ({}.hasOwnProperty.call(r, n)) {
      if (e.includes(n)) continue;
      t[n] = r[n];
    }
    return t;
  }
  function _objectWithoutProperties3(e, t) {
    if (null == e) return {};
    var o, r, i = _objectWithoutPropertiesLoose3(e, t);
    if (Object.getOwnPropertySymbols) {
      var s = Object.getOwnPropertySymbols(e);
      for (r = 0; r < s.length; r++) o = s[r], t.includes(o) || {}.propertyIsEnumerable.call(e, o) && (i[o] = e[o]);
    }
    return i;
  }
  function ownKeys3(e, r) {
    var t = Object.keys(e);
    if (Object.getOwnPropertySymbols) {
      var o = Object.getOwnPropertySymbols(e);
      r && (o = o.filter(function(r2) {
        return Object.getOwnPropertyDescriptor(e, r2).enumerable;
      })), t.push.apply(t, o);
    }
    return t;
  }
  function _objectSpread23(e) {
    for (var r = 1; r < arguments.length; r++) {
      var t = null != arguments[r] ? arguments[r] : {};
      r % 2 ? ownKeys3(Object(t), true).forEach(function(r2) {
        _defineProperty3(e, r2, t[r2]);
      }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys3(Object(t)).forEach(function(r2) {
        Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
      });
    }
    return e;
  }
  function getFragmentShader(_ref) {
    var texturesCount = _ref.texturesCount;
    var SHADER = (
      /*glsl*/
      "\nprecision highp float;\n\nvarying vec4 v_color;\nvarying vec2 v_diffVector;\nvarying float v_radius;\nvarying vec4 v_texture;\nvarying float v_textureIndex;\n\nuniform sampler2D u_atlas[".concat(texturesCount, "];\nuniform float u_correctionRatio;\nuniform float u_cameraAngle;\nuniform float u_percentagePadding;\nuniform bool u_colorizeImages;\nuniform bool u_keepWithinCircle;\n\nconst vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);\n\nconst float radius = 0.5;\n\nvoid main(void) {\n  float border = 2.0 * u_correctionRatio;\n  float dist = length(v_diffVector);\n  vec4 color = gl_FragColor;\n\n  float c = cos(-u_cameraAngle);\n  float s = sin(-u_cameraAngle);\n  vec2 diffVector = mat2(c, s, -s, c) * (v_diffVector);\n\n  // No antialiasing for picking mode:\n  #ifdef PICKING_MODE\n  border = 0.0;\n  color = v_color;\n\n  #else\n  // First case: No image to display\n  if (v_texture.w <= 0.0) {\n    if (!u_colorizeImages) {\n      color = v_color;\n    }\n  }\n\n  // Second case: Image loaded into the texture\n  else {\n    float paddingRatio = 1.0 + 2.0 * u_percentagePadding;\n    float coef = u_keepWithinCircle ? 1.0 : ").concat(Math.SQRT2, ";\n    vec2 coordinateInTexture = diffVector * vec2(paddingRatio, -paddingRatio) / v_radius / 2.0 * coef + vec2(0.5, 0.5);\n    int index = int(v_textureIndex + 0.5); // +0.5 avoid rounding errors\n\n    bool noTextureFound = false;\n    vec4 texel;\n\n    ").concat(_toConsumableArray2(new Array(texturesCount)).map(function(_, i) {
        return "if (index == ".concat(i, ") texel = texture2D(u_atlas[").concat(i, "], (v_texture.xy + coordinateInTexture * v_texture.zw), -1.0);");
      }).join("\n    else ") + "else {\n      texel = texture2D(u_atlas[0], (v_texture.xy + coordinateInTexture * v_texture.zw), -1.0);\n      noTextureFound = true;\n    }", '\n\n    if (noTextureFound) {\n      color = v_color;\n    } else {\n      // Colorize all visible image pixels:\n      if (u_colorizeImages) {\n        color = mix(gl_FragColor, v_color, texel.a);\n      }\n\n      // Colorize background pixels, keep image pixel colors:\n      else {\n        color = vec4(mix(v_color, texel, texel.a).rgb, max(texel.a, v_color.a));\n      }\n\n      // Erase pixels "in the padding":\n      if (abs(diffVector.x) > v_radius / paddingRatio || abs(diffVector.y) > v_radius / paddingRatio) {\n        color = u_colorizeImages ? gl_FragColor : v_color;\n      }\n    }\n  }\n  #endif\n\n  // Crop in a circle when u_keepWithinCircle is truthy:\n  if (u_keepWithinCircle) {\n    if (dist < v_radius - border) {\n      gl_FragColor = color;\n    } else if (dist < v_radius) {\n      gl_FragColor = mix(transparent, color, (v_radius - dist) / border);\n    }\n  }\n\n  // Crop in a square else:\n  else {\n    float squareHalfSize = v_radius * ').concat(Math.SQRT1_2 * Math.cos(Math.PI / 12), ";\n    if (abs(diffVector.x) > squareHalfSize || abs(diffVector.y) > squareHalfSize) {\n      gl_FragColor = transparent;\n    } else {\n      gl_FragColor = color;\n    }\n  }\n}\n")
    );
    return SHADER;
  }
  var VERTEX_SHADER_SOURCE2 = (
    /*glsl*/
    "\nattribute vec4 a_id;\nattribute vec4 a_color;\nattribute vec2 a_position;\nattribute float a_size;\nattribute float a_angle;\nattribute vec4 a_texture;\nattribute float a_textureIndex;\n\nuniform mat3 u_matrix;\nuniform float u_sizeRatio;\nuniform float u_correctionRatio;\n\nvarying vec4 v_color;\nvarying vec2 v_diffVector;\nvarying float v_radius;\nvarying vec4 v_texture;\nvarying float v_textureIndex;\n\nconst float bias = 255.0 / 254.0;\nconst float marginRatio = 1.05;\n\nvoid main() {\n  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;\n  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));\n  vec2 position = a_position + diffVector * marginRatio;\n  gl_Position = vec4(\n    (u_matrix * vec3(position, 1)).xy,\n    0,\n    1\n  );\n\n  v_diffVector = diffVector;\n  v_radius = size / 2.0 / marginRatio;\n\n  #ifdef PICKING_MODE\n  // For picking mode, we use the ID as the color:\n  v_color = a_id;\n  #else\n  // For normal mode, we use the color:\n  v_color = a_color;\n\n  // Pass the texture coordinates:\n  v_textureIndex = a_textureIndex;\n  v_texture = a_texture;\n  #endif\n\n  v_color.a *= bias;\n}\n"
  );
  var VERTEX_SHADER_SOURCE$12 = VERTEX_SHADER_SOURCE2;
  function _regeneratorRuntime2() {
    _regeneratorRuntime2 = function() {
      return e;
    };
    var t, e = {}, r = Object.prototype, n = r.hasOwnProperty, o = Object.defineProperty || function(t2, e2, r2) {
      t2[e2] = r2.value;
    }, i = "function" == typeof Symbol ? Symbol : {}, a = i.iterator || "@@iterator", c = i.asyncIterator || "@@asyncIterator", u = i.toStringTag || "@@toStringTag";
    function define2(t2, e2, r2) {
      return Object.defineProperty(t2, e2, {
        value: r2,
        enumerable: true,
        configurable: true,
        writable: true
      }), t2[e2];
    }
    try {
      define2({}, "");
    } catch (t2) {
      define2 = function(t3, e2, r2) {
        return t3[e2] = r2;
      };
    }
    function wrap(t2, e2, r2, n2) {
      var i2 = e2 && e2.prototype instanceof Generator ? e2 : Generator, a2 = Object.create(i2.prototype), c2 = new Context(n2 || []);
      return o(a2, "_invoke", {
        value: makeInvokeMethod(t2, r2, c2)
      }), a2;
    }
    function tryCatch(t2, e2, r2) {
      try {
        return {
          type: "normal",
          arg: t2.call(e2, r2)
        };
      } catch (t3) {
        return {
          type: "throw",
          arg: t3
        };
      }
    }
    e.wrap = wrap;
    var h2 = "suspendedStart", l = "suspendedYield", f = "executing", s = "completed", y = {};
    function Generator() {
    }
    function GeneratorFunction() {
    }
    function GeneratorFunctionPrototype() {
    }
    var p = {};
    define2(p, a, function() {
      return this;
    });
    var d = Object.getPrototypeOf, v = d && d(d(values([])));
    v && v !== r && n.call(v, a) && (p = v);
    var g = GeneratorFunctionPrototype.prototype = Generator.prototype = Object.create(p);
    function defineIteratorMethods(t2) {
      ["next", "throw", "return"].forEach(function(e2) {
        define2(t2, e2, function(t3) {
          return this._invoke(e2, t3);
        });
      });
    }
    function AsyncIterator(t2, e2) {
      function invoke(r3, o2, i2, a2) {
        var c2 = tryCatch(t2[r3], t2, o2);
        if ("throw" !== c2.type) {
          var u2 = c2.arg, h3 = u2.value;
          return h3 && "object" == typeof h3 && n.call(h3, "__await") ? e2.resolve(h3.__await).then(function(t3) {
            invoke("next", t3, i2, a2);
          }, function(t3) {
            invoke("throw", t3, i2, a2);
          }) : e2.resolve(h3).then(function(t3) {
            u2.value = t3, i2(u2);
          }, function(t3) {
            return invoke("throw", t3, i2, a2);
          });
        }
        a2(c2.arg);
      }
      var r2;
      o(this, "_invoke", {
        value: function(t3, n2) {
          function callInvokeWithMethodAndArg() {
            return new e2(function(e3, r3) {
              invoke(t3, n2, e3, r3);
            });
          }
          return r2 = r2 ? r2.then(callInvokeWithMethodAndArg, callInvokeWithMethodAndArg) : callInvokeWithMethodAndArg();
        }
      });
    }
    function makeInvokeMethod(e2, r2, n2) {
      var o2 = h2;
      return function(i2, a2) {
        if (o2 === f) throw Error("Generator is already running");
        if (o2 === s) {
          if ("throw" === i2) throw a2;
          return {
            value: t,
            done: true
          };
        }
        for (n2.method = i2, n2.arg = a2; ; ) {
          var c2 = n2.delegate;
          if (c2) {
            var u2 = maybeInvokeDelegate(c2, n2);
            if (u2) {
              if (u2 === y) continue;
              return u2;
            }
          }
          if ("next" === n2.method) n2.sent = n2._sent = n2.arg;
          else if ("throw" === n2.method) {
            if (o2 === h2) throw o2 = s, n2.arg;
            n2.dispatchException(n2.arg);
          } else "return" === n2.method && n2.abrupt("return", n2.arg);
          o2 = f;
          var p2 = tryCatch(e2, r2, n2);
          if ("normal" === p2.type) {
            if (o2 = n2.done ? s : l, p2.arg === y) continue;
            return {
              value: p2.arg,
              done: n2.done
            };
          }
          "throw" === p2.type && (o2 = s, n2.method = "throw", n2.arg = p2.arg);
        }
      };
    }
    function maybeInvokeDelegate(e2, r2) {
      var n2 = r2.method, o2 = e2.iterator[n2];
      if (o2 === t) return r2.delegate = null, "throw" === n2 && e2.iterator.return && (r2.method = "return", r2.arg = t, maybeInvokeDelegate(e2, r2), "throw" === r2.method) || "return" !== n2 && (r2.method = "throw", r2.arg = new TypeError("The iterator does not provide a '" + n2 + "' method")), y;
      var i2 = tryCatch(o2, e2.iterator, r2.arg);
      if ("throw" === i2.type) return r2.method = "throw", r2.arg = i2.arg, r2.delegate = null, y;
      var a2 = i2.arg;
      return a2 ? a2.done ? (r2[e2.resultName] = a2.value, r2.next = e2.nextLoc, "return" !== r2.method && (r2.method = "next", r2.arg = t), r2.delegate = null, y) : a2 : (r2.method = "throw", r2.arg = new TypeError("iterator result is not an object"), r2.delegate = null, y);
    }
    function pushTryEntry(t2) {
      var e2 = {
        tryLoc: t2[0]
      };
      1 in t2 && (e2.catchLoc = t2[1]), 2 in t2 && (e2.finallyLoc = t2[2], e2.afterLoc = t2[3]), this.tryEntries.push(e2);
    }
    function resetTryEntry(t2) {
      var e2 = t2.completion || {};
      e2.type = "normal", delete e2.arg, t2.completion = e2;
    }
    function Context(t2) {
      this.tryEntries = [{
        tryLoc: "root"
      }], t2.forEach(pushTryEntry, this), this.reset(true);
    }
    function values(e2) {
      if (e2 || "" === e2) {
        var r2 = e2[a];
        if (r2) return r2.call(e2);
        if ("function" == typeof e2.next) return e2;
        if (!isNaN(e2.length)) {
          var o2 = -1, i2 = function next() {
            for (; ++o2 < e2.length; ) if (n.call(e2, o2)) return next.value = e2[o2], next.done = false, next;
            return next.value = t, next.done = true, next;
          };
          return i2.next = i2;
        }
      }
      throw new TypeError(typeof e2 + " is not iterable");
    }
    return GeneratorFunction.prototype = GeneratorFunctionPrototype, o(g, "constructor", {
      value: GeneratorFunctionPrototype,
      configurable: true
    }), o(GeneratorFunctionPrototype, "constructor", {
      value: GeneratorFunction,
      configurable: true
    }), GeneratorFunction.displayName = define2(GeneratorFunctionPrototype, u, "GeneratorFunction"), e.isGeneratorFunction = function(t2) {
      var e2 = "function" == typeof t2 && t2.constructor;
      return !!e2 && (e2 === GeneratorFunction || "GeneratorFunction" === (e2.displayName || e2.name));
    }, e.mark = function(t2) {
      return Object.setPrototypeOf ? Object.setPrototypeOf(t2, GeneratorFunctionPrototype) : (t2.__proto__ = GeneratorFunctionPrototype, define2(t2, u, "GeneratorFunction")), t2.prototype = Object.create(g), t2;
    }, e.awrap = function(t2) {
      return {
        __await: t2
      };
    }, defineIteratorMethods(AsyncIterator.prototype), define2(AsyncIterator.prototype, c, function() {
      return this;
    }), e.AsyncIterator = AsyncIterator, e.async = function(t2, r2, n2, o2, i2) {
      void 0 === i2 && (i2 = Promise);
      var a2 = new AsyncIterator(wrap(t2, r2, n2, o2), i2);
      return e.isGeneratorFunction(r2) ? a2 : a2.next().then(function(t3) {
        return t3.done ? t3.value : a2.next();
      });
    }, defineIteratorMethods(g), define2(g, u, "Generator"), define2(g, a, function() {
      return this;
    }), define2(g, "toString", function() {
      return "[object Generator]";
    }), e.keys = function(t2) {
      var e2 = Object(t2), r2 = [];
      for (var n2 in e2) r2.push(n2);
      return r2.reverse(), function next() {
        for (; r2.length; ) {
          var t3 = r2.pop();
          if (t3 in e2) return next.value = t3, next.done = false, next;
        }
        return next.done = true, next;
      };
    }, e.values = values, Context.prototype = {
      constructor: Context,
      reset: function(e2) {
        if (this.prev = 0, this.next = 0, this.sent = this._sent = t, this.done = false, this.delegate = null, this.method = "next", this.arg = t, this.tryEntries.forEach(resetTryEntry), !e2) for (var r2 in this) "t" === r2.charAt(0) && n.call(this, r2) && !isNaN(+r2.slice(1)) && (this[r2] = t);
      },
      stop: function() {
        this.done = true;
        var t2 = this.tryEntries[0].completion;
        if ("throw" === t2.type) throw t2.arg;
        return this.rval;
      },
      dispatchException: function(e2) {
        if (this.done) throw e2;
        var r2 = this;
        function handle(n2, o3) {
          return a2.type = "throw", a2.arg = e2, r2.next = n2, o3 && (r2.method = "next", r2.arg = t), !!o3;
        }
        for (var o2 = this.tryEntries.length - 1; o2 >= 0; --o2) {
          var i2 = this.tryEntries[o2], a2 = i2.completion;
          if ("root" === i2.tryLoc) return handle("end");
          if (i2.tryLoc <= this.prev) {
            var c2 = n.call(i2, "catchLoc"), u2 = n.call(i2, "finallyLoc");
            if (c2 && u2) {
              if (this.prev < i2.catchLoc) return handle(i2.catchLoc, true);
              if (this.prev < i2.finallyLoc) return handle(i2.finallyLoc);
            } else if (c2) {
              if (this.prev < i2.catchLoc) return handle(i2.catchLoc, true);
            } else {
              if (!u2) throw Error("try statement without catch or finally");
              if (this.prev < i2.finallyLoc) return handle(i2.finallyLoc);
            }
          }
        }
      },
      abrupt: function(t2, e2) {
        for (var r2 = this.tryEntries.length - 1; r2 >= 0; --r2) {
          var o2 = this.tryEntries[r2];
          if (o2.tryLoc <= this.prev && n.call(o2, "finallyLoc") && this.prev < o2.finallyLoc) {
            var i2 = o2;
            break;
          }
        }
        i2 && ("break" === t2 || "continue" === t2) && i2.tryLoc <= e2 && e2 <= i2.finallyLoc && (i2 = null);
        var a2 = i2 ? i2.completion : {};
        return a2.type = t2, a2.arg = e2, i2 ? (this.method = "next", this.next = i2.finallyLoc, y) : this.complete(a2);
      },
      complete: function(t2, e2) {
        if ("throw" === t2.type) throw t2.arg;
        return "break" === t2.type || "continue" === t2.type ? this.next = t2.arg : "return" === t2.type ? (this.rval = this.arg = t2.arg, this.method = "return", this.next = "end") : "normal" === t2.type && e2 && (this.next = e2), y;
      },
      finish: function(t2) {
        for (var e2 = this.tryEntries.length - 1; e2 >= 0; --e2) {
          var r2 = this.tryEntries[e2];
          if (r2.finallyLoc === t2) return this.complete(r2.completion, r2.afterLoc), resetTryEntry(r2), y;
        }
      },
      catch: function(t2) {
        for (var e2 = this.tryEntries.length - 1; e2 >= 0; --e2) {
          var r2 = this.tryEntries[e2];
          if (r2.tryLoc === t2) {
            var n2 = r2.completion;
            if ("throw" === n2.type) {
              var o2 = n2.arg;
              resetTryEntry(r2);
            }
            return o2;
          }
        }
        throw Error("illegal catch attempt");
      },
      delegateYield: function(e2, r2, n2) {
        return this.delegate = {
          iterator: values(e2),
          resultName: r2,
          nextLoc: n2
        }, "next" === this.method && (this.arg = t), y;
      }
    }, e;
  }
  function asyncGeneratorStep2(n, t, e, r, o, a, c) {
    try {
      var i = n[a](c), u = i.value;
    } catch (n2) {
      return void e(n2);
    }
    i.done ? t(u) : Promise.resolve(u).then(r, o);
  }
  function _asyncToGenerator2(n) {
    return function() {
      var t = this, e = arguments;
      return new Promise(function(r, o) {
        var a = n.apply(t, e);
        function _next(n2) {
          asyncGeneratorStep2(a, r, o, _next, _throw, "next", n2);
        }
        function _throw(n2) {
          asyncGeneratorStep2(a, r, o, _next, _throw, "throw", n2);
        }
        _next(void 0);
      });
    };
  }
  var DEFAULT_TEXTURE_MANAGER_OPTIONS = {
    size: {
      mode: "max",
      value: 512
    },
    objectFit: "cover",
    correctCentering: false,
    maxTextureSize: 4096,
    debounceTimeout: 500,
    crossOrigin: "anonymous"
  };
  var MARGIN_IN_TEXTURE = 1;
  function loadRasterImage(imageSource) {
    var _ref = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, crossOrigin = _ref.crossOrigin;
    return new Promise(function(resolve, reject) {
      var image = new Image();
      image.addEventListener("load", function() {
        resolve(image);
      }, {
        once: true
      });
      image.addEventListener("error", function(e) {
        reject(e.error);
      }, {
        once: true
      });
      if (crossOrigin) {
        image.setAttribute("crossOrigin", crossOrigin);
      }
      image.src = imageSource;
    });
  }
  function loadSVGImage(_x) {
    return _loadSVGImage.apply(this, arguments);
  }
  function _loadSVGImage() {
    _loadSVGImage = _asyncToGenerator2(/* @__PURE__ */ _regeneratorRuntime2().mark(function _callee2(imageSource) {
      var _ref2, size, crossOrigin, resp, svgString, svg2, root, originalWidth, originalHeight, correctedSvgString, blob, url2, res, _args2 = arguments;
      return _regeneratorRuntime2().wrap(function _callee2$(_context2) {
        while (1) switch (_context2.prev = _context2.next) {
          case 0:
            _ref2 = _args2.length > 1 && _args2[1] !== void 0 ? _args2[1] : {}, size = _ref2.size, crossOrigin = _ref2.crossOrigin;
            if (!(crossOrigin === "use-credentials")) {
              _context2.next = 7;
              break;
            }
            _context2.next = 4;
            return fetch(imageSource, {
              credentials: "include"
            });
          case 4:
            resp = _context2.sent;
            _context2.next = 10;
            break;
          case 7:
            _context2.next = 9;
            return fetch(imageSource);
          case 9:
            resp = _context2.sent;
          case 10:
            _context2.next = 12;
            return resp.text();
          case 12:
            svgString = _context2.sent;
            svg2 = new DOMParser().parseFromString(svgString, "image/svg+xml");
            root = svg2.documentElement;
            originalWidth = root.getAttribute("width");
            originalHeight = root.getAttribute("height");
            if (!(!originalWidth || !originalHeight)) {
              _context2.next = 19;
              break;
            }
            throw new Error("loadSVGImage: cannot use `size` if target SVG has no definite dimensions.");
          case 19:
            if (typeof size === "number") {
              root.setAttribute("width", "" + size);
              root.setAttribute("height", "" + size);
            }
            correctedSvgString = new XMLSerializer().serializeToString(svg2);
            blob = new Blob([correctedSvgString], {
              type: "image/svg+xml"
            });
            url2 = URL.createObjectURL(blob);
            res = loadRasterImage(url2);
            res["finally"](function() {
              return URL.revokeObjectURL(url2);
            });
            return _context2.abrupt("return", res);
          case 26:
          case "end":
            return _context2.stop();
        }
      }, _callee2);
    }));
    return _loadSVGImage.apply(this, arguments);
  }
  function loadImage(_x2) {
    return _loadImage.apply(this, arguments);
  }
  function _loadImage() {
    _loadImage = _asyncToGenerator2(/* @__PURE__ */ _regeneratorRuntime2().mark(function _callee3(imageSource) {
      var _imageSource$split$0$;
      var _ref3, size, crossOrigin, isSVG, image, _args3 = arguments;
      return _regeneratorRuntime2().wrap(function _callee3$(_context3) {
        while (1) switch (_context3.prev = _context3.next) {
          case 0:
            _ref3 = _args3.length > 1 && _args3[1] !== void 0 ? _args3[1] : {}, size = _ref3.size, crossOrigin = _ref3.crossOrigin;
            isSVG = ((_imageSource$split$0$ = imageSource.split(/[#?]/)[0].split(".").pop()) === null || _imageSource$split$0$ === void 0 ? void 0 : _imageSource$split$0$.trim().toLowerCase()) === "svg";
            if (!(isSVG && size)) {
              _context3.next = 16;
              break;
            }
            _context3.prev = 3;
            _context3.next = 6;
            return loadSVGImage(imageSource, {
              size,
              crossOrigin
            });
          case 6:
            image = _context3.sent;
            _context3.next = 14;
            break;
          case 9:
            _context3.prev = 9;
            _context3.t0 = _context3["catch"](3);
            _context3.next = 13;
            return loadRasterImage(imageSource, {
              crossOrigin
            });
          case 13:
            image = _context3.sent;
          case 14:
            _context3.next = 19;
            break;
          case 16:
            _context3.next = 18;
            return loadRasterImage(imageSource, {
              crossOrigin
            });
          case 18:
            image = _context3.sent;
          case 19:
            return _context3.abrupt("return", image);
          case 20:
          case "end":
            return _context3.stop();
        }
      }, _callee3, null, [[3, 9]]);
    }));
    return _loadImage.apply(this, arguments);
  }
  function refineImage(image, corrector, _ref4) {
    var objectFit = _ref4.objectFit, size = _ref4.size, correctCentering = _ref4.correctCentering;
    var sourceSize = objectFit === "contain" ? Math.max(image.width, image.height) : Math.min(image.width, image.height);
    var destinationSize = size.mode === "auto" ? sourceSize : size.mode === "force" ? size.value : Math.min(size.value, sourceSize);
    var sourceX = (image.width - sourceSize) / 2;
    var sourceY = (image.height - sourceSize) / 2;
    if (correctCentering) {
      var correction = corrector.getCorrectionOffset(image, sourceSize);
      sourceX = correction.x;
      sourceY = correction.y;
    }
    return {
      sourceX,
      sourceY,
      sourceSize,
      destinationSize
    };
  }
  function drawTexture(images, ctx, cursor) {
    var _ctx$canvas = ctx.canvas, width = _ctx$canvas.width, height = _ctx$canvas.height;
    var refinedImagesArray = [];
    var x = cursor.x, y = cursor.y, rowHeight = cursor.rowHeight, maxRowWidth = cursor.maxRowWidth;
    var atlas = {};
    for (var i = 0, l = images.length; i < l; i++) {
      var _images$i = images[i], key = _images$i.key, image = _images$i.image, sourceSize = _images$i.sourceSize, sourceX = _images$i.sourceX, sourceY = _images$i.sourceY, destinationSize = _images$i.destinationSize;
      var destinationSizeWithMargin = destinationSize + MARGIN_IN_TEXTURE;
      if (y + destinationSizeWithMargin > height || x + destinationSizeWithMargin > width && y + destinationSizeWithMargin + rowHeight > height) {
        continue;
      }
      if (x + destinationSizeWithMargin > width) {
        maxRowWidth = Math.max(maxRowWidth, x);
        x = 0;
        y += rowHeight;
        rowHeight = destinationSizeWithMargin;
      }
      refinedImagesArray.push({
        key,
        image,
        sourceX,
        sourceY,
        sourceSize,
        destinationX: x,
        destinationY: y,
        destinationSize
      });
      atlas[key] = {
        x,
        y,
        size: destinationSize
      };
      x += destinationSizeWithMargin;
      rowHeight = Math.max(rowHeight, destinationSizeWithMargin);
    }
    maxRowWidth = Math.max(maxRowWidth, x);
    var effectiveWidth = maxRowWidth;
    var effectiveHeight = y + rowHeight;
    for (var _i = 0, _l = refinedImagesArray.length; _i < _l; _i++) {
      var _refinedImagesArray$_ = refinedImagesArray[_i], _image = _refinedImagesArray$_.image, _sourceSize = _refinedImagesArray$_.sourceSize, _sourceX = _refinedImagesArray$_.sourceX, _sourceY = _refinedImagesArray$_.sourceY, _destinationSize = _refinedImagesArray$_.destinationSize, destinationX = _refinedImagesArray$_.destinationX, destinationY = _refinedImagesArray$_.destinationY;
      ctx.drawImage(_image, _sourceX, _sourceY, _sourceSize, _sourceSize, destinationX, destinationY, _destinationSize, _destinationSize);
    }
    return {
      atlas,
      texture: ctx.getImageData(0, 0, effectiveWidth, effectiveHeight),
      cursor: {
        x,
        y,
        rowHeight,
        maxRowWidth
      }
    };
  }
  function drawTextures(_ref5, images, ctx) {
    var prevAtlas = _ref5.atlas, prevTextures = _ref5.textures, prevCursor = _ref5.cursor;
    var res = {
      atlas: _objectSpread23({}, prevAtlas),
      textures: _toConsumableArray2(prevTextures.slice(0, -1)),
      cursor: _objectSpread23({}, prevCursor)
    };
    var imagesToDraw = [];
    for (var key in images) {
      var _prevAtlas$key;
      var imageState = images[key];
      if (imageState.status !== "ready") continue;
      var textureIndex = (_prevAtlas$key = prevAtlas[key]) === null || _prevAtlas$key === void 0 ? void 0 : _prevAtlas$key.textureIndex;
      if (typeof textureIndex === "number") continue;
      imagesToDraw.push(_objectSpread23({
        key
      }, imageState));
    }
    var _loop = function _loop2() {
      var _drawTexture = drawTexture(imagesToDraw, ctx, res.cursor), atlas = _drawTexture.atlas, texture = _drawTexture.texture, cursor = _drawTexture.cursor;
      res.cursor = cursor;
      var remainingImages = [];
      imagesToDraw.forEach(function(image) {
        if (atlas[image.key]) {
          res.atlas[image.key] = _objectSpread23(_objectSpread23({}, atlas[image.key]), {}, {
            textureIndex: res.textures.length
          });
        } else {
          remainingImages.push(image);
        }
      });
      res.textures.push(texture);
      imagesToDraw = remainingImages;
      if (imagesToDraw.length) {
        res.cursor = {
          x: 0,
          y: 0,
          rowHeight: 0,
          maxRowWidth: 0
        };
        ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      }
    };
    while (imagesToDraw.length) {
      _loop();
    }
    return res;
  }
  var PictogramCenteringCorrector = /* @__PURE__ */ (function() {
    function PictogramCenteringCorrector2() {
      _classCallCheck2(this, PictogramCenteringCorrector2);
      this.canvas = document.createElement("canvas");
      this.context = this.canvas.getContext("2d", {
        willReadFrequently: true
      });
    }
    _createClass2(PictogramCenteringCorrector2, [{
      key: "getCorrectionOffset",
      value: function getCorrectionOffset(image, size) {
        this.canvas.width = size;
        this.canvas.height = size;
        this.context.clearRect(0, 0, size, size);
        this.context.drawImage(image, 0, 0, size, size);
        var data = this.context.getImageData(0, 0, size, size).data;
        var alpha = new Uint8ClampedArray(data.length / 4);
        for (var i = 0; i < data.length; i++) {
          alpha[i] = data[i * 4 + 3];
        }
        var sumX = 0;
        var sumY = 0;
        var total = 0;
        for (var y = 0; y < size; y++) {
          for (var x = 0; x < size; x++) {
            var a = alpha[y * size + x];
            total += a;
            sumX += a * x;
            sumY += a * y;
          }
        }
        var barycenterX = sumX / total;
        var barycenterY = sumY / total;
        return {
          x: barycenterX - size / 2,
          y: barycenterY - size / 2
        };
      }
    }]);
    return PictogramCenteringCorrector2;
  })();
  var TextureManager = /* @__PURE__ */ (function(_EventEmitter) {
    _inherits2(TextureManager2, _EventEmitter);
    function TextureManager2() {
      var _this;
      var options = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
      _classCallCheck2(this, TextureManager2);
      _this = _callSuper2(this, TextureManager2);
      _defineProperty3(_assertThisInitialized2(_this), "canvas", document.createElement("canvas"));
      _defineProperty3(_assertThisInitialized2(_this), "ctx", _this.canvas.getContext("2d", {
        willReadFrequently: true
      }));
      _defineProperty3(_assertThisInitialized2(_this), "corrector", new PictogramCenteringCorrector());
      _defineProperty3(_assertThisInitialized2(_this), "imageStates", {});
      _defineProperty3(_assertThisInitialized2(_this), "textures", [_this.ctx.getImageData(0, 0, 1, 1)]);
      _defineProperty3(_assertThisInitialized2(_this), "lastTextureCursor", {
        x: 0,
        y: 0,
        rowHeight: 0,
        maxRowWidth: 0
      });
      _defineProperty3(_assertThisInitialized2(_this), "atlas", {});
      _this.options = _objectSpread23(_objectSpread23({}, DEFAULT_TEXTURE_MANAGER_OPTIONS), options);
      _this.canvas.width = _this.options.maxTextureSize;
      _this.canvas.height = _this.options.maxTextureSize;
      return _this;
    }
    _createClass2(TextureManager2, [{
      key: "scheduleGenerateTexture",
      value: function scheduleGenerateTexture() {
        var _this2 = this;
        if (typeof this.frameId === "number") return;
        if (typeof this.options.debounceTimeout === "number") {
          this.frameId = window.setTimeout(function() {
            _this2.generateTextures();
            _this2.frameId = void 0;
          }, this.options.debounceTimeout);
        } else {
          this.generateTextures();
        }
      }
    }, {
      key: "generateTextures",
      value: function generateTextures() {
        var _drawTextures = drawTextures({
          atlas: this.atlas,
          textures: this.textures,
          cursor: this.lastTextureCursor
        }, this.imageStates, this.ctx), atlas = _drawTextures.atlas, textures = _drawTextures.textures, cursor = _drawTextures.cursor;
        this.atlas = atlas;
        this.textures = textures;
        this.lastTextureCursor = cursor;
        this.emit(TextureManager2.NEW_TEXTURE_EVENT, {
          atlas,
          textures
        });
      }
      // PUBLIC API:
    }, {
      key: "registerImage",
      value: (function() {
        var _registerImage = _asyncToGenerator2(/* @__PURE__ */ _regeneratorRuntime2().mark(function _callee(source) {
          var size, image;
          return _regeneratorRuntime2().wrap(function _callee$(_context) {
            while (1) switch (_context.prev = _context.next) {
              case 0:
                if (!this.imageStates[source]) {
                  _context.next = 2;
                  break;
                }
                return _context.abrupt("return");
              case 2:
                this.imageStates[source] = {
                  status: "loading"
                };
                _context.prev = 3;
                size = this.options.size;
                _context.next = 7;
                return loadImage(source, {
                  size: size.mode === "force" ? size.value : void 0,
                  crossOrigin: this.options.crossOrigin || void 0
                });
              case 7:
                image = _context.sent;
                this.imageStates[source] = _objectSpread23({
                  status: "ready",
                  image
                }, refineImage(image, this.corrector, this.options));
                this.scheduleGenerateTexture();
                _context.next = 15;
                break;
              case 12:
                _context.prev = 12;
                _context.t0 = _context["catch"](3);
                this.imageStates[source] = {
                  status: "error"
                };
              case 15:
              case "end":
                return _context.stop();
            }
          }, _callee, this, [[3, 12]]);
        }));
        function registerImage(_x3) {
          return _registerImage.apply(this, arguments);
        }
        return registerImage;
      })()
    }, {
      key: "getAtlas",
      value: function getAtlas() {
        return this.atlas;
      }
    }, {
      key: "getTextures",
      value: function getTextures() {
        return this.textures;
      }
    }]);
    return TextureManager2;
  })(import_events4.EventEmitter);
  _defineProperty3(TextureManager, "NEW_TEXTURE_EVENT", "newTexture");
  var _excluded2 = ["drawHover", "drawLabel", "drawingMode", "keepWithinCircle", "padding", "colorAttribute", "imageAttribute"];
  var _WebGLRenderingContex3 = WebGLRenderingContext;
  var UNSIGNED_BYTE3 = _WebGLRenderingContex3.UNSIGNED_BYTE;
  var FLOAT3 = _WebGLRenderingContex3.FLOAT;
  var DEFAULT_CREATE_NODE_IMAGE_OPTIONS = _objectSpread23(_objectSpread23({}, DEFAULT_TEXTURE_MANAGER_OPTIONS), {}, {
    drawingMode: "background",
    keepWithinCircle: true,
    drawLabel: void 0,
    drawHover: void 0,
    padding: 0,
    colorAttribute: "color",
    imageAttribute: "image"
  });
  var UNIFORMS2 = ["u_sizeRatio", "u_correctionRatio", "u_cameraAngle", "u_percentagePadding", "u_matrix", "u_colorizeImages", "u_keepWithinCircle", "u_atlas"];
  function createNodeImageProgram(options) {
    var _NodeImageProgram;
    var gl = document.createElement("canvas").getContext("webgl");
    var defaultMaxTextureSize = Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE), DEFAULT_TEXTURE_MANAGER_OPTIONS.maxTextureSize);
    gl.canvas.remove();
    var _maxTextureSize = _objectSpread23(_objectSpread23(_objectSpread23({}, DEFAULT_CREATE_NODE_IMAGE_OPTIONS), {
      maxTextureSize: defaultMaxTextureSize
    }), options || {}), drawHover = _maxTextureSize.drawHover, drawLabel = _maxTextureSize.drawLabel, drawingMode = _maxTextureSize.drawingMode, keepWithinCircle = _maxTextureSize.keepWithinCircle, padding = _maxTextureSize.padding, colorAttribute = _maxTextureSize.colorAttribute, imageAttribute = _maxTextureSize.imageAttribute, textureManagerOptions = _objectWithoutProperties3(_maxTextureSize, _excluded2);
    var textureManager = new TextureManager(textureManagerOptions);
    return _NodeImageProgram = /* @__PURE__ */ (function(_NodeProgram) {
      _inherits2(NodeImageProgram2, _NodeProgram);
      function NodeImageProgram2(gl2, pickingBuffer, renderer) {
        var _this;
        _classCallCheck2(this, NodeImageProgram2);
        _this = _callSuper2(this, NodeImageProgram2, [gl2, pickingBuffer, renderer]);
        _defineProperty3(_assertThisInitialized2(_this), "drawLabel", drawLabel);
        _defineProperty3(_assertThisInitialized2(_this), "drawHover", drawHover);
        _defineProperty3(_assertThisInitialized2(_this), "textureManagerCallback", null);
        _this.textureManagerCallback = function(_ref) {
          var atlas = _ref.atlas, textures = _ref.textures;
          var shouldUpgradeShaders = textures.length !== _this.textures.length;
          _this.atlas = atlas;
          _this.textureImages = textures;
          if (shouldUpgradeShaders) _this.upgradeShaders();
          _this.bindTextures();
          if (_this.latestRenderParams) _this.render(_this.latestRenderParams);
          if (_this.renderer && _this.renderer.refresh) _this.renderer.refresh();
        };
        textureManager.on(TextureManager.NEW_TEXTURE_EVENT, _this.textureManagerCallback);
        _this.atlas = textureManager.getAtlas();
        _this.textureImages = textureManager.getTextures();
        _this.textures = _this.textureImages.map(function() {
          return gl2.createTexture();
        });
        _this.bindTextures();
        return _this;
      }
      _createClass2(NodeImageProgram2, [{
        key: "getDefinition",
        value: function getDefinition() {
          return {
            VERTICES: 3,
            VERTEX_SHADER_SOURCE: VERTEX_SHADER_SOURCE$12,
            FRAGMENT_SHADER_SOURCE: getFragmentShader({
              texturesCount: textureManager.getTextures().length
            }),
            METHOD: WebGLRenderingContext.TRIANGLES,
            UNIFORMS: UNIFORMS2,
            ATTRIBUTES: [{
              name: "a_position",
              size: 2,
              type: FLOAT3
            }, {
              name: "a_size",
              size: 1,
              type: FLOAT3
            }, {
              name: "a_color",
              size: 4,
              type: UNSIGNED_BYTE3,
              normalized: true
            }, {
              name: "a_id",
              size: 4,
              type: UNSIGNED_BYTE3,
              normalized: true
            }, {
              name: "a_texture",
              size: 4,
              type: FLOAT3
            }, {
              name: "a_textureIndex",
              size: 1,
              type: FLOAT3
            }],
            CONSTANT_ATTRIBUTES: [{
              name: "a_angle",
              size: 1,
              type: FLOAT3
            }],
            CONSTANT_DATA: [[NodeImageProgram2.ANGLE_1], [NodeImageProgram2.ANGLE_2], [NodeImageProgram2.ANGLE_3]]
          };
        }
      }, {
        key: "upgradeShaders",
        value: function upgradeShaders() {
          var def = this.getDefinition();
          var _this$normalProgram = this.normalProgram, program = _this$normalProgram.program, buffer = _this$normalProgram.buffer, vertexShader = _this$normalProgram.vertexShader, fragmentShader = _this$normalProgram.fragmentShader, gl2 = _this$normalProgram.gl;
          gl2.deleteProgram(program);
          gl2.deleteBuffer(buffer);
          gl2.deleteShader(vertexShader);
          gl2.deleteShader(fragmentShader);
          this.normalProgram = this.getProgramInfo("normal", gl2, def.VERTEX_SHADER_SOURCE, def.FRAGMENT_SHADER_SOURCE, null);
        }
      }, {
        key: "kill",
        value: function kill() {
          var _this$normalProgram2;
          var gl2 = (_this$normalProgram2 = this.normalProgram) === null || _this$normalProgram2 === void 0 ? void 0 : _this$normalProgram2.gl;
          if (gl2) {
            for (var i = 0; i < this.textures.length; i++) {
              gl2.deleteTexture(this.textures[i]);
            }
          }
          if (this.textureManagerCallback) {
            textureManager.off(TextureManager.NEW_TEXTURE_EVENT, this.textureManagerCallback);
            this.textureManagerCallback = null;
          }
          _superPropGet2(NodeImageProgram2, "kill", this, 3)([]);
        }
      }, {
        key: "bindTextures",
        value: function bindTextures() {
          var gl2 = this.normalProgram.gl;
          for (var i = 0; i < this.textureImages.length; i++) {
            if (i >= this.textures.length) {
              var texture = gl2.createTexture();
              if (texture) this.textures.push(texture);
            }
            gl2.activeTexture(gl2.TEXTURE0 + i);
            gl2.bindTexture(gl2.TEXTURE_2D, this.textures[i]);
            gl2.texImage2D(gl2.TEXTURE_2D, 0, gl2.RGBA, gl2.RGBA, gl2.UNSIGNED_BYTE, this.textureImages[i]);
            gl2.generateMipmap(gl2.TEXTURE_2D);
          }
        }
      }, {
        key: "renderProgram",
        value: function renderProgram(params, programInfo) {
          if (!programInfo.isPicking) {
            var _gl = programInfo.gl;
            for (var i = 0; i < this.textureImages.length; i++) {
              _gl.activeTexture(_gl.TEXTURE0 + i);
              _gl.bindTexture(_gl.TEXTURE_2D, this.textures[i]);
            }
          }
          _superPropGet2(NodeImageProgram2, "renderProgram", this, 3)([params, programInfo]);
        }
      }, {
        key: "processVisibleItem",
        value: function processVisibleItem(nodeIndex, startIndex, data) {
          var array = this.array;
          var color = floatColor(data[colorAttribute]);
          var imageSource = data[imageAttribute];
          var imagePosition = imageSource ? this.atlas[imageSource] : void 0;
          if (typeof imageSource === "string" && !imagePosition) textureManager.registerImage(imageSource);
          array[startIndex++] = data.x;
          array[startIndex++] = data.y;
          array[startIndex++] = data.size;
          array[startIndex++] = color;
          array[startIndex++] = nodeIndex;
          if (imagePosition && typeof imagePosition.textureIndex === "number") {
            var _this$textureImages$i = this.textureImages[imagePosition.textureIndex], width = _this$textureImages$i.width, height = _this$textureImages$i.height;
            array[startIndex++] = imagePosition.x / width;
            array[startIndex++] = imagePosition.y / height;
            array[startIndex++] = imagePosition.size / width;
            array[startIndex++] = imagePosition.size / height;
            array[startIndex++] = imagePosition.textureIndex;
          } else {
            array[startIndex++] = 0;
            array[startIndex++] = 0;
            array[startIndex++] = 0;
            array[startIndex++] = 0;
            array[startIndex++] = 0;
          }
        }
      }, {
        key: "setUniforms",
        value: function setUniforms(params, _ref2) {
          var gl2 = _ref2.gl, uniformLocations = _ref2.uniformLocations;
          var u_sizeRatio = uniformLocations.u_sizeRatio, u_correctionRatio = uniformLocations.u_correctionRatio, u_matrix = uniformLocations.u_matrix, u_atlas = uniformLocations.u_atlas, u_colorizeImages = uniformLocations.u_colorizeImages, u_keepWithinCircle = uniformLocations.u_keepWithinCircle, u_cameraAngle = uniformLocations.u_cameraAngle, u_percentagePadding = uniformLocations.u_percentagePadding;
          this.latestRenderParams = params;
          gl2.uniform1f(u_correctionRatio, params.correctionRatio);
          gl2.uniform1f(u_sizeRatio, keepWithinCircle ? params.sizeRatio : params.sizeRatio / Math.SQRT2);
          gl2.uniform1f(u_cameraAngle, params.cameraAngle);
          gl2.uniform1f(u_percentagePadding, padding);
          gl2.uniformMatrix3fv(u_matrix, false, params.matrix);
          gl2.uniform1iv(u_atlas, _toConsumableArray2(new Array(this.textureImages.length)).map(function(_, i) {
            return i;
          }));
          gl2.uniform1i(u_colorizeImages, drawingMode === "color" ? 1 : 0);
          gl2.uniform1i(u_keepWithinCircle, keepWithinCircle ? 1 : 0);
        }
      }]);
      return NodeImageProgram2;
    })(NodeProgram), _defineProperty3(_NodeImageProgram, "ANGLE_1", 0), _defineProperty3(_NodeImageProgram, "ANGLE_2", 2 * Math.PI / 3), _defineProperty3(_NodeImageProgram, "ANGLE_3", 4 * Math.PI / 3), _defineProperty3(_NodeImageProgram, "textureManager", textureManager), _NodeImageProgram;
  }
  var NodeImageProgram = createNodeImageProgram();
  var NodePictogramProgram = createNodeImageProgram({
    keepWithinCircle: false,
    size: {
      mode: "force",
      value: 256
    },
    drawingMode: "color",
    correctCentering: true
  });

  // src/render/icons.ts
  var svg = (body) => "data:image/svg+xml;charset=utf-8," + encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" fill="white" stroke="none">${body}</svg>`);
  var ICONS = {
    // head and shoulders
    Person: svg('<circle cx="32" cy="21" r="11"/><path d="M12 54c0-12 9-20 20-20s20 8 20 20z"/>'),
    // a building with windows
    Organisation: svg('<path d="M14 54V14h26v10h10v30z"/><g fill="black" fill-opacity=".35"><rect x="19" y="19" width="6" height="6"/><rect x="29" y="19" width="6" height="6"/><rect x="19" y="30" width="6" height="6"/><rect x="29" y="30" width="6" height="6"/><rect x="19" y="41" width="6" height="6"/><rect x="29" y="41" width="6" height="6"/></g>'),
    // a crate
    Shipment: svg('<path d="M10 22l22-10 22 10v22L32 54 10 44z"/><path d="M10 22l22 10 22-10M32 32v22" stroke="black" stroke-opacity=".35" stroke-width="3" fill="none"/>'),
    // a folder
    Case: svg('<path d="M8 18h18l5 5h25v29H8z"/>'),
    // a bank card
    Account: svg('<rect x="8" y="16" width="48" height="32" rx="5"/><rect x="8" y="23" width="48" height="6" fill="black" fill-opacity=".35"/><rect x="14" y="37" width="14" height="4" fill="black" fill-opacity=".35"/>'),
    // a handset
    Phone: svg('<rect x="20" y="8" width="24" height="48" rx="5"/><rect x="24" y="14" width="16" height="30" fill="black" fill-opacity=".35"/><circle cx="32" cy="50" r="2.5" fill="black" fill-opacity=".35"/>'),
    // a map pin
    Location: svg('<path d="M32 58S14 38 14 25a18 18 0 0 1 36 0c0 13-18 33-18 33z"/><circle cx="32" cy="25" r="7" fill="black" fill-opacity=".35"/>'),
    // a car
    Vehicle: svg('<path d="M8 40v-8l7-12h34l7 12v8z"/><circle cx="19" cy="44" r="6"/><circle cx="45" cy="44" r="6"/><path d="M20 23h24l4 8H16z" fill="black" fill-opacity=".35"/>'),
    // a group of three
    Community: svg('<circle cx="32" cy="18" r="8"/><circle cx="16" cy="34" r="7"/><circle cx="48" cy="34" r="7"/><path d="M20 56c0-9 5-15 12-15s12 6 12 15z"/><path d="M4 56c0-7 5-12 12-12 3 0 5 1 7 2-3 3-5 7-5 10z"/><path d="M60 56c0-7-5-12-12-12-3 0-5 1-7 2 3 3 5 7 5 10z"/>')
  };

  // src/core/bidi/index.ts
  var RTL_RANGES = "\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufefc\\u{10800}-\\u{10fff}\\u{1e800}-\\u{1efff}";
  var WORD = `[\\p{L}\\p{M}\\p{N}_'’\\-\\u0640]*[${RTL_RANGES}][\\p{L}\\p{M}\\p{N}_'’\\-\\u0640]*`;
  var RUN = new RegExp(`${WORD}(?:[ \\u00a0]+${WORD})*`, "gu");
  var RTL_CHAR = new RegExp(`[${RTL_RANGES}]`, "u");
  function hasRTL(text) {
    return RTL_CHAR.test(text);
  }
  function push(out, text, isolate) {
    if (!text) return;
    const last = out[out.length - 1];
    if (!isolate && last && !last.isolate) last.text += text;
    else out.push({ text, isolate });
  }
  function rtlRuns(text, out) {
    let at = 0;
    for (const m of text.matchAll(RUN)) {
      push(out, text.slice(at, m.index), false);
      push(out, m[0], true);
      at = m.index + m[0].length;
    }
    push(out, text.slice(at), false);
  }
  var WORDCHAR = /[\p{L}\p{M}\p{N}]/u;
  function segments(text, names = []) {
    const list = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
    const taken = [];
    for (const n of list) {
      for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
        const end = i + n.length;
        if (taken.some(([a, b]) => i < b && end > a)) continue;
        const before = text.slice(Math.max(0, i - 2), i);
        const after = text.slice(end, end + 2);
        if (before && WORDCHAR.test([...before].pop()) || after && WORDCHAR.test([...after][0])) continue;
        taken.push([i, end]);
      }
    }
    taken.sort((a, b) => a[0] - b[0]);
    const out = [];
    let at = 0;
    for (const [a, b] of taken) {
      rtlRuns(text.slice(at, a), out);
      push(out, text.slice(a, b), true);
      at = b;
    }
    rtlRuns(text.slice(at), out);
    return out;
  }
  var FSI = "⁨";
  var PDI = "⁩";
  function isolated(text, names = []) {
    const segs = segments(text, names);
    if (segs.length === 1 && (!segs[0].isolate || segs[0].text === text)) return text;
    return segs.map((s) => s.isolate ? FSI + s.text + PDI : s.text).join("");
  }
  function labelText(label2) {
    if (!hasRTL(label2)) return label2;
    const segs = segments(label2);
    if (segs.length === 1) return label2;
    return segs.map((s) => s.isolate ? FSI + s.text + PDI : s.text).join("");
  }

  // src/render/labels.ts
  var MAX_LABELS = 400;
  var CELL = 64;
  var Labels = class {
    constructor() {
      this.shaped = /* @__PURE__ */ new Map();
      this.font = "";
      this.pending = [];
      this.grid = /* @__PURE__ */ new Map();
      this.boxes = [];
      /** Rank of each node for labels (0 first): set by the renderer from sizes; forced labels come before all. */
      this.rank = /* @__PURE__ */ new Map();
      /** How many labels the last frame drew (for tests and tuning). */
      this.drawn = 0;
      /** Rectangles [x0, y0, x1, y1] of the canvas covered by overlays: no label is placed under them. */
      this.blocked = [];
      /** collect is sigma's defaultDrawNodeLabel: it only remembers the candidate; draw() places and draws. */
      this.collect = (_ctx, data) => {
        if (!data.label) return;
        this.pending.push({ key: data.key ?? data.label, x: data.x, y: data.y, size: data.size, label: data.label, forced: !!data.forceLabel });
      };
      /** drawHover draws the hovered (or highlighted) node's label in a white box, on sigma's hover layer. */
      this.drawHover = (ctx, data, settings) => {
        this.setFont(ctx, settings);
        const size = settings.labelSize;
        ctx.fillStyle = "#fff";
        ctx.shadowOffsetX = 0;
        ctx.shadowOffsetY = 1;
        ctx.shadowBlur = 6;
        ctx.shadowColor = "rgba(0,0,0,0.35)";
        const pad = 3;
        ctx.beginPath();
        ctx.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
        ctx.fill();
        if (!data.label) {
          ctx.shadowBlur = 0;
          ctx.shadowOffsetY = 0;
          return;
        }
        const s = this.shape(ctx, data.label);
        const h2 = size + 2 * pad;
        const x = data.x + data.size + 2;
        ctx.beginPath();
        ctx.roundRect(x, data.y - h2 / 2, s.width + 2 * pad + 4, h2, 3);
        ctx.fill();
        ctx.shadowBlur = 0;
        ctx.shadowOffsetY = 0;
        ctx.textAlign = "left";
        ctx.direction = s.rtl ? "rtl" : "ltr";
        ctx.fillStyle = settings.labelColor.color ?? "#000";
        ctx.fillText(s.text, x + pad + 2, data.y + size / 3);
        ctx.direction = "ltr";
      };
    }
    /** shape measures a label once per font (measuring text is the costly part of drawing labels). */
    shape(ctx, label2) {
      let s = this.shaped.get(label2);
      if (!s) {
        const rtl = isRTL(label2);
        const text = labelText(label2);
        ctx.direction = rtl ? "rtl" : "ltr";
        s = { text, rtl, width: ctx.measureText(text).width };
        ctx.direction = "ltr";
        if (this.shaped.size > 5e4) this.shaped.clear();
        this.shaped.set(label2, s);
      }
      return s;
    }
    setFont(ctx, settings) {
      const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      if (font !== this.font) {
        this.font = font;
        this.shaped.clear();
      }
      ctx.font = font;
    }
    /** reset starts a frame (sigma's beforeRender). */
    reset() {
      this.pending = [];
    }
    fits(x0, y0, x1, y1) {
      const a = Math.floor(x0 / CELL), b = Math.floor(x1 / CELL), c = Math.floor(y0 / CELL), d = Math.floor(y1 / CELL);
      for (let i = a; i <= b; i++)
        for (let j = c; j <= d; j++) {
          const list = this.grid.get(i * 100003 + j);
          if (!list) continue;
          for (const k of list) {
            const bx = this.boxes;
            if (x0 < bx[k + 2] && x1 > bx[k] && y0 < bx[k + 3] && y1 > bx[k + 1]) return false;
          }
        }
      return true;
    }
    take(x0, y0, x1, y1) {
      const k = this.boxes.length;
      this.boxes.push(x0, y0, x1, y1);
      const a = Math.floor(x0 / CELL), b = Math.floor(x1 / CELL), c = Math.floor(y0 / CELL), d = Math.floor(y1 / CELL);
      for (let i = a; i <= b; i++)
        for (let j = c; j <= d; j++) {
          const key = i * 100003 + j;
          const list = this.grid.get(key);
          if (list) list.push(k);
          else this.grid.set(key, [k]);
        }
    }
    /** under: is the box under an overlay (a label there could not be read, forced or not)? */
    under(x0, y0, x1, y1) {
      return this.blocked.some(([a, b, c, d]) => x0 < c && x1 > a && y0 < d && y1 > b);
    }
    /** draw places the frame's candidates by priority and draws those that fit (sigma's afterRender). */
    draw(ctx, settings, width, height) {
      this.grid.clear();
      this.boxes = [];
      this.drawn = 0;
      if (!this.pending.length) return;
      for (const [x0, y0, x1, y1] of this.blocked) this.take(x0, y0, x1, y1);
      this.setFont(ctx, settings);
      const rank = this.rank;
      const list = this.pending;
      this.pending = [];
      list.sort((p, q) => +q.forced - +p.forced || (rank.get(p.key) ?? 1e9) - (rank.get(q.key) ?? 1e9) || q.size - p.size);
      const size = settings.labelSize;
      ctx.lineJoin = "round";
      ctx.lineWidth = 3;
      ctx.textAlign = "left";
      const colour = settings.labelColor.color ?? "#000";
      for (const c of list) {
        if (this.drawn >= MAX_LABELS && !c.forced) break;
        const s = this.shape(ctx, c.label);
        const h2 = size + 2;
        const r = c.x + c.size + 4, l = c.x - c.size - 4 - s.width, m = c.x - s.width / 2;
        const spots = [
          [r, c.y],
          [l, c.y],
          [m, c.y - c.size - h2 / 2 - 1],
          [m, c.y + c.size + h2 / 2 + 1],
          [r, c.y - h2 - 1],
          [r, c.y + h2 + 1],
          [l, c.y - h2 - 1],
          [l, c.y + h2 + 1]
        ];
        let spot = null;
        let fallback = null;
        for (const [x2, y2] of spots) {
          if (x2 < 0 || x2 + s.width > width || y2 - h2 / 2 < 0 || y2 + h2 / 2 > height) continue;
          if (this.under(x2, y2 - h2 / 2, x2 + s.width, y2 + h2 / 2)) continue;
          fallback ?? (fallback = [x2, y2]);
          if (this.fits(x2 - 2, y2 - h2 / 2, x2 + s.width + 2, y2 + h2 / 2)) {
            spot = [x2, y2];
            break;
          }
        }
        if (!spot) {
          if (!c.forced || !fallback) continue;
          spot = fallback;
        }
        const [x, y] = spot;
        const y0 = y - h2 / 2, y1 = y + h2 / 2;
        this.take(x - 2, y0, x + s.width + 2, y1);
        this.take(c.x - c.size, c.y - c.size, c.x + c.size, c.y + c.size);
        this.drawn++;
        ctx.direction = s.rtl ? "rtl" : "ltr";
        const ty = y + size / 3;
        ctx.strokeStyle = "rgba(255,255,255,0.92)";
        ctx.strokeText(s.text, x, ty);
        ctx.fillStyle = colour;
        ctx.fillText(s.text, x, ty);
      }
      ctx.direction = "ltr";
    }
  };

  // src/render/renderer.ts
  function emptyView() {
    return { selected: null, hovered: null, highlightNodes: null, highlightLinks: null, removed: /* @__PURE__ */ new Set(), faded: /* @__PURE__ */ new Set(), hiddenLinks: /* @__PURE__ */ new Set(), hiddenNodes: /* @__PURE__ */ new Set(), paidLabels: true, neighbours: /* @__PURE__ */ new Set() };
  }
  var DIM_NODE = "#e4e7eb";
  var DIM_EDGE = "#f0f2f5";
  var HIGHLIGHT_EDGE = "#e8590c";
  var FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", Tahoma, Arial, sans-serif';
  var HIDE_EDGES_ON_MOVE = 15e3;
  var REBUILD = 200;
  var PLAIN_NODES = 3e3;
  function newGraph() {
    return new Graph({ multi: true, type: "mixed", allowSelfLoops: true });
  }
  var Renderer = class {
    constructor(container, cb) {
      this.cb = cb;
      this.graph = newGraph();
      this.labels = new Labels();
      /** Frames sigma drew, their total and last duration in ms (process, WebGL, labels; not the GPU's own time). */
      this.frames = { count: 0, ms: 0, last: 0 };
      this.view = emptyView();
      this.dragging = null;
      this.pairLabels = /* @__PURE__ */ new Map();
      this.pairFollowers = /* @__PURE__ */ new Set();
      this.dragged = false;
      /** Links with a label to show (payments, community links): sigma only looks for link labels when there are. */
      this.labelledLinks = 0;
      const Pictogram = createNodeImageProgram({ drawingMode: "color", colorAttribute: "pictoColor", padding: 0.22, keepWithinCircle: true, size: { mode: "force", value: 64 } });
      const NodeProgram2 = createNodeCompoundProgram([NodeCircleProgram, Pictogram]);
      this.sigma = new Sigma(this.graph, container, {
        allowInvalidContainer: true,
        renderEdgeLabels: true,
        enableEdgeEvents: false,
        zIndex: true,
        defaultNodeType: "entity",
        defaultEdgeType: "line",
        nodeProgramClasses: { entity: NodeProgram2, dot: NodeCircleProgram },
        edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram$1 },
        labelFont: FONT,
        labelSize: 12,
        labelWeight: "500",
        labelColor: { color: "#1d2430" },
        edgeLabelFont: FONT,
        edgeLabelSize: 11,
        edgeLabelColor: { color: "#7a5600" },
        // Every node big enough on screen is a candidate; Labels keeps the important ones that do not overlap.
        labelDensity: 1e3,
        labelGridCellSize: 200,
        labelRenderedSizeThreshold: 7,
        defaultDrawNodeLabel: this.labels.collect,
        defaultDrawNodeHover: this.labels.drawHover,
        minCameraRatio: 0.01,
        maxCameraRatio: 20,
        stagePadding: 40,
        nodeReducer: (id, d) => this.nodeReducer(id, d),
        edgeReducer: (id, d) => this.edgeReducer(id, d)
      });
      const labelCtx = this.sigma.getCanvases().labels.getContext("2d");
      let started = 0;
      this.sigma.on("beforeRender", () => {
        started = performance.now();
        this.labels.reset();
      });
      this.sigma.on("afterRender", () => {
        const ms = performance.now() - started;
        this.frames.count++;
        this.frames.ms += ms;
        this.frames.last = ms;
        const box = container.getBoundingClientRect();
        this.labels.blocked = this.cb.overlays().map((r) => [r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top]);
        this.labels.draw(labelCtx, this.sigma.getSettings(), box.width, box.height);
        if (this.graph.order > 0) this.cb.drawn();
      });
      this.bindEvents();
    }
    // Sigma hands the reducers a copy of the attributes: they change it in place (no copy of 50,000 objects a frame).
    nodeReducer(id, d) {
      const v = this.view;
      const isSel = id === v.selected;
      if (v.hiddenNodes.has(id) && !isSel) {
        d.hidden = true;
        return d;
      }
      if (v.removed.has(id)) {
        d.color = "#c9ced6";
        d.pictoColor = "#eef0f3";
        d.label = `✕ ${d.label}`;
        d.zIndex = 0;
      } else if (v.highlightNodes) {
        if (v.highlightNodes.has(id) || isSel) {
          d.forceLabel = true;
          d.zIndex = 2;
        } else {
          d.color = DIM_NODE;
          d.pictoColor = "#f7f8fa";
          d.label = "";
          d.zIndex = 0;
        }
      } else if (v.faded.has(id) && !isSel) {
        d.color = DIM_NODE;
        d.pictoColor = "#f7f8fa";
        d.label = "";
        d.zIndex = 0;
      } else if (v.selected && !isSel) {
        if (v.neighbours.has(id)) {
          d.forceLabel = v.neighbours.size <= 24;
          d.zIndex = 1;
        }
      }
      if (isSel) {
        d.highlighted = true;
        d.forceLabel = true;
        d.zIndex = 3;
      }
      if (id === v.hovered) d.zIndex = 3;
      return d;
    }
    edgeReducer(id, d) {
      const v = this.view;
      if (v.hiddenLinks.has(id)) {
        d.hidden = true;
        return d;
      }
      const simple = !v.selected && !v.highlightLinks && v.removed.size === 0 && v.faded.size === 0;
      if (simple && (v.paidLabels || !d.label)) return this.pairLabel(id, d);
      const [s, t] = this.graph.extremities(id);
      const touchesSel = v.selected !== null && (s === v.selected || t === v.selected);
      if (v.removed.has(s) || v.removed.has(t)) {
        d.color = DIM_EDGE;
        d.label = "";
        return d;
      }
      let showLabel = v.paidLabels || touchesSel;
      if (v.highlightLinks) {
        if (v.highlightLinks.has(id)) {
          d.color = HIGHLIGHT_EDGE;
          d.size = Math.max(2.5, d.size * 1.6);
          d.zIndex = 2;
          return d;
        }
        d.color = DIM_EDGE;
        d.zIndex = 0;
        showLabel = false;
      } else if (v.faded.has(s) || v.faded.has(t)) {
        d.color = DIM_EDGE;
        showLabel = false;
      } else if (v.selected) {
        if (touchesSel) {
          d.zIndex = 1;
          d.size = d.size * 1.5;
        } else d.color = "#e6e9ee";
      }
      if (!showLabel) d.label = "";
      else this.pairLabel(id, d);
      return d;
    }
    /** Several payments between the same two parties show one label ("3 payments · USD 20,000"), on the first. */
    pairLabel(id, d) {
      const pl = this.pairLabels.get(id);
      if (pl) d.label = pl;
      else if (this.pairFollowers.has(id)) d.label = "";
      return d;
    }
    bindEvents() {
      const s = this.sigma;
      s.on("clickNode", ({ node }) => {
        if (this.dragged) return;
        this.cb.click(node);
      });
      s.on("clickStage", () => this.cb.click(null));
      s.on("doubleClickNode", (e) => {
        e.preventSigmaDefault();
        this.cb.doubleClick(e.node);
      });
      s.on("enterNode", ({ node }) => {
        this.view.hovered = node;
        this.cb.hover(node);
        s.getContainer().classList.add("over-node");
      });
      s.on("leaveNode", () => {
        this.view.hovered = null;
        this.cb.hover(null);
        s.getContainer().classList.remove("over-node");
      });
      s.on("downNode", (e) => {
        this.dragging = e.node;
        this.dragged = false;
      });
      s.getMouseCaptor().on("mousemovebody", (e) => {
        if (!this.dragging) return;
        if (!this.dragged) this.cb.dragStart();
        const p = s.viewportToGraph(e);
        this.graph.mergeNodeAttributes(this.dragging, { x: p.x, y: p.y });
        this.dragged = true;
        e.preventSigmaDefault();
        e.original.preventDefault();
        e.original.stopPropagation();
      });
      const up = () => {
        if (this.dragging && this.dragged) this.cb.moved();
        this.dragging = null;
        window.setTimeout(() => this.dragged = false, 0);
      };
      s.getMouseCaptor().on("mouseup", up);
      s.getMouseCaptor().on("mousedown", () => {
        if (!s.getCustomBBox()) s.setCustomBBox(s.getBBox());
      });
    }
    /**
     * sync makes the graph match the chart: adds and drops nodes and links, sets labels, sizes and colours, and,
     * with positions true, moves every node to its position in the state. Attributes that did not change are not
     * written (each write makes sigma redo that node); a large change rebuilds the graph in one go, since sigma
     * re-indexes the whole graph after every single node or link dropped.
     */
    sync(state, look, positions) {
      let g = this.graph;
      let drops = 0;
      let adds = 0;
      g.forEachNode((id) => void (state.nodes.has(id) || drops++));
      if (drops === 0) g.forEachEdge((id) => void (state.links.has(id) || drops++));
      for (const id of state.nodes.keys()) if (!g.hasNode(id)) adds++;
      const rebuild = drops > REBUILD || adds > REBUILD || g.order === 0 && state.nodes.size > 0;
      if (rebuild) g = newGraph();
      else {
        for (const id of g.nodes()) if (!state.nodes.has(id)) g.dropNode(id);
        for (const id of g.edges()) if (!state.links.has(id)) g.dropEdge(id);
      }
      const old = this.graph;
      const changed = /* @__PURE__ */ new Set();
      const nodeType = state.nodes.size > PLAIN_NODES ? "dot" : "entity";
      for (const n of state.nodes.values()) {
        const kind = n.entity.kind;
        const label2 = n.entity.name || n.id;
        const size = look.sizes.get(n.id) ?? 5;
        const color = look.colours.get(n.id) ?? KINDS[kind]?.colour ?? "#888";
        if (!g.hasNode(n.id)) {
          const keep = !positions && old !== g && old.hasNode(n.id) ? old.getNodeAttributes(n.id) : null;
          g.addNode(n.id, { label: label2, size, color, image: ICONS[kind] ?? ICONS.Person, pictoColor: "#ffffff", kind, type: nodeType, x: keep ? keep.x : n.x, y: keep ? keep.y : n.y });
          continue;
        }
        const a = g.getNodeAttributes(n.id);
        if (positions || a.label !== label2 || a.size !== size || a.color !== color || a.kind !== kind || a.type !== nodeType) changed.add(n.id);
      }
      if (changed.size > 50) {
        g.updateEachNodeAttributes((id, a) => {
          if (!changed.has(id)) return a;
          const n = state.nodes.get(id);
          const kind = n.entity.kind;
          a.label = n.entity.name || n.id;
          a.size = look.sizes.get(id) ?? 5;
          a.color = look.colours.get(id) ?? KINDS[kind]?.colour ?? "#888";
          a.image = ICONS[kind] ?? ICONS.Person;
          a.kind = kind;
          a.type = nodeType;
          if (positions) {
            a.x = n.x;
            a.y = n.y;
          }
          return a;
        });
      } else {
        for (const id of changed) {
          const n = state.nodes.get(id);
          const kind = n.entity.kind;
          const attrs = { label: n.entity.name || n.id, size: look.sizes.get(id) ?? 5, color: look.colours.get(id) ?? KINDS[kind]?.colour ?? "#888", image: ICONS[kind] ?? ICONS.Person, kind, type: nodeType };
          if (positions) Object.assign(attrs, { x: n.x, y: n.y });
          g.mergeNodeAttributes(id, attrs);
        }
      }
      const pairs = /* @__PURE__ */ new Map();
      for (const l of state.links.values()) {
        if (l.link.type !== "PAID") continue;
        const pk = l.link.source < l.link.target ? `${l.link.source}\0${l.link.target}` : `${l.link.target}\0${l.link.source}`;
        let p = pairs.get(pk);
        if (!p) pairs.set(pk, p = { first: l.key, n: 0, totals: /* @__PURE__ */ new Map(), keys: [] });
        p.n++;
        p.keys.push(l.key);
        if (l.link.currency && l.link.amount !== void 0) p.totals.set(l.link.currency, (p.totals.get(l.link.currency) ?? 0) + l.link.amount);
      }
      this.pairLabels = /* @__PURE__ */ new Map();
      this.pairFollowers = /* @__PURE__ */ new Set();
      for (const p of pairs.values()) {
        if (p.n < 2) continue;
        this.pairLabels.set(p.first, `${p.n} payments · ${[...p.totals].map(([c, a]) => formatMoney(a, c)).join(" + ")}`);
        for (const k of p.keys) if (k !== p.first) this.pairFollowers.add(k);
      }
      let paid = 0;
      let labelled = 0;
      const changedEdges = [];
      for (const l of state.links.values()) {
        const k = l.link;
        const type = l.directed ? "arrow" : "line";
        const color = linkColour(k.type, k.subtype);
        const size = k.type === "COMMUNITY_LINK" ? 1 + Math.min(8, Math.log1p(k.weight ?? 1)) : k.type === "PAID" ? 1.6 : 0.7 + Math.min(2.5, Math.log1p(Math.max(0, (k.weight ?? 1) - 1)) * 0.6);
        const label2 = k.type === "PAID" ? [formatMoney(k.amount, k.currency), k.date].filter(Boolean).join(" · ") : k.type === "COMMUNITY_LINK" ? `${k.weight ?? ""} links` : "";
        if (k.type === "PAID") paid++;
        if (label2) labelled++;
        if (g.hasEdge(l.key)) {
          const a = g.getEdgeAttributes(l.key);
          if (a.type !== type || a.color !== color || a.size !== size || a.label !== label2) changedEdges.push(l.key);
          continue;
        }
        const attrs = { type, color, size, label: label2, linkType: k.type };
        if (l.directed) g.addDirectedEdgeWithKey(l.key, k.source, k.target, attrs);
        else g.addUndirectedEdgeWithKey(l.key, k.source, k.target, attrs);
      }
      for (const key of changedEdges) {
        const l = state.links.get(key);
        g.mergeEdgeAttributes(key, { type: l.directed ? "arrow" : "line", color: linkColour(l.link.type, l.link.subtype) });
      }
      this.view.paidLabels = paid <= 60;
      this.labelledLinks = labelled;
      this.edgeLabels();
      this.sigma.setSetting("hideEdgesOnMove", g.size > HIDE_EDGES_ON_MOVE);
      if (rebuild) {
        this.graph = g;
        this.sigma.setGraph(g);
      }
      if (positions) this.sigma.setCustomBBox(null);
      this.rankLabels();
      return rebuild;
    }
    /** rankLabels orders nodes for labels: larger first, then more links, then by id (stable between frames). */
    rankLabels() {
      const g = this.graph;
      const order = g.mapNodes((id, a) => ({ id, size: a.size, degree: g.degree(id) }));
      order.sort((a, b) => b.size - a.size || b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.labels.rank = new Map(order.map((o, i) => [o.id, i]));
    }
    refresh() {
      this.edgeLabels();
      this.sigma.refresh();
    }
    /**
     * edgeLabels turns sigma's link labels on only when some could show: sigma looks at every link between two
     * labelled nodes each frame, which on a large chart costs more than the rest of the frame.
     */
    edgeLabels() {
      const v = this.view;
      const want = this.labelledLinks > 0 && (v.paidLabels || v.selected !== null || v.highlightLinks !== null);
      if (this.sigma.getSetting("renderEdgeLabels") !== want) this.sigma.setSetting("renderEdgeLabels", want);
    }
    /** positions reads where the layout or a drag put every node. */
    positions() {
      const out = /* @__PURE__ */ new Map();
      this.graph.forEachNode((id, d) => out.set(id, { x: d.x, y: d.y }));
      return out;
    }
    /** fit shows the whole drawing (what is shown of it) clear of the overlays. */
    fit(animate = true) {
      this.sigma.setCustomBBox(null);
      const ids = [];
      this.graph.forEachNode((id) => void (this.view.hiddenNodes.has(id) || ids.push(id)));
      if (!this.frame(ids, 0, 3, animate)) this.sigma.getCamera().animatedReset({ duration: animate ? 300 : 0 });
    }
    /**
     * frame moves the camera so that the given nodes fill the part of the chart that no overlay covers (the insets),
     * with a ratio between min and max. Sigma's framed coordinates map linearly to the viewport for a given camera:
     * measured at a reference camera, the mapping gives the camera that puts the nodes' box in the free rectangle.
     */
    frame(ids, min, max, animate = true) {
      let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, n = 0;
      for (const id of ids) {
        const d = this.graph.hasNode(id) ? this.sigma.getNodeDisplayData(id) : void 0;
        if (!d || d.hidden) continue;
        n++;
        minX = Math.min(minX, d.x);
        maxX = Math.max(maxX, d.x);
        minY = Math.min(minY, d.y);
        maxY = Math.max(maxY, d.y);
      }
      if (n === 0) return false;
      const { width, height } = this.sigma.getDimensions();
      if (!width || !height) return false;
      const inset = this.cb.insets();
      const pad = 36;
      const labelRoom = 70;
      let left = inset.left + pad, right = width - inset.right - labelRoom, top = inset.top + pad, bottom = height - inset.bottom - pad;
      if (right - left < width * 0.35) {
        left = pad;
        right = width - labelRoom;
      }
      if (bottom - top < height * 0.35) {
        top = pad;
        bottom = height - pad;
      }
      const ref = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
      const o = this.sigma.framedGraphToViewport({ x: 0.5, y: 0.5 }, { cameraState: ref });
      const ex = this.sigma.framedGraphToViewport({ x: 1.5, y: 0.5 }, { cameraState: ref });
      const ey = this.sigma.framedGraphToViewport({ x: 0.5, y: 1.5 }, { cameraState: ref });
      const kx = ex.x - o.x, ky = ey.y - o.y;
      const ratio = Math.max(min, Math.min(max, Math.max((maxX - minX) * Math.abs(kx) / (right - left), (maxY - minY) * Math.abs(ky) / (bottom - top), 0.02)));
      const cx = (minX + maxX) / 2 - ((left + right) / 2 - o.x) * ratio / kx;
      const cy = (minY + maxY) / 2 - ((top + bottom) / 2 - o.y) * ratio / ky;
      const cam = this.sigma.getCamera();
      if (animate) cam.animate({ x: cx, y: cy, ratio, angle: 0 }, { duration: 300 });
      else cam.setState({ x: cx, y: cy, ratio, angle: 0 });
      return true;
    }
    focus(id) {
      if (!this.graph.hasNode(id)) return;
      const d = this.sigma.getNodeDisplayData(id);
      if (!d) return;
      this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.6) }, { duration: 300 });
    }
    /** fitTo moves the camera so that the given nodes fill the free part of the view (a path, a trail, key players). */
    fitTo(ids, animate = true) {
      this.frame(ids, 0.08, 3, animate);
    }
    zoom(factor) {
      const c = this.sigma.getCamera();
      if (factor > 1) c.animatedZoom({ duration: 200, factor });
      else c.animatedUnzoom({ duration: 200, factor: 1 / factor });
    }
    kill() {
      this.sigma.kill();
    }
  };

  // src/views/dom.ts
  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === void 0 || v === null || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
      else if (k === "class") el.className = String(v);
      else if (k === "testid") el.setAttribute("data-testid", String(v));
      else if (k === "value" && "value" in el) el.value = String(v);
      else if (k === "checked" && "checked" in el) el.checked = !!v;
      else if (v === true) el.setAttribute(k, "");
      else el.setAttribute(k, String(v));
    }
    append(el, children);
    return el;
  }
  function append(el, children) {
    for (const c of children) {
      if (Array.isArray(c)) append(el, c);
      else if (c === null || c === void 0 || c === false) continue;
      else if (typeof c === "string" || typeof c === "number") el.appendChild(document.createTextNode(String(c)));
      else el.appendChild(c);
    }
  }
  function replace(el, ...children) {
    el.replaceChildren();
    append(el, children);
  }
  function name(text, cls = "name") {
    return h("span", { class: cls, dir: "auto" }, bidi(text));
  }
  function bidi(text, names = []) {
    return segments(text, names).map((s) => s.isolate ? h("bdi", {}, s.text) : s.text);
  }
  function $(sel, root = document) {
    const el = root.querySelector(sel);
    if (!el) throw new Error(`missing element ${sel}`);
    return el;
  }
  function download(filename, data, type = "text/plain;charset=utf-8") {
    const blob = typeof data === "string" ? new Blob([data], { type }) : data;
    const url2 = URL.createObjectURL(blob);
    const a = h("a", { href: url2, download: filename, class: "hidden" });
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url2), 1e4);
  }

  // src/views/legend.ts
  function renderLegend(el, title, items, sizeNote, linkItems, folded, toggle) {
    el.classList.toggle("folded", folded);
    const button = h("button", { class: "icon", testid: "legend-toggle", "aria-label": "Fold or unfold the legend", "aria-expanded": String(!folded), title: "Fold / unfold", onclick: toggle }, folded ? "▸" : "▾");
    replace(
      el,
      h("div", { class: "legend-head" }, h("div", { class: "legend-title" }, title), button),
      h(
        "ul",
        { class: "legend-items" },
        items.map(
          (i) => h("li", { "data-key": i.key, testid: "legend-item" }, h("span", { class: "swatch", "data-colour": i.colour }), h("span", { class: "legend-label", dir: "auto", title: i.label }, bidi(i.label)), h("span", { class: "count" }, String(i.count)))
        )
      ),
      linkItems.length ? h("div", { class: "legend-title small" }, "Links") : null,
      linkItems.length ? h("ul", { class: "legend-items links" }, linkItems.map((i) => h("li", {}, h("span", { class: "line", "data-colour": i.colour }), h("span", { class: "legend-label" }, i.label)))) : null,
      h("div", { class: "legend-note" }, sizeNote)
    );
    el.querySelectorAll("[data-colour]").forEach((s) => {
      if (s.classList.contains("line")) s.style.borderTopColor = s.dataset.colour;
      else s.style.background = s.dataset.colour;
    });
  }

  // src/views/panel.ts
  var MEASURE_NAMES = {
    betweenness: "Betweenness",
    degree: "Degree",
    closeness: "Closeness",
    harmonic: "Harmonic",
    eigenvector: "Eigenvector",
    pagerank: "PageRank"
  };
  function section(title, ...body) {
    return h("section", { class: "psec" }, h("h3", {}, title), ...body);
  }
  function fmtScore(v) {
    if (v === 0) return "0";
    if (Math.abs(v) >= 100) return v.toFixed(0);
    if (Math.abs(v) >= 1) return v.toFixed(2);
    return v.toPrecision(3);
  }
  function renderEmptyPanel(el, hint) {
    replace(el, h("div", { class: "panel-empty", testid: "panel-empty" }, h("p", { class: "muted" }, hint), h(
      "ul",
      { class: "hints" },
      h("li", {}, h("kbd", {}, "/"), " search by any name or alias, in any script"),
      h("li", {}, "Click a node to see it here; double-click to expand it"),
      h("li", {}, "Drag across the time bar to look at a window"),
      h("li", {}, h("kbd", {}, "Esc"), " clears the selection")
    )));
  }
  function renderPanel(el, m, a) {
    const e = m.entity;
    const kind = KINDS[e.kind];
    const isSummary2 = m.members !== void 0;
    const head = h(
      "div",
      { class: "panel-head" },
      h("span", { class: "kind-badge", "data-kind": e.kind, testid: "panel-kind" }, `${kind?.glyph ?? "•"} ${kind?.label ?? e.kind}`),
      h("button", { class: "icon close", "aria-label": "Close panel (Esc)", title: "Close (Esc)", testid: "panel-close", onclick: () => a.close() }, "×"),
      h("h2", { dir: "auto", testid: "panel-name" }, bidi(e.name)),
      h("div", { class: "muted id", testid: "panel-id" }, e.id)
    );
    const actions = isSummary2 ? h("div", { class: "actions" }, h("button", { class: "btn primary", testid: "panel-open-community", onclick: () => a.openCommunity(e.id) }, `Open this community (${m.members} entities)`)) : h(
      "div",
      { class: "actions" },
      h("button", { class: "btn primary", testid: "panel-expand", title: "Show its links by type, then add the ones you choose", onclick: () => a.expand(e.id) }, "Expand…"),
      h("button", { class: "btn", testid: "panel-path-from", title: "Start a path here", onclick: () => a.pathFrom(e.id) }, "Path from here"),
      h("button", { class: "btn", testid: "panel-path-to", disabled: !m.pathFrom || m.pathFrom.id === e.id, title: m.pathFrom ? `Shortest and time-respecting paths from ${isolated(m.pathFrom.name, [m.pathFrom.name])}` : 'Choose "Path from here" on another entity first', onclick: () => a.pathTo(e.id) }, "Path to here"),
      m.canAnalyse ? h("button", { class: "btn", testid: "panel-money-trail", title: "Follow the money out of this party", onclick: () => a.trail(e.id) }, "Money trail") : null,
      m.canAnalyse ? h("button", { class: "btn", testid: "panel-money-cycles", title: "Round trips of money through this party", onclick: () => a.cycles(e.id) }, "Round trips") : null,
      h("button", { class: "btn", testid: "panel-focus", onclick: () => a.focus(e.id) }, "Centre"),
      h("button", { class: "btn danger", testid: "panel-remove", onclick: () => a.remove(e.id) }, "Remove")
    );
    const pathNote = m.pathFrom && !isSummary2 ? h("p", { class: "note", testid: "panel-path-note" }, "Path from: ", name(m.pathFrom.name)) : null;
    const props = [];
    const aliases = e.aliases?.length ? h("dd", { dir: "ltr" }, e.aliases.map((x, i) => [i ? " · " : "", h("bdi", {}, x)])) : null;
    for (const [k, v] of Object.entries(e.properties ?? {})) {
      if (v === null || v === void 0 || v === "") continue;
      props.push([k.replace(/_/g, " "), typeof v === "object" ? JSON.stringify(v) : String(v)]);
    }
    if (e.implicit) props.push(["Note", "named in another record, not loaded on its own"]);
    const propList = h("dl", { class: "props", testid: "panel-properties" }, aliases ? [h("dt", {}, "Aliases"), aliases] : null, props.flatMap(([k, v]) => [h("dt", {}, k), h("dd", { dir: "auto" }, bidi(v))]));
    const cases = e.cases?.length ? h("ul", { class: "chips", testid: "panel-cases" }, e.cases.map((c) => h("li", { class: "chip", title: c, dir: "auto" }, m.caseNames.get(c) ?? c))) : h("p", { class: "muted" }, "No case.");
    const sources = e.sources?.length ? h("ul", { class: "sources", testid: "panel-sources" }, e.sources.map((s) => h("li", {}, h("code", {}, s)))) : h("p", { class: "muted" }, "No source recorded.");
    let scores;
    if (m.scores === "loading") scores = h("p", { class: "muted" }, "Computing scores…");
    else if (typeof m.scores === "string") scores = h("p", { class: "muted" }, m.scores);
    else
      scores = h(
        "table",
        { class: "scores", testid: "panel-scores" },
        h("thead", {}, h("tr", {}, h("th", {}, "Measure"), h("th", {}, "Score"), h("th", {}, "Rank"))),
        h("tbody", {}, m.scores.map((s) => h("tr", {}, h("td", {}, MEASURE_NAMES[s.measure] ?? s.measure), h("td", { class: "num" }, s.score === null ? "–" : fmtScore(s.score)), h("td", { class: "num" }, s.rank === null ? "–" : `${s.rank} of ${s.of}`))))
      );
    const broker = m.broker ? h("div", { class: "broker", testid: "panel-broker" }, h("p", { dir: "ltr" }, bidi(m.broker.explanation, [e.name])), h("p", { class: "muted" }, `Broker rank ${m.broker.rank} · score ${m.broker.score.toFixed(2)}${m.role && m.role !== "none" ? ` · mostly ${m.role}` : ""}`)) : e.kind === "Person" && m.canAnalyse ? h("p", { class: "muted" }, "Not among the brokers.") : null;
    let cands = null;
    if (m.candidates === "loading") cands = h("p", { class: "muted" }, "Looking for possible duplicates…");
    else if (typeof m.candidates === "string") cands = h("p", { class: "muted" }, m.candidates);
    else if (m.candidates)
      cands = m.candidates.length ? h("ul", { class: "cands", testid: "panel-candidates" }, m.candidates.map((c) => {
        const other = c.source === e.id ? { id: c.target, name: c.target_name } : { id: c.source, name: c.source_name };
        return h(
          "li",
          {},
          h("div", { class: "cand-head" }, h("button", { class: "link", onclick: () => a.select(other.id), title: "Select it (if drawn)" }, name(other.name)), h("span", { class: `score ${c.decision}` }, `${Math.round(c.score * 100)}% · ${c.decision}`)),
          h("ul", { class: "reasons" }, c.reasons.map((r) => h("li", { class: `sign-${r.sign === "+" ? "plus" : r.sign === "!" || r.sign === "-" ? "minus" : "weak"}`, dir: "ltr" }, `${r.sign} `, bidi(r.text, [c.source_name, c.target_name]))))
        );
      })) : h("p", { class: "muted" }, "No likely duplicates.");
    const neo = m.neo4j ? section(
      "Neo4j Browser",
      h("p", {}, h("a", { href: m.neo4j.open, target: "_blank", rel: "noopener noreferrer", testid: "panel-neo4j-link" }, "Open this neighbourhood in Neo4j Browser ↗")),
      h("p", { class: "muted" }, "For Ringleader's colours and captions, run once in Browser: ", h("code", { testid: "panel-neo4j-style" }, m.neo4j.styleCommand), " ", h("a", { href: m.neo4j.style, target: "_blank", rel: "noopener noreferrer" }, "(put it in the editor)"))
    ) : null;
    replace(
      el,
      head,
      actions,
      pathNote,
      h("p", { class: "muted onchart" }, `On the chart: ${m.onChart.neighbours} neighbours, ${m.onChart.links} links${m.community ? ` · community ${m.community}` : ""}`),
      isSummary2 ? section("Community", propList) : null,
      !isSummary2 && m.canAnalyse ? section("Scores and ranks (full network)", scores) : null,
      !isSummary2 && broker ? section("As a broker", broker) : null,
      !isSummary2 ? section("Properties", propList) : null,
      !isSummary2 ? section("Cases", cases) : null,
      !isSummary2 ? section("Provenance", sources) : null,
      !isSummary2 && cands ? section("Possibly the same as", cands) : null,
      neo
    );
  }

  // src/views/shell.ts
  function buildTopBar(el) {
    const search = h("input", { type: "search", class: "search-input", placeholder: "Search names and aliases, any script  ( / )", "aria-label": "Search entities by name or alias", testid: "search-input", autocomplete: "off", spellcheck: "false", dir: "auto" });
    const results = h("ul", { class: "search-results", role: "listbox", testid: "search-results", hidden: true });
    const caseSelect = h("select", { "aria-label": "Case", testid: "case-select", class: "case-select" }, h("option", { value: "" }, "Whole network"));
    const who = h("div", { class: "who", testid: "whoami" });
    const signOut = h("button", { class: "btn small", testid: "sign-out", "aria-label": "Sign out" }, "Sign out");
    replace(
      el,
      h("div", { class: "brand" }, h("span", { class: "logo", "aria-hidden": "true" }, "◈"), h("span", {}, "Ringleader"), h("span", { class: "muted" }, "workbench")),
      h("div", { class: "search" }, search, results),
      h("label", { class: "case-pick" }, h("span", { class: "muted" }, "Case"), caseSelect),
      h("span", { class: "spacer" }),
      who,
      signOut
    );
    return { search, results, caseSelect, who, signOut };
  }
  function renderWho(el, about) {
    if (!about) {
      replace(el, h("span", { class: "muted" }, "Signed in"));
      return;
    }
    const t = about.token;
    const cases = t.all_cases ? "all cases" : t.cases.length ? t.cases.join(", ") : "no case";
    replace(el, h("span", { class: "who-name", testid: "whoami-name" }, t.name), h("span", { class: `role role-${t.role}`, testid: "whoami-role" }, t.role), h("span", { class: "muted who-cases", testid: "whoami-cases", title: cases }, cases), h("span", { class: "muted store", title: "Store" }, about.store));
  }
  function renderCases(sel, cases, current) {
    replace(
      sel,
      h("option", { value: "" }, "Whole network"),
      // The title last: a count after an Arabic title would join its run (<option> text cannot hold a <bdi>).
      cases.map((c) => h("option", { value: c.id, title: c.name }, `${c.type.replace(/_/g, " ")}${c.entities !== void 0 ? ` · ${c.entities.toLocaleString("en")} entities` : ""} · ${c.name}`))
    );
    sel.value = current ?? "";
  }
  function renderResults(ul, rows, cursor, choose2, caseNames = /* @__PURE__ */ new Map()) {
    ul.hidden = false;
    if (typeof rows === "string") {
      replace(ul, h("li", { class: "muted empty", testid: "search-empty", dir: "ltr" }, bidi(rows)));
      return;
    }
    replace(
      ul,
      rows.map(
        (r, i) => h(
          "li",
          { role: "option", class: `result${i === cursor ? " cursor" : ""}`, "aria-selected": i === cursor ? "true" : "false", testid: "search-result", "data-id": r.id, onmousedown: (e) => {
            e.preventDefault();
            choose2(r.id);
          } },
          h("span", { class: "kind-dot", "data-kind": r.kind, title: r.kind }, KINDS[r.kind]?.glyph ?? "•"),
          h("span", { class: "result-main" }, name(r.name), r.alias ? h("span", { class: "alias muted" }, "aka ", name(r.alias, "alias-name")) : null),
          h("span", { class: "result-meta muted", dir: "ltr" }, r.kind, r.cases.length === 1 ? [" · ", h("bdi", {}, caseNames.get(r.cases[0]) ?? r.cases[0])] : r.cases.length ? ` · ${r.cases.length} cases` : "", r.onChart ? " · on chart" : "")
        )
      )
    );
  }
  function group(title, ...body) {
    return h("section", { class: "rail-group" }, h("h2", {}, title), ...body);
  }
  function buildRail(el, a) {
    const sizeBy = h(
      "select",
      { testid: "size-by", "aria-label": "Size nodes by", onchange: () => a.sizeBy(sizeBy.value) },
      h("option", { value: "none" }, "Same size"),
      h("option", { value: "betweenness" }, "Betweenness"),
      h("option", { value: "degree" }, "Degree"),
      h("option", { value: "closeness" }, "Closeness"),
      h("option", { value: "harmonic" }, "Harmonic"),
      h("option", { value: "eigenvector" }, "Eigenvector"),
      h("option", { value: "pagerank" }, "PageRank")
    );
    const colourBy = h(
      "select",
      { testid: "colour-by", "aria-label": "Colour nodes by", onchange: () => a.colourBy(colourBy.value) },
      h("option", { value: "kind" }, "Kind"),
      h("option", { value: "community" }, "Community"),
      h("option", { value: "case" }, "Case"),
      h("option", { value: "role" }, "Brokerage role")
    );
    const layout = h("button", { class: "btn", testid: "layout-fa2", onclick: () => a.layout() }, "Run ForceAtlas2");
    const undo2 = h("button", { class: "btn", testid: "undo", "aria-label": "Undo (Ctrl+Z)", title: "Undo (Ctrl+Z)", onclick: () => a.undo() }, "↶ Undo");
    const types = h("div", { class: "types", testid: "link-types" });
    const kpK = h("input", { type: "number", min: "1", max: "50", value: "3", "aria-label": "How many key players", testid: "keyplayers-k", class: "num-input" });
    const analysis = group(
      "Key players",
      h("div", { class: "row" }, h("label", {}, "k ", kpK), h("button", { class: "btn", testid: "keyplayers-run", onclick: () => a.keyPlayers(Math.max(1, Math.min(50, Number(kpK.value) || 3))) }, "Find")),
      h("p", { class: "muted small" }, "The k people whose arrest fragments the ring most (Borgatti).")
    );
    const money = group(
      "Money",
      h("div", { class: "row wrap" }, h("button", { class: "btn", testid: "money-cycles", onclick: () => a.cycles() }, "Round trips"), h("button", { class: "btn", testid: "money-hawala", onclick: () => a.hawala() }, "Hawala hubs")),
      h("p", { class: "muted small" }, "Trails start from a selected party (panel).")
    );
    const stats = h("div", { class: "stats muted", testid: "chart-stats" });
    replace(
      el,
      group("Chart", stats, h("div", { class: "row wrap" }, undo2, h("button", { class: "btn", testid: "zoom-fit", onclick: () => a.fit() }, "Fit"), h("button", { class: "btn", testid: "chart-clear", onclick: () => a.clearChart() }, "Clear"))),
      group("Style", h("label", { class: "field" }, h("span", {}, "Size by"), sizeBy), h("label", { class: "field" }, h("span", {}, "Colour by"), colourBy)),
      group("Layout", h("div", { class: "row wrap" }, layout, h("button", { class: "btn", testid: "layout-circle", onclick: () => a.circle() }, "Circle by community"))),
      analysis,
      money,
      group("Links shown", types),
      group("Saved charts", h("div", { class: "row wrap" }, h("button", { class: "btn", testid: "chart-save", onclick: () => a.save() }, "Save…"), h("button", { class: "btn", testid: "chart-open", onclick: () => a.open() }, "Open…"))),
      group("Export", h(
        "div",
        { class: "row wrap" },
        h("button", { class: "btn", testid: "export-png", onclick: () => a.exportAs("png") }, "PNG"),
        h("button", { class: "btn", testid: "export-gexf", onclick: () => a.exportAs("gexf") }, "GEXF"),
        h("button", { class: "btn", testid: "export-graphml", onclick: () => a.exportAs("graphml") }, "GraphML"),
        h("button", { class: "btn", testid: "export-csv", onclick: () => a.exportAs("csv") }, "CSV")
      ))
    );
    return { sizeBy, colourBy, layout, undo: undo2, types, kpK, analystOnly: [analysis, money], stats };
  }
  function modal(title, testid, body, buttons) {
    const d = h(
      "dialog",
      { class: "modal", testid, "aria-label": title },
      h("div", { class: "modal-head" }, h("h2", {}, title), h("button", { class: "icon", "aria-label": "Close", testid: `${testid}-close`, onclick: () => d.close() }, "×")),
      h("div", { class: "modal-body" }, ...body),
      h("div", { class: "modal-foot" }, ...buttons)
    );
    d.addEventListener("close", () => d.remove());
    document.body.appendChild(d);
    d.showModal();
    return d;
  }
  function signInBox(message, submit) {
    const input = h("input", { type: "password", class: "token-input", placeholder: "rl_…", "aria-label": "API token", testid: "signin-token", autocomplete: "off" });
    const err = h("p", { class: "error", testid: "signin-error", role: "alert" }, message ?? "");
    const go = () => {
      const problem = submit(input.value);
      if (problem) err.textContent = problem;
    };
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") go();
    });
    const box = h(
      "div",
      { class: "signin", testid: "signin" },
      h(
        "div",
        { class: "signin-card" },
        h("div", { class: "brand big" }, h("span", { class: "logo" }, "◈"), " Ringleader"),
        h("p", {}, "Sign in with your API token. ", h("span", { class: "muted" }, "`ringleader demo` prints a link with one; `ringleader token create` makes one.")),
        input,
        err,
        h("button", { class: "btn primary", testid: "signin-submit", onclick: go }, "Sign in"),
        h("p", { class: "muted small" }, "The token stays in this browser tab only (sessionStorage) and is sent to this server alone.")
      )
    );
    document.body.appendChild(box);
    input.focus();
  }

  // src/views/timebar.ts
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var TimeBar = class {
    constructor(el, actions) {
      this.actions = actions;
      this.hist = { months: [], counts: [], undated: 0 };
      this.window = null;
      this.drag = null;
      this.bars = h("div", { class: "bars", testid: "timebar-bars", role: "slider", "aria-label": "Time window: drag across months", tabindex: "0" });
      this.label = h("div", { class: "window-label", testid: "timebar-window" }, "All time");
      this.play = h("button", { class: "btn small", testid: "timebar-play", "aria-label": "Play month by month", title: "Play: step the window month by month", onclick: () => actions.togglePlay() }, "▶ Play");
      this.clear = h("button", { class: "btn small", testid: "timebar-clear", "aria-label": "Clear time window", title: "Show all time", onclick: () => actions.setWindow(null) }, "Clear");
      replace(el, h("div", { class: "timebar-head" }, h("span", { class: "timebar-title" }, "Time"), this.label, h("span", { class: "spacer" }), this.play, this.clear), this.bars);
      this.bars.addEventListener("pointerdown", (e) => this.down(e));
      this.bars.addEventListener("pointermove", (e) => this.move(e));
      this.bars.addEventListener("pointerup", (e) => this.up(e));
      this.bars.addEventListener("keydown", (e) => this.key(e));
    }
    update(hist, window2, playing) {
      this.hist = hist;
      this.window = window2;
      this.play.textContent = playing ? "❚❚ Pause" : "▶ Play";
      this.play.setAttribute("aria-label", playing ? "Pause" : "Play month by month");
      this.play.disabled = hist.months.length === 0;
      this.clear.disabled = !window2;
      this.label.textContent = `${describe(window2)}${hist.undated ? ` · ${hist.undated} undated links always shown` : ""}`;
      this.draw();
    }
    draw() {
      const { months, counts } = this.hist;
      if (months.length === 0) {
        replace(this.bars, h("div", { class: "timebar-empty" }, "No dated links on the chart."));
        return;
      }
      const max = Math.max(...counts, 1);
      const sel = this.drag ? [Math.min(this.drag.start, this.drag.end), Math.max(this.drag.start, this.drag.end)] : windowMonths(months, this.window);
      const cols = months.map((m, i) => {
        const inSel = sel ? i >= sel[0] && i <= sel[1] : false;
        const yearStart = m.endsWith("-01") || i === 0;
        const tick = yearStart ? i === 0 && !m.endsWith("-01") ? `${MONTHS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}` : m.slice(0, 4) : months.length <= 30 && i > 1 ? MONTHS[Number(m.slice(5)) - 1].charAt(0) : "";
        const col = h(
          "div",
          { class: `col${inSel ? " on" : ""}${sel && !inSel ? " off" : ""}${yearStart ? " year" : ""}`, "data-month": m, title: `${MONTHS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}: ${counts[i]} links` },
          h("div", { class: "bar" }),
          h("div", { class: `tick${yearStart ? " major" : ""}` }, tick)
        );
        col.firstElementChild.style.height = `${Math.round(counts[i] / max * 100)}%`;
        return col;
      });
      replace(this.bars, cols);
    }
    indexAt(e) {
      const r = this.bars.getBoundingClientRect();
      const n = this.hist.months.length;
      return Math.max(0, Math.min(n - 1, Math.floor((e.clientX - r.left) / Math.max(r.width, 1) * n)));
    }
    down(e) {
      if (this.hist.months.length === 0) return;
      this.bars.setPointerCapture(e.pointerId);
      const i = this.indexAt(e);
      this.drag = { start: i, end: i };
      this.draw();
    }
    move(e) {
      if (!this.drag) return;
      const i = this.indexAt(e);
      if (i !== this.drag.end) {
        this.drag.end = i;
        this.draw();
      }
    }
    up(e) {
      if (!this.drag) return;
      this.drag.end = this.indexAt(e);
      const w = brush(this.hist.months, this.drag.start, this.drag.end);
      this.drag = null;
      this.actions.setWindow(w);
    }
    key(e) {
      const months = this.hist.months;
      if (!months.length) return;
      const cur = windowMonths(months, this.window) ?? [0, 0];
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        const d = e.key === "ArrowRight" ? 1 : -1;
        const w = cur[1] - cur[0];
        const a = Math.max(0, Math.min(months.length - 1 - w, cur[0] + d));
        this.actions.setWindow(brush(months, a, a + w));
        e.preventDefault();
      }
    }
  };

  // src/views/toast.ts
  function toast(message, kind = "error", lines = [], names = []) {
    const box = $("#toasts");
    const el = h(
      "div",
      { class: `toast ${kind}`, role: kind === "error" ? "alert" : "status", testid: kind === "error" ? "toast-error" : "toast-info" },
      h("div", { class: "toast-text" }, h("p", { dir: "ltr" }, bidi(message, names)), lines.length ? h("ul", {}, lines.slice(0, 8).map((l) => h("li", { dir: "ltr" }, bidi(l)))) : null),
      h("button", { class: "icon", "aria-label": "Dismiss", title: "Dismiss", testid: "toast-close", onclick: () => el.remove() }, "×")
    );
    box.appendChild(el);
    while (box.children.length > 4) box.firstElementChild?.remove();
    window.setTimeout(() => el.remove(), kind === "error" ? 15e3 : 5e3);
  }

  // src/app.ts
  var MEASURES = ["betweenness", "degree", "closeness", "harmonic", "eigenvector", "pagerank"];
  function errorText(e) {
    if (e instanceof ApiError) return [e.message, e.lines];
    return [e?.message ?? String(e), []];
  }
  var App = class {
    constructor() {
      this.state = emptyChart();
      this.about = null;
      this.cases = [];
      this.caseNames = /* @__PURE__ */ new Map();
      this.scoreCache = /* @__PURE__ */ new Map();
      this.scoreDone = /* @__PURE__ */ new Map();
      this.communities = null;
      this.brokers = null;
      this.windowNet = null;
      this.windowSeq = 0;
      this.playing = null;
      this.pathFrom = null;
      this.finding = null;
      this.panelExtra = /* @__PURE__ */ new Map();
      this.lastError = null;
      this.insightsNote = null;
      this.searchSeq = null;
      this.searchRows = [];
      this.searchCursor = -1;
      /** The reader's choice to fold or unfold the legend, until the next findings card opens or closes (null: none). */
      this.legendFolded = null;
      /** Milliseconds since navigation start (performance.now()) at each step of drawing, for benchmarks. */
      this.timing = {};
      /** Case nodes hidden (none of their links shown): computed on each render. */
      this.hiddenCases = /* @__PURE__ */ new Set();
      this.isReady = false;
      this.ready = new Promise((r) => this.readyResolve = r);
      /**
       * The camera as the last automatic fit left it, and what it fitted (everything, or the highlighted nodes): while
       * the reader has not moved the camera, the view follows the layout as it unfolds, and fits once more at its end.
       */
      this.fitted = null;
      this.followTimer = null;
      this.summaryLargest = 1;
      this.searchResults = [];
      // ---- render --------------------------------------------------------------------------------------------------
      this.lastLook = { sizes: /* @__PURE__ */ new Map(), colours: /* @__PURE__ */ new Map() };
    }
    // ---- start ---------------------------------------------------------------------------------------------------
    start() {
      this.exposeHooks();
      setUnauthorisedHandler((m) => this.sessionEnded(m));
      const st = startSession(location.hash, sessionStorage);
      if (st.replaceHash !== null) history.replaceState(null, "", location.pathname + location.search + st.replaceHash);
      if (!st.token) {
        this.setPageState("signin");
        signInBox(null, (t) => this.submitToken(t));
        return;
      }
      this.boot(st.chart);
    }
    submitToken(t) {
      const tok = signIn(t, sessionStorage);
      if (!tok) return "That does not look like a token (it starts with rl_).";
      document.querySelector('[data-testid="signin"]')?.remove();
      this.boot(parseFragment(location.hash).chart ?? null);
      return null;
    }
    sessionEnded(message) {
      if (document.querySelector('[data-testid="signin"]')) return;
      this.status(null);
      this.lastError = message;
      this.stopPlay();
      this.layout?.stop();
      this.setPageState("signin");
      signInBox(message, (t) => {
        const tok = signIn(t, sessionStorage);
        if (!tok) return "That does not look like a token (it starts with rl_).";
        location.reload();
        return null;
      });
    }
    signOut() {
      endSession(sessionStorage);
      history.replaceState(null, "", location.pathname);
      location.reload();
    }
    setPageState(s) {
      $("#app").dataset.state = s;
    }
    async boot(chart) {
      this.buildUI();
      this.setPageState("loading");
      this.status("Connecting…");
      try {
        this.about = await api.about();
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return;
        this.about = null;
      }
      renderWho(this.top.who, this.about);
      this.applyRole();
      api.cases().then(
        (r) => {
          this.cases = r.cases;
          this.caseNames = new Map(r.cases.map((c) => [c.id, c.name]));
          renderCases(this.top.caseSelect, this.cases, this.state.scope.case);
          this.render();
        },
        () => {
        }
      );
      if (chart) await this.openChart(chart);
      else await this.loadNetwork({});
    }
    canAnalyse() {
      return !this.about || this.about.token.role !== "viewer";
    }
    applyRole() {
      const analyst = this.canAnalyse();
      for (const el of this.rail.analystOnly) el.hidden = !analyst;
      if (!analyst) {
        this.state = { ...this.state, sizeBy: "degree", colourBy: "kind" };
        this.rail.colourBy.querySelectorAll("option").forEach((o) => o.disabled = o.value !== "kind" && o.value !== "case");
        this.rail.sizeBy.querySelectorAll("option").forEach((o) => o.disabled = o.value !== "none" && o.value !== "degree");
      }
    }
    buildUI() {
      if (this.renderer) return;
      this.top = buildTopBar($("#topbar"));
      this.top.signOut.addEventListener("click", () => this.signOut());
      this.top.caseSelect.addEventListener("change", () => this.openCase(this.top.caseSelect.value || null));
      this.bindSearch();
      this.rail = buildRail($("#rail"), {
        sizeBy: (v) => this.setSizeBy(v),
        colourBy: (v) => this.setColourBy(v),
        layout: () => this.layout.running ? this.layout.stop() : this.runLayout(),
        circle: () => this.circleLayout(),
        fit: () => this.frameNow(null, true),
        undo: () => this.undo(),
        keyPlayers: (k) => this.keyPlayers(k),
        cycles: () => this.cycles(),
        hawala: () => this.hawala(),
        save: () => this.saveDialog(),
        open: () => this.openDialog(),
        exportAs: (f) => this.exportAs(f),
        clearChart: () => this.clearChart()
      });
      const stage = $("#stage");
      this.legendEl = h("div", { class: "legend", testid: "legend", "aria-label": "Legend" });
      this.bannerEl = h("div", { class: "banner", testid: "summary-banner", hidden: true, role: "status" });
      this.findingsEl = h("div", { class: "findings", testid: "findings", hidden: true });
      this.emptyEl = h("div", { class: "empty-state", testid: "empty-state", hidden: true });
      this.statusEl = h("div", { class: "status", testid: "status", role: "status", hidden: true });
      const tools = this.toolsEl = h(
        "div",
        { class: "canvas-tools" },
        h("button", { class: "icon", "aria-label": "Zoom in", title: "Zoom in", testid: "zoom-in", onclick: () => this.renderer.zoom(1.5) }, "+"),
        h("button", { class: "icon", "aria-label": "Zoom out", title: "Zoom out", testid: "zoom-out", onclick: () => this.renderer.zoom(1 / 1.5) }, "−"),
        h("button", { class: "icon", "aria-label": "Fit the chart", title: "Fit", testid: "zoom-reset", onclick: () => this.frameNow(null, true) }, "⤢")
      );
      stage.append(this.bannerEl, this.findingsEl, this.legendEl, tools, this.emptyEl, this.statusEl);
      this.renderer = new Renderer($("#graph"), {
        click: (id) => this.select(id),
        doubleClick: (id) => isSummary(id) ? this.openCommunity(id) : this.expand(id),
        hover: () => {
        },
        dragStart: () => this.layout.stop(),
        moved: () => this.pull(),
        drawn: () => {
          if (this.timing.firstDraw === void 0 && this.timing.networkLoaded !== void 0) this.timing.firstDraw = performance.now();
        },
        overlays: () => this.overlays().map((e) => e.getBoundingClientRect()),
        insets: () => this.insets()
      });
      this.layout = new Layout(() => this.renderer.graph, () => this.renderer.frames.last);
      this.layout.onChange = (running) => {
        var _a, _b;
        this.rail.layout.textContent = running ? "Stop layout" : "Run ForceAtlas2";
        this.rail.layout.setAttribute("aria-pressed", String(running));
        if (running) (_a = this.timing).layoutStarted ?? (_a.layoutStarted = performance.now());
        else {
          (_b = this.timing).layoutStopped ?? (_b.layoutStopped = performance.now());
          this.pull();
        }
        this.follow(running);
      };
      this.timebar = new TimeBar($("#timebar"), { setWindow: (w) => this.setWindow(w), togglePlay: () => this.togglePlay() });
      document.addEventListener("keydown", (e) => this.key(e));
    }
    /** overlays: the boxes floating over the chart, shown now. */
    overlays() {
      return [this.legendEl, this.findingsEl, this.bannerEl, this.statusEl, this.toolsEl].filter((e) => e && !e.hidden && e.offsetParent !== null);
    }
    /** insets: how much of the chart's left (findings card), right (legend) and bottom (banner) overlays cover. */
    insets() {
      const stage = $("#stage").getBoundingClientRect();
      const out = { left: 0, right: 0, top: 0, bottom: 0 };
      if (!this.findingsEl.hidden) out.left = this.findingsEl.getBoundingClientRect().right - stage.left;
      if (!this.legendEl.hidden && !this.legendEl.classList.contains("folded")) out.right = stage.right - this.legendEl.getBoundingClientRect().left;
      if (!this.bannerEl.hidden) out.bottom = stage.bottom - this.bannerEl.getBoundingClientRect().top;
      return out;
    }
    key(e) {
      const t = e.target;
      const typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
      if (e.key === "/" && !typing) {
        e.preventDefault();
        this.top.search.focus();
        this.top.search.select();
      } else if (e.key === "Escape" && !document.querySelector("dialog[open]")) {
        if (t === this.top.search) {
          this.top.results.hidden = true;
          this.top.search.blur();
        }
        this.select(null);
      } else if ((e.ctrlKey || e.metaKey) && e.key === "z" && !typing) {
        e.preventDefault();
        this.undo();
      }
    }
    status(text) {
      if (!this.statusEl) return;
      this.statusEl.hidden = !text;
      this.statusEl.textContent = text ?? "";
    }
    fail(e, context) {
      if (e instanceof ApiError && e.status === 401) return;
      if (e?.name === "AbortError") return;
      const [msg, lines] = errorText(e);
      this.lastError = context ? `${context}: ${msg}` : msg;
      toast(this.lastError, "error", lines);
    }
    // ---- state changes -------------------------------------------------------------------------------------------
    /** pull records where the layout or a drag left the nodes. */
    pull() {
      this.state = setPositions(this.state, this.renderer.positions());
    }
    commit(next, opt = {}) {
      this.state = next;
      this.render(opt.positions ?? false);
      if (opt.fit) this.fit();
    }
    /** fit frames the whole drawing, or the given nodes, clear of the overlays (after the renderer has them). */
    fit(ids = null, delay = 30) {
      window.setTimeout(() => this.frameNow(ids, false), delay);
    }
    frameNow(ids, animate) {
      if (ids) this.renderer.fitTo(ids, animate);
      else this.renderer.fit(animate);
      const c = this.renderer.sigma.getCamera().getState();
      this.fitted = { x: c.x, y: c.y, ratio: c.ratio, ids };
      if (animate) window.setTimeout(() => {
        const d = this.renderer.sigma.getCamera().getState();
        if (this.fitted?.ids === ids) this.fitted = { x: d.x, y: d.y, ratio: d.ratio, ids };
      }, 400);
    }
    /** untouched: has the camera stayed where the last automatic fit put it? */
    untouched() {
      const c = this.renderer.sigma.getCamera().getState();
      const f = this.fitted;
      return !!f && Math.abs(c.x - f.x) < 1e-6 && Math.abs(c.y - f.y) < 1e-6 && Math.abs(c.ratio - f.ratio) < 1e-6;
    }
    /** follow keeps the automatic framing while the layout runs, and fits once more when it stops. */
    follow(running) {
      if (this.followTimer !== null) window.clearInterval(this.followTimer);
      this.followTimer = null;
      if (running) this.followTimer = window.setInterval(() => this.untouched() && this.frameNow(this.fitted.ids, false), 800);
      else if (this.untouched()) this.frameNow(this.fitted.ids, true);
    }
    /** projection is what the server's analyses (centrality, communities) are asked about: what the chart shows. */
    projection() {
      const p = { view: "full" };
      if (this.state.scope.case) p.case = this.state.scope.case;
      if (this.state.window) {
        p.from = this.state.window.from;
        p.to = this.state.window.to;
      }
      const types = typesParam(this.state.hiddenTypes);
      if (types) p.types = types;
      return p;
    }
    projKey() {
      const p = this.projection();
      return `${p.case ?? ""}|${p.from ?? ""}|${p.to ?? ""}|${p.types ?? ""}`;
    }
    async loadNetwork(scope, keepWindow = false) {
      var _a, _b;
      this.layout.stop();
      this.status(scope.community ? "Opening the community…" : scope.case ? "Drawing the case…" : "Drawing the network…");
      const p = { view: "full" };
      if (scope.case) p.case = scope.case;
      if (scope.community) p.community = scope.community;
      try {
        (_a = this.timing).networkRequested ?? (_a.networkRequested = performance.now());
        const net = await api.network(p);
        (_b = this.timing).networkLoaded ?? (_b.networkLoaded = performance.now());
        this.pull();
        if (net.summarised) {
          const { entities, links, members } = summaryElements(net);
          this.summaryLargest = Math.max(1, ...members.values());
          const pos = circleByCommunity(entities.map((e) => e.id), () => null, 3);
          const base = keepWindow ? this.state : { ...this.state, window: null };
          this.commit(replaceAll(base, entities, links, pos, { summary: { reason: net.reason }, scope, members }), { positions: true, fit: true });
        } else {
          await this.drawFull(net, scope, keepWindow);
        }
        this.markReady();
      } catch (e) {
        this.fail(e, "The network could not be drawn");
        this.render(false);
        this.markReady();
      } finally {
        this.status(null);
      }
    }
    /**
     * drawFull draws a network at once, grouped by a community guess made in the page (label propagation on the links
     * shown: a few milliseconds for 50,000 links, where the server's communities would cost a round trip), then lets
     * ForceAtlas2 refine it in the worker. Scores and the server's communities arrive afterwards.
     */
    async drawFull(net, scope, keepWindow) {
      const base = keepWindow ? this.state : { ...this.state, window: null };
      this.windowNet = null;
      const next = replaceAll(base, net.entities, net.links, /* @__PURE__ */ new Map(), { scope });
      this.commit(setPositions(next, this.initialPositions(next)), { positions: true, fit: true });
      this.runLayout();
      void this.refreshInsights();
    }
    /** groupsGuess: a community index for each shown node (label propagation on the links shown). */
    groupsGuess(s) {
      const hidden = hiddenNodes(s);
      const ids = [...s.nodes.keys()].filter((id) => !hidden.has(id));
      const index = new Map(ids.map((id, i) => [id, i]));
      const links = shownLinks(s, hidden);
      const pairs = new Int32Array(links.length * 2);
      let m = 0;
      for (const { link } of links) {
        const a = index.get(link.source), b = index.get(link.target);
        if (a === void 0 || b === void 0) continue;
        pairs[m++] = a;
        pairs[m++] = b;
      }
      const label2 = labelPropagation(ids.length, pairs.subarray(0, m));
      return new Map(ids.map((id, i) => [id, label2[i]]));
    }
    /** initialPositions: communities (guessed) packed as discs; hidden case nodes in the middle of their case. */
    initialPositions(s) {
      const groups = this.groupsGuess(s);
      const pos = packByCommunity([...groups.keys()], (id) => groups.get(id), 1);
      for (const id of s.nodes.keys()) if (!pos.has(id)) pos.set(id, { x: 0, y: 0 });
      return pos;
    }
    /** layoutInput: what ForceAtlas2 lays out, the nodes and links shown (type filter; hidden case nodes left out). */
    layoutInput() {
      const s = this.state;
      const hidden = hiddenNodes(s);
      return {
        ids: [...s.nodes.keys()].filter((id) => !hidden.has(id)),
        links: shownLinks(s, hidden).map((l) => [l.link.source, l.link.target])
      };
    }
    markReady() {
      var _a;
      (_a = this.timing).ready ?? (_a.ready = performance.now());
      this.setPageState("ready");
      if (!this.isReady) {
        this.isReady = true;
        this.readyResolve();
      }
    }
    undo() {
      this.layout.stop();
      this.pull();
      this.commit(undo(this.state), { positions: true });
    }
    clearChart() {
      this.layout.stop();
      this.pull();
      this.finding = null;
      this.commit(replaceAll(this.state, [], [], /* @__PURE__ */ new Map()), { positions: true });
    }
    select(id) {
      if (id !== null && !this.state.nodes.has(id)) {
        toast("That entity is not on the chart. Search for it to add it.", "info");
        return;
      }
      this.state = select(this.state, id);
      this.render(false);
      if (id) void this.loadPanelExtras(id);
    }
    runLayout() {
      if (this.state.nodes.size < 2) return;
      this.pull();
      this.layout.start(this.layoutInput());
    }
    /** circleLayout: the server's communities on a circle when known, else the page's own guess. */
    circleLayout() {
      this.layout.stop();
      this.pull();
      const ids = [...this.state.nodes.keys()];
      const server = this.communities?.key === this.projKey() ? this.communities : null;
      const guess = server ? null : this.groupsGuess(this.state);
      const pos = circleByCommunity(ids, (id) => server ? server.of.get(id) : guess.has(id) ? String(guess.get(id)) : null, 1);
      this.commit(setPositions(this.state, pos), { positions: true, fit: true });
    }
    /** toggleLinkType shows or hides a link type; case nodes shown again come to the middle of their members. */
    toggleLinkType(key) {
      this.pull();
      const before = hiddenNodes(this.state);
      let next = toggleType(this.state, key);
      const after = hiddenNodes(next);
      const back = [...before].filter((id) => !after.has(id));
      if (back.length) {
        const pos = /* @__PURE__ */ new Map();
        for (const id of back) {
          let x = 0, y = 0, n = 0;
          for (const { link } of next.links.values()) {
            const other = link.source === id ? link.target : link.target === id ? link.source : null;
            const o = other ? next.nodes.get(other) : void 0;
            if (!o || after.has(other)) continue;
            x += o.x;
            y += o.y;
            n++;
          }
          if (n) pos.set(id, { x: x / n, y: y / n });
        }
        next = setPositions(next, pos);
      }
      this.commit(next, { positions: back.length > 0 });
      void this.refreshInsights();
    }
    // ---- search --------------------------------------------------------------------------------------------------
    bindSearch() {
      const input = this.top.search;
      let timer = 0;
      input.addEventListener("input", () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => this.runSearch(input.value), 180);
      });
      input.addEventListener("keydown", (e) => {
        if (e.key === "ArrowDown" || e.key === "ArrowUp") {
          e.preventDefault();
          this.searchCursor = moveCursor(this.searchCursor, e.key === "ArrowDown" ? 1 : -1, this.searchRows.length);
          renderResults(this.top.results, this.searchRows, this.searchCursor, (id) => this.chooseResult(id), this.caseNames);
        } else if (e.key === "Enter") {
          const row = this.searchRows[this.searchCursor >= 0 ? this.searchCursor : 0];
          if (row) this.chooseResult(row.id);
        }
      });
      input.addEventListener("blur", () => window.setTimeout(() => this.top.results.hidden = true, 150));
      input.addEventListener("focus", () => {
        if (this.searchRows.length) this.top.results.hidden = false;
      });
    }
    async runSearch(q) {
      this.searchSeq?.abort();
      if (!q.trim()) {
        this.top.results.hidden = true;
        this.searchRows = [];
        return;
      }
      const ctl = new AbortController();
      this.searchSeq = ctl;
      try {
        const r = await api.search(q.trim(), ctl.signal);
        if (ctl.signal.aborted) return;
        this.searchResults = r.results;
        this.searchRows = resultRows(r.results, q, new Set(this.state.nodes.keys()));
        this.searchCursor = -1;
        renderResults(this.top.results, this.searchRows.length ? this.searchRows : `Nothing matches “${q.trim()}”.`, -1, (id) => this.chooseResult(id), this.caseNames);
      } catch (e) {
        if (e.name === "AbortError") return;
        renderResults(this.top.results, errorText(e)[0], -1, () => {
        });
      }
    }
    async chooseResult(id) {
      this.top.results.hidden = true;
      this.top.search.blur();
      const e = this.searchResults.find((r) => r.id === id);
      if (!e) return;
      if (this.state.nodes.has(id)) {
        this.select(id);
        this.renderer.focus(id);
        return;
      }
      this.pull();
      let links = [];
      let near = null;
      try {
        const n = await api.neighbourhood(id, 1);
        links = n.links.filter((l) => l.source === id && this.state.nodes.has(l.target) || l.target === id && this.state.nodes.has(l.source));
        near = links.length ? links[0].source === id ? links[0].target : links[0].source : null;
      } catch {
      }
      this.commit(addElements(this.state, [e], links, { near, select: id }));
      void this.loadPanelExtras(id);
      window.setTimeout(() => this.renderer.focus(id), 30);
    }
    // ---- expand --------------------------------------------------------------------------------------------------
    async expand(id) {
      if (isSummary(id)) return this.openCommunity(id);
      this.status("Looking at the neighbourhood…");
      try {
        const n = await api.neighbourhood(id, 1);
        this.status(null);
        this.pull();
        const drawn = new Set(this.state.nodes.keys());
        const o = offer(n, drawn, new Set(this.state.links.keys()));
        const centre = this.state.nodes.get(id)?.entity.name ?? id;
        if (o.groups.length === 0) {
          toast("Everything around it is already on the chart.", "info");
          return;
        }
        const boxes = o.groups.map((g) => h("input", { type: "checkbox", checked: true, value: g.key, testid: `expand-type-${g.key}` }));
        const count = h("span", { testid: "expand-count" });
        const recount = () => {
          const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
          const r = choose(n, chosen, drawn);
          count.textContent = `Adds ${r.entities.filter((e) => !drawn.has(e.id)).length} entities and ${r.links.filter((l) => !this.state.links.has(linkKey(l))).length} links`;
        };
        boxes.forEach((b) => b.addEventListener("change", recount));
        recount();
        const table = h(
          "table",
          { class: "expand-table" },
          h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, "Link type"), h("th", { class: "num" }, "Links"), h("th", { class: "num" }, "New entities"))),
          h("tbody", {}, o.groups.map((g, i) => h("tr", {}, h("td", {}, boxes[i]), h("td", {}, h("span", { class: "line-swatch", "data-colour": linkColour(g.type, g.subtype) }), describeGroup(g)), h("td", { class: "num" }, String(g.links)), h("td", { class: "num" }, String(g.newEntities)))))
        );
        table.querySelectorAll("[data-colour]").forEach((s) => s.style.background = s.dataset.colour);
        const add = h("button", { class: "btn primary", testid: "expand-add" }, "Add to chart");
        const all = h("button", { class: "btn", testid: "expand-none", onclick: () => {
          const on = !boxes.every((b) => b.checked);
          boxes.forEach((b) => b.checked = on);
          recount();
        } }, "All / none");
        const d = modal("Expand", "expand-dialog", [
          h("p", {}, "Around ", name(centre), `: ${o.newEntities} entities not yet on the chart.`),
          o.truncated ? h("p", { class: "note" }, "The neighbourhood was cut at the server's limit; expand again from the new nodes to see more.") : null,
          table,
          h("p", { class: "muted" }, count)
        ], [all, add]);
        add.addEventListener("click", () => {
          const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
          d.close();
          this.pull();
          const r = choose(n, chosen, new Set(this.state.nodes.keys()));
          this.commit(addElements(this.state, r.entities, r.links, { near: id, select: id }));
        });
      } catch (e) {
        this.status(null);
        this.fail(e, "Cannot expand");
      }
    }
    async openCommunity(id) {
      const c = communityOf(id);
      if (!c) return;
      const scope = { community: c };
      if (this.state.scope.case) scope.case = this.state.scope.case;
      await this.loadNetwork(scope);
    }
    // ---- case view -----------------------------------------------------------------------------------------------
    async openCase(id) {
      this.finding = null;
      if (!id) {
        await this.loadNetwork({});
        return;
      }
      await this.loadNetwork({ case: id });
      if (!this.canAnalyse()) return;
      try {
        const c = await api.caseLinks(id);
        const f = caseLinksFinding(c);
        this.applyFinding(f, {
          title: f.highlight.label,
          testid: "findings-case-links",
          names: [c.case.title],
          body: [
            ...c.links.map((l) => h("div", { class: "finding-item" }, h("strong", {}, "→ ", name(l.case.title)), h("span", { class: "muted" }, ` (${l.case.type.replace(/_/g, " ")})`), this.caseLinkText(l))),
            this.bridgesList(c.bridges)
          ]
        });
      } catch (e) {
        this.fail(e, "Case links");
      }
    }
    /** bridgesList: people in cases of several types first (highlighted), then the others who broker between types. */
    bridgesList(bridges) {
      if (!bridges.length) return h("p", { class: "muted" }, "No person bridges case types.");
      const item = (b) => h("li", { dir: "ltr" }, h("button", { class: "link", onclick: () => this.select(b.id) }, name(b.name)), h("span", { class: "muted" }, " · ", bidi(b.explanation, [b.name])));
      const cross = bridges.filter((b) => (b.case_types ?? []).length > 1);
      const others = bridges.filter((b) => (b.case_types ?? []).length <= 1);
      return h(
        "div",
        { class: "finding-item" },
        h("strong", {}, "People in cases of several types"),
        cross.length ? h("ul", {}, cross.map(item)) : h("p", { class: "muted" }, "None."),
        others.length ? h("details", { class: "more" }, h("summary", {}, `${others.length} other${others.length === 1 ? "" : "s"} who broker between case types`), h("ul", {}, others.map(item))) : null
      );
    }
    /**
     * caseLinkText says what ties two cases, from the answer's structured fields rather than its sentence: each shared
     * entity is its own isolated, clickable name (an Arabic name before a phone number would otherwise swallow it).
     */
    caseLinkText(l) {
      const MAX = 40;
      if (l.shared.length) {
        const shown = l.shared.slice(0, MAX);
        return h(
          "p",
          { dir: "ltr", class: "shared-list" },
          `shares ${l.shared.length} entit${l.shared.length === 1 ? "y" : "ies"}: `,
          shown.map((r, i) => [i ? ", " : "", h("button", { class: "link", title: r.kind, onclick: () => this.select(r.id) }, name(r.name))]),
          l.shared.length > MAX ? ` and ${l.shared.length - MAX} more` : ""
        );
      }
      const names = (l.paths ?? []).flatMap((p) => p.entities.map((e) => e.name));
      return h("p", { dir: "ltr" }, bidi(l.explanation, names));
    }
    // ---- findings ------------------------------------------------------------------------------------------------
    applyFinding(f, card, near) {
      this.pull();
      const missing = f.entities.filter((e) => !this.state.nodes.has(e.id));
      const missingLinks = f.links.filter((l) => !this.state.links.has(linkKey(l)));
      let s = this.state;
      if (missing.length || missingLinks.length) s = addElements(s, missing, f.links, { near: near ?? f.entities.find((e) => s.nodes.has(e.id))?.id ?? null });
      s = { ...s, highlight: f.highlight, removed: [] };
      this.finding = card;
      this.legendFolded = null;
      this.commit(s);
      this.showHighlight();
    }
    /** showHighlight brings what is highlighted into view (after the renderer has processed the new nodes). */
    showHighlight() {
      const ids = this.state.highlight?.nodes ?? [];
      this.fit(ids, 60);
    }
    clearFinding() {
      this.finding = null;
      this.legendFolded = null;
      this.commit({ ...this.state, highlight: null, removed: [] });
    }
    async paths(from, to) {
      const fromName = this.state.nodes.get(from)?.entity.name ?? from;
      const toName = this.state.nodes.get(to)?.entity.name ?? to;
      this.status("Finding paths…");
      const [sp, tp] = await Promise.allSettled([api.paths(from, to), api.timePaths(from, to)]);
      this.status(null);
      if (sp.status === "rejected" && tp.status === "rejected") return this.fail(sp.reason, "Paths");
      const shortest = sp.status === "fulfilled" ? sp.value.paths : [];
      const timed = tp.status === "fulfilled" ? tp.value.paths : [];
      const all = pathsFinding([...shortest, ...timed], `Paths from ${fromName} to ${toName}`);
      const item = (p, kind, i) => h("li", {}, h(
        "button",
        { class: "link", testid: `path-${kind}-${i}`, onclick: () => {
          const f = pathsFinding([p], `${kind === "time" ? "Time-respecting" : "Shortest"} path ${i + 1}`);
          this.commit({ ...this.state, highlight: f.highlight });
          this.showHighlight();
        } },
        `${p.length} hop${p.length === 1 ? "" : "s"}: `,
        p.entities.map((e, k) => [k ? " → " : "", name(e.name)]).flat(),
        p.departure ? ` (${p.departure} → ${p.arrival})` : ""
      ));
      this.applyFinding(all, {
        title: `Paths: ${fromName} → ${toName}`,
        testid: "findings-paths",
        names: [fromName, toName],
        body: [
          h("h4", {}, "Shortest"),
          shortest.length ? h("ol", { testid: "paths-shortest" }, shortest.map((p, i) => item(p, "shortest", i))) : h("p", { class: "muted" }, sp.status === "rejected" ? errorText(sp.reason)[0] : "No path."),
          h("h4", {}, "In time order (each link no earlier than the one before)"),
          timed.length ? h("ol", { testid: "paths-time" }, timed.map((p, i) => item(p, "time", i))) : h("p", { class: "muted" }, tp.status === "rejected" ? errorText(tp.reason)[0] : "No time-respecting path.")
        ]
      }, from);
    }
    async trail(id) {
      try {
        const t = await api.moneyTrail(id);
        if (!t.paths.length) return toast("No payments leave this party.", "info");
        const f = trailFinding(t);
        this.applyFinding(f, {
          title: f.highlight.label,
          testid: "findings-trail",
          names: [t.start.name],
          body: [h("ol", {}, t.reached.slice(0, 30).map((r) => h("li", {}, h("button", { class: "link", onclick: () => this.select(r.id) }, name(r.name)), h("span", { class: "muted" }, ` · ${r.hops} hop${r.hops === 1 ? "" : "s"}${r.first ? `, from ${r.first}` : ""}`))))]
        }, id);
      } catch (e) {
        this.fail(e, "Money trail");
      }
    }
    async cycles(from) {
      try {
        const c = await api.moneyCycles(from);
        if (!c.cycles.length) return toast(from ? "No round trip of money passes through this party." : "No money round trips found.", "info");
        const f = cyclesFinding(c);
        this.applyFinding(f, {
          title: f.highlight.label,
          testid: "findings-cycles",
          body: [h("ol", {}, c.cycles.map((cy, i) => h("li", {}, h("button", { class: "link", testid: `cycle-${i}`, onclick: () => {
            this.commit({ ...this.state, highlight: cyclesFinding(c, i).highlight });
            this.showHighlight();
          } }, h("span", { dir: "ltr" }, bidi(cy.explanation, cy.parties.map((p) => p.name)))))))]
        }, from);
      } catch (e) {
        this.fail(e, "Round trips");
      }
    }
    async hawala() {
      try {
        const r = await api.hawala();
        if (!r.hubs.length) return toast("No hawala hubs found.", "info");
        const refs = r.hubs;
        const f = { entities: refs.map((x) => ({ id: x.id, name: x.name, kind: x.kind })), links: [], highlight: { label: `${r.hubs.length} hawala hubs`, nodes: refs.map((x) => x.id), links: [] } };
        this.applyFinding(f, {
          title: `Hawala hubs (${r.hubs.length})`,
          testid: "findings-hawala",
          body: [h("ol", {}, r.hubs.map((hub) => h("li", {}, h("button", { class: "link", onclick: () => this.select(hub.id) }, name(hub.name)), hub.registered ? h("span", { class: "chip" }, "registered office") : null, h("p", { class: "muted", dir: "ltr" }, bidi(hub.explanation, [hub.name])))))]
        });
      } catch (e) {
        this.fail(e, "Hawala hubs");
      }
    }
    async keyPlayers(k) {
      let r;
      try {
        this.status("Finding key players…");
        r = await api.keyPlayers(k, this.projection());
      } catch (e) {
        return this.fail(e, "Key players");
      } finally {
        this.status(null);
      }
      const ids = r.players.map((p) => p.id);
      const f = { entities: r.players.map((p) => ({ id: p.id, name: p.name, kind: p.kind })), links: [], highlight: { label: `Key players (k=${r.k})`, nodes: ids, links: [] } };
      const result = h("div", { class: "kp-result", testid: "keyplayers-result" });
      const simulate = h("button", { class: "btn primary", testid: "keyplayers-remove" }, "Simulate their removal");
      simulate.addEventListener("click", () => {
        const on = this.state.removed.length === 0;
        this.commit({ ...this.state, removed: on ? ids : [], highlight: on ? null : f.highlight });
        simulate.textContent = on ? "Put them back" : "Simulate their removal";
        this.renderKpResult(result, r, on);
      });
      this.applyFinding(f, {
        title: `Key players (k=${r.k})`,
        testid: "findings-keyplayers",
        body: [h("ol", { testid: "keyplayers-list" }, r.players.map((p) => h("li", {}, h("button", { class: "link", onclick: () => this.select(p.id) }, name(p.name))))), h("p", { dir: "ltr" }, bidi(r.explanation, r.players.map((p) => p.name))), simulate, result]
      });
      this.renderKpResult(result, r, false);
    }
    renderKpResult(el, r, removed) {
      const keep = [...this.state.nodes.values()].filter((n) => n.entity.kind !== "Case").map((n) => n.id);
      const edges = [...this.state.links.values()].map((l) => [l.link.source, l.link.target]);
      const before = fragmentation(keep, edges);
      const after = fragmentation(keep, edges, new Set(r.players.map((p) => p.id)));
      const row = (label2, a, b) => h("tr", {}, h("th", {}, label2), h("td", { class: "num" }, a), h("td", { class: "num" }, b));
      replace(
        el,
        h(
          "table",
          { class: "kp-table", testid: "keyplayers-table" },
          h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", { class: "num" }, "Before"), h("th", { class: "num" }, removed ? "After (shown)" : "After"))),
          h(
            "tbody",
            {},
            row("Components", String(before.components), String(after.components)),
            row("Largest component", String(before.largest), String(after.largest)),
            row("Fragmentation (chart)", before.fragmentation.toFixed(3), after.fragmentation.toFixed(3)),
            row("Fragmentation (people view)", r.before.toFixed(3), r.score.toFixed(3))
          )
        ),
        h("p", { class: "muted small" }, "Chart figures count what is drawn, without case nodes; the people view is the server's (persons tied by associations and shared phones, accounts, organisations).")
      );
    }
    // ---- time ----------------------------------------------------------------------------------------------------
    async setWindow(w) {
      const seq = ++this.windowSeq;
      this.state = { ...this.state, window: w };
      if (!w) {
        this.stopPlay();
        this.windowNet = null;
        this.render(false);
        void this.refreshInsights();
        return;
      }
      this.render(false);
      await new Promise((r) => window.setTimeout(r, 120));
      if (seq !== this.windowSeq) return;
      try {
        const p = { view: "full", from: w.from, to: w.to };
        if (this.state.scope.case) p.case = this.state.scope.case;
        if (this.state.scope.community) p.community = this.state.scope.community;
        const net = await api.network(p);
        if (seq !== this.windowSeq) return;
        this.windowNet = net.summarised ? null : { nodes: new Set(net.entities.map((e) => e.id)), links: new Set(net.links.map(linkKey)) };
      } catch (e) {
        this.windowNet = null;
        this.fail(e, "Time window");
      }
      this.render(false);
      void this.refreshInsights();
    }
    togglePlay() {
      if (this.playing !== null) return this.stopPlay();
      const months = histogram([...this.state.links.values()].map((l) => l.link)).months;
      const tick = () => {
        const w = step(months, this.state.window);
        if (!w) return this.stopPlay();
        void this.setWindow(w);
      };
      this.playing = window.setInterval(tick, 1600);
      tick();
      this.render(false);
    }
    stopPlay() {
      if (this.playing !== null) window.clearInterval(this.playing);
      this.playing = null;
      if (this.timebar) this.render(false);
    }
    // ---- insights ------------------------------------------------------------------------------------------------
    scoresFor(measure) {
      const key = `${this.projKey()}|${measure}`;
      let p = this.scoreCache.get(key);
      if (!p) {
        p = api.centrality(measure, this.projection()).then((r) => {
          const s = { scores: new Map(r.results.map((x) => [x.id, x.score])), ranks: new Map(r.results.map((x) => [x.id, x.rank])), of: r.results.length };
          this.scoreDone.set(key, s);
          return s;
        });
        p.catch(() => this.scoreCache.delete(key));
        this.scoreCache.set(key, p);
      }
      return p;
    }
    async refreshInsights() {
      if (!this.canAnalyse() || this.state.summary) return;
      const jobs = [];
      const key = this.projKey();
      if (this.state.sizeBy !== "none") jobs.push(this.scoresFor(this.state.sizeBy));
      if (this.communities?.key !== key) {
        jobs.push(api.communities(this.projection()).then((c) => {
          const of = /* @__PURE__ */ new Map();
          for (const com of c.communities) for (const m of com.members) of.set(m, String(com.id));
          this.communities = { key, of, labels: new Map(c.communities.map((x) => [String(x.id), x.label])) };
        }));
      }
      if ((this.state.colourBy === "role" || this.state.selected) && this.brokers?.key !== key) {
        jobs.push(api.brokers(this.projection()).then((b) => {
          this.brokers = { key, of: new Map(b.results.map((x) => [x.id, x])) };
        }));
      }
      const res = await Promise.allSettled(jobs);
      const bad = res.find((r) => r.status === "rejected");
      this.insightsNote = bad ? errorText(bad.reason)[0] : null;
      if (bad && !(bad.reason instanceof ApiError && bad.reason.status === 401)) toast(`Scores: ${this.insightsNote}`, "error");
      this.render(false);
    }
    setSizeBy(v) {
      this.commit({ ...this.state, sizeBy: v });
      void this.refreshInsights();
    }
    setColourBy(v) {
      this.commit({ ...this.state, colourBy: v });
      void this.refreshInsights();
    }
    /**
     * sizeScores are the scores nodes are sized by: the server's measure on what is shown once it has answered, and
     * until then (or for a viewer, who may not ask) each node's degree on the links shown, computed here.
     */
    sizeScores() {
      const s = this.state;
      if (s.sizeBy === "none") return { scores: null, stand_in: false };
      const scores = this.scoreDone.get(`${this.projKey()}|${s.sizeBy}`)?.scores;
      if (scores) return { scores, stand_in: false };
      return { scores: degrees(shownLinks(s, this.hiddenCases)), stand_in: true };
    }
    look() {
      const s = this.state;
      this.hiddenCases = s.summary ? /* @__PURE__ */ new Set() : hiddenNodes(s);
      const ids = [...s.nodes.keys()].filter((id) => !this.hiddenCases.has(id));
      let sizes;
      if (s.summary) {
        sizes = new Map(ids.map((id) => [id, summarySize(s.nodes.get(id).members ?? 1, this.summaryLargest)]));
      } else if (s.sizeBy === "none") sizes = nodeSizes(ids, null, 6, 6);
      else sizes = nodeSizes(ids, this.sizeScores().scores);
      const cats = this.categories();
      const scale2 = colourScale(s.colourBy, [...cats.values()].map((c) => c.key));
      const colours = /* @__PURE__ */ new Map();
      for (const [id, c] of cats) colours.set(id, s.nodes.get(id).members !== void 0 ? KINDS.Community.colour : scale2.get(c.key) ?? "#999");
      return { sizes, colours };
    }
    categories() {
      const s = this.state;
      const out = /* @__PURE__ */ new Map();
      for (const n of s.nodes.values()) {
        const b = this.brokers?.of.get(n.id);
        out.set(n.id, categoryOf(s.colourBy, {
          kind: n.entity.kind,
          cases: n.entity.cases ?? [],
          community: this.communities?.of.get(n.id) ?? null,
          role: b ? dominantRole(b.roles) : "none"
        }, { cases: this.caseNames, communities: this.communities?.labels ?? /* @__PURE__ */ new Map() }));
      }
      return out;
    }
    render(positions = false) {
      if (!this.renderer) return;
      const s = this.state;
      const look = this.look();
      this.lastLook = look;
      const view = emptyView();
      view.selected = s.selected;
      view.neighbours = s.selected ? neighbours(s, s.selected) : /* @__PURE__ */ new Set();
      if (s.highlight) {
        view.highlightNodes = new Set(s.highlight.nodes);
        view.highlightLinks = new Set(s.highlight.links);
      }
      view.removed = new Set(s.removed);
      view.hiddenNodes = this.hiddenCases;
      const hidden = /* @__PURE__ */ new Set();
      const hiddenTypes = new Set(s.hiddenTypes);
      for (const [k, l] of s.links) {
        if (hiddenTypes.has(typeKey(l.link))) hidden.add(k);
        else if (s.window && (this.windowNet ? !this.windowNet.links.has(k) : !inWindow(l.link, s.window))) hidden.add(k);
      }
      view.hiddenLinks = hidden;
      if (s.window) {
        if (this.windowNet) {
          for (const id of s.nodes.keys()) if (!this.windowNet.nodes.has(id)) view.faded.add(id);
        } else {
          const live = /* @__PURE__ */ new Set();
          for (const [k, l] of s.links) if (!hidden.has(k)) {
            live.add(l.link.source);
            live.add(l.link.target);
          }
          for (const id of s.nodes.keys()) if (!live.has(id)) view.faded.add(id);
        }
      }
      this.renderer.view = view;
      if (!this.renderer.sync(s, look, positions)) this.renderer.refresh();
      const cats = [...this.categories().values()];
      const titles = { kind: "Colour: kind", community: "Colour: community", case: "Colour: case", role: "Colour: brokerage role" };
      const standIn = !s.summary && s.sizeBy !== "none" && s.sizeBy !== "degree" && this.sizeScores().stand_in;
      const sizeNote = s.summary ? "Size: entities in the community" : s.sizeBy === "none" ? "Size: all the same" : standIn ? `Size: links on the chart (${s.sizeBy} ${this.insightsNote ? "unavailable" : "loading…"})` : `Size: ${s.sizeBy}${s.window ? ` in ${describe(s.window)}` : ""}${s.hiddenTypes.length ? ", on the links shown" : ""}${this.insightsNote ? " (unavailable)" : ""}`;
      const linkItems = [...linkTypes(s).keys()].filter((k) => !s.hiddenTypes.includes(k)).slice(0, 8).map((k) => {
        const [type, sub] = k.split("/");
        return { label: describeGroup({ type, ...sub ? { subtype: sub } : {} }), colour: linkColour(type, sub) };
      });
      const folded = this.legendFolded ?? !!this.finding;
      renderLegend(this.legendEl, s.summary ? "Communities (summary)" : titles[s.colourBy], s.summary ? [] : legend(s.colourBy, cats), sizeNote, s.summary ? [] : linkItems, folded, () => {
        this.legendFolded = !folded;
        this.render(false);
      });
      this.legendEl.hidden = s.nodes.size === 0;
      this.bannerEl.hidden = !s.summary;
      if (s.summary) replace(this.bannerEl, h("strong", {}, "Summarised: "), h("span", { dir: "ltr" }, bidi(s.summary.reason)), " ", h("span", { class: "muted" }, 'Each big node is a community; double-click one (or "Open" in the panel) to draw its members.'));
      else if (s.scope.community) {
        this.bannerEl.hidden = false;
        replace(this.bannerEl, `Community ${s.scope.community}: its members and their links. `, h("button", { class: "link", testid: "back-to-summary", onclick: () => this.undo() }, "Back to the summary"));
      }
      this.findingsEl.hidden = !this.finding;
      if (this.finding) {
        replace(
          this.findingsEl,
          h("div", { class: "findings-head" }, h("strong", { dir: "ltr" }, bidi(this.finding.title, this.finding.names)), h("button", { class: "icon", "aria-label": "Clear highlight", title: "Clear highlight", testid: "findings-clear", onclick: () => this.clearFinding() }, "×")),
          h("div", { class: "findings-body", testid: this.finding.testid }, ...this.finding.body)
        );
      }
      this.emptyEl.hidden = s.nodes.size > 0 || !this.isReady;
      if (s.nodes.size === 0) replace(this.emptyEl, h("p", {}, this.lastError ? this.lastError : "The chart is empty."), h("p", { class: "muted" }, "Search for a name above, pick a case, or "), h("button", { class: "btn primary", testid: "empty-load-network", onclick: () => this.loadNetwork({}) }, "Draw the whole network"));
      this.rail.sizeBy.value = s.sizeBy;
      this.rail.colourBy.value = s.colourBy;
      this.rail.undo.disabled = s.past.length === 0;
      const shownLinkCount = [...s.links.values()].filter((l) => !view.hiddenLinks.has(l.key) && !this.hiddenCases.has(l.link.source) && !this.hiddenCases.has(l.link.target)).length;
      const shownNote = this.hiddenCases.size || shownLinkCount !== s.links.size ? h("div", { class: "small", testid: "chart-shown" }, `Shown: ${(s.nodes.size - this.hiddenCases.size).toLocaleString("en")} entities · ${shownLinkCount.toLocaleString("en")} links`, this.hiddenCases.size ? ` (${this.hiddenCases.size} case node${this.hiddenCases.size === 1 ? "" : "s"} hidden with their links)` : "") : null;
      replace(this.rail.stats, `${s.nodes.size.toLocaleString("en")} entities · ${s.links.size.toLocaleString("en")} links`, shownNote, s.scope.case ? h("div", { dir: "ltr" }, "Case: ", h("bdi", {}, this.caseNames.get(s.scope.case) ?? s.scope.case)) : null);
      const types = linkTypes(s);
      replace(this.rail.types, types.size === 0 ? h("p", { class: "muted small" }, "No links drawn.") : [...types].map(([k, n]) => {
        const [type, sub] = k.split("/");
        const cb = h("input", { type: "checkbox", checked: !s.hiddenTypes.includes(k), testid: `filter-type-${k}`, onchange: () => this.toggleLinkType(k) });
        const sw = h("span", { class: "line-swatch" });
        sw.style.background = linkColour(type, sub);
        return h("label", { class: "type-row" }, cb, sw, h("span", {}, describeGroup({ type, ...sub ? { subtype: sub } : {} })), h("span", { class: "count muted" }, String(n)));
      }));
      this.top.caseSelect.value = s.scope.case ?? "";
      this.timebar.update(histogram([...s.links.values()].map((l) => l.link)), s.window, this.playing !== null);
      this.renderPanel();
    }
    async loadPanelExtras(id) {
      if (isSummary(id)) return;
      const extra = this.panelExtra.get(id) ?? {};
      this.panelExtra.set(id, extra);
      const jobs = [];
      const node = this.state.nodes.get(id);
      if (!extra.full && node && !node.entity.sources) {
        jobs.push(api.entity(id).then((e) => {
          extra.full = e;
          const n = this.state.nodes.get(id);
          if (n) this.state = { ...this.state, nodes: new Map(this.state.nodes).set(id, { ...n, entity: { ...n.entity, ...e } }) };
        }, () => {
        }));
      }
      if (this.canAnalyse()) {
        if (extra.candidates === void 0) {
          extra.candidates = "loading";
          jobs.push(api.candidates(id).then(
            (r) => extra.candidates = r.candidates.filter((c) => c.source === id || c.target === id),
            (e) => extra.candidates = e instanceof ApiError && e.status === 404 ? null : errorText(e)[0]
          ));
        }
        jobs.push(...MEASURES.map((m) => this.scoresFor(m).catch(() => null)));
        if (this.brokers?.key !== this.projKey()) jobs.push(this.refreshInsights());
      }
      this.renderPanel();
      await Promise.allSettled(jobs);
      if (this.state.selected === id) this.renderPanel();
    }
    renderPanel() {
      const el = $("#panel");
      const s = this.state;
      const id = s.selected;
      $("#app").classList.toggle("with-panel", !!id);
      if (!id) return renderEmptyPanel(el, s.nodes.size ? "Select an entity to see its details." : "Nothing drawn yet.");
      const n = s.nodes.get(id);
      if (!n) return renderEmptyPanel(el, "Select an entity to see its details.");
      const extra = this.panelExtra.get(id) ?? {};
      const key = this.projKey();
      let scores = "loading";
      const rows = [];
      let all = true;
      for (const m of MEASURES) {
        const sc = this.scoreDone.get(`${key}|${m}`);
        if (!sc) all = false;
        else rows.push({ measure: m, score: sc.scores.get(id) ?? null, rank: sc.ranks.get(id) ?? null, of: sc.of });
      }
      if (all || rows.length) scores = rows;
      if (!all && this.insightsNote) scores = this.insightsNote;
      const b = this.brokers?.of.get(id) ?? null;
      const about = this.about;
      const model = {
        entity: extra.full ? { ...n.entity, ...extra.full } : n.entity,
        ...n.members !== void 0 ? { members: n.members } : {},
        onChart: { links: [...s.links.values()].filter((l) => l.link.source === id || l.link.target === id).length, neighbours: neighbours(s, id).size },
        scores,
        broker: b,
        community: this.communities?.of.get(id) ?? null,
        role: b ? dominantRole(b.roles) : null,
        candidates: extra.candidates ?? null,
        neo4j: about?.store === "neo4j" && about.browser ? { open: browserLink(about.browser.url, neighbourhoodQuery(id)), style: browserLink(about.browser.url, styleCommand(about.browser.style_url)), styleCommand: styleCommand(about.browser.style_url) } : null,
        pathFrom: this.pathFrom,
        caseNames: this.caseNames,
        canAnalyse: this.canAnalyse()
      };
      renderPanel(el, model, {
        expand: (x) => this.expand(x),
        pathFrom: (x) => {
          this.pathFrom = { id: x, name: this.state.nodes.get(x)?.entity.name ?? x };
          toast(`Path from ${this.pathFrom.name}: now select the other end and choose "Path to here".`, "info", [], [this.pathFrom.name]);
          this.renderPanel();
        },
        pathTo: (x) => this.pathFrom && this.paths(this.pathFrom.id, x),
        trail: (x) => this.trail(x),
        cycles: (x) => this.cycles(x),
        remove: (x) => {
          this.pull();
          this.commit(removeNodes(this.state, [x]));
        },
        openCommunity: (x) => this.openCommunity(x),
        focus: (x) => this.renderer.focus(x),
        close: () => this.select(null),
        select: (x) => this.state.nodes.has(x) ? this.select(x) : toast("Not on the chart.", "info")
      });
    }
    // ---- charts --------------------------------------------------------------------------------------------------
    saveDialog() {
      if (this.state.summary) return toast("A summary cannot be saved: open a community first.", "info");
      if (this.state.nodes.size === 0) return toast("The chart is empty.", "info");
      const input = h("input", { type: "text", class: "text-input", testid: "chart-name", "aria-label": "Chart name", dir: "auto", value: this.state.scope.case ? `${this.caseNames.get(this.state.scope.case) ?? this.state.scope.case}` : "Chart" });
      const save = h("button", { class: "btn primary", testid: "chart-save-confirm" }, "Save");
      const d = modal("Save chart", "save-dialog", [h("label", { class: "field" }, h("span", {}, "Name"), input), h("p", { class: "muted small" }, "Saves what is drawn, where it is, the filters, the time window, the size and colour choice and the selection. Anyone who can see all its entities can open it.")], [save]);
      input.focus();
      input.select();
      const go = async () => {
        const nm = input.value.trim();
        if (!nm) return;
        save.disabled = true;
        this.pull();
        try {
          const r = await api.saveChart(nm, serialise(this.state));
          d.close();
          history.replaceState(null, "", location.pathname + formatFragment({ chart: r.id }));
          toast(`Saved “${r.name}” (${r.entities} entities). Its address: ${location.origin}/#chart=${r.id}`, "info", [], [r.name]);
        } catch (e) {
          save.disabled = false;
          this.fail(e, "Cannot save the chart");
        }
      };
      save.addEventListener("click", go);
      input.addEventListener("keydown", (e) => e.key === "Enter" && go());
    }
    async openDialog() {
      try {
        const r = await api.charts();
        const list = r.charts.length ? h("ul", { class: "chart-list", testid: "chart-list" }, r.charts.map((c) => h("li", {}, h("button", { class: "link", testid: "chart-item", "data-id": c.id, onclick: () => {
          d.close();
          void this.openChart(c.id);
        } }, name(c.name)), h("span", { class: "muted" }, ` · ${c.entities} entities · ${c.created_by} · ${c.created_at.slice(0, 16).replace("T", " ")}`)))) : h("p", { class: "muted" }, "No saved charts yet.");
        const d = modal("Open a saved chart", "open-dialog", [list], []);
      } catch (e) {
        this.fail(e, "Saved charts");
      }
    }
    async openChart(id) {
      this.status("Opening the chart…");
      try {
        const doc = await api.chart(id);
        const saved = parseSaved(doc.state);
        if (typeof saved === "string") throw new Error(`This chart cannot be opened: ${saved}.`);
        const p = { view: "full" };
        if (saved.scope.case) p.case = saved.scope.case;
        if (saved.scope.community) p.community = saved.scope.community;
        const net = await api.network(p);
        const entities = net.summarised ? [] : net.entities;
        const links = net.summarised ? [] : net.links;
        const have = new Set(entities.map((e) => e.id));
        const lost = saved.entities.filter((x) => !have.has(x));
        for (let i = 0; i < lost.length && i < 300; i += 6) {
          const got = await Promise.allSettled(lost.slice(i, i + 6).map((x) => api.entity(x)));
          for (const g of got) if (g.status === "fulfilled") entities.push(g.value);
        }
        const { state, missing } = restore(this.state, saved, entities, links);
        this.layout.stop();
        this.finding = null;
        this.windowNet = null;
        this.commit(state, { positions: true, fit: true });
        history.replaceState(null, "", location.pathname + formatFragment({ chart: id }));
        toast(`Opened “${doc.name}”${missing.length ? ` (${missing.length} entities are no longer visible and were left out)` : ""}.`, "info", [], [doc.name]);
        if (state.window) void this.setWindow(state.window);
        else void this.refreshInsights();
        if (state.selected) void this.loadPanelExtras(state.selected);
        this.markReady();
      } catch (e) {
        this.fail(e, e instanceof ApiError && e.status === 404 ? void 0 : "Cannot open the chart");
        if (this.state.nodes.size === 0) await this.loadNetwork({});
        else this.markReady();
      } finally {
        this.status(null);
      }
    }
    // ---- export --------------------------------------------------------------------------------------------------
    exportGraph() {
      this.pull();
      const s = this.state;
      const measure = s.sizeBy !== "none" ? this.scoreDone.get(`${this.projKey()}|${s.sizeBy}`) : void 0;
      const nodes = [...s.nodes.values()].map((n) => {
        const attributes = {};
        for (const [k, v] of Object.entries(n.entity.properties ?? {})) if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") attributes[k] = v;
        if (n.entity.aliases?.length) attributes.aliases = n.entity.aliases.join(";");
        const sc = measure?.scores.get(n.id);
        if (sc !== void 0) attributes[s.sizeBy] = sc;
        const c = this.communities?.of.get(n.id);
        if (c !== void 0) attributes.community = c;
        const b = this.brokers?.of.get(n.id);
        if (b) attributes.brokerage_role = dominantRole(b.roles);
        if (n.members !== void 0) attributes.members = n.members;
        return { id: n.id, label: n.entity.name, kind: n.entity.kind, cases: n.entity.cases ?? [], x: n.x, y: n.y, size: this.lastLook.sizes.get(n.id) ?? 5, color: this.lastLook.colours.get(n.id) ?? "#888888", attributes };
      });
      const edges = [...s.links.values()].map((l) => {
        const k = l.link;
        const e = { id: l.key, source: k.source, target: k.target, type: k.type, directed: l.directed, cases: k.cases ?? [], color: linkColour(k.type, k.subtype) };
        if (k.subtype) e.subtype = k.subtype;
        if (k.weight !== void 0) e.weight = k.weight;
        if (k.amount !== void 0) e.amount = k.amount;
        if (k.currency) e.currency = k.currency;
        if (k.date) e.date = k.date;
        if (k.first_seen) e.first_seen = k.first_seen;
        if (k.last_seen) e.last_seen = k.last_seen;
        return e;
      });
      const title = s.scope.case ? `Ringleader chart: ${this.caseNames.get(s.scope.case) ?? s.scope.case}` : "Ringleader chart";
      return { title, date: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10), nodes, edges };
    }
    exportAs(f) {
      if (this.state.nodes.size === 0) return toast("The chart is empty.", "info");
      const base = `ringleader-${(/* @__PURE__ */ new Date()).toISOString().slice(0, 10)}`;
      if (f === "png") {
        downloadAsPNG(this.renderer.sigma, { fileName: base, backgroundColor: "#ffffff" }).catch((e) => this.fail(e, "PNG"));
        return;
      }
      const g = this.exportGraph();
      if (f === "gexf") download(`${base}.gexf`, gexf(g), "application/gexf+xml;charset=utf-8");
      else if (f === "graphml") download(`${base}.graphml`, graphml(g), "application/graphml+xml;charset=utf-8");
      else {
        download(`${base}-nodes.csv`, csvNodes(g), "text/csv;charset=utf-8");
        window.setTimeout(() => download(`${base}-links.csv`, csvLinks(g), "text/csv;charset=utf-8"), 300);
      }
    }
    // ---- test hooks ----------------------------------------------------------------------------------------------
    exposeHooks() {
      const app = this;
      const hooks = {
        get ready() {
          return app.ready;
        },
        get isReady() {
          return app.isReady;
        },
        get nodes() {
          if (!app.renderer) return [];
          const v = app.renderer.view;
          return app.renderer.graph.mapNodes((id, d) => ({
            id,
            label: d.label,
            kind: d.kind,
            x: d.x,
            y: d.y,
            size: d.size,
            color: d.color,
            faded: v.faded.has(id),
            removed: v.removed.has(id),
            highlighted: v.highlightNodes ? v.highlightNodes.has(id) : false,
            hidden: v.hiddenNodes.has(id) && id !== v.selected
          }));
        },
        get links() {
          if (!app.renderer) return [];
          const v = app.renderer.view;
          return app.renderer.graph.mapEdges((id, d, source, target) => ({ id, source, target, type: d.linkType, label: d.label, hidden: v.hiddenLinks.has(id) }));
        },
        get selected() {
          return app.state.selected;
        },
        get window() {
          return app.state.window ? { ...app.state.window } : null;
        },
        get layoutRunning() {
          return !!app.layout?.running;
        },
        get sizeBy() {
          return app.state.sizeBy;
        },
        get colourBy() {
          return app.state.colourBy;
        },
        get summarised() {
          return !!app.state.summary;
        },
        get scope() {
          return { ...app.state.scope };
        },
        get highlight() {
          return app.state.highlight ? { ...app.state.highlight } : null;
        },
        get removed() {
          return [...app.state.removed];
        },
        get legend() {
          return [...app.legendEl?.querySelectorAll('[data-testid="legend-item"]') ?? []].map((li) => ({ key: li.dataset.key, label: li.querySelector(".legend-label")?.textContent ?? "", count: Number(li.querySelector(".count")?.textContent ?? 0) }));
        },
        get lastError() {
          return app.lastError;
        },
        get playing() {
          return app.playing !== null;
        },
        get role() {
          return app.about?.token.role ?? null;
        },
        get timing() {
          return { ...app.timing };
        },
        get layoutIterations() {
          return app.layout?.iterations ?? 0;
        },
        get layoutStartedAt() {
          return app.layout?.startedAt ?? null;
        },
        get layoutMovement() {
          return app.layout?.lastMovement ?? null;
        },
        get labelsDrawn() {
          return app.renderer?.labels.drawn ?? 0;
        },
        get frames() {
          return app.renderer ? { ...app.renderer.frames } : { count: 0, ms: 0, last: 0 };
        }
      };
      Object.defineProperty(window, "__ringleader", { value: Object.freeze(hooks), writable: false, configurable: false });
    }
  };

  // src/main.ts
  new App().start();
})();
