// Small DOM helpers. Text from reports only ever enters the page through text nodes (never innerHTML), so a
// report that contains "<script>" shows those characters and nothing runs.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const typeClass = type => 't-' + type.toLowerCase().replace(/[^a-z]+/g, '-').replace(/-+$/, '');

export const EVENT_TYPES = [
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
];

export function actorName(actor) {
  return actor ? actor.name : '';
}
