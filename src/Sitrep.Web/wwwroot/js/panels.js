// The side panel's views: the list of events in view, the selected event with its evidence, the control
// timelines, and the Extract box's result.
import { el, typeClass, actorName } from './dom.js';
import { highlighted, eventSpans } from './evidence.js';

const TERRITORIAL = new Set(['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory']);

export function renderEventList(list, events, onSelect) {
  list.replaceChildren(...events.map(e => el('li', { 'data-id': e.id, onclick: () => onSelect(e.id) },
    el('span', { class: `tag ${typeClass(e.event_type)}` }, e.sub_event_type), ' ',
    el('strong', {}, e.place ?? 'unknown place'), ' ',
    el('span', { class: 'meta' }, `${e.date ?? 'undated'} · ${[actorName(e.actor1), actorName(e.actor2)].filter(Boolean).join(' v ')}`
      + (e.fatalities ? ` · ${e.fatalities} killed` : '') + (e.reports > 1 ? ` · ${e.reports} reports` : '')))));
}

// A coded event's fields as a definition list (the same for a stored event and an extracted one).
function fields(event) {
  const place = event.place;
  const rows = [
    ['Event type', `${event.event_type} / ${event.sub_event_type}`],
    ['Date', `${event.date ?? 'undated'} (time precision ${event.time_precision}, from the ${event.date_rule})`],
    ['Actor 1', actorName(event.actor1)],
    ['Actor 2', actorName(event.actor2)],
    ['Place', place ? `${place.name}, ${place.country}${place.admin1 ? ' (' + place.admin1 + ')' : ''} · geo precision ${place.geo_precision}` : ''],
    ['Fatalities', String(event.fatalities)],
    ['Injured', event.injured === null ? '' : String(event.injured)],
    ['PLOVER', event.plover ? `${event.plover.category}${event.plover.mode ? ' / ' + event.plover.mode : ''}` : ''],
    ['Sources', event.sources.map(s => s.by ? `${s.name} (via ${s.by})` : s.name).join('; ')],
  ].filter(([, value]) => value);
  return el('dl', { class: 'fields' }, rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
}

function claims(event) {
  if (event.claims.length === 0) return null;
  return el('ul', { class: 'claims' }, event.claims.map(c =>
    el('li', {}, el('strong', {}, c.by), c.via ? ` (via ${c.via})` : '', ` ${c.verb}: “${c.says}”`)));
}

function badges(event) {
  return [event.disputed && el('span', { class: 'tag disputed' }, 'disputed'), event.historical && el('span', { class: 'tag historical' }, 'historical')];
}

export function renderEventDetail(section, detail, onControl) {
  const e = detail.event;
  const place = e.control_change?.place ?? (TERRITORIAL.has(e.sub_event_type) ? e.place?.name : null);
  section.replaceChildren(
    el('h2', {}, el('span', { class: `tag ${typeClass(e.event_type)}` }, e.sub_event_type), ' ', e.place?.name ?? '', ' ', ...badges(e)),
    el('p', { class: 'meta' }, `${detail.event_id_cnty} · ${detail.accounts.length} report(s)`),
    fields(e),
    e.control_change && el('p', {}, `Control: ${e.control_change.from ?? 'unknown'} → ${e.control_change.to ?? 'unknown'} on ${e.control_change.on}`),
    place && el('button', { class: 'link', type: 'button', onclick: () => onControl(place) }, `Control timeline of ${place}`),
    claims(e),
    detail.merges.length > 0 && el('ul', { class: 'meta' }, detail.merges.map(m => el('li', {}, `event ${m.merged_event}: ${m.reason}${m.undone ? ' (undone)' : ''}`))),
    ...detail.accounts.map(a => el('div', { class: 'report' },
      el('h3', {}, a.report.title ?? a.report.source),
      el('p', { class: 'meta' }, [a.report.source, a.report.published, a.report.url].filter(Boolean).join(' · ')),
      highlighted(a.report.text, eventSpans(a.event)))));
}

export function renderControlPlaces(list, places, onPlace) {
  list.replaceChildren(...(places.length === 0
    ? [el('li', { class: 'hint' }, 'No report in the store changes control of a place.')]
    : places.map(p => el('li', {}, el('button', { class: 'link', type: 'button', onclick: () => onPlace(p.place) }, p.place),
      ` ${p.holder ?? 'unknown'} since ${p.since} (${p.entries} report(s))`))));
}

export function renderControl(container, answer) {
  container.replaceChildren(
    el('h2', {}, `Control of ${answer.place}`),
    el('p', { class: 'control-holder' }, `Held by ${answer.holder ?? 'unknown'} since ${answer.since ?? 'unknown'}`),
    el('ol', {}, answer.timeline.map(t => el('li', { class: 'control-entry' },
      el('strong', {}, t.on), ` ${t.from ?? '?'} → ${t.to ?? '?'}`,
      el('div', { class: 'meta' }, `${t.source}${t.published ? ', ' + t.published : ''}${t.evidence ? ': “' + t.evidence + '”' : ''}`)))));
}

export function renderExtraction(container, answer) {
  const events = answer.extraction.events;
  const text = el('div');
  const show = event => text.replaceChildren(highlighted(answer.text, event ? eventSpans(event) : []));
  container.replaceChildren(
    el('h2', {}, `${events.length} event(s) coded`),
    el('ol', { class: 'extracted' }, events.map(e => el('li', { class: 'extracted-event', onclick: () => show(e) },
      el('span', { class: `tag ${typeClass(e.event_type)}` }, e.sub_event_type), ' ',
      el('strong', {}, e.place?.name ?? 'unknown place'), ' ', ...badges(e),
      el('div', { class: 'meta' }, `${e.date ?? 'undated'} · ${[actorName(e.actor1), actorName(e.actor2)].filter(Boolean).join(' v ')}`
        + (e.control_change ? ` · control ${e.control_change.from ?? '?'} → ${e.control_change.to ?? '?'}` : ''))))),
    answer.extraction.warnings.length > 0 && el('p', { class: 'hint' }, answer.extraction.warnings.join(' ')),
    text);
  show(events[0]);
}
