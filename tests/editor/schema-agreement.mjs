// SPDX-License-Identifier: EUPL-1.2
// The JSON Schemas and `lagesbild validate` agree on structure: every file
// validate finds a structural error in fails the schema (ajv-cli), and every
// other file passes it. Run by schema-agreement.sh (ctest "editor: schema").
//   node schema-agreement.mjs SCHEMA_DIR VALIDATE_JSON WORK FILE...
// VALIDATE_JSON is `lagesbild validate --format json FILE...` over the same
// files. Each file is read as YAML 1.2 by the `yaml` package (as
// yaml-language-server reads it) and checked against the schema its `mall`
// and `typ` name, all files of one schema in one ajv-cli run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const [schemaDir, validateJson, work, ...files] = process.argv.slice(2);

// What validate reports as an error, by rule: the schema's to see, or not.
const STRUCTURAL = new Set(['fel-typ', 'okand-nyckel', 'saknad-nyckel', 'saknat-varde', 'otillatet-varde',
  'ogiltigt-datum', 'ogiltig-period', 'formatversion', 'inte-en-lagesbild', 'bara-gemensam', 'sekretessgrund',
  'for-lang-text', 'okand-mall']);
// Identity numbers, completeness, references inside the file, what merge and
// --final check: validate's job alone (docs/it.md: "What a schema cannot say").
const NOT_THE_SCHEMAS = new Set(['personnummer', 'obesvarat-omrade', 'saknad-trend', 'dubbelt-svar', 'dubblett-id',
  'dubblett-part', 'ej-slutlig', 'andrad-partstext', 'platshallare', 'filnamn', 'mall-id', 'okant-lofte',
  'egen-kommentar', 'gemensam-trend']);
// The YAML layer (src/core/yaml): the language server's parser speaks for itself there.
const isYamlLayer = (rule) => rule.startsWith('yaml-') ||
  ['tabb', 'tom-fil', 'teckenkodning', 'dubblett-nyckel', 'binar-fil', 'forvaxlingsbart-tecken'].includes(rule);

const byFile = new Map(files.map((f) => [f, []]));
for (const d of JSON.parse(readFileSync(validateJson, 'utf8'))) byFile.get(d.file)?.push(d);

const problems = [];
const counts = { valid: 0, structural: 0, notTheSchemas: 0, yamlLayer: 0 };
const groups = new Map();  // schema file -> [{file, json, expectInvalid, why}]
mkdirSync(join(work, 'json'), { recursive: true });

files.forEach((file, i) => {
  const errors = byFile.get(file).filter((d) => d.severity === 'error');
  if (errors.some((d) => isYamlLayer(d.rule))) { counts.yamlLayer++; return; }
  let data;
  try {
    data = YAML.parse(readFileSync(file, 'utf8'), { uniqueKeys: true });
  } catch (e) {
    problems.push(`${file}: validate reads it, the YAML parser does not: ${e.message.split('\n')[0]}`);
    return;
  }
  const typ = data?.typ === 'gemensam' ? 'gemensam' : 'lokal';
  // The completeness of a party's picture, in the words check_complete uses.
  const completeness = (d) => (d.rule === 'obesvarat-omrade' && typ === 'lokal') ||
    ((d.rule === 'saknat-varde' || d.rule === 'saknad-nyckel') && /inte ifylld|nyckeln `(organisation|upprättad_av)`/.test(d.message));
  const structural = [];
  for (const d of errors) {
    if (completeness(d) || NOT_THE_SCHEMAS.has(d.rule)) continue;
    if (STRUCTURAL.has(d.rule) || d.rule === 'obesvarat-omrade') structural.push(d);
    else problems.push(`${file}:${d.line}: rule ${d.rule} is in no list of schema-agreement.mjs; say whether a schema can see it`);
  }
  if (structural.length) counts.structural++;
  else if (errors.length) counts.notTheSchemas++;
  else counts.valid++;
  const mall = typeof data?.mall === 'string' && existsSync(join(schemaDir, `${data.mall}.${typ}.schema.json`))
    ? data.mall : 'dalarna-2019';
  const schema = join(schemaDir, `${mall}.${typ}.schema.json`);
  const json = join(work, 'json', `${i}-${basename(file)}.json`);
  writeFileSync(json, JSON.stringify(data ?? null));
  if (!groups.has(schema)) groups.set(schema, []);
  groups.get(schema).push({ file, json, expectInvalid: structural.length > 0, why: structural.map((d) => `${d.line}: ${d.rule}`) });
});

for (const [schema, entries] of groups) {
  const args = ['validate', '--allow-union-types', '-c', join(here, 'error-message-keyword.cjs'), '-s', schema,
    '--errors=line', ...entries.flatMap((e) => ['-d', e.json])];
  let out;
  try {
    out = execFileSync(join(here, 'node_modules/.bin/ajv'), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    out = `${e.stdout}\n${e.stderr}`;
  }
  for (const e of entries) {
    const invalid = out.includes(`${e.json} invalid`);
    const valid = out.includes(`${e.json} valid`);
    if (!invalid && !valid) problems.push(`${e.file}: ajv said nothing about it:\n${out.slice(0, 2000)}`);
    else if (e.expectInvalid && !invalid) problems.push(`${e.file}: validate finds structural errors (${e.why.join(', ')}) but the schema ${basename(schema)} accepts it`);
    else if (!e.expectInvalid && invalid) {
      const line = out.split('\n')[out.split('\n').findIndex((l) => l.startsWith(`${e.json} invalid`)) + 1] ?? '';
      problems.push(`${e.file}: validate finds no structural error but the schema ${basename(schema)} rejects it: ${line.slice(0, 600)}`);
    }
  }
}

console.log(`${files.length} files: ${counts.valid} valid to both; ${counts.structural} with structural errors, ` +
  `rejected by the schema; ${counts.notTheSchemas} with only errors a schema cannot see (accepted by it); ` +
  `${counts.yamlLayer} with YAML-level errors (validate's and the YAML parser's)`);
for (const p of problems) console.log(`FAIL: ${p}`);
console.log(`${files.length - problems.length} passed, ${problems.length} failed`);
process.exit(problems.length ? 1 : 0);
