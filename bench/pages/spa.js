// A small single-page app: each route fetches a JSON document and renders it, and links change
// the route with history.pushState. window.benchNavigate(count) walks `count` routes and returns
// the milliseconds it took, so the benchmark can time in-app navigation.
const ROUTES = ['lessons', 'homework', 'library', 'clubs', 'news'];
const nav = document.getElementById('nav');
const view = document.getElementById('view');

function routeFromPath(path) {
  const name = path.replace(/^\/app\/?/, '');
  return ROUTES.includes(name) ? name : ROUTES[0];
}

async function render(route) {
  const response = await fetch(`/api/${route}.json`, { cache: 'no-store' });
  const data = await response.json();
  const list = document.createElement('ul');
  for (const item of data.items) {
    const entry = document.createElement('li');
    entry.textContent = `${item.title}: ${item.summary}`;
    list.append(entry);
  }
  const heading = document.createElement('h1');
  heading.textContent = data.title;
  view.replaceChildren(heading, list);
}

async function navigate(route) {
  history.pushState({ route }, '', `/app/${route}`);
  await render(route);
}

for (const route of ROUTES) {
  const link = document.createElement('a');
  link.href = `/app/${route}`;
  link.textContent = route;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void navigate(route);
  });
  nav.append(link);
}
window.addEventListener('popstate', () => void render(routeFromPath(location.pathname)));

window.benchNavigate = async (count) => {
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    await navigate(ROUTES[index % ROUTES.length]);
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  }
  return performance.now() - started;
};

void render(routeFromPath(location.pathname));
