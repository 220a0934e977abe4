import type { APIRoute, GetStaticPaths } from 'astro';
import { downloads, type Download } from '../../site/downloads.ts';

export const getStaticPaths = (async () =>
  (await downloads()).map((download) => ({
    params: { file: download.file },
    props: { download },
  }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
};

/** /downloads/<file>: the merged dataset as CSV and JSON, and the column explanation. */
export const GET: APIRoute<{ download: Download }> = ({ props }) =>
  new Response(props.download.content, {
    headers: { 'Content-Type': TYPES[props.download.file.split('.').pop()!]! },
  });
