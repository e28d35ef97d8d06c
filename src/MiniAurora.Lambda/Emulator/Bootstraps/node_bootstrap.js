// MiniAurora's Lambda Runtime API client for plain Node.js handlers (exports.handler = async (event, context) => ...).
// Started by the local endpoint as a long-lived process with AWS_LAMBDA_RUNTIME_API, _HANDLER (file.function),
// LAMBDA_TASK_ROOT and MINIAURORA_WORKER_TOKEN set. Loops GET /next -> handler -> POST /response or /error
// (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html). Node standard library only.
'use strict';
const http = require('http');
const path = require('path');
const fs = require('fs');
const { pathToFileURL } = require('url');

const [host, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const BASE = '/2018-06-01/runtime';
const TOKEN = process.env.MINIAURORA_WORKER_TOKEN || '';

function request(method, p, body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port: Number(port), method, path: BASE + p, agent,
      headers: Object.assign({ 'X-MiniAurora-Worker': TOKEN }, headers || {}) }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

function errorDoc(err) {
  const e = err instanceof Error ? err : new Error(String(err));
  return { errorType: e.name || 'Error', errorMessage: e.message, trace: String(e.stack || '').split('\n') };
}

async function loadHandler() {
  const root = process.env.LAMBDA_TASK_ROOT || process.cwd();
  const spec = process.env._HANDLER;
  const dot = spec.lastIndexOf('.');
  const file = spec.slice(0, dot);
  const fn = spec.slice(dot + 1);
  for (const ext of ['.js', '.mjs', '.cjs']) {
    const full = path.join(root, file + ext);
    if (fs.existsSync(full)) {
      const mod = ext === '.mjs' ? await import(pathToFileURL(full).href) : require(full);
      const h = mod[fn] || (mod.default && mod.default[fn]);
      if (typeof h !== 'function') throw new Error(`Handler ${fn} not found in ${full}`);
      return h;
    }
  }
  throw new Error(`Cannot find module ${file} in ${root}`);
}

function invoke(handler, event, context) {
  return new Promise((resolve, reject) => {
    let done = false;
    const callback = (err, value) => { if (done) return; done = true; err ? reject(err) : resolve(value); };
    try {
      const r = handler(event, context, callback);
      if (r && typeof r.then === 'function') r.then((v) => callback(null, v), (e) => callback(e));
      else if (handler.length < 3) callback(null, r);
    } catch (e) { callback(e); }
  });
}

async function main() {
  let handler;
  try {
    handler = await loadHandler();
  } catch (e) {
    const doc = errorDoc(e);
    doc.errorType = 'Runtime.ImportModuleError';
    await request('POST', '/init/error', JSON.stringify(doc), { 'Content-Type': 'application/json' });
    process.exit(1);
  }
  for (;;) {
    const next = await request('GET', '/invocation/next');
    if (next.status !== 200) { await new Promise((r) => setTimeout(r, 50)); continue; }
    const id = next.headers['lambda-runtime-aws-request-id'];
    const deadline = Number(next.headers['lambda-runtime-deadline-ms'] || 0);
    const cc = next.headers['lambda-runtime-client-context'];
    const context = {
      awsRequestId: id,
      invokedFunctionArn: next.headers['lambda-runtime-invoked-function-arn'],
      functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
      functionVersion: '$LATEST',
      memoryLimitInMB: '128',
      clientContext: cc ? JSON.parse(cc) : undefined,
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      callbackWaitsForEmptyEventLoop: true,
    };
    try {
      const event = next.body.length ? JSON.parse(next.body.toString('utf8')) : {};
      const result = await invoke(handler, event, context);
      const out = JSON.stringify(result === undefined ? null : result);
      await request('POST', `/invocation/${id}/response`, out, { 'Content-Type': 'application/json' });
    } catch (e) {
      await request('POST', `/invocation/${id}/error`, JSON.stringify(errorDoc(e)), { 'Content-Type': 'application/json' });
    }
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
