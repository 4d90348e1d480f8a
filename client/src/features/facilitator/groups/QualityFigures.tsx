import type { AssignmentQuality } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber, intlLocale } from '../../../i18n/format.ts';

/** How well the groups people sit in now match their dots, in plain words. */
export function QualityFigures({ quality }: { quality: AssignmentQuality }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent', maximumFractionDigits: 0 });
  const figures = [
    { id: 'placed', value: quality.placedShare, text: percent.format(quality.placedShare), label: t('groupsPanel.quality.placed') },
    { id: 'top-choice', value: quality.topChoiceShare, text: percent.format(quality.topChoiceShare), label: t('groupsPanel.quality.topChoice') },
    { id: 'unassigned', value: quality.unassigned, text: formatNumber(i18n.language, quality.unassigned), label: t('groupsPanel.quality.unassigned') },
    { id: 'empty-groups', value: quality.emptyGroups, text: formatNumber(i18n.language, quality.emptyGroups), label: t('groupsPanel.quality.emptyGroups') },
    { id: 'full-groups', value: quality.fullGroups, text: formatNumber(i18n.language, quality.fullGroups), label: t('groupsPanel.quality.fullGroups') },
  ];
  return (
    <section className="stack stack--tight" aria-labelledby="quality-heading" data-testid="assignment-quality">
      <h3 id="quality-heading">{t('groupsPanel.quality.heading')}</h3>
      <dl className="figures">
        {figures.map((figure) => (
          <div key={figure.id} className="figures__item" data-testid={`quality-${figure.id}`} data-value={figure.value}>
            <dt>{figure.label}</dt>
            <dd className="figures__value">{figure.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
