/**
 * The components chapters may use, passed to every chapter's MDX so that chapters need no
 * imports: `<AttackTable family="gradient-inversion" />` just works.
 */
import AttackTable from './AttackTable.astro';
import DefenseMatrix from './DefenseMatrix.astro';
import DefenseTable from './DefenseTable.astro';
import YearChart from './YearChart.astro';

export const chapterComponents = { AttackTable, DefenseTable, DefenseMatrix, YearChart };
