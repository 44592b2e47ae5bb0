/** Spotlight: ask everyone to follow to a section (a lead power), and end it. */
import { canUseLeadPowers, endSpotlight as endOperation, startSpotlight as startOperation, type SpotlightView } from '@roundtable/model';
import { OK, leadPowers, nameOf, no, writer } from './availability.js';
import type { SectionTarget } from './agendaActions.js';
import { register } from './registry.js';

/** Spotlights a section: everyone's view follows there unless they opt out. */
export const startSpotlight = register<SectionTarget, void, SpotlightView>({
  name: 'startSpotlight',
  label: () => 'Spotlight this section',
  available: (ctx, { sectionId }) => {
    const powers = leadPowers(ctx, sectionId, 'spotlight it');
    if (!powers.ok) return no(powers.reason);
    return ctx.store.getSpotlight()?.sectionId === sectionId ? no('This section is already spotlighted') : OK;
  },
  perform: (ctx, { sectionId }) => startOperation(ctx.doc, { sectionId, by: ctx.member!.id, at: ctx.now() }),
});

/** Ends the spotlight: allowed to whoever started it and to anyone with lead powers over its section. */
export const endSpotlight = register<void, void, void>({
  name: 'endSpotlight',
  label: () => 'End spotlight',
  available: (ctx) => {
    const who = writer(ctx, 'end the spotlight');
    if (!who.ok) return no(who.reason);
    const spotlight = ctx.store.getSpotlight();
    if (!spotlight) return no('Nothing is spotlighted');
    if (spotlight.by === who.by) return OK;
    const section = ctx.store.getSection(spotlight.sectionId);
    if (!section || canUseLeadPowers(section, who.by)) return OK;
    return no(`Only ${nameOf(ctx, spotlight.by)} or the lead of this section can end the spotlight`);
  },
  perform: (ctx) => endOperation(ctx.doc, { by: ctx.member!.id, at: ctx.now() }),
});
