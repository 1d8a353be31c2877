// The signed-in session, kept in localStorage (the dev sign-in page writes the same key):
// a 15-minute access token and a refresh token that rotates on each use. Requests ask for
// a token through accessToken(), which refreshes shortly before expiry, once per tab at a time.
export interface SessionStaff {
  id: string;
  email: string;
  fullName: string;
  role: string;
  organization: { subdomain: string; name: string };
}
export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  staff: SessionStaff;
}

const KEY = "hub.session";
const listeners = new Set<() => void>();

export function readSession(): Session | null {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? "null") as Session | null;
    return s?.accessToken && s.refreshToken && s.staff ? s : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

/** Called when this tab or another signs in or out. */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  const storage = (e: StorageEvent) => {
    if (e.key === KEY) listener();
  };
  window.addEventListener("storage", storage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", storage);
  };
}

/** Seconds since the epoch at which a JWT expires (0 when unreadable). */
function expiresAt(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))) as {
      exp?: number;
    };
    return payload.exp ?? 0;
  } catch {
    return 0;
  }
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(json.error ?? `${path} answered ${res.status}`);
  return json;
}

let refreshing: Promise<Session | null> | null = null;

async function refresh(session: Session): Promise<Session | null> {
  try {
    const tokens = await postJson<Omit<Session, "staff">>("/auth/refresh", {
      refreshToken: session.refreshToken,
    });
    const next = { ...tokens, staff: session.staff };
    saveSession(next);
    return next;
  } catch {
    // Another tab may have rotated the token first: use what it stored.
    const stored = readSession();
    if (stored && stored.refreshToken !== session.refreshToken) return stored;
    saveSession(null);
    return null;
  }
}

/** A valid access token, refreshed when it expires within a minute; null when signed out. */
export async function accessToken(): Promise<string | null> {
  const session = readSession();
  if (!session) return null;
  if (expiresAt(session.accessToken) - Date.now() / 1000 > 60) return session.accessToken;
  refreshing ??= refresh(session).finally(() => {
    refreshing = null;
  });
  return (await refreshing)?.accessToken ?? null;
}

export async function signInAs(
  path: "/auth/dev" | "/auth/google",
  body: Record<string, string>,
): Promise<Session> {
  const session = await postJson<Session>(path, body);
  saveSession(session);
  return session;
}

export async function signOut(): Promise<void> {
  const session = readSession();
  saveSession(null);
  if (session)
    await postJson("/auth/logout", { refreshToken: session.refreshToken }).catch(() => undefined);
}
