// The map page: filters, map, timeline and side panel over the Sitrep API. One state object; every change of
// filter reloads the timeline (all dates) and the events (the brushed dates).
import { getJson, postText, filterParams } from './api.js';
import { el, EVENT_TYPES, typeClass } from './dom.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { renderEventList, renderEventDetail, renderControlPlaces, renderControl, renderExtraction } from './panels.js';

const MAP_LIMIT = 10000;
const state = { types: [...EVENT_TYPES], country: '', actor: '', from: null, to: null };
const $ = id => document.getElementById(id);

// Filters change faster than answers come back: each load takes a ticket, and an answer whose ticket is no longer
// the latest is dropped, so a slow answer for an older filter never overwrites a newer one.
const tickets = { stats: 0, events: 0, detail: 0 };
const latest = (kind, ticket) => ticket === tickets[kind];

const map = createMap($('map'), selectEvent);
const timeline = createTimeline($('timeline'), (from, to) => {
  Object.assign(state, { from, to });
  $('range-label').textContent = from ? `${from} to ${to}` : 'All dates';
  loadEvents(false);
});

function showTab(name) {
  for (const button of document.querySelectorAll('[role=tab]')) button.setAttribute('aria-selected', String(button.dataset.tab === name));
  for (const panel of document.querySelectorAll('[role=tabpanel]')) panel.hidden = panel.id !== 'tab-' + name;
}

async function guarded(work, where) {
  try { await work(); } catch (error) { where.replaceChildren(el('p', { class: 'error' }, error.message)); }
}

async function loadStats() {
  // No box ticked means no type wanted, not every type.
  if (state.types.length === 0) { ++tickets.stats; timeline.draw([]); return null; }
  const ticket = ++tickets.stats;
  const { from, to, ...rest } = filterParams(state);
  const stats = await getJson('/api/stats', rest);
  if (!latest('stats', ticket)) return stats;
  timeline.draw(stats.days);
  return stats;
}

async function loadEvents(fit) {
  const ticket = ++tickets.events;
  if (state.types.length === 0) {
    map.show([]);
    $('count-label').textContent = '0 events';
    renderEventList($('event-list'), [], selectEvent);
    return;
  }
  const params = { ...filterParams(state), format: 'geojson', limit: MAP_LIMIT };
  const page = await getJson('/api/events', params);
  if (!latest('events', ticket)) return;
  const markers = map.show(page.features);
  if (fit) map.fit(markers);
  $('count-label').textContent = page.total > page.features.length
    ? `${page.features.length} of ${page.total} events (newest)` : `${page.total} events`;
  renderEventList($('event-list'), page.features.slice(0, 300).map(f => f.properties), selectEvent);
}

async function reload() {
  Object.assign(state, { from: null, to: null });
  $('range-label').textContent = 'All dates';
  await Promise.all([loadStats(), loadEvents(true)]);
}

async function selectEvent(id) {
  showTab('event');
  const ticket = ++tickets.detail;
  await guarded(async () => {
    const detail = await getJson(`/api/events/${id}`);
    if (!latest('detail', ticket)) return;
    renderEventDetail($('tab-event'), detail, showControl);
    map.focus(detail.event.place?.lat ?? null, detail.event.place?.lon ?? null);
  }, $('tab-event'));
}

async function showControl(place) {
  showTab('control');
  await guarded(async () => renderControl($('control-detail'), await getJson(`/api/places/${encodeURIComponent(place)}/control`)), $('control-detail'));
}

async function init() {
  const typeFilter = $('type-filter');
  for (const type of EVENT_TYPES) {
    typeFilter.append(el('label', {},
      el('input', { type: 'checkbox', name: 'type', value: type, checked: true, onchange: () => {
        state.types = [...typeFilter.querySelectorAll('input:checked')].map(i => i.value);
        reload();
      } }),
      el('span', { class: `swatch ${typeClass(type)}` }), type));
  }
  for (const button of document.querySelectorAll('[role=tab]')) button.addEventListener('click', () => showTab(button.dataset.tab));
  $('country-filter').addEventListener('change', e => { state.country = e.target.value; reload(); });
  $('actor-filter').addEventListener('change', e => { state.actor = e.target.value.trim(); reload(); });
  $('extract-form').addEventListener('submit', async e => {
    e.preventDefault();
    const result = $('extract-result');
    result.replaceChildren(el('p', { class: 'hint' }, 'Coding…'));
    await guarded(async () => renderExtraction(result,
      await postText('/api/extract', $('extract-text').value, { published: $('extract-published').value })), result);
  });

  const [stats, actors, places] = await Promise.all([getJson('/api/stats'), getJson('/api/actors'), getJson('/api/places/control')]);
  $('country-filter').append(...stats.countries.map(c => el('option', { value: c.code }, `${c.code} (${c.events})`)));
  $('actor-names').append(...actors.map(a => el('option', { value: a.name })));
  renderControlPlaces($('control-places'), places, showControl);
  await reload();
  document.body.dataset.ready = 'true';
}

init().catch(error => document.body.prepend(el('p', { class: 'error' }, `The page could not load: ${error.message}`)));
