// SPDX-License-Identifier: EUPL-1.2
// window.lagesbild (src/web/API.md): the page's and the tests' way into the
// core. It only moves texts and bytes in and out of the WebAssembly module
// (web_api.cpp); every answer is the core's.
(function () {
  "use strict";
  const root = typeof window !== "undefined" ? window : globalThis;
  const api = { ready: false, version: "@PROJECT_VERSION@" };
  root.lagesbild = api;
  let core = null;
  const encoder = new TextEncoder();

  function notReady() {
    return new Error("lagesbild har inte laddats än; vänta på händelsen lagesbild-ready");
  }

  // A string (as UTF-8) or bytes into the module's memory, NUL-ended; the
  // caller frees the pointer.
  function copyIn(content) {
    const bytes = typeof content === "string" ? encoder.encode(content) : content;
    const pointer = core._malloc(bytes.length + 1);
    core.HEAPU8.set(bytes, pointer);
    core.HEAPU8[pointer + bytes.length] = 0;
    return { pointer, size: bytes.length };
  }

  // use(pointer, size) with `content` in the module's memory, for one call.
  function withBytes(content, use) {
    const { pointer, size } = copyIn(content);
    try {
      return use(pointer, size);
    } finally {
      core._free(pointer);
    }
  }

  // Calls lb_NAME with string arguments; answers the parsed JSON it returns.
  function call(name, ...texts) {
    if (!core) throw notReady();
    const pointers = texts.map((text) => copyIn(text == null ? "" : String(text)).pointer);
    try {
      return answer(core["_lb_" + name](...pointers));
    } finally {
      pointers.forEach((pointer) => core._free(pointer));
    }
  }

  function answer(pointer) {
    const text = core.UTF8ToString(pointer);
    core._lb_free(pointer);
    return JSON.parse(text);
  }

  // One file into the working folder under its own name (web_api.cpp). Bytes
  // or a File/Blob over the core's limit go in size only: the core reads no
  // more of such a file (and a File need not be read at all to be told so).
  function put(fileName, content) {
    if (content == null) content = "";
    const blob = typeof Blob === "function" && content instanceof Blob;
    if (!(typeof content === "string" || content instanceof Uint8Array || blob)) {
      throw new TypeError("innehållet ska vara en sträng, en Uint8Array eller en fil över gränsen");
    }
    const size = blob ? content.size : content instanceof Uint8Array ? content.length : -1;
    const sizeOnly = size > api.maxFileBytes;
    if (blob && !sizeOnly) throw new TypeError("en fil (Blob) under gränsen ska läsas först: skicka dess bytes");
    const result = withBytes(String(fileName || ""), (name) => sizeOnly
      ? answer(core._lb_put_sized_file(name, size))
      : withBytes(content, (pointer, n) => answer(core._lb_put_file(name, pointer, n))));
    if (!result.name) throw new Error(`två filer heter ${fileName}; byt namn på den ena och försök igen`);
    return result.name;
  }

  // The files of one call, in a fresh working folder: their names there.
  function start(...files) {
    if (!core) throw notReady();
    core._lb_reset();
    return files.map(([fileName, content]) => put(fileName, content));
  }

  function flag(value) {
    return value ? 1 : 0;
  }

  function checked(fileName, content, options) {
    const [name] = start([fileName, content]);
    const o = options || {};
    return withBytes(name, (pointer) => answer(core._lb_validate(pointer, flag(o.final), flag(o.strict))));
  }

  api.validate = function (fileName, content, options) {
    return checked(fileName, content, options).json;
  };

  api.check = function (fileName, content, options) {
    const result = checked(fileName, content, options);
    return { exitCode: result.exitCode, diagnostics: JSON.parse(result.json), text: result.text };
  };

  api.merge = function (files, options) {
    const o = options || {};
    const inputs = (files || []).map((f) => [f.fileName, f.text]);
    if (o.previous) inputs.push([o.previous.fileName, o.previous.text]);
    if (o.existing) inputs.push([o.existing.fileName, o.existing.text]);
    const names = start(...inputs);
    const parties = names.slice(0, (files || []).length);
    const previous = o.previous ? names[parties.length] : "";
    const existing = o.existing ? names[names.length - 1] : "";
    return call("merge", parties.join("\n"), previous, existing);
  };

  api.render = function (fileName, text, format) {
    // A PDF is the browser's print of the HTML; silently returning HTML for
    // "pdf" (or for a typo) would hand a caller the wrong kind of file.
    const wanted = format === undefined ? "html" : format;
    if (wanted !== "html" && wanted !== "markdown") {
      const error = new Error(
        `render: formatet "${wanted}" finns inte här. Välj "html" eller "markdown"; PDF gör webbläsaren när HTML skrivs ut.`,
      );
      error.exitCode = 2;
      throw error;
    }
    const [name] = start([fileName, text]);
    const result = call("render", name, wanted);
    if (result.text == null) {
      const error = new Error(result.messages);
      error.exitCode = result.exitCode;
      throw error;
    }
    return result.text;
  };

  api.newFile = function (options) {
    const o = options || {};
    const result = call("new", o.kommun, o.part, o.period, o.mall, o.organisation, o.upprattadAv, o.upprattad,
      o.klassificering, o.sekretessgrund, o.diarienummer);
    if (result.error) throw new Error(result.error);
    return { fileName: result.fileName, text: result.text };
  };

  api.questionnaire = function (id) {
    const result = call("questionnaire", id || "");
    if (result.error) throw new Error(result.error);
    return result;
  };

  api.readForm = function (fileName, content) {
    const [name] = start([fileName, content]);
    const result = call("read_form", name);
    result.diagnostics = JSON.parse(result.diagnostics);
    return result;
  };

  // Texts travel as records (form_model.hpp); the two separators are
  // characters no one types, removed from every text.
  const kRecord = "\x1e";
  const kField = "\x1f";
  function field(value) {
    return value == null ? "" : String(value).replace(/[\x1e\x1f]/g, "");
  }
  function record(...fields) {
    return fields.map(field).join(kField) + kRecord;
  }

  api.writeForm = function (model) {
    const m = model || {};
    let records = record("H", m.mall || "dalarna-2019", m.kommun, m.part, m.organisation, m.period, m.upprattad,
      m.upprattadAv, m.klassificering || "intern", m.sekretessgrund, m.diarienummer, m.modeline);
    for (const source of m.kallor || []) records += record("K", source);
    for (const area of m.omraden || []) {
      records += record("A", area.id, area.trend, area.bedomning, area.ingetAttRapportera ? "1" : "0");
      for (const o of area.iakttagelser || []) {
        const count = o.antal == null || o.antal === "" ? "" : String(o.antal);
        records += record("O", o.vad, o.var, o.nar, o.kalla, count);
      }
    }
    const result = call("write_form", records);
    if (result.error) throw new Error(result.error);
    return result.text;
  };

  api.fileName = function (period, kommun, part) {
    return call("file_name", period, kommun, part).fileName;
  };

  // The module's `ready` promise (emscripten 3.1.6, MODULARIZE) resolves once
  // the WebAssembly inside this file is compiled and the runtime is up.
  // A browser without WebAssembly (or its exceptions) fails here: the page
  // must say so instead of "Laddar…" for ever (event lagesbild-failed, and
  // api.failed with the reason).
  const failed = (e) => {
    api.failed = String((e && e.message) || e);
    if (typeof root.dispatchEvent === "function" && typeof CustomEvent === "function") {
      root.dispatchEvent(new CustomEvent("lagesbild-failed", { detail: api.failed }));
    }
  };
  try {
    const made = createLagesbildCore();
    Promise.resolve(made.ready || made).then(() => {
      core = made;
      api.maxFileBytes = core._lb_max_file_bytes();
      api.ready = true;
      if (typeof root.dispatchEvent === "function" && typeof Event === "function") {
        root.dispatchEvent(new Event("lagesbild-ready"));
      }
    }, failed);
  } catch (e) {
    failed(e);
  }
})();
