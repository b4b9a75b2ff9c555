// The page's side of the API access token: kept in localStorage once entered, asked for with a small
// form whenever the server answers 401 (one prompt shared by every request waiting on it).
import { el } from './dom.js';

const KEY = 'kg-token';
let asking: Promise<void> | null = null;

export function storedToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Shows the token form (saying the last one was wrong when it was) and resolves once one is entered. */
export function askToken(wrong: boolean): Promise<void> {
  asking ??= new Promise<void>((resolve) => {
    const input = el('input', {
      attrs: { type: 'password', name: 'token', autocomplete: 'current-password', 'aria-label': 'Access token' },
    });
    const form = el('form', { class: 'token-form', attrs: { id: 'token-form' } }, [
      el('p', {
        text: wrong
          ? 'That access token was refused. Enter the one in the server’s KG_TOKEN:'
          : 'This server needs its access token (KG_TOKEN):',
      }),
      input,
      el('button', { text: 'Open', attrs: { type: 'submit' } }),
    ]);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const token = input.value.trim();
      if (!token) return;
      localStorage.setItem(KEY, token);
      form.remove();
      asking = null;
      resolve();
    });
    document.body.append(form);
    input.focus();
  });
  return asking;
}

/** fetch() with the stored token; a 401 asks for the token and tries again. */
export async function authorizedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  for (;;) {
    const token = storedToken();
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    const res = await fetch(url, { ...init, headers });
    if (res.status !== 401) return res;
    await askToken(token !== null);
  }
}
