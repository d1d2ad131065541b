/**
 * The XSL stylesheet every feed names (`/rss.xsl`): it turns a feed opened in a browser into a
 * readable French page, in the site's name and colours. Feed readers ignore it. Item text is
 * copied as text (never as markup), so contributed content stays inert.
 */
import type { APIRoute } from 'astro';
import { escapeMarkup } from '../lib/format.ts';
import { CONFIG, SITE_NAME } from '../lib/site.ts';

const c = CONFIG.colors;
const name = escapeMarkup(SITE_NAME);

const XSL = `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Turns the portal's RSS feeds into a readable French page when someone opens a feed in a
  browser: what a feed is, how to subscribe, then the offers it carries. Feed readers ignore
  it. Item text is copied as text (never as markup), so contributed content stays inert.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <xsl:variable name="self" select="/rss/channel/atom:link[@rel='self']/@href"/>

  <xsl:template match="/">
    <html lang="fr">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title>Flux RSS · <xsl:value-of select="/rss/channel/title"/></title>
        <style>
          :root { color-scheme: light; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif; line-height: 1.55; color: #1b1f24; }
          body { margin: 0; font-size: 1.0625rem; }
          a { color: ${c.link}; text-underline-offset: 0.15em; }
          :focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
          .wrap { width: min(100% - 2rem, 60rem); margin-inline: auto; }
          header { background: ${c.primary}; color: ${c.primaryInk}; }
          header .wrap { padding-block: 0.8rem; }
          header a { color: ${c.primaryInk}; font-weight: 800; font-size: 1.35rem; text-decoration: none; }
          main { padding-block: 1.5rem 3rem; }
          h1, h2 { color: ${c.primary}; line-height: 1.2; }
          h1 { font-size: clamp(1.5rem, 4.5vw, 2.1rem); margin: 0.2em 0 0.4em; }
          h2 { font-size: 1.3rem; margin-top: 1.8em; }
          .about { border-left: 6px solid #b4460b; background: #fdf3ea; padding: 0.8rem 1.1rem; border-radius: 6px; }
          .about p { margin: 0.4rem 0; }
          .address { display: block; margin: 0.5rem 0; padding: 0.5rem 0.7rem; background: #fff; border: 1px solid #d5dbe1; border-radius: 6px; font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.95rem; overflow-wrap: anywhere; user-select: all; }
          ol { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.9rem; }
          li.item { border: 1px solid #d5dbe1; border-radius: 6px; padding: 0.9rem 1rem; }
          li.item h3 { margin: 0 0 0.25rem; font-size: 1.1rem; }
          li.item h3 a { text-decoration: none; }
          li.item h3 a:hover { text-decoration: underline; }
          .date { color: #4a5560; font-size: 0.92rem; margin: 0; }
          .facts { margin: 0.35rem 0 0; }
          .tags { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0.5rem 0 0; padding: 0; list-style: none; }
          .tags li { font-size: 0.82rem; background: #f3f5f7; border: 1px solid #d5dbe1; border-radius: 999px; padding: 0 0.5rem; color: #4a5560; }
        </style>
      </head>
      <body>
        <header><div class="wrap"><a href="/">${name}</a></div></header>
        <main class="wrap">
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <section class="about" aria-labelledby="abonnement">
            <h2 id="abonnement" style="margin-top: 0.2rem">Ceci est un flux RSS : abonnez-vous</h2>
            <p>
              Un flux RSS vous prévient des nouvelles offres sans avoir à revenir sur le site.
              Copiez l’adresse ci-dessous et collez-la dans votre lecteur de flux
              (Thunderbird, Feedly, Inoreader, NetNewsWire, Vivaldi, l’application de votre choix…) :
              il affichera chaque nouvelle offre dès sa publication.
            </p>
            <code class="address"><xsl:value-of select="$self"/></code>
            <p>
              <xsl:value-of select="/rss/channel/description"/>
              Vous pouvez aussi <a href="{/rss/channel/link}">consulter ces offres sur le site</a>.
            </p>
          </section>

          <h2>Dans ce flux (<xsl:value-of select="count(/rss/channel/item)"/>)</h2>
          <xsl:choose>
            <xsl:when test="/rss/channel/item">
              <ol><xsl:apply-templates select="/rss/channel/item"/></ol>
            </xsl:when>
            <xsl:otherwise><p>Aucune offre pour le moment.</p></xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li class="item">
      <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
      <p class="date">Publiée le <xsl:call-template name="french-date"><xsl:with-param name="rfc822" select="pubDate"/></xsl:call-template></p>
      <p class="facts"><xsl:value-of select="description"/></p>
      <xsl:if test="category">
        <ul class="tags" aria-label="Catégories">
          <xsl:for-each select="category"><li><xsl:value-of select="."/></li></xsl:for-each>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- "Sun, 15 Feb 2026 12:00:00 GMT" → "15 février 2026" -->
  <xsl:template name="french-date">
    <xsl:param name="rfc822"/>
    <xsl:variable name="rest" select="normalize-space(substring-after($rfc822, ','))"/>
    <xsl:variable name="day" select="substring-before($rest, ' ')"/>
    <xsl:variable name="month" select="substring(substring-after($rest, ' '), 1, 3)"/>
    <xsl:variable name="year" select="substring(substring-after(substring-after($rest, ' '), ' '), 1, 4)"/>
    <xsl:value-of select="number($day)"/>
    <xsl:if test="number($day) = 1">er</xsl:if>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="$month = 'Jan'">janvier</xsl:when>
      <xsl:when test="$month = 'Feb'">février</xsl:when>
      <xsl:when test="$month = 'Mar'">mars</xsl:when>
      <xsl:when test="$month = 'Apr'">avril</xsl:when>
      <xsl:when test="$month = 'May'">mai</xsl:when>
      <xsl:when test="$month = 'Jun'">juin</xsl:when>
      <xsl:when test="$month = 'Jul'">juillet</xsl:when>
      <xsl:when test="$month = 'Aug'">août</xsl:when>
      <xsl:when test="$month = 'Sep'">septembre</xsl:when>
      <xsl:when test="$month = 'Oct'">octobre</xsl:when>
      <xsl:when test="$month = 'Nov'">novembre</xsl:when>
      <xsl:otherwise>décembre</xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="$year"/>
  </xsl:template>
</xsl:stylesheet>
`;

export const GET: APIRoute = () =>
  new Response(XSL, { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
