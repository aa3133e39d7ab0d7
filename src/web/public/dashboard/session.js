// The merchant's session in this browser: the bearer token (localStorage of our own origin, sent only in the
// Authorization header by the API client, never put in a URL or a page), the chosen mode, and the one API client
// every page calls. A 401 on a signed-in call ends the session and sends the merchant back to sign-in with a reason.
import { createClient } from '/assets/sdk/core.js';

const TOKEN = 'hilt.token';
const MODE = 'hilt.mode';
const listeners = new Set();

export const session = {
  token: localStorage.getItem(TOKEN),
  mode: localStorage.getItem(MODE) === 'sandbox' ? 'sandbox' : 'live',
  /** Why the last session ended, shown on the sign-in screen. */
  endedBecause: null,
};

function emit() {
  for (const fn of listeners) fn();
}

export function subscribe(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function signIn(token) {
  session.token = token;
  session.endedBecause = null;
  localStorage.setItem(TOKEN, token);
  emit();
}

export function signOut(reason = null) {
  session.token = null;
  session.endedBecause = reason;
  localStorage.removeItem(TOKEN);
  emit();
}

export function setMode(mode) {
  session.mode = mode === 'sandbox' ? 'sandbox' : 'live';
  localStorage.setItem(MODE, session.mode);
  emit();
}

export const api = createClient({
  baseUrl: location.origin,
  bearerToken: () => session.token,
  mode: () => session.mode,
  maxRetries: 1,
  onResponse(response, operationId) {
    const signInCalls = operationId === 'login' || operationId === 'register' || operationId === 'walletLogin';
    if (response.status === 401 && session.token && !signInCalls) {
      signOut('Your session has expired. Sign in again to continue.');
    }
  },
});
