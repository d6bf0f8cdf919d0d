import { preview } from 'vite';

export interface PreviewHandle {
  url: string;
  close(): Promise<void>;
}

/** `vite preview` of a built folder, exactly as `npm start` serves it. */
export async function startPreview(options: { port: number; outDir: string }): Promise<PreviewHandle> {
  const server = await preview({
    logLevel: 'silent',
    build: { outDir: options.outDir },
    preview: { port: options.port, strictPort: true, host: '127.0.0.1' },
  });
  return {
    url: `http://127.0.0.1:${options.port}`,
    close: () => server.close(),
  };
}
