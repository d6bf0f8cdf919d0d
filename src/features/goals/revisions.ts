import { format, parseISO } from 'date-fns';
import type { GoalDefinition, GoalMetric, GoalRevision } from '../../db';
import { t } from '../../i18n';

function metricText(m: GoalMetric): string {
  return m.kind === 'rating' ? t('goals.history.ratingLabel', { label: m.label }) : `${m.target} ${m.unit}`;
}

function metricChange(from: GoalMetric, to: GoalMetric): string[] {
  const out: string[] = [];
  if (from.kind === 'custom' && to.kind === 'custom' && from.unit === to.unit) {
    if (from.target !== to.target) out.push(t('goals.history.target', { from: from.target, to: to.target, unit: to.unit }));
  } else if (metricText(from) !== metricText(to)) {
    out.push(t('goals.history.metric', { from: metricText(from), to: metricText(to) }));
  }
  if (from.higherIsBetter !== to.higherIsBetter) {
    out.push(t('goals.history.direction', { to: t(to.higherIsBetter ? 'goals.metric.higherBetter' : 'goals.metric.lowerBetter') }));
  }
  return out;
}

/** What one edit changed, in plain words: "target 20 → 30 minutes". */
export function describeChange(before: GoalDefinition, after: GoalDefinition, fields: readonly (keyof GoalDefinition)[]): string {
  const parts: string[] = [];
  for (const field of fields) {
    switch (field) {
      case 'title':
        parts.push(t('goals.history.title', { from: before.title, to: after.title }));
        break;
      case 'value':
        parts.push(
          before.value
            ? t('goals.history.value', { from: before.value, to: after.value || '—' })
            : t('goals.history.valueAdded', { to: after.value }),
        );
        break;
      case 'why':
        parts.push(t('goals.history.why'));
        break;
      case 'withTherapist':
        parts.push(t(after.withTherapist ? 'goals.history.therapistOn' : 'goals.history.therapistOff'));
        break;
      case 'metric':
        parts.push(...metricChange(before.metric, after.metric));
        break;
    }
  }
  return parts.join(t('goals.history.sep'));
}

export interface RevisionLine {
  id: string;
  changedAt: string;
  text: string;
}

/**
 * Revisions store the definition *before* each edit; the state after an edit is
 * the next revision's `before`, or the goal as it is now. Newest first.
 */
export function revisionLines(revisions: readonly GoalRevision[], current: GoalDefinition, now = new Date()): RevisionLine[] {
  const sorted = [...revisions].sort((a, b) => a.revision - b.revision);
  return sorted
    .map((rev, i) => {
      const after = sorted[i + 1]?.before ?? current;
      const date = parseISO(rev.changedAt);
      const when = format(date, date.getFullYear() === now.getFullYear() ? 'd MMM' : 'd MMM yyyy');
      return { id: rev.id, changedAt: rev.changedAt, text: t('goals.history.entry', { date: when, change: describeChange(rev.before, after, rev.changedFields) }) };
    })
    .reverse();
}
