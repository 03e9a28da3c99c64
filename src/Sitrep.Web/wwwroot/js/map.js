// The map: Natural Earth country shapes (world-atlas, served by this process) as the only base layer, events
// as markers coloured by event type and sized by fatalities, clustered at low zoom.
import { typeClass } from './dom.js';

export function createMap(container, onSelect) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5 }).setView([20, 40], 2);
  map.attributionControl.addAttribution('Country shapes: Natural Earth via world-atlas');
  fetch('vendor/countries-50m.json').then(r => r.json()).then(world => {
    L.geoJSON(unwrapAntimeridian(topojson.feature(world, world.objects.countries)), {
      renderer: L.canvas(),
      interactive: false,
      style: { color: '#9aa5ae', weight: 0.6, fillColor: '#f6f4ee', fillOpacity: 1 },
    }).addTo(map).bringToBack();
  });
  const clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false, disableClusteringAtZoom: 9 });
  map.addLayer(clusters);

  function show(features) {
    clusters.clearLayers();
    const markers = [];
    for (const f of features) {
      if (!f.geometry) continue;
      const p = f.properties;
      // Area grows with fatalities; an event with none still shows.
      const size = Math.round(10 + 4 * Math.sqrt(Math.min(p.fatalities, 400)));
      const icon = L.divIcon({
        className: 'event-marker',
        html: `<span class="${typeClass(p.event_type)}" data-id="${Number(p.id)}"></span>`,
        iconSize: [size, size],
      });
      const [lon, lat] = f.geometry.coordinates;
      const marker = L.marker([lat, lon], { icon, title: `${p.date ?? ''} ${p.sub_event_type}, ${p.place ?? ''}` });
      marker.on('click', () => onSelect(p.id));
      markers.push(marker);
    }
    clusters.addLayers(markers);
    return markers;
  }

  function fit(markers) {
    if (markers.length === 0) return;
    map.fitBounds(L.latLngBounds(markers.map(m => m.getLatLng())).pad(0.3), { maxZoom: 7 });
  }

  function focus(lat, lon) {
    if (lat !== null && lon !== null) map.setView([lat, lon], Math.max(map.getZoom(), 9));
  }

  return { map, show, fit, focus };
}

// Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from 180 to -180 and would be drawn as a band
// across the whole map; moving their western half east by 360 degrees keeps them whole. Antarctica circles the
// pole and holds no events, so it is left out.
function unwrapAntimeridian(collection) {
  const ANTARCTICA = '010';
  const fixRing = ring => {
    const lons = ring.map(p => p[0]);
    return Math.max(...lons) - Math.min(...lons) > 180 ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
  };
  const features = collection.features.filter(f => f.id !== ANTARCTICA && f.geometry).map(f => {
    const g = f.geometry;
    const coordinates = g.type === 'Polygon' ? g.coordinates.map(fixRing) : g.coordinates.map(polygon => polygon.map(fixRing));
    return { ...f, geometry: { ...g, coordinates } };
  });
  return { ...collection, features };
}
