// The timeline: events per day stacked by event type, with a brush to choose the date range the other views
// show. Clearing the brush (a click outside it) brings back every date.
import { EVENT_TYPES, typeClass } from './dom.js';

const MARGIN = { top: 8, right: 16, bottom: 22, left: 36 };
const DAY = 86400000;

export function createTimeline(svgElement, onRange) {
  const svg = d3.select(svgElement);
  let x = null;

  function draw(days) {
    svg.selectAll('*').remove();
    const { width, height } = svgElement.getBoundingClientRect();
    if (days.length === 0) {
      svg.append('text').attr('x', 12).attr('y', 24).attr('class', 'hint').text('No dated events match the filters.');
      return;
    }
    const parse = s => new Date(s + 'T00:00:00Z');
    const first = parse(days[0].date), last = parse(days[days.length - 1].date);
    x = d3.scaleUtc().domain([new Date(+first - DAY), new Date(+last + 2 * DAY)]).range([MARGIN.left, width - MARGIN.right]);
    const stacked = d3.stack().keys(EVENT_TYPES).value((d, key) => d.by_type[key] ?? 0)(days);
    const y = d3.scaleLinear().domain([0, d3.max(days, d => d.events)]).nice().range([height - MARGIN.bottom, MARGIN.top]);
    const barWidth = Math.max(1, Math.min(12, (x(new Date(+first + DAY)) - x(first)) * 0.8));
    svg.append('g').selectAll('g').data(stacked).join('g')
      .attr('class', s => typeClass(s.key)).attr('fill', s => getComputedStyle(document.documentElement).getPropertyValue('--' + cssVar(s.key)))
      .selectAll('rect').data(s => s).join('rect')
      .attr('x', d => x(parse(d.data.date)) - barWidth / 2).attr('width', barWidth)
      .attr('y', d => y(d[1])).attr('height', d => Math.max(0, y(d[0]) - y(d[1])));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - MARGIN.bottom})`).call(d3.axisBottom(x).ticks(Math.max(2, width / 110)));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(${MARGIN.left},0)`).call(d3.axisLeft(y).ticks(3));
    const brush = d3.brushX().extent([[MARGIN.left, MARGIN.top], [width - MARGIN.right, height - MARGIN.bottom]])
      .on('end', ({ selection, sourceEvent }) => {
        if (!sourceEvent) return; // moved by code, not by the user
        if (!selection) { onRange(null, null); return; }
        const [from, to] = selection.map(px => x.invert(px));
        onRange(isoDay(d3.utcDay.ceil(from)), isoDay(d3.utcDay.floor(to)));
      });
    svg.append('g').attr('class', 'brush').call(brush);
  }

  return { draw };
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function cssVar(type) {
  return { 'Battles': 'battles', 'Explosions/Remote violence': 'explosions', 'Violence against civilians': 'vac',
    'Protests': 'protests', 'Riots': 'riots', 'Strategic developments': 'strategic' }[type];
}
