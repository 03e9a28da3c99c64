// Times chrono-node (chrono.parse) and compromise (nlp(text).places() and .people()) over the bench corpus.
// Usage: node run-peers.js ARTICLES.jsonl ROUNDS BUDGET_SECONDS
// Each tool goes over the articles ROUNDS times, stopping early once BUDGET_SECONDS have passed after at least one
// full round; it prints a JSON array of {name, articles, bytes, seconds} on stdout.
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');
const nlp = require('compromise');

const [file, roundsArg, budgetArg] = process.argv.slice(2);
const rounds = Number(roundsArg || 1);
const budget = Number(budgetArg || 60);
const articles = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
for (const a of articles) {
  a.bytes = Buffer.byteLength(a.text, 'utf8');
  a.ref = a.published ? new Date(a.published + 'T12:00:00Z') : new Date('2024-01-01T12:00:00Z');
}

function time(name, work) {
  // Warm-up on the first 200 articles so the JIT has settled, as on the .NET side.
  let sink = 0;
  for (const a of articles.slice(0, 200)) sink += work(a);
  const start = process.hrtime.bigint();
  let count = 0, bytes = 0;
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) {
      sink += work(a);
      count++;
      bytes += a.bytes;
    }
    if (Number(process.hrtime.bigint() - start) / 1e9 > budget) break;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { name, articles: count, bytes, seconds, sink };
}

const results = [
  time('chrono-node parse', (a) => chrono.parse(a.text, a.ref).length),
  time('compromise places+people', (a) => {
    const doc = nlp(a.text);
    return doc.places().out('array').length + doc.people().out('array').length;
  }),
];
process.stdout.write(JSON.stringify(results.map(({ sink, ...r }) => r)) + '\n');
