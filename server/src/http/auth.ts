// Sign-in endpoints. POST /auth/google exchanges a Google ID token for our tokens;
// /auth/refresh rotates them; /auth/logout ends the session; /auth/dev is the dev sign-in
// (embedded mode, or HUB_DEV_LOGIN=1: GET lists who can sign in, as a page or as JSON); GET /auth/config tells the dashboard what is on.
import type http from "node:http";
import type { Database } from "../db/database";
import { GoogleSignInError, googleVerifier } from "../auth/google";
import { endSession, refreshSession, startSession } from "../auth/sessions";
import { HttpError, readJson, sendJson, type Route } from "./server";
import { isUuid } from "../lib/ids";

export interface AuthOptions {
  secret: string;
  googleClientId?: string;
  googleJwksUrl?: string;
  devLogin: boolean;
}

const fail = (status: number, code: string, message: string) =>
  Object.assign(new HttpError(status, message), { code });

async function bodyField(
  req: http.IncomingMessage,
  field: string,
): Promise<{ value: string; body: Record<string, unknown> }> {
  const body = (await readJson(req)) as Record<string, unknown> | undefined;
  const value = body?.[field];
  if (typeof value !== "string" || !value)
    throw fail(400, "BAD_REQUEST", `Send JSON with a "${field}" string.`);
  return { value, body };
}

const staffSummary = (s: {
  id: string;
  email: string;
  fullName: string;
  role: string;
  organization: { subdomain: string; name: string };
}) => ({
  id: s.id,
  email: s.email,
  fullName: s.fullName,
  role: s.role,
  organization: { subdomain: s.organization.subdomain, name: s.organization.name },
});

const allowsDomain = (settings: unknown, domain: string) => {
  const allowed = (settings as { allowedDomains?: unknown })?.allowedDomains;
  return Array.isArray(allowed) && allowed.map((d) => String(d).toLowerCase()).includes(domain);
};

export function authRoutes(db: Database, options: AuthOptions): Route {
  const verifyGoogle = options.googleClientId
    ? googleVerifier(options.googleClientId, options.googleJwksUrl)
    : undefined;
  const include = {
    organization: { select: { subdomain: true, name: true, settings: true } },
  } as const;

  async function google(req: http.IncomingMessage) {
    if (!verifyGoogle)
      throw fail(
        404,
        "NOT_CONFIGURED",
        "Google sign-in is not configured on this server (set GOOGLE_CLIENT_ID).",
      );
    const { value: idToken, body } = await bodyField(req, "idToken");
    let identity;
    try {
      identity = await verifyGoogle(idToken);
    } catch (err) {
      if (err instanceof GoogleSignInError) throw fail(401, "UNAUTHENTICATED", err.message);
      throw err;
    }
    const subdomain = typeof body.organization === "string" ? body.organization : undefined;
    const staff = (
      await db.prisma.staff.findMany({
        where: {
          email: identity.email,
          organization: { isActive: true, ...(subdomain ? { subdomain } : {}) },
        },
        include,
      })
    ).filter((s) => allowsDomain(s.organization.settings, identity.domain));
    const live = staff.filter((s) => s.status !== "departed");
    if (!live.length) {
      throw fail(
        403,
        "FORBIDDEN",
        staff.length
          ? `${identity.email} has departed and cannot sign in.`
          : `${identity.email} is not a staff member of an organization that allows ${identity.domain} sign-ins. Ask an admin to add you.`,
      );
    }
    if (live.length > 1) {
      throw fail(
        409,
        "CONFLICT",
        `${identity.email} belongs to several organizations (${live.map((s) => s.organization.subdomain).join(", ")}); send "organization" with one of them.`,
      );
    }
    const tokens = await startSession(
      db,
      options.secret,
      live[0],
      "google",
      req.headers["user-agent"],
    );
    return { ...tokens, staff: staffSummary(live[0]) };
  }

  async function dev(req: http.IncomingMessage) {
    const { value: staffId } = await bodyField(req, "staffId");
    const staff = isUuid(staffId)
      ? await db.prisma.staff.findFirst({
          where: { id: staffId, status: { not: "departed" }, organization: { isActive: true } },
          include,
        })
      : null;
    if (!staff)
      throw fail(
        404,
        "NOT_FOUND",
        "No staff member who can sign in has that id; pick one from GET /auth/dev.",
      );
    return {
      ...(await startSession(db, options.secret, staff, "dev", req.headers["user-agent"])),
      staff: staffSummary(staff),
    };
  }

  async function devPage(req: http.IncomingMessage, res: http.ServerResponse) {
    const staff = await db.prisma.staff.findMany({
      where: { status: { not: "departed" }, organization: { isActive: true } },
      include,
      orderBy: [{ organizationId: "asc" }, { role: "asc" }, { fullName: "asc" }],
    });
    // The dashboard's sign-in page asks for JSON; a browser opening the URL gets the page.
    if ((req.headers.accept ?? "").includes("application/json"))
      return sendJson(res, 200, { staff: staff.map(staffSummary) });
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const rows = staff
      .map(
        (s) =>
          `<li><button data-id="${s.id}">${esc(s.fullName)}</button> <span>${esc(s.role)} · ${esc(s.email)} · ${esc(s.organization.name)}</span></li>`,
      )
      .join("");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(`<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sophie Hub · dev sign-in</title>
<style>body{font:16px system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem}li{margin:.4rem 0}button{font:inherit;padding:.3rem .7rem;cursor:pointer}span{color:#555}</style>
<h1>Dev sign-in</h1><p>Embedded mode only: choose anyone to sign in as. The session is stored for the dashboard.</p><ul>${rows}</ul>
<script>document.querySelectorAll("button[data-id]").forEach(b=>b.onclick=async()=>{const r=await fetch("/auth/dev",{method:"POST",headers:{"content-type":"application/json"},body:JSON.stringify({staffId:b.dataset.id})});const j=await r.json();if(!r.ok){alert(j.error);return;}localStorage.setItem("hub.session",JSON.stringify(j));location.href="/";});</script>`);
  }

  return async (req, res, url) => {
    if (!url.pathname.startsWith("/auth/")) return false;
    const route = `${req.method} ${url.pathname}`;
    try {
      if (route === "GET /auth/config")
        sendJson(res, 200, {
          google: options.googleClientId ? { clientId: options.googleClientId } : null,
          devLogin: options.devLogin,
        });
      else if (route === "POST /auth/google") sendJson(res, 200, await google(req));
      else if (route === "POST /auth/refresh") {
        const tokens = await refreshSession(
          db,
          options.secret,
          (await bodyField(req, "refreshToken")).value,
        );
        if (!tokens)
          throw fail(
            401,
            "UNAUTHENTICATED",
            "The refresh token is invalid, expired or revoked; sign in again.",
          );
        sendJson(res, 200, tokens);
      } else if (route === "POST /auth/logout")
        sendJson(res, 200, {
          signedOut: await endSession(db, (await bodyField(req, "refreshToken")).value),
        });
      else if (options.devLogin && route === "GET /auth/dev") await devPage(req, res);
      else if (options.devLogin && route === "POST /auth/dev") sendJson(res, 200, await dev(req));
      else return false;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      sendJson(res, err.status, {
        error: err.message,
        code: (err as { code?: string }).code ?? "BAD_REQUEST",
      });
    }
    return true;
  };
}
