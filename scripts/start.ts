/**
 * `npm start`: build whatever in public/data is missing or stale (a first run takes a couple of
 * minutes), then serve the map with Vite on http://localhost:5173 (PORT overrides).
 */
import { createServer } from 'vite';
import { runCli } from './cli.ts';
import { buildData, root } from './data.ts';

runCli(async () => {
  await buildData({ log: (m) => console.log(m) });
  const server = await createServer({ root, server: { port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? 'localhost' } });
  await server.listen();
  server.printUrls();
  console.log('Lokus is running. Ctrl+C stops it.');
});
