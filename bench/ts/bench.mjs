// The official TypeScript SDK as a benchmark contender, doing what bench/sdk_bench.cpp does.
// One workload per run, one JSON line on stdout:
//
//   node bench.mjs chat URL --in-flight C --seconds S [--warmup W]
//   node bench.mjs stream URL --seconds S [--warmup W]   (or --times K)
//   node bench.mjs embeddings URL --times K --inputs N [--base64]   (after one uncounted response)
//   node bench.mjs memory URL --in-flight C
//   node bench.mjs rstream URL --seconds S [--warmup W]   (or --times K)
//   node bench.mjs rdecode URL --times K   (after one uncounted response)
import OpenAI from 'openai';

const [workload, url, ...rest] = process.argv.slice(2);
const args = { inFlight: 1, times: 1, inputs: 16, base64: false, seconds: 3, warmup: 0.5 };
for (let i = 0; i < rest.length; ++i) {
  const name = rest[i];
  if (name === '--base64') { args.base64 = true; continue; }
  const value = Number(rest[++i]);
  if (name === '--in-flight') args.inFlight = value;
  else if (name === '--times') { args.times = value; args.timesGiven = true; }
  else if (name === '--inputs') args.inputs = value;
  else if (name === '--seconds') args.seconds = value;
  else if (name === '--warmup') args.warmup = value;
  else { console.error(`unknown option ${name}`); process.exit(2); }
}

const now = () => Number(process.hrtime.bigint()) / 1e9;
const print = (result) => console.log(JSON.stringify({ contender: 'ts', ...result }));
const client = new OpenAI({ apiKey: 'sk-bench', baseURL: url, maxRetries: 0 });
const chatRequest = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello.' }] };
const responsesRequest = { model: 'gpt-4.1-mini', input: 'Tell me a story about a small robot.' };

async function chat() {
  const windowStart = now() + args.warmup, windowEnd = windowStart + args.seconds;
  const latencies = [];
  // The process's CPU time (microseconds, every thread) at both ends of the window, as the C++
  // contenders read it.
  let cpuStart = null, cpuEnd = null;
  const cpuNow = () => { const u = process.cpuUsage(); return u.user + u.system; };
  setTimeout(() => { cpuStart = cpuNow(); }, args.warmup * 1e3);
  setTimeout(() => { cpuEnd = cpuNow(); }, (args.warmup + args.seconds) * 1e3);
  const worker = async () => {
    while (now() < windowEnd) {
      const start = now();
      const completion = await client.chat.completions.create(chatRequest);
      if (completion.choices.length === 0) throw new Error('a chat completion without choices');
      const end = now();
      if (start >= windowStart && end <= windowEnd) latencies.push(end - start);
    }
  };
  await Promise.all(Array.from({ length: args.inFlight }, worker));
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : 0;
  const cpu = cpuStart !== null && cpuEnd !== null && latencies.length ? (cpuEnd - cpuStart) / latencies.length : 0;
  print({ requests: latencies.length, rps: latencies.length / args.seconds, p50_ms: at(0.5) * 1e3, p99_ms: at(0.99) * 1e3,
          cpu_us_per_request: cpu });
}

// Whole streams one after another: those that start in the warm-up are not counted, then those
// that start in the next `seconds` are; with --times K, exactly K streams (as bench/sdk_bench.cpp).
// `open` starts a stream; `textChars` gives an event's characters of text, for the checksum.
async function streams(open, textChars) {
  const windowStart = now() + (args.timesGiven ? 0 : args.warmup), windowEnd = windowStart + args.seconds;
  let streams = 0, events = 0, checksum = 0, seconds = 0, firstChunk = 0;
  let cpuStart = null;  // the process's CPU time (microseconds) at the start of the first counted stream
  const cpuNow = () => { const u = process.cpuUsage(); return u.user + u.system; };
  for (let started = 0; ; ++started) {
    const start = now();
    if (args.timesGiven ? started === args.times : start >= windowEnd) break;
    if (start >= windowStart && cpuStart === null) cpuStart = cpuNow();
    let oneEvents = 0, oneChecksum = 0, oneFirst = 0, first = true;
    const s = await open();
    for await (const event of s) {
      if (first) { oneFirst = now() - start; first = false; }
      ++oneEvents;
      oneChecksum += textChars(event);
    }
    if (start >= windowStart) {
      ++streams; events += oneEvents; checksum += oneChecksum; seconds += now() - start; firstChunk += oneFirst;
    }
  }
  print({ streams, events, checksum, seconds, first_chunk_ms: streams ? firstChunk / streams * 1e3 : 0,
          cpu_seconds: cpuStart === null ? 0 : (cpuNow() - cpuStart) / 1e6 });
}

