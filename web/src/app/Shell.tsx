// The frame around every page: a skip link, the navigation (a menu button on phones), who is
// signed in, and sign out.
import { useState, type ReactNode } from "react";
import { useApolloClient } from "@apollo/client/react";
import { Link, useLocation } from "./router";
import { signOut, type Session } from "./session";
import { humanize } from "../ui/ui";

/** The pages, each shown when the viewer has its permission (if it needs one). */
const NAV: { to: string; label: string; needs?: string }[] = [
  { to: "/", label: "Home" },
  { to: "/kpis", label: "KPIs" },
  { to: "/partners", label: "Partners" },
  { to: "/weekly", label: "Weekly status" },
  { to: "/staff", label: "Staff" },
  { to: "/squads", label: "Squads" },
  { to: "/sales", label: "Sales" },
  { to: "/marketing", label: "Marketing", needs: "marketing:read" },
  { to: "/operations", label: "Operations" },
  { to: "/finance", label: "Finance", needs: "finance:read" },
  { to: "/review", label: "Data sources & review", needs: "pipeline:read" },
];

export function Shell({
  session,
  permissions,
  children,
}: {
  session: Session;
  permissions: string[];
  children: ReactNode;
}) {
  const { path } = useLocation();
  const client = useApolloClient();
  // The phone menu is open on the page where it was opened: following a link closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === path;
  const active = (to: string) =>
    to === "/" ? path === "/" : path === to || path.startsWith(`${to}/`);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="nav"
          onClick={() => setMenuOpenOn(menuOpen ? null : path)}
        >
          Menu
        </button>
        <Link to="/" className="brand">
          Sophie Hub
        </Link>
        <span className="viewer">
          {session.staff.fullName}{" "}
          <span className="muted">
            · {humanize(session.staff.role.toUpperCase())} · {session.staff.organization.name}
          </span>
        </span>
        <button
          type="button"
          onClick={() => {
            void signOut().then(() => client.clearStore());
          }}
        >
          Sign out
        </button>
      </header>
      <nav id="nav" className={menuOpen ? "nav open" : "nav"} aria-label="Main">
        <ul>
          {NAV.filter((n) => !n.needs || permissions.includes(n.needs)).map((n) => (
            <li key={n.to}>
              <Link to={n.to} aria-current={active(n.to) ? "page" : undefined}>
                {n.label}
              </Link>
            </li>
          ))}
          <li>
            <a href="/graphql" target="_blank" rel="noreferrer">
              Playground ↗
            </a>
          </li>
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
