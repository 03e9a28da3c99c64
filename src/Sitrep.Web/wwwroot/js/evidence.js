// Renders a report's text with evidence spans highlighted. Spans may overlap (the actor inside the place
// phrase); the text is cut at every span boundary and each piece is marked with every field covering it.
import { el } from './dom.js';

export function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const container = el('div', { class: 'report-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const fields = [...new Set(spans.filter(s => s.start <= from && s.end >= to).map(s => s.field))];
    container.append(fields.length === 0
      ? document.createTextNode(piece)
      : el('mark', { class: 'evidence', 'data-fields': fields.join(' '), title: fields.join(', ') }, piece));
  }
  return container;
}

// The spans of one coded event: its evidence, and each claim's statement.
export function eventSpans(event) {
  return [
    ...event.evidence.map(e => ({ field: e.field, start: e.start, end: e.end })),
    ...event.claims.map(c => ({ field: 'claim', start: c.start, end: c.end })),
  ];
}
