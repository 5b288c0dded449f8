// Runs the workflows/bench fixtures on the npm bpmn-engine and prints instances/s as JSON.
// usage: node bench.mjs <instances per file> <file.bpmn> [...]   (run by `./build.sh bench -- compare`, never by tests)
//
// Kept as close as the engine allows to what the C# harness measures:
// * the XML is parsed and serialized once per file (outside the timing); each instance gets a fresh Engine
//   over that serialized context, as a new process instance would;
// * service tasks (ta:type="Noop") complete through a no-op service;
// * conditions such as ${amount < 100} are compiled once into JavaScript functions (bpmn-engine's own
//   expressions only resolve property paths), with `and`/`or` mapped to &&/||;
// * the exclusive benchmark cycles amount through 50, 500, 5000, 50000 so every branch runs.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from 'bpmn-engine';

const engineVersion = JSON.parse(readFileSync(fileURLToPath(new URL('./node_modules/bpmn-engine/package.json', import.meta.url)), 'utf8')).version;
const [countArg, ...files] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count <= 0 || files.length === 0) {
  console.error('usage: node bench.mjs <instances per file> <file.bpmn> [...]');
  process.exit(2);
}

const compiled = new Map();
function compile(body) {
  let fn = compiled.get(body);
  if (!fn) {
    const js = body.replace(/\band\b/g, '&&').replace(/\bor\b/g, '||').replace(/\bnot\b/g, '!');
    fn = new Function('variables', `with (variables) { return (${js}); }`);
    compiled.set(body, fn);
  }
  return fn;
}

const expressions = {
  resolveExpression(text, context) {
    const match = /^\$\{(.+)\}$/s.exec(text);
    return match ? compile(match[1])(context.environment.variables) : text;
  },
  isExpression: (text) => typeof text === 'string' && /^\$\{(.+)\}$/s.test(text),
  hasExpression: (text) => typeof text === 'string' && /\$\{(.+?)\}/.test(text),
};

function noopService(activity) {
  if (activity.type === 'bpmn:ServiceTask') activity.behaviour.Service = NoopService;
}

function NoopService() {}
NoopService.prototype.execute = (_message, callback) => callback(null, undefined);

const amounts = [50, 500, 5000, 50000];

async function serializedContext(source) {
  const engine = new Engine({ name: 'parse', source });
  // The serialized definitions context the engine would build from the XML; reused by every instance.
  const [context] = await Promise.all(engine[Symbol.for('pending sources')]);
  return context;
}

async function runInstance(sourceContext, variables) {
  const engine = new Engine({ name: 'bench', sourceContext, expressions, extensions: { noopService } });
  const ended = new Promise((resolve, reject) => {
    engine.once('end', resolve);
    engine.once('error', reject);
  });
  await engine.execute({ variables });
  await ended;
}

async function measure(file) {
  const sourceContext = await serializedContext(readFileSync(file, 'utf8'));
  const variablesFor = (i) => ({ amount: amounts[i % amounts.length] });
  const warmup = Math.max(100, Math.floor(count / 5));
  for (let i = 0; i < warmup; i++) await runInstance(sourceContext, variablesFor(i));
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await runInstance(sourceContext, variablesFor(i));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { file: basename(file), instances: count, seconds, instancesPerSecond: count / seconds };
}

const results = [];
for (const file of files) results.push(await measure(file));
console.log(JSON.stringify({ engine: 'bpmn-engine', version: engineVersion, node: process.version, results }));
