import '@mantine/dates/styles.css';
import { DateInput, DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/ca.js';
import 'dayjs/locale/es.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import localizedFormat from 'dayjs/plugin/localizedFormat.js';
import { useI18n } from '../i18n/i18n.js';

dayjs.extend(customParseFormat);
dayjs.extend(localizedFormat);

/** The locale's own short date and time with seconds: 03/05/2026 2:30:00 PM in English, 05/03/2026 14:30:00 in Catalan. */
const FORMAT = 'L LTS';
/** The picker's value: local wall time. */
const VALUE = 'YYYY-MM-DD HH:mm:ss';

/**
 * A date and time typed (or picked) as the user's language writes them, not as the browser's
 * locale does (`datetime-local` follows Chromium's own language, whatever the console speaks).
 * The value is a UTC instant; the field shows and reads local wall time.
 */
export function InstantInput({ label, value, onChange, w }: { label: string; value: string | null; onChange(iso: string | null): void; w?: number }) {
  const { locale } = useI18n();
  // Seconds or minutes may be left out when typing.
  const parse = (text: string) => {
    const parsed = [FORMAT, 'L LT', 'L'].map((format) => dayjs(text.trim(), format, locale, true)).find((candidate) => candidate.isValid());
    return parsed ? parsed.format(VALUE) : null;
  };
  return (
    <DatesProvider settings={{ locale }}>
      <DateInput
        label={label}
        withTime
        valueFormat={FORMAT}
        dateParser={parse}
        value={value ? dayjs(value).format(VALUE) : null}
        onChange={(local) => onChange(local ? dayjs(local, VALUE).toISOString() : null)}
        w={w}
      />
    </DatesProvider>
  );
}
