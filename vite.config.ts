import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The SPA lives in src/web and is built to dist/web, which the server serves in production.
// `npm run dev` runs Vite on :5173 and proxies /api to the server on :3000.
export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: { outDir: "../../dist/web", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 900 },
  server: { port: 5173, proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } } },
});
