/** Template files are bundled as text by esbuild (`loader: { '.md': 'text' }` in tools/build/build.ts). */
declare module '*.md' {
  const text: string;
  export default text;
}
