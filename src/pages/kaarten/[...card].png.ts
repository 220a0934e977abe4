/** Every preview card (kaarten/home.png, kaarten/gemeente/GM0363.png, …), drawn at build time. */
import type { GetStaticPaths } from 'astro';
import type { CardSpec } from '../../lib/site/card-spec.ts';
import { allCards, cardResponse } from '../../site/cards.ts';

export const getStaticPaths = (async () =>
  (await allCards()).map((spec) => ({
    params: { card: spec.path.replace(/^kaarten\//, '').replace(/\.png$/, '') },
    props: { spec },
  }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { spec: CardSpec } }) => cardResponse(props.spec);
