// The page's only way to the server: JSON over fetch, with the API's problem details turned into errors.

export async function getJson(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) value.forEach(v => url.searchParams.append(key, v));
    else if (value !== null && value !== undefined && value !== '') url.searchParams.set(key, value);
  }
  return answer(await fetch(url));
}

export async function postText(path, text, params = {}) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  return answer(await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text }));
}

async function answer(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? `${response.status} ${response.statusText}`);
  return body;
}

// The filters every view shares: event types, country, actor and the brushed date range.
export function filterParams(state) {
  return { type: state.types, country: state.country, actor: state.actor, from: state.from, to: state.to };
}
