// SPDX-License-Identifier: EUPL-1.2
// Speaks LSP over stdio to the real yaml-language-server, as VS Code's YAML
// extension does, with no schema setting: the file's first line (the
// modeline `lagesbild new` writes) is all that names the schema. Run by
// lsp-check.sh (ctest "editor: lsp").
//   node lsp-check.mjs OWN_FILE TREND_LINE COMPLETION_LINE JOINT_FILE
// OWN_FILE has a wrong trend on TREND_LINE (1-based) and `    trend: ` on
// COMPLETION_LINE; JOINT_FILE is a joint picture from `lagesbild merge`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [ownFile, trendLine, completionLine, jointFile] = process.argv.slice(2);
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`); if (!ok) failures.push(what); };

const server = spawn(process.execPath, [join(here, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
  { stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let nextId = 0;
const pending = new Map();
const diagnostics = new Map();  // uri -> [{resolve}] waiting, or the last list
const waiting = new Map();
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
    buffer = buffer.subarray(end + 4 + length);
    if (message.method === 'textDocument/publishDiagnostics') {
      diagnostics.set(message.params.uri, message.params.diagnostics);
      waiting.get(message.params.uri)?.(message.params.diagnostics);
    } else if (message.id !== undefined && message.method) {
      send({ jsonrpc: '2.0', id: message.id, result: null });  // the server asks; we have nothing to say
    } else if (message.id !== undefined) {
      pending.get(message.id)?.(message);
    }
  }
});
function send(message) {
  const text = JSON.stringify(message);
  server.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
}
const request = (method, params) => new Promise((done) => {
  const id = ++nextId;
  pending.set(id, done);
  send({ jsonrpc: '2.0', id, method, params });
});
const notify = (method, params) => send({ jsonrpc: '2.0', method, params });
const timeout = (ms, what) => new Promise((_, fail) => setTimeout(() => fail(new Error(`no ${what} in ${ms} ms`)), ms));

// Opens a file and waits for the diagnostics of its schema (the server
// publishes after loading the schema the modeline names).
async function open(file) {
  const uri = pathToFileURL(resolve(file)).href;
  const published = new Promise((done) => waiting.set(uri, done));
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') } });
  return { uri, diagnostics: await Promise.race([published, timeout(20000, `diagnostics for ${file}`)]) };
}

try {
  await request('initialize', {
    processId: process.pid, rootUri: null,
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } } },
  });
  notify('initialized', {});
  // VS Code's defaults, but for the schema store, which would be fetched
  // from the internet: nothing else, and no `yaml.schemas`.
  notify('workspace/didChangeConfiguration', { settings: { yaml: { schemaStore: { enable: false } } } });

  const own = await open(ownFile);
  for (const d of own.diagnostics) console.log(`diagnostic: line ${d.range.start.line + 1}, column ${d.range.start.character + 1}: ${d.message} [${d.source}]`);
  check(own.diagnostics.length === 1 && own.diagnostics[0].range.start.line === Number(trendLine) - 1,
    `one diagnostic, on the wrong trend's line ${trendLine}`);
  check(/ökande, oförändrad, minskande eller okänd/.test(own.diagnostics[0]?.message ?? ''), 'it names the four trends, in Swedish');
  const schemaUri = String(own.diagnostics[0]?.data?.schemaUri ?? '');
  console.log(`schema: ${schemaUri}`);
  check(schemaUri === readFileSync(ownFile, 'utf8').split('\n')[0].replace(/^.*\$schema=/, ''),
    "it comes from the party's schema the modeline names");

  const line = readFileSync(ownFile, 'utf8').split('\n')[Number(completionLine) - 1];
  const completion = await Promise.race([request('textDocument/completion', {
    textDocument: { uri: own.uri }, position: { line: Number(completionLine) - 1, character: line.indexOf('trend: ') + 7 },
  }), timeout(20000, 'completion')]);
  const labels = (completion.result?.items ?? completion.result ?? []).map((i) => i.label);
  console.log(`completion after "trend: " on line ${completionLine}: ${labels.join(', ')}`);
  check(JSON.stringify(labels.sort()) === JSON.stringify(['minskande', 'okänd', 'oförändrad', 'ökande'].sort()),
    'completion offers exactly the four trends');

  const areaLine = readFileSync(ownFile, 'utf8').split('\n').findIndex((l) => l.startsWith('  andt:'));
  const hover = await request('textDocument/hover', { textDocument: { uri: own.uri }, position: { line: areaLine, character: 3 } });
  const shown = hover.result?.contents?.value ?? '';
  console.log(`hover on andt: ${shown.split('\n')[0]}`);
  check(shown.includes('droghandel och bruk/missbruk'), "hovering an area shows the questionnaire's question");

  const joint = await open(jointFile);
  for (const d of joint.diagnostics) console.log(`joint diagnostic: line ${d.range.start.line + 1}: ${d.message}`);
  check(joint.diagnostics.length === 0, 'the joint picture from merge has no diagnostic');
} catch (e) {
  check(false, e.message);
} finally {
  server.kill();
}
console.log(`${failures.length === 0 ? 'all' : failures.length} check(s) ${failures.length === 0 ? 'passed' : 'failed'}`);
process.exit(failures.length ? 1 : 0);
