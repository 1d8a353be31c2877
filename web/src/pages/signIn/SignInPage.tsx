// Sign in: Google's button when the server has a client id, and in embedded (dev) mode a
// list of everyone who can sign in. Either way the session lands in localStorage.
import { useEffect, useRef, useState } from "react";
import { signInAs, type SessionStaff } from "../../app/session";
import { ErrorState, Skeleton, humanize } from "../../ui/ui";

interface AuthConfig {
  google: { clientId: string } | null;
  devLogin: boolean;
}

declare global {
  interface Window {
    google?: {
      accounts: {
        id: {
          initialize(o: { client_id: string; callback: (r: { credential: string }) => void }): void;
          renderButton(el: HTMLElement, o: Record<string, string>): void;
        };
      };
    };
  }
}

function GoogleButton({ clientId, onError }: { clientId: string; onError: (m: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const script = document.createElement("script");
    script.src = "https://accounts.google.com/gsi/client";
    script.async = true;
    script.onload = () => {
      window.google?.accounts.id.initialize({
        client_id: clientId,
        callback: ({ credential }) => {
          signInAs("/auth/google", { idToken: credential }).catch((e: Error) => onError(e.message));
        },
      });
      if (ref.current)
        window.google?.accounts.id.renderButton(ref.current, {
          theme: "outline",
          size: "large",
          text: "signin_with",
        });
    };
    script.onerror = () =>
      onError(
        "Google's sign-in script did not load (offline?). Use the dev sign-in below if it is on, or try again when online.",
      );
    document.head.appendChild(script);
    return () => script.remove();
  }, [clientId, onError]);
  return <div ref={ref} aria-label="Sign in with Google" />;
}

export function SignInPage() {
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [people, setPeople] = useState<SessionStaff[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    (async () => {
      const cfg = (await (await fetch("/auth/config")).json()) as AuthConfig;
      setConfig(cfg);
      if (cfg.devLogin)
        setPeople(
          (
            (await (
              await fetch("/auth/dev", { headers: { accept: "application/json" } })
            ).json()) as { staff: SessionStaff[] }
          ).staff,
        );
    })().catch((e: Error) => setError(`The server did not answer (${e.message}).`));
  }, [attempt]);

  return (
    <main className="sign-in" id="main">
      <h1>Sophie Hub</h1>
      <p>Sign in to see your partners, your team and this week's statuses.</p>
      {error && (
        <ErrorState
          error={{ message: error }}
          retry={() => {
            setError(null);
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {!config && !error && <Skeleton rows={3} label="Loading sign-in options" />}
      {config?.google && <GoogleButton clientId={config.google.clientId} onError={setError} />}
      {config && !config.google && !config.devLogin && (
        <p>
          No sign-in method is configured on this server: set GOOGLE_CLIENT_ID (or HUB_DEV_LOGIN=1
          for development).
        </p>
      )}
      {people && (
        <section aria-label="Dev sign-in">
          <h2>Dev sign-in</h2>
          <p className="muted">Embedded mode: choose anyone to sign in as.</p>
          <ul className="people">
            {people.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  onClick={() =>
                    signInAs("/auth/dev", { staffId: p.id }).catch((e: Error) =>
                      setError(e.message),
                    )
                  }
                >
                  {p.fullName}
                </button>
                <span className="muted">
                  {" "}
                  {humanize(p.role.toUpperCase())} · {p.email}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
