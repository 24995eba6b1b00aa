import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  // unpdf (pdf.js) and mammoth are large pure-JS readers for resume uploads: loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "unpdf", "mammoth"],
  poweredByHeader: false,
  // `npm run dev` opened at http://127.0.0.1:3000 must load its dev scripts, or the page never hydrates.
  allowedDevOrigins: ["127.0.0.1", "localhost"],
};

export default nextConfig;
