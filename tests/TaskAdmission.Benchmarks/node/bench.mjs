// Runs workflows/bench fixtures on the npm bpmn-engine, one batch per request, for the C# harness that alternates
// engines round by round (`./build.sh bench load compare`, never the tests).
// protocol: one line per batch on stdin, "<file.bpmn> <instances>"; one JSON line back per batch:
//   {"file": "...", "instances": n, "seconds": s, "cpuMicros": c}   (c = this process's user + system CPU for the batch)
// The first line is {"engine": "bpmn-engine", "version": ..., "node": ...}.
//
// Kept as close as the engine allows to what the C# harness measures:
// * each file is parsed and serialized once (outside the timing); each instance gets a fresh Engine over that
//   serialized context, as a new process instance would;
// * service tasks (ta:type="Noop") complete through a no-op service; user tasks are signalled when they wait (one
//   completion each, as the C# side completes each task with its own command);
// * conditions such as ${amount < 100} are compiled once into JavaScript functions (bpmn-engine's own expressions only
//   resolve property paths), with `and`/`or` mapped to &&/||;
// * amount cycles through 50, 500, 5000, 50000 so every branch of the exclusive benchmark runs.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Engine } from 'bpmn-engine';

const engineVersion = JSON.parse(readFileSync(fileURLToPath(new URL('./node_modules/bpmn-engine/package.json', import.meta.url)), 'utf8')).version;

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
const contexts = new Map();

async function serializedContext(file) {
  let context = contexts.get(file);
  if (!context) {
    const engine = new Engine({ name: 'parse', source: readFileSync(file, 'utf8') });
    // The serialized definitions context the engine would build from the XML; reused by every instance.
    [context] = await Promise.all(engine[Symbol.for('pending sources')]);
    contexts.set(file, context);
  }
  return context;
}

async function runInstance(sourceContext, variables) {
  const engine = new Engine({ name: 'bench', sourceContext, expressions, extensions: { noopService } });
  const listener = new EventEmitter();
  listener.on('wait', (api) => {
    if (api.type === 'bpmn:UserTask') api.signal();
  });
  const ended = new Promise((resolve, reject) => {
    engine.once('end', resolve);
    engine.once('error', reject);
  });
  await engine.execute({ variables, listener });
  await ended;
}

let next = 0;
async function batch(file, count) {
  const sourceContext = await serializedContext(file);
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await runInstance(sourceContext, { amount: amounts[next++ % amounts.length] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  return { file: basename(file), instances: count, seconds, cpuMicros: used.user + used.system };
}

console.log(JSON.stringify({ engine: 'bpmn-engine', version: engineVersion, node: process.version }));
for await (const line of createInterface({ input: process.stdin })) {
  const [file, count] = line.trim().split(' ');
  if (!file) continue;
  console.log(JSON.stringify(await batch(file, Number(count))));
}
