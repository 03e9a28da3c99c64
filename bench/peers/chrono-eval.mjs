// Runs chrono-node over the documents Sitrep's `eval temporal --peer chrono` hands it, so both systems see the same
// texts. Input (argv[2]): {"seconds": s, "docs": [{"name", "dct": "YYYY-MM-DD", "text", "sentences"}]}.
// Output (stdout): {"peer", "version", "mentions": [[{"start", "end", "from", "to"}]], "docsPerSecond", "sentencesPerSecond"}.
// Scoring happens in Sitrep (TimeBankEvaluation.Score), so both rows use exactly the same measure.
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const version = JSON.parse(readFileSync(new URL('./node_modules/chrono-node/package.json', import.meta.url), 'utf8')).version;

// The reference date is the creation date at local noon, so the calendar day is the DCT's in any time zone.
const docs = input.docs.map((d) => {
  const [y, m, day] = d.dct.split('-').map(Number);
  return { ...d, reference: new Date(y, m - 1, day, 12, 0, 0) };
});

const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (y, m, d) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDay = (y, m) => new Date(y, m, 0).getDate();

// The days a result's start covers: the finest component chrono is certain of (day, month, year); with none certain,
// the day it implies.
function interval(c) {
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  if (c.isCertain('day') || !(c.isCertain('month') || c.isCertain('year'))) return [iso(y, m, d), iso(y, m, d)];
  if (c.isCertain('month')) return [iso(y, m, 1), iso(y, m, lastDay(y, m))];
  return [iso(y, 1, 1), iso(y, 12, 31)];
}

const mentions = docs.map((d) => chrono.parse(d.text, d.reference).map((r) => {
  const [from, to] = interval(r.start);
  return { start: r.index, end: r.index + r.text.length, from, to };
}));

// Speed: warm-up (as long as Sitrep's), then whole passes until the time budget is spent, one thread; rates per second of the
// process's CPU time (as Sitrep reports them) and of wall-clock time.
const pass = () => { let n = 0; for (const d of docs) n += chrono.parse(d.text, d.reference).length; return n; };
for (const w0 = process.hrtime.bigint(); Number(process.hrtime.bigint() - w0) / 1e9 < (input.warmUpSeconds ?? 1);) pass();
const sentences = docs.reduce((s, d) => s + d.sentences, 0);
let passes = 0;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let elapsed = 0;
do {
  pass();
  passes++;
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
} while (elapsed < input.seconds);
const used = process.cpuUsage(cpu0);
const cpu = (used.user + used.system) / 1e6;

process.stdout.write(JSON.stringify({
  peer: 'chrono-node',
  version,
  mentions,
  docsPerSecond: (passes * docs.length) / cpu,
  sentencesPerSecond: (passes * sentences) / cpu,
  wallSentencesPerSecond: (passes * sentences) / elapsed,
}));
