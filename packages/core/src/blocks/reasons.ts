/**
 * The closed vocabulary of reasons a block is set aside (Block.reason). Content blocks have
 * reason null.
 *
 * - blank: only white space.
 * - advertisement: ad slots and their labels ("Advertisement", "Continue reading the main story").
 * - language-menu: a language switcher ("English Français 日本語 …", lines mixing many scripts).
 * - share-bar: share and social-network buttons ("Partager:", "Facebook Twitter Email").
 * - navigation: menus, breadcrumbs, login/search links, runs of short list items.
 * - related-link: headlines of other articles, "Read more", "Most popular" lists.
 * - byline-widget: bylines, datelines, author boxes ("By Jane Doe", "Updated 3 hours ago").
 * - counter: view, like and comment counts, lone numbers ("Views: 0", "20").
 * - comments: comment prompts and forms ("Leave a comment").
 * - translation-notice: machine-translation disclaimers.
 * - source-line: source and origin lines ("【source】https://…", "Source: …", bare URLs).
 * - caption: photo captions and credits ("… Photo: Xinhua", "Getty Images").
 * - disclosure: affiliate and sponsorship notices ("… may earn a commission").
 * - promo: subscription, newsletter and app promotions ("Get more with myNEWS", "Learn more").
 * - section-label: a site section or topic label above the article ("China's Communist Party").
 * - footer: copyright, legal and site-information lines after the article.
 * - cookie-notice: cookie and consent banners.
 * - other-language: a line in another language than the document's.
 * - short-fragment: a short line outside the running text with no more specific role.
 * - headline: the article's title line; content by default, set aside only with `drop: ['headline']`.
 */
export const REASONS = [
  'blank',
  'advertisement',
  'language-menu',
  'share-bar',
  'navigation',
  'related-link',
  'byline-widget',
  'counter',
  'comments',
  'translation-notice',
  'source-line',
  'caption',
  'promo',
  'disclosure',
  'section-label',
  'footer',
  'cookie-notice',
  'other-language',
  'short-fragment',
  'headline',
] as const;

export type Reason = (typeof REASONS)[number];