async function stream() {
  await streams(
    () => client.chat.completions.create({ ...chatRequest, stream: true, stream_options: { include_usage: true } }),
    (chunk) => {
      let chars = 0;
      for (const choice of chunk.choices) if (choice.delta.content) chars += choice.delta.content.length;
      return chars;
    });
}

// The Responses API's events as the SDK gives them to a for await loop.
async function rstream() {
  await streams(() => client.responses.create({ ...responsesRequest, stream: true }),
    (event) => event.type === 'response.output_text.delta' ? event.delta.length : 0);
}

// Without encoding_format the SDK asks for base64 and decodes it into numbers itself; with
// 'float' it takes the JSON numbers. One response first, not counted (a warm-up, as in
// bench/sdk_bench.cpp).
async function embeddings() {
  const request = { model: 'text-embedding-3-small', input: Array(args.inputs).fill('The food was delicious and the waiter...') };
  if (!args.base64) request.encoding_format = 'float';
  let floats = 0, checksum = 0, seconds = 0;
  await client.embeddings.create(request);
  for (let i = 0; i < args.times; ++i) {
    const start = now();
    const response = await client.embeddings.create(request);
    seconds += now() - start;
    checksum = 0;
    for (const e of response.data) {
      floats += e.embedding.length;
      for (const f of e.embedding) checksum += f;
    }
  }
  print({ floats, checksum, seconds });
}

// What every contender reads of an output item, for the checksum (as bench/sdk_bench.cpp).
function textChars(item) {
  let chars = 0;
  if (item.type === 'message') {
    for (const part of item.content) if (part.type === 'output_text') chars += part.text.length;
  } else if (item.type === 'function_call') {
    chars += item.arguments.length;
  } else if (item.type === 'reasoning') {
    for (const summary of item.summary) chars += summary.text.length;
  }
  return chars;
}

// Whole responses of 100 output items, after one that is not counted (as in embeddings()).
async function rdecode() {
  let responses = 0, items = 0, checksum = 0, seconds = 0;
  await client.responses.create(responsesRequest);
  for (let i = 0; i < args.times; ++i) {
    const start = now();
    const response = await client.responses.create(responsesRequest);
    seconds += now() - start;
    ++responses;
    items += response.output.length;
    for (const item of response.output) checksum += textChars(item);
  }
  print({ responses, items, checksum, seconds });
}

async function memory() {
  // fetch's default pool opens a connection per request in flight, as the C++ contenders do.
  // As the C++ contenders do: the highest resident size seen every 5 ms while they are in flight.
  const rss = () => Math.round(process.memoryUsage().rss / 1024);
  const baseline = rss();
  let peak = baseline;
  const sampler = setInterval(() => { peak = Math.max(peak, rss()); }, 5);
  const answers = await Promise.all(Array.from({ length: args.inFlight }, () => client.chat.completions.create(chatRequest)));
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  const answered = answers.filter((c) => c.choices.length > 0).length;
  print({ in_flight: args.inFlight, answered, baseline_kib: baseline, peak_kib: peak });
}

const workloads = { chat, stream, embeddings, memory, rstream, rdecode };
if (!workloads[workload]) { console.error(`unknown workload ${workload}`); process.exit(2); }
await workloads[workload]();
