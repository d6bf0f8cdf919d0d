import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import type { LogKind } from '../../db';
import { t } from '../../i18n';
import { ChipGroup } from '../../ui/ChipGroup';
import { Screen } from '../../ui/Screen';
import { MomentForm } from './MomentForm';
import { useMoments, type MomentsRange } from './useMoments';
import './moments.css';

const PAGE = 50;

export default function MomentsScreen() {
  const [kind, setKind] = useState<LogKind | 'all'>('all');
  const [range, setRange] = useState<MomentsRange>({ kind: 'since' });
  const data = useMoments(kind, range);
  const items = data?.items;

  return (
    <Screen title={t('moments.title')} lead={t('moments.lead')}>
      <MomentForm />
      <section aria-labelledby="moments-list">
        <h2 id="moments-list">{t('moments.list.heading')}</h2>
        <ChipGroup
          legend={t('moments.range')}
          single
          options={[
            { value: 'since', label: t('moments.range.since') },
            { value: 'all', label: t('moments.range.all') },
          ]}
          selected={[range.kind]}
          onChange={(sel) => setRange(sel[0] === 'all' ? { kind: 'all', limit: PAGE } : { kind: 'since' })}
        />
        <ChipGroup
          legend={t('moments.filter')}
          single
          options={[
            { value: 'all', label: t('moments.filter.all') },
            { value: 'success', label: t('moments.filter.success') },
            { value: 'surprise', label: t('moments.filter.surprise') },
          ]}
          selected={[kind]}
          onChange={(sel) => setKind(sel[0] === 'success' || sel[0] === 'surprise' ? sel[0] : 'all')}
        />
        {data?.since ? (
          <p className="moments-since">
            {data.since.fromSession
              ? t('moments.since.session', { date: format(parseISO(data.since.day), 'EEE d MMM') })
              : t('moments.since.week')}
          </p>
        ) : null}
        {items && items.length === 0 ? <p className="empty-body">{t('moments.list.empty')}</p> : null}
        <ul className="moments">
          {items?.map((item) => (
            <li key={item.id} className={`card moment moment-${item.kind}`}>
              <p className="moment-kind">
                {t(item.kind === 'success' ? 'moments.label.success' : 'moments.label.surprise')} ·{' '}
                <time dateTime={item.day}>{format(parseISO(item.day), 'EEE d MMM')}</time>
              </p>
              <p className="moment-text">{item.text}</p>
              {item.detail ? <p className="moment-detail">{item.detail}</p> : null}
            </li>
          ))}
        </ul>
        {range.kind === 'all' && items && items.length >= range.limit ? (
          <button type="button" className="button" onClick={() => setRange({ kind: 'all', limit: range.limit + PAGE })}>
            {t('moments.showMore')}
          </button>
        ) : null}
      </section>
    </Screen>
  );
}
