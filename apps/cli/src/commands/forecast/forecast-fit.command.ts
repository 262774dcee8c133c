import { dayOfDate } from '#crm/domain';
import { fitForecast, type ForecastFit } from '#crm/projections';
import type { CliCommand } from '../../framework/cli-command.js';
import { optionalFlag } from '../../framework/command-input.js';
import { UsageError } from '../../framework/usage-error.js';
import { withProjections } from '../projections/with-projections.js';

function fitText(fit: ForecastFit): string {
  const { r, alpha, a, b } = fit.bgNbd.parameters;
  const lines = [
    `Forecast fitted on ${fit.customers.toLocaleString('en')} customers' ${fit.currency} purchases from ${fit.calibrationStart} to ${fit.calibrationEnd} in ${fit.durationMs} ms.`,
    '',
    `  BG/NBD       r = ${r.toFixed(3)}  α = ${alpha.toFixed(3)}  a = ${a.toFixed(3)}  b = ${b.toFixed(3)}  (weeks)   log-likelihood ${fit.bgNbd.logLikelihood.toFixed(1)}`,
  ];
  if (fit.gammaGamma) {
    const { p, q, gamma } = fit.gammaGamma.parameters;
    lines.push(
      `  Gamma-Gamma  p = ${p.toFixed(2)}  q = ${q.toFixed(2)}  γ = ${gamma.toFixed(2)}  (minor units)   log-likelihood ${fit.gammaGamma.logLikelihood.toFixed(1)}, ${fit.gammaGamma.customers.toLocaleString('en')} returning customers`,
    );
  } else {
    lines.push('  Gamma-Gamma  not fitted: no customer has come back yet');
  }
  return lines.join('\n');
}

export const forecastFitCommand: CliCommand = {
  path: ['forecast', 'fit'],
  summary: 'Fit the purchase models (BG/NBD, Gamma-Gamma) on the purchases read model and keep the fit; prints its parameters.',
  usage: '[--calibration-end YYYY-MM-DD]',
  details: [
    '',
    '  --calibration-end  the last day (UTC) whose purchases count; default today',
    '',
    "Reads the analytics projection's purchases (let the projector catch up first). The fit is kept in",
    'forecast_fit and used from then on by GET /customers/{id}/forecast and /analytics/forecast',
    '(docs/marketing.md). The worker also refits every night.',
  ],
  options: { 'calibration-end': { type: 'string' } },
  async run(input, context) {
    const calibrationEnd = optionalFlag(input, 'calibration-end');
    if (calibrationEnd !== undefined && dayOfDate(calibrationEnd) === null) {
      throw new UsageError(`--calibration-end must be a date, YYYY-MM-DD, not "${calibrationEnd}"`);
    }
    const fit = await withProjections(context.config, ({ db }) => fitForecast(db, { calibrationEnd, now: new Date() }));
    context.result(fitText(fit), fit);
  },
};
