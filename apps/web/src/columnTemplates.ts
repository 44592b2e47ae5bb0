/**
 * Column templates for a brainstorm's setup: the prompts retrospective formats use (what
 * Parabol, scrumlr and Miro offer). Picking one fills the columns field; the lead can still
 * edit the titles before saving.
 */

/** One template: its name and its column titles. */
export interface ColumnTemplate {
  id: string;
  name: string;
  columns: readonly string[];
}

export const COLUMN_TEMPLATES: readonly ColumnTemplate[] = [
  { id: 'well-improve-ideas', name: 'Went well / To improve / Ideas', columns: ['Went well', 'To improve', 'Ideas'] },
  { id: 'start-stop-continue', name: 'Start / Stop / Continue', columns: ['Start', 'Stop', 'Continue'] },
  { id: 'mad-sad-glad', name: 'Mad / Sad / Glad', columns: ['Mad', 'Sad', 'Glad'] },
  { id: '4ls', name: '4Ls', columns: ['Liked', 'Learned', 'Lacked', 'Longed for'] },
  { id: 'sailboat', name: 'Sailboat', columns: ['Wind (what helps)', 'Anchors (what slows us)', 'Rocks (risks ahead)', 'Island (our goal)'] },
  { id: 'single', name: 'One column of ideas', columns: ['Ideas'] },
];

/** The columns field's text for `template` (one title per line). */
export const templateText = (template: ColumnTemplate): string => template.columns.join('\n');

/** The template whose columns are exactly `titles`, if any (shown as picked). */
export function matchingTemplate(titles: readonly string[]): ColumnTemplate | null {
  return COLUMN_TEMPLATES.find((t) => t.columns.length === titles.length && t.columns.every((c, i) => c === titles[i])) ?? null;
}
