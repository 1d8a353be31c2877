// The dashboard: signed out → the sign-in page; signed in → the page the URL names, inside
// the shell. Pages get the viewer's permissions to show only what the API would allow.
import { StrictMode, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { ApolloProvider, useQuery } from "@apollo/client/react";
import { graphql } from "./gql";
import { createClient } from "./app/apollo";
import { match, useLocation } from "./app/router";
import { onSessionChange, readSession } from "./app/session";
import { Shell } from "./app/Shell";
import { ErrorState, Skeleton } from "./ui/ui";
import { SignInPage } from "./pages/signIn/SignInPage";
import { HomePage } from "./pages/home/HomePage";
import { PartnersPage } from "./pages/partners/PartnersPage";
import { PartnerDetailPage } from "./pages/partnerDetail/PartnerDetailPage";
import { WeeklyStatusPage } from "./pages/weekly/WeeklyStatusPage";
import { StaffListPage } from "./pages/staff/StaffListPage";
import { StaffDetailPage } from "./pages/staff/StaffDetailPage";
import { SquadsPage } from "./pages/squads/SquadsPage";
import { ReviewPage } from "./pages/review/ReviewPage";
import { OperationsPage } from "./pages/operations/OperationsPage";
import { KpiPage } from "./pages/kpis/KpiPage";
import { FinancePage } from "./pages/finance/FinancePage";
import { SalesPage } from "./pages/sales/SalesPage";
import { MarketingPage } from "./pages/marketing/MarketingPage";
import "./app/dashboard.css";

const PERMISSIONS = graphql(`
  query ViewerPermissions {
    viewerPermissions
  }
`);

function Page({ permissions }: { permissions: string[] }) {
  const { path } = useLocation();
  let m: Record<string, string> | null;
  if (path === "/") return <HomePage permissions={permissions} />;
  if (path === "/partners") return <PartnersPage permissions={permissions} />;
  if ((m = match("/partners/:id", path)))
    return <PartnerDetailPage id={m.id} permissions={permissions} />;
  if (path === "/weekly") return <WeeklyStatusPage />;
  if (path === "/staff") return <StaffListPage />;
  if ((m = match("/staff/:id", path))) return <StaffDetailPage id={m.id} />;
  if (path === "/squads") return <SquadsPage />;
  if (path === "/review") return <ReviewPage permissions={permissions} />;
  if (path === "/operations") return <OperationsPage permissions={permissions} />;
  if (path === "/kpis") return <KpiPage />;
  if (path === "/finance") return <FinancePage permissions={permissions} />;
  if (path === "/sales") return <SalesPage permissions={permissions} />;
  if (path === "/marketing") return <MarketingPage permissions={permissions} />;
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        Nothing lives at {path}. <a href="/">Go home</a>
      </p>
    </div>
  );
}

function SignedIn() {
  const session = readSession()!;
  const { data, error, refetch } = useQuery(PERMISSIONS);
  useEffect(() => {
    document.title = "Sophie Hub";
  }, []);
  return (
    <Shell session={session} permissions={data?.viewerPermissions ?? []}>
      {error ? (
        <ErrorState error={error} retry={refetch} />
      ) : data ? (
        <Page permissions={data.viewerPermissions} />
      ) : (
        <Skeleton rows={6} />
      )}
    </Shell>
  );
}

function App() {
  const client = useMemo(() => createClient(), []);
  const [signedIn, setSignedIn] = useState(() => !!readSession());
  useEffect(
    () =>
      onSessionChange(() => {
        const now = !!readSession();
        setSignedIn(now);
        if (!now) void client.clearStore();
      }),
    [client],
  );
  return (
    <ApolloProvider client={client}>{signedIn ? <SignedIn /> : <SignInPage />}</ApolloProvider>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
