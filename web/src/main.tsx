// The dashboard's entry point; pages arrive with the dashboard issue (#6).
import { createRoot } from "react-dom/client";

function App() {
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", padding: 24 }}>
      <h1>Sophie Hub</h1>
      <p>The API is at <a href="/graphql">/graphql</a>; health at <a href="/health">/health</a>.</p>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(<App />);
