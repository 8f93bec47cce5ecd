export function App() {
  return (
    <main>
      <h1>Peermap</h1>
    </main>
  );
}
