// Google sign-in: the ID token is verified with jose against Google's JWKS (issuer,
// audience = GOOGLE_CLIENT_ID, expiry, RS256 only) and must carry a verified email.
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";

const GOOGLE_JWKS = "https://www.googleapis.com/oauth2/v3/certs";
const ISSUERS = ["https://accounts.google.com", "accounts.google.com"];

export interface GoogleIdentity {
  email: string;
  domain: string;
  name?: string;
}

export class GoogleSignInError extends Error {}

export function googleVerifier(clientId: string, jwksUrl = GOOGLE_JWKS) {
  // jose caches the key set and refetches it when Google rotates keys.
  const keys = createRemoteJWKSet(new URL(jwksUrl), {
    timeoutDuration: 5000,
    cooldownDuration: 30_000,
  });
  return async (idToken: string): Promise<GoogleIdentity> => {
    let payload: JWTPayload & {
      email?: string;
      email_verified?: boolean;
      hd?: string;
      name?: string;
    };
    try {
      ({ payload } = await jwtVerify(idToken, keys, {
        issuer: ISSUERS,
        audience: clientId,
        algorithms: ["RS256"],
      }));
    } catch (err) {
      throw new GoogleSignInError(
        `The Google ID token was refused (${(err as { code?: string }).code ?? "invalid"}). Sign in with Google again.`,
      );
    }
    if (typeof payload.email !== "string" || payload.email_verified !== true) {
      throw new GoogleSignInError("The Google account has no verified email address.");
    }
    const email = payload.email.toLowerCase();
    return { email, domain: (payload.hd ?? email.split("@")[1]).toLowerCase(), name: payload.name };
  };
}
