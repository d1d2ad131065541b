/**
 * `/embed.css`: the stylesheet of the lists partners embed (src/layouts/EmbedLayout.astro), with
 * the configured colours, as a file: an embedded page carries no inline style.
 */
import type { APIRoute } from 'astro';
import css from '../styles/embed.css?raw';
import { getBrandCss } from '../lib/brand/style.ts';

export const GET: APIRoute = () =>
  new Response(`${getBrandCss()}\n${css}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
