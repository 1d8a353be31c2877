// The dashboard's Apollo Client: every request carries the session's access token (refreshed
// when due); connections merge their pages by cursor; an expired or revoked session signs out.
import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { SetContextLink } from "@apollo/client/link/context";
import { relayStylePagination } from "@apollo/client/utilities";
import { accessToken, saveSession } from "./session";

const auth = new SetContextLink(async (prev) => {
  const token = await accessToken();
  return { headers: { ...prev.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

const signOutWhenRefused = new ErrorLink(({ error }) => {
  if (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")
  )
    saveSession(null);
});

export function createClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([signOutWhenRefused, auth, new HttpLink({ uri: "/graphql" })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Pages of one list (same filter and order) merge as "load more" fetches them.
            partners: relayStylePagination(["filter", "orderBy"]),
            staffMembers: relayStylePagination(["filter", "orderBy"]),
            stagedChanges: relayStylePagination(["filter", "orderBy"]),
          },
        },
      },
    }),
  });
}
